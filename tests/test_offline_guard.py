"""The offline guarantee as the tests enforce it (tests/netguard.py): here and in the processes they start."""

import socket
import subprocess
import sys

import pytest


def test_outbound_connection_is_refused():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(RuntimeError, match="offline"):
            s.connect(("93.184.216.34", 80))
    finally:
        s.close()


def test_name_lookup_is_refused():
    with pytest.raises(RuntimeError, match="offline"):
        socket.getaddrinfo("example.org", 443)


def test_a_process_a_test_starts_is_guarded_too():
    r = subprocess.run([sys.executable, "-c", "import socket; socket.getaddrinfo('example.org', 443)"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode != 0 and "must work offline" in r.stderr


def test_the_loopback_stays_usable():
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        client.connect(server.getsockname())
    finally:
        client.close()
        server.close()
