"""The listening socket, opened before anything is printed: a busy port is one clear error, and port 0
picks a free port whose real number is the one printed."""

from __future__ import annotations

import errno
import socket

WILDCARD_HOSTS = frozenset({"", "0.0.0.0", "::"})
ADDRESS_IN_USE = frozenset(code for code in (errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", None)) if code)


class PortUnavailable(Exception):
    """The address cannot be listened on (in use, not ours, not allowed); the message says which."""


def listen(host: str, port: int) -> socket.socket:
    """A listening TCP socket on host:port, or PortUnavailable with a sentence for the teacher."""
    try:
        family, kind, protocol, _, address = socket.getaddrinfo(
            host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
    except socket.gaierror as error:
        raise PortUnavailable(f"cannot listen on {host!r}: {error.strerror}") from None
    listener = socket.socket(family, kind, protocol)
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as aiohttp does: a restart may reuse the port
        listener.bind(address)
        listener.listen(128)
    except OSError as error:
        listener.close()
        if error.errno in ADDRESS_IN_USE:
            raise PortUnavailable(f"port {port} is already in use on {host}; choose another with --port") from None
        raise PortUnavailable(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
    listener.setblocking(False)
    return listener


def browser_urls(host: str, listener: socket.socket) -> list[str]:
    """The addresses to open: this host's, or for every-interface hosts, this machine's name as well."""
    port = listener.getsockname()[1]
    if host in WILDCARD_HOSTS:
        return [f"http://127.0.0.1:{port}/", f"http://{socket.gethostname()}:{port}/"]
    shown = f"[{host}]" if ":" in host else host
    return [f"http://{shown}:{port}/"]
