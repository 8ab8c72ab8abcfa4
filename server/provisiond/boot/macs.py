"""Which per-MAC boot configuration a requested file name asks for.

Boot loaders name their configuration after the booting NIC: PXELINUX and
GRUB ask for `01-aa-bb-cc-dd-ee-ff` (ARP hardware type 1, then the MAC), iPXE
scripts here use the MAC itself. This module only recognises those names; the
domain keeps its own, stricter MAC parser.
"""

from __future__ import annotations

import re

from provisiond.boot.backend import ConfigKind

# Six hex pairs joined by one separator, colons or hyphens, used throughout.
_MAC = re.compile(r"[0-9a-f]{2}([:-])[0-9a-f]{2}(?:\1[0-9a-f]{2}){4}", re.IGNORECASE)

# File name prefixes that carry `01-<mac>`, by the loader that asks for them.
_ARP_NAME_PREFIXES = (
    ("pxelinux.cfg/", ConfigKind.PXELINUX),
    ("grub/grub.cfg-", ConfigKind.GRUB),
    ("ipxe/", ConfigKind.IPXE),
)


def parse_mac(text: str) -> str | None:
    """`text` as lower-case hex pairs joined by colons, or None if it is not a
    MAC address written with colons or hyphens."""
    if not _MAC.fullmatch(text):
        return None
    return text.lower().replace("-", ":")


def config_request(name: str) -> tuple[ConfigKind, str] | None:
    """The loader and normalised MAC of a per-MAC configuration file name such
    as `pxelinux.cfg/01-aa-bb-cc-dd-ee-ff`, relative to the boot root; None for
    any other name."""
    for prefix, kind in _ARP_NAME_PREFIXES:
        if name.startswith(prefix):
            rest = name[len(prefix) :]
            mac = parse_mac(rest[3:]) if rest.startswith("01-") else None
            return (kind, mac) if mac else None
    return None
