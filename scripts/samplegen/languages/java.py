"""Java: grpc-java and the provisioner.v1 stubs of clients/java, built with
Maven into one jar that holds every sample and its dependencies."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from samplegen import flows, model, render
from samplegen.model import Api
from samplegen.reference import SCOPES

JAR = "target/provisioner-samples.jar"
SAMPLES = "src/main/java/provisioner/samples"
# The stubs' package: protoc's default, the proto package, as the protos set
# no java_package.
STUBS = model.PACKAGE


@dataclass(frozen=True)
class Java:
    name: str = "java"
    title: str = "Java"
    directory: str = "clients/java"
    generated: tuple[str, ...] = (SAMPLES,)
    ignored: tuple[str, ...] = ("target",)
    build: tuple[tuple[str, ...], ...] = (("mvn", "-B", "-q", "package"),)

    def run(self, flow: str) -> tuple[str, ...]:
        return ("java", "-cp", JAR, f"provisioner.samples.{render.pascal(flow)}")

    def files(self, api: Api) -> dict[str, str]:
        env = render.environment(self.name)
        env.filters.update(javadoc=javadoc)
        env.globals.update(signature=signature)
        classes = JavaClasses(api)
        files = {
            "README.md": env.get_template("README.md.j2").render(lang=self),
            f"{SAMPLES}/CommandLine.java": env.get_template(
                "CommandLine.java.j2"
            ).render(),
            f"{SAMPLES}/Connection.java": env.get_template(
                "Connection.java.j2"
            ).render(),
            f"{SAMPLES}/SampleException.java": env.get_template(
                "SampleException.java.j2"
            ).render(),
        }
        for shared in ("ApiException", "Deadlines", "Watch"):
            files[f"{SAMPLES}/snippets/{shared}.java"] = env.get_template(
                f"{shared}.java.j2"
            ).render()
        for service in api.services:
            files[f"{SAMPLES}/snippets/{service.name}Snippets.java"] = env.get_template(
                "Snippets.java.j2"
            ).render(service=service, classes=classes, scopes=SCOPES)
        for flow in flows.FLOWS:
            sample = render.pascal(flow.name)
            command = " ".join(self.run(flow.name))
            arguments = " ".join(flow.arguments)
            files[f"{SAMPLES}/{sample}.java"] = env.get_template(
                f"{sample}.java.j2"
            ).render(
                flow=flow,
                usage=f"{command} {arguments}".rstrip(),
                usage_lines=[line for line in (command, arguments) if line],
            )
        return files


class JavaClasses:
    """The Java names protoc gives the messages of the protos: a class of
    its own for each, as the protos ask with java_multiple_files."""

    def __init__(self, api: Api):
        self._api = api

    def imports(self, service: model.Service) -> list[str]:
        """The classes the snippets of `service` use from the stubs."""
        messages = {n for m in service.methods for n in (m.input, m.output)}
        grpc = f"{STUBS}.{service.name}Grpc"
        return sorted({grpc, *(self.qualified(n) for n in messages)})

    def simple(self, full_name: str) -> str:
        """provisioner.v1.CreateHostRequest -> CreateHostRequest, the name
        the snippets use once they import the class."""
        return full_name.rsplit(".", 1)[-1]

    def qualified(self, full_name: str) -> str:
        """provisioner.v1.CreateHostRequest, the class protoc makes of each
        message (java_multiple_files); nested messages stay nested."""
        return full_name


def javadoc(text: str, indent: str = "") -> str:
    """`text` as the lines of a Javadoc comment: HTML escaped, `code` as
    {@code code}, and no `*/` to end the comment early."""
    text = html.escape(text, quote=False).replace("*/", "*&#47;")
    text = re.sub(r"`([^`]+)`", r"{@code \1}", text)
    return render.comment(text, prefix=f"{indent} * ", width=100)


def signature(returns: str, name: str, parameters: str) -> str:
    """A public method's first line, at the indent of a class member, with
    the parameters on a line of their own when one line would pass 100."""
    line = f"  public {returns} {name}({parameters}) {{"
    if len(line) <= 100:
        return line
    return f"  public {returns} {name}(\n      {parameters}) {{"


LANGUAGE = Java()
