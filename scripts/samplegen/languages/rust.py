"""Rust: tonic and prost, the stubs crate of clients/rust and the samples crate
beside it in clients/rust/samples."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from samplegen import flows, model, render
from samplegen.model import PACKAGE, Api, Service
from samplegen.reference import SCOPES

# The Rust the crates need (rust-version in clients/rust/Cargo.toml).
RUST_VERSION = "1.88"


@dataclass(frozen=True)
class Rust:
    name: str = "rust"
    title: str = "Rust"
    directory: str = "clients/rust"
    generated: tuple[str, ...] = ("samples/src",)
    ignored: tuple[str, ...] = ("target",)
    build: tuple[tuple[str, ...], ...] = (
        ("cargo", "build", "--release", "--locked", "--bins"),
    )

    def run(self, flow: str) -> tuple[str, ...]:
        return (f"target/release/{flow}",)

    def files(self, api: Api) -> dict[str, str]:
        env = render.environment(self.name)
        env.filters.update(short=_short, continued=_continued)

        def page(template: str, **values) -> str:
            return env.get_template(f"{template}.j2").render(**values)

        modules = [render.snake(service.name) for service in api.services]
        retryable = (f"Code::{render.pascal(n)}" for n in sorted(model.RETRYABLE))
        files = {
            "samples/README.md": page(
                "README.md", lang=self, rust_version=RUST_VERSION
            ),
            "samples/src/lib.rs": page("lib.rs"),
            "samples/src/connection.rs": page("connection.rs"),
            "samples/src/snippets/mod.rs": page("mod.rs", modules=modules),
            "samples/src/snippets/calls.rs": page("calls.rs"),
            "samples/src/snippets/errors.rs": page(
                "errors.rs", retryable=" | ".join(retryable)
            ),
        }
        for module, service in zip(modules, api.services, strict=True):
            files[f"samples/src/snippets/{module}.rs"] = page(
                "service.rs", **_service(module, service)
            )
        for flow in flows.FLOWS:
            files[f"samples/src/bin/{flow.name}.rs"] = page(
                f"{flow.name}.rs", flow=flow
            )
        return files


def _service(module: str, service: Service) -> dict:
    """What service.rs.j2 needs to write the snippets of `service`."""
    if any(m.client_streaming for m in service.methods):
        raise ValueError(f"{service.name}: client streams have no Rust snippet yet")
    streaming = [m.server_streaming for m in service.methods]
    return dict(
        service=service,
        module=module,
        scopes=SCOPES,
        unary=not all(streaming),
        streaming=any(streaming),
    )


def _continued(text: str, width: int) -> list[str]:
    """`text` as the lines of one string literal, cut at spaces: each line but
    the last ends in a backslash, which also skips the next line's indent."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    lines = textwrap.wrap(
        escaped, width, break_long_words=False, break_on_hyphens=False
    ) or [""]
    lines[0] = '"' + lines[0]
    lines[-1] += '"'
    return [line + " \\" for line in lines[:-1]] + lines[-1:]


def _short(full_name: str) -> str:
    """provisioner.v1.CreateHostRequest -> CreateHostRequest, as prost names it
    in the module of the package."""
    package, _, name = full_name.rpartition(".")
    if package != PACKAGE:
        raise ValueError(f"{full_name} is not in {PACKAGE}: map its Rust path")
    return name


LANGUAGE = Rust()
