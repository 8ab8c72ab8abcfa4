"""The languages the generator writes samples for, one module each.

A language module defines LANGUAGE, an object with:

    name        the short name used on command lines (`go`)
    title       the name in prose (`Go`)
    directory   its folder under the repository, `clients/<name>`
    generated   folders under `directory` that the generator owns whole: it
                empties them before writing, so a removed RPC leaves nothing
    ignored     build outputs under `directory` (not compared, not committed)
    build       commands, each a list of words, run in `directory` in order,
                that build every sample (tests/test_samples.py runs them)
    prerequisite  (optional) what the README asks for before the build
    run(flow)   the command, run in `directory`, that runs sample `flow` (a
                name from samplegen.flows); arguments follow it
    files(api)  {path under `directory`: text} for every generated file

Its stubs come from scripts/stubs/<name>, which scripts/gen-clients runs first.
"""

from __future__ import annotations

import importlib
import pkgutil

ORDER = ("python", "go", "java", "typescript", "cpp", "rust")


def all_languages() -> list:
    """Every language module present, in ORDER, then any others by name."""
    names = [m.name for m in pkgutil.iter_modules(__path__)]
    names.sort(key=lambda n: (ORDER.index(n) if n in ORDER else len(ORDER), n))
    return [importlib.import_module(f"{__name__}.{n}").LANGUAGE for n in names]


def language(name: str):
    for candidate in all_languages():
        if candidate.name == name:
            return candidate
    known = ", ".join(lang.name for lang in all_languages())
    raise SystemExit(f"unknown language {name!r}; known: {known}")
