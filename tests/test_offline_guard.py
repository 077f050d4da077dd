import socket

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
