"""The offline guarantee as tests enforce it: any connection or name lookup outside this machine raises.

Installed in the test process by the ``network_guard`` fixture (tests/conftest.py) and, through a
``sitecustomize`` module on ``PYTHONPATH``, in every Python process the tests start (the CLI run as a
subprocess, the extraction and index-writer worker processes).
"""

from __future__ import annotations

import socket


class NetworkBlocked(RuntimeError):
    """Something tried to reach the network while presskit must work offline."""


def _is_loopback(address) -> bool:
    if isinstance(address, tuple) and address:
        host = str(address[0])
        return host in ("localhost", "::1") or host.startswith("127.")
    return True  # AF_UNIX paths and the like are local


def install() -> dict:
    """Guard ``socket``; returns what was replaced (for :func:`uninstall`)."""
    real = {"connect": socket.socket.connect, "connect_ex": socket.socket.connect_ex,
            "getaddrinfo": socket.getaddrinfo}

    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address):
            raise NetworkBlocked(f"presskit must work offline, but something tried to connect to {address!r}")
        return real["connect"](self, address)

    def connect_ex(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address):
            raise NetworkBlocked(f"presskit must work offline, but something tried to connect to {address!r}")
        return real["connect_ex"](self, address)

    def getaddrinfo(host, *args, **kwargs):
        if host not in (None, "localhost", "::1") and not str(host).startswith("127."):
            raise NetworkBlocked(f"presskit must work offline, but something looked up {host!r}")
        return real["getaddrinfo"](host, *args, **kwargs)

    socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo = connect, connect_ex, getaddrinfo
    return real


def uninstall(real: dict) -> None:
    socket.socket.connect = real["connect"]
    socket.socket.connect_ex = real["connect_ex"]
    socket.getaddrinfo = real["getaddrinfo"]


#: The sitecustomize module the guard writes for subprocesses.
SITECUSTOMIZE = '''\
import sys
sys.path.insert(0, {here!r})
import netguard
netguard.install()
'''
