"""Go: grpc-go and the provisionerv1 stubs of clients/go, one module."""

from __future__ import annotations

from dataclasses import dataclass

from samplegen import flows, render
from samplegen.model import Api, Method
from samplegen.reference import SCOPES

# The module path in clients/go/go.mod, which scripts/stubs/go also names.
MODULE = "provisioner/clients/go"


def doc(method: Method) -> str:
    """A Go doc comment's text, which starts with the function's name:
    "Gets a host." -> "GetHost gets a host."."""
    text = method.doc
    if text[1:2].islower():
        text = text[:1].lower() + text[1:]
    return f"{method.name} {text}"


def grpc_code(name: str) -> str:
    """NOT_FOUND -> NotFound, the name of the grpc-go codes.Code constant."""
    return {"OK": "OK", "CANCELLED": "Canceled"}.get(name) or render.pascal(name)


def message(full_name: str) -> str:
    """provisioner.v1.CreateHostRequest -> pb.CreateHostRequest."""
    return "pb." + full_name.rsplit(".", 1)[-1]


@dataclass(frozen=True)
class Go:
    name: str = "go"
    title: str = "Go"
    directory: str = "clients/go"
    generated: tuple[str, ...] = ("samples",)
    ignored: tuple[str, ...] = ("bin",)
    # Every package compiles, the snippets too; vet then keeps them clean,
    # reusing what the build compiled.
    build: tuple[tuple[str, ...], ...] = (
        ("go", "build", "-o", "bin/", "./..."),
        ("go", "vet", "./..."),
    )

    def run(self, flow: str) -> tuple[str, ...]:
        return (f"bin/{flow}",)

    def files(self, api: Api) -> dict[str, str]:
        env = render.environment(self.name)
        env.filters.update(doc=doc, grpc_code=grpc_code, message=message)
        env.globals.update(module=MODULE)
        files = {
            f"samples/{name}": env.get_template(f"{name}.j2").render()
            for name in (
                "snippets/call.go",
                "snippets/stream.go",
                "sample/connect.go",
                "sample/run.go",
            )
        }
        files["samples/README.md"] = env.get_template("README.md.j2").render(
            lang=self,
            snippets_note="`samples/snippets/` is one package: a file per service"
            " and a function per RPC.",
        )
        for service in api.services:
            files[f"samples/snippets/{render.snake(service.name)}.go"] = (
                env.get_template("service.go.j2").render(service=service, scopes=SCOPES)
            )
        for flow in flows.FLOWS:
            files[f"samples/{flow.name}/main.go"] = env.get_template(
                f"{flow.name}.go.j2"
            ).render(flow=flow)
        return files


LANGUAGE = Go()
