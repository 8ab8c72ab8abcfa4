"""TypeScript: @grpc/grpc-js on Node.js, with the types that
proto-loader-gen-types wrote into clients/typescript/src/proto."""

from __future__ import annotations

from dataclasses import dataclass

from samplegen import flows, render
from samplegen.model import PACKAGE, Api, Service
from samplegen.reference import SCOPES


def message(full_name: str) -> str:
    """provisioner.v1.CreateHostRequest -> CreateHostRequest."""
    return full_name.rsplit(".", 1)[-1]


def module(full_name: str) -> str:
    """The generated module of a message, from a folder of src/:
    provisioner.v1.Host -> ../proto/provisioner/v1/Host."""
    return "../proto/" + full_name.replace(".", "/")


def proto_module(service: Service) -> str:
    """The generated module of a service's file: auth_service."""
    return service.file.rsplit("/", 1)[-1].removesuffix(".proto")


def type_imports(service: Service) -> list[tuple[str, str]]:
    """(name, module) of the client type of `service` and of every request and
    response type it uses; responses as the loader returns them, `__Output`."""
    names = {(f"{service.name}Client", module(f"{PACKAGE}.{service.name}"))}
    for method in service.methods:
        if method.client_streaming:
            raise NotImplementedError(f"{method.full_name}: client streaming")
        names.add((message(method.input), module(method.input)))
        names.add((message(method.output) + "__Output", module(method.output)))
    return sorted(names, key=lambda name_module: name_module[1])


@dataclass(frozen=True)
class TypeScript:
    name: str = "typescript"
    title: str = "TypeScript"
    directory: str = "clients/typescript"
    generated: tuple[str, ...] = ("src/samples", "src/snippets")
    ignored: tuple[str, ...] = ("node_modules", "dist")
    build: tuple[tuple[str, ...], ...] = (
        ("npm", "ci"),
        ("npx", "tsc"),
    )

    def run(self, flow: str) -> tuple[str, ...]:
        return ("node", f"dist/samples/{flow}.js")

    def files(self, api: Api) -> dict[str, str]:
        env = render.environment(self.name)
        env.filters.update(message=message, proto_module=proto_module)

        def template(name: str, **values) -> str:
            return env.get_template(f"{name}.j2").render(**values)

        files = {
            "README.md": template("README.md", lang=self),
            "src/samples/connection.ts": template("connection.ts"),
            "src/snippets/calls.ts": template("calls.ts"),
            "src/snippets/services.ts": template("services.ts", services=api.services),
        }
        for service in api.services:
            files[f"src/snippets/{render.snake(service.name)}.ts"] = template(
                "service.ts",
                service=service,
                imports=type_imports(service),
                scopes=SCOPES,
            )
        for flow in flows.FLOWS:
            usage = " ".join((*self.run(flow.name), *flow.arguments))
            files[f"src/samples/{flow.name}.ts"] = template(
                f"{flow.name}.ts", flow=flow, usage=usage
            )
        return files


LANGUAGE = TypeScript()
