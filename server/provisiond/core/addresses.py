"""Client addresses: parsing gRPC peer strings and matching allowed networks."""

from __future__ import annotations

import ipaddress
import urllib.parse
from collections.abc import Iterable

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


def peer_address(peer: str) -> IPAddress | None:
    """The IP address of a gRPC peer string (`ipv4:1.2.3.4:5`, `ipv6:[::1]:5`).

    Returns None for peers without an IP address, such as Unix sockets.
    An IPv4-mapped IPv6 address is returned as IPv4.
    """
    kind, _, rest = peer.partition(":")
    rest = urllib.parse.unquote(rest)
    if kind == "ipv4":
        host = rest.rpartition(":")[0]
    elif kind == "ipv6":
        host = rest.rpartition(":")[0].strip("[]").split("%")[0]
    else:
        return None
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def parse_networks(values: Iterable[str]) -> list[IPNetwork]:
    """Parses addresses and CIDR ranges; a bare address is a /32 or /128.

    Raises ValueError naming the first value that is neither.
    """
    networks = []
    for value in values:
        text = value.strip()
        try:
            networks.append(ipaddress.ip_network(text, strict=False))
        except ValueError:
            raise ValueError(
                f"{value!r} is not an IP address or CIDR range (like 192.0.2.10 "
                "or 192.0.2.0/24)"
            ) from None
    return networks


def is_allowed(address: IPAddress | None, networks: Iterable[IPNetwork]) -> bool:
    """Whether `address` lies in one of `networks`; never for a missing address."""
    if address is None:
        return False
    return any(address.version == net.version and address in net for net in networks)
