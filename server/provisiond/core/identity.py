"""What identifies a machine on the network: MAC addresses and host names."""

from __future__ import annotations

import re

from provisiond.core.errors import invalid_field

_HEX12 = re.compile(r"[0-9a-f]{12}")
# The notations in common use: colons or hyphens between pairs (Linux,
# Windows), dots between groups of four (Cisco), or bare hex.
_SEPARATED = re.compile(r"[0-9a-f]{2}([:-])[0-9a-f]{2}(\1[0-9a-f]{2}){4}")
_CISCO = re.compile(r"[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}")
_LABEL = re.compile(r"[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?", re.IGNORECASE)


def normalize_mac(field: str, value: str) -> str:
    """`value` as lower-case hex pairs joined by colons; InvalidArgument if it
    is not a MAC address in a common notation."""
    # Spaces around a pasted address are harmless; a line break is not.
    text = value.strip(" ").lower()
    if _SEPARATED.fullmatch(text) or _CISCO.fullmatch(text):
        digits = re.sub(r"[:.-]", "", text)
    elif _HEX12.fullmatch(text):
        digits = text
    else:
        raise invalid_field(
            field,
            "is not a MAC address; write it like aa:bb:cc:dd:ee:ff, "
            "aa-bb-cc-dd-ee-ff, aabb.ccdd.eeff or aabbccddeeff",
            reason="INVALID_MAC_ADDRESS",
        )
    if int(digits[:2], 16) & 1:
        raise invalid_field(
            field,
            "is a multicast address, which no network card has",
            reason="INVALID_MAC_ADDRESS",
        )
    return ":".join(digits[i : i + 2] for i in range(0, 12, 2))


def check_hostname(field: str, value: str) -> str:
    """`value`, lower-cased, when it is an RFC 1123 host name."""
    name = value.strip().rstrip(".").lower()
    if not name or len(name) > 253:
        raise invalid_field(field, "must be 1 to 253 characters")
    labels = name.split(".")
    if not all(_LABEL.fullmatch(label) for label in labels):
        raise invalid_field(
            field,
            "must be labels of letters, digits and hyphens (not at either end of "
            "a label), 1 to 63 characters each, joined by dots",
            reason="INVALID_HOSTNAME",
        )
    if labels[-1].isdigit():
        raise invalid_field(
            field, "must not end in an all-numeric label", reason="INVALID_HOSTNAME"
        )
    return name
