"""The address at which phones in the room reach this computer."""

from __future__ import annotations

import ipaddress
import socket

DEFAULT_PORT = 8765


def lan_address() -> str | None:
    """This computer's IPv4 address on its local network, or None when it is on none.

    Asks the operating system which address it would send from towards a private network
    (a UDP "connect" sends no packet), which is the Wi-Fi or hotspot the phones share.
    """
    for probe in ("10.254.254.254", "192.168.254.254", "172.31.254.254"):
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            try:
                sock.connect((probe, 9))
                address = sock.getsockname()[0]
            except OSError:
                continue
        if address and not ipaddress.ip_address(address).is_loopback and address != "0.0.0.0":
            return address
    return None


def join_url(host: str, port: int) -> str:
    """The address to show: ``http://HOST:PORT/`` (an unspecified host shows the LAN address)."""
    if host in ("0.0.0.0", "::", ""):
        host = lan_address() or "127.0.0.1"
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}/"
