"""Writes the samples, snippets and README of each language, and the API
reference, from the compiled descriptors of protos/.

    python -m samplegen [--root DIR] [LANGUAGE ...]   (default: every language)
    python -m samplegen --list                        (the language names)
"""

from __future__ import annotations

import argparse
from pathlib import Path

from samplegen import model, reference
from samplegen.languages import all_languages, language

REFERENCE = "docs/api-reference.md"


def main() -> None:
    parser = argparse.ArgumentParser(prog="samplegen", description=__doc__)
    parser.add_argument("languages", nargs="*", metavar="LANGUAGE")
    parser.add_argument("--root", type=Path, default=model.ROOT)
    parser.add_argument("--list", action="store_true", help="print the languages")
    args = parser.parse_args()
    if args.list:
        print(" ".join(lang.name for lang in all_languages()))
        return

    api = model.load(args.root / "protos")
    chosen = [language(n) for n in args.languages] or all_languages()
    for lang in chosen:
        count = write(args.root / lang.directory, lang.generated, lang.files(api))
        print(f"samplegen: {count} files in {lang.directory}")
    write(args.root, (), {REFERENCE: reference.markdown(api)})
    print(f"samplegen: {REFERENCE}")


def write(directory: Path, generated: tuple[str, ...], files: dict[str, str]) -> int:
    """Writes `files` under `directory` and deletes the other files of the
    folders the generator owns. A file whose text is unchanged is left alone,
    so that builds do not recompile it."""
    for folder in generated:
        for path in sorted((directory / folder).rglob("*"), reverse=True):
            relative = path.relative_to(directory).as_posix()
            if path.is_file() and relative not in files:
                path.unlink()
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
    for relative, text in sorted(files.items()):
        path = directory / relative
        if path.is_file() and path.read_text() == text:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return len(files)


if __name__ == "__main__":
    main()
