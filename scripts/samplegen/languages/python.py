"""Python: grpcio and the provisioner.v1 stubs of clients/python."""

from __future__ import annotations

from dataclasses import dataclass

from samplegen import flows, render
from samplegen.model import Api
from samplegen.reference import SCOPES


@dataclass(frozen=True)
class Python:
    name: str = "python"
    title: str = "Python"
    directory: str = "clients/python"
    generated: tuple[str, ...] = ("samples",)
    ignored: tuple[str, ...] = ("build", "__pycache__", "*.egg-info")
    # Needs the stubs installed (`pip install .` here, once); the build checks
    # that every sample and snippet compiles.
    prerequisite: str = "pip install ."
    build: tuple[tuple[str, ...], ...] = (
        ("python3", "-m", "compileall", "-q", "samples"),
    )

    def run(self, flow: str) -> tuple[str, ...]:
        return ("python3", f"samples/{flow}.py")

    def files(self, api: Api) -> dict[str, str]:
        env = render.environment(self.name)
        files = {
            "samples/snippets/__init__.py": '"""One module per service."""\n',
            "samples/snippets/errors.py": env.get_template("errors.py.j2").render(),
            "samples/connection.py": env.get_template("connection.py.j2").render(),
            "samples/README.md": env.get_template("README.md.j2").render(
                lang=self,
                snippets_note="`samples/snippets/` has one module per service"
                " and one function per RPC.",
            ),
        }
        for service in api.services:
            module = render.snake(service.name)
            files[f"samples/snippets/{module}.py"] = env.get_template(
                "service.py.j2"
            ).render(service=service, module=module, scopes=SCOPES)
        for flow in flows.FLOWS:
            files[f"samples/{flow.name}.py"] = env.get_template(
                f"{flow.name}.py.j2"
            ).render(flow=flow)
        return files


LANGUAGE = Python()
