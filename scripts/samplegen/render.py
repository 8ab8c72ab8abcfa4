"""Jinja2 templates for the generated code, with the name and comment filters
that every language shares."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import jinja2

from samplegen import flows, model

TEMPLATES = Path(__file__).parent / "templates"


def snake(name: str) -> str:
    """CreateHost -> create_host; WhoAmI -> who_am_i."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def camel(name: str) -> str:
    """CreateHost or create_host -> createHost."""
    pascal_name = pascal(name)
    return pascal_name[:1].lower() + pascal_name[1:]


def pascal(name: str) -> str:
    """create_host or createHost -> CreateHost; NOT_FOUND -> NotFound."""
    if "_" in name or name.isupper():
        return "".join(part.capitalize() for part in name.lower().split("_"))
    return name[:1].upper() + name[1:]


def comment(text: str, prefix: str = "// ", width: int = 80) -> str:
    """`text` wrapped into comment lines that start with `prefix`."""
    lines = textwrap.wrap(text, width - len(prefix)) or [""]
    return "\n".join((prefix + line).rstrip() for line in lines)


def pieces(text: str, width: int = 60) -> list[str]:
    """`text` cut at spaces into quoted literals of at most `width` characters,
    each but the last ending in its space, for a language to join."""
    words = textwrap.wrap(
        text, width - 2, drop_whitespace=False, break_on_hyphens=False
    ) or [""]
    return [quoted(word) for word in words]


def quoted(text: str) -> str:
    """A double-quoted string literal valid in every language generated."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def environment(language: str) -> jinja2.Environment:
    """The templates of `language`, with the shared filters and globals."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES / language),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # noqa: S701 - source code, not HTML
    )
    env.filters.update(
        snake=snake,
        camel=camel,
        pascal=pascal,
        comment=comment,
        quoted=quoted,
        pieces=pieces,
    )
    env.globals.update(flows=flows, model=model)
    return env
