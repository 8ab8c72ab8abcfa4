"""C++: grpc++ and protobuf from Debian's packages, the stubs of
clients/cpp/stubs, built with CMake."""

from __future__ import annotations

from dataclasses import dataclass

from samplegen import flows, model, render
from samplegen.model import Api
from samplegen.reference import SCOPES

WIDTH = 80


def cpp_type(full_name: str) -> str:
    """provisioner.v1.CreateHostRequest -> pb::CreateHostRequest."""
    if full_name.startswith(f"{model.PACKAGE}."):
        return "pb::" + full_name[len(model.PACKAGE) + 1 :].replace(".", "::")
    return "::" + full_name.replace(".", "::")


def wrap(head: str, args: list[str], tail: str, indent: int = 0) -> str:
    """`head(args...)tail` within WIDTH as clang-format's Google style lays
    it out: the arguments packed after the parenthesis, or else packed on the
    lines after it, indented by four."""
    start = " " * indent + head + "("
    for column, broken in ((len(start), False), (indent + 4, True)):
        margin = "\n" + " " * column
        lines = _pack(args, column, len(tail) + 1)
        text = start + (margin if broken else "") + margin.join(lines) + ")" + tail
        if max(len(line) for line in text.splitlines()) <= WIDTH:
            break
    return text


def _pack(args: list[str], column: int, closing: int) -> list[str]:
    """`args` joined into as few lines as fit from `column`, each line but the
    last ending in a comma, the last followed by `closing` characters."""
    lines = [args[0]]
    for arg in args[1:]:
        if column + len(lines[-1]) + 2 + len(arg) + closing <= WIDTH:
            lines[-1] += ", " + arg
        else:
            lines[-1] += ","
            lines.append(arg)
    return lines


@dataclass(frozen=True)
class Cpp:
    name: str = "cpp"
    title: str = "C++"
    directory: str = "clients/cpp"
    generated: tuple[str, ...] = ("samples",)
    ignored: tuple[str, ...] = ("build",)
    build: tuple[tuple[str, ...], ...] = (
        ("cmake", "-S", ".", "-B", "build", "-DCMAKE_BUILD_TYPE=Release"),
        ("cmake", "--build", "build", "-j2"),
    )

    def run(self, flow: str) -> tuple[str, ...]:
        return (f"build/{flow}",)

    def files(self, api: Api) -> dict[str, str]:
        env = render.environment(self.name)
        env.filters.update(cpp_type=cpp_type, wrap=wrap)
        files = {
            f"samples/{name}": env.get_template(f"{name}.j2").render()
            for name in (
                "snippets/call.h",
                "snippets/call.cc",
                "connection.h",
                "connection.cc",
            )
        }
        files["samples/README.md"] = env.get_template("README.md.j2").render(lang=self)
        for service in api.services:
            stem = f"snippets/{render.snake(service.name)}"
            context = dict(
                service=service,
                header=f"{stem}.h",
                streaming=any(m.server_streaming for m in service.methods),
                scopes=SCOPES,
            )
            for suffix in ("h", "cc"):
                template = env.get_template(f"service.{suffix}.j2")
                files[f"samples/{stem}.{suffix}"] = template.render(context)
        for flow in flows.FLOWS:
            files[f"samples/{flow.name}.cc"] = env.get_template(
                f"{flow.name}.cc.j2"
            ).render(flow=flow)
        return files


LANGUAGE = Cpp()
