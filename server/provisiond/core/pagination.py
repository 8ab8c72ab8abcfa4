"""Keyset pagination: page sizes and opaque page tokens bound to their filters."""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass

from provisiond.core.errors import invalid_field

DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000


@dataclass(frozen=True)
class PageRequest:
    """A validated page request: how many rows, and after which key."""

    size: int
    after_key: int | None
    filter_digest: str


def page_request(page_size: int, page_token: str, filters: dict) -> PageRequest:
    """Validates `page_size` and `page_token` against the call's filters.

    Raises InvalidArgument for a negative size, a malformed token, or a token
    issued for other filters.
    """
    if page_size < 0:
        raise invalid_field("page_size", "must not be negative")
    size = min(page_size or DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)
    digest = _digest(filters)
    if not page_token:
        return PageRequest(size, None, digest)

    try:
        data = json.loads(base64.urlsafe_b64decode(page_token.encode()))
        after_key, token_digest = int(data["k"]), str(data["f"])
    except (ValueError, TypeError, KeyError, UnicodeError):
        raise invalid_field(
            "page_token",
            "is malformed; pass next_page_token unchanged",
            reason="INVALID_PAGE_TOKEN",
        ) from None
    if token_digest != digest:
        raise invalid_field(
            "page_token",
            "was issued for other filters; keep the filters of the "
            "first call, or start again without a page_token",
            reason="PAGE_TOKEN_FILTER_MISMATCH",
        )
    return PageRequest(size, after_key, digest)


def next_page_token(request: PageRequest, keys: list[int]) -> str:
    """The token for the page after `keys`, or '' when the page was not full.

    Callers fetch `request.size + 1` rows and pass the keys of all of them: a
    row beyond the page proves there is a next one.
    """
    if len(keys) <= request.size:
        return ""
    payload = {"k": keys[request.size - 1], "f": request.filter_digest}
    return base64.urlsafe_b64encode(json.dumps(payload).encode()).decode()


def _digest(filters: dict) -> str:
    canonical = json.dumps(filters, sort_keys=True, default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]
