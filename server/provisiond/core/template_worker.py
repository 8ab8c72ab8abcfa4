"""The template worker: a child process that checks and renders templates.

A template is code written by an operator. Jinja's immutable sandbox keeps it
away from Python internals, but not from loops that never end or values that
fill the memory, and even compiling a template runs some of it (Jinja folds
constant expressions by calling their filters). So the server never parses a
template itself. Worker processes do, each running this module
(`python -m provisiond.core.template_worker`) under memory and CPU limits,
and the server kills any that overruns; core.templates holds the server's
side, a pool of such workers.

The protocol is one JSON object per line:

    worker -> server   {"ready": true}, once, when it can take requests
    server -> worker   {"body", "parameter_names", "context_names",
                        "variables" (null to only check), "limit_seconds",
                        "max_output_bytes"}
    worker -> server   {"problems": [{"line", "message"}, ...]}, a list
                        empty only when a valid body was just checked;
                        {"output": text}; or {"error": message, "line": n}
                        when the work failed
"""

from __future__ import annotations

import ipaddress
import json
import math
import re
import resource
import shlex
import signal
import sys
from typing import Any
from xml.sax.saxutils import escape

import jinja2
from jinja2 import meta, nodes
from jinja2.exceptions import SecurityError, TemplateSyntaxError
from jinja2.sandbox import ImmutableSandboxedEnvironment

# Address space of a worker: the interpreter and Jinja take about 30 MiB of it;
# the rest is room for a render whose output may not exceed 1 MiB anyway.
MEMORY_LIMIT_BYTES = 256 << 20
# Items or characters that `*` may build, and bits that `*` or `**` may give an
# integer: beyond these a single C call could hold the worker past the alarm.
MAX_REPEAT_LENGTH = 1 << 20
MAX_INTEGER_BITS = 1 << 13

# The worker stops itself at this share of the limit, which keeps it alive and
# leaves the server's kill for the rare render stuck inside one C call.
_ALARM_SHARE = 0.8
_TEMPLATE_FILENAME = "<template>"
_LOADING_TAGS = {
    nodes.Include: "include",
    nodes.Import: "import",
    nodes.FromImport: "from ... import",
    nodes.Extends: "extends",
}
_XML_FORBIDDEN = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_LINE_BREAKING = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


class _Sandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, whose `*` and `**` refuse oversized results."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            _check_product(left, right)
        else:
            _check_power(left, right)
        return super().call_binop(context, operator, left, right)


def sandbox_environment() -> ImmutableSandboxedEnvironment:
    """The Jinja environment that templates are checked and rendered in.

    It has no loader, so {% include %}, {% import %} and {% extends %} cannot
    reach the filesystem; undefined names fail instead of rendering empty;
    nothing is HTML-escaped, since answer files are not HTML. Block tags trim
    their own line break and indentation, which keeps line-based formats such
    as kickstart and preseed free of stray blank lines.
    """
    environment = _Sandbox(
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # lipsum and cycler serve HTML pages; answer files have no use for them.
    del environment.globals["lipsum"]
    del environment.globals["cycler"]
    environment.filters.update(
        xml=_xml_text, shell=_shell_word, oneline=_one_line, netmask=_netmask
    )
    return environment


def _check_product(left: Any, right: Any) -> None:
    for sized, count in ((left, right), (right, left)):
        if isinstance(sized, str | list | tuple) and isinstance(count, int):
            if len(sized) * count > MAX_REPEAT_LENGTH:
                raise SecurityError(
                    f"repetition would build more than {MAX_REPEAT_LENGTH} items"
                )
            return
    if isinstance(left, int) and isinstance(right, int):
        if left.bit_length() + right.bit_length() > MAX_INTEGER_BITS:
            raise SecurityError(f"a product would exceed {MAX_INTEGER_BITS} bits")


def _check_power(base: Any, exponent: Any) -> None:
    if isinstance(base, int) and isinstance(exponent, int) and abs(base) > 1:
        if exponent > 0 and base.bit_length() * exponent > MAX_INTEGER_BITS:
            raise SecurityError(f"a power would exceed {MAX_INTEGER_BITS} bits")


def _xml_text(value: object) -> str:
    """Escapes a value for XML text or attributes, refusing characters that
    XML 1.0 cannot carry even escaped."""
    text = str(value)
    bad = _XML_FORBIDDEN.search(text)
    if bad:
        raise ValueError(f"character U+{ord(bad.group()):04X} cannot appear in XML")
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def _shell_word(value: object) -> str:
    """Quotes a value as one word for a POSIX shell."""
    return shlex.quote(str(value))


def _one_line(value: object) -> str:
    """The value, refused if it holds a line break or another control
    character: line-based formats would read the rest as a new command."""
    text = str(value)
    if _LINE_BREAKING.search(text):
        raise ValueError("this value must be one line without control characters")
    return text


def _netmask(prefix_length: object) -> str:
    """The dotted IPv4 netmask of a prefix length (24 -> 255.255.255.0)."""
    return str(ipaddress.IPv4Network(f"0.0.0.0/{prefix_length}").netmask)


# Serving requests


class _Overtime(BaseException):
    """Raised by the alarm in a request that ran out of time: a BaseException,
    so that no `except Exception` on the way can swallow it."""


class _OutputTooLarge(Exception):
    pass


def main() -> None:
    """Serves requests from stdin until the server closes it."""
    _limit_memory()
    signal.signal(signal.SIGALRM, _raise_overtime)
    # The worker ends with its input; a Ctrl-C meant for the server is not for it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    environment = sandbox_environment()
    _send({"ready": True})
    for line in sys.stdin.buffer:
        request = json.loads(line)
        try:
            answer = _answer(environment, request)
        except _Overtime:
            # The alarm went off after the work ended but before it was disarmed.
            answer = {"error": _overtime_message(request), "line": None}
        _send(answer)


def _answer(environment: ImmutableSandboxedEnvironment, request: dict) -> dict:
    _allow_cpu_seconds(request["limit_seconds"])
    signal.setitimer(signal.ITIMER_REAL, request["limit_seconds"] * _ALARM_SHARE)
    try:
        tree, problems = _analyse(environment, request)
        if problems or request["variables"] is None:
            return {"problems": problems}
        return {"output": _render(environment, tree, request)}
    except _Overtime as stop:
        return _failure(_overtime_message(request), stop)
    except MemoryError as error:
        return _failure("the template needs more memory than it may use", error)
    except RecursionError as error:
        return _failure("the template nests or recurses too deeply", error)
    except Exception as error:
        return _failure(str(error) or type(error).__name__, error)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def _analyse(
    environment: ImmutableSandboxedEnvironment, request: dict
) -> tuple[nodes.Template | None, list[dict]]:
    """The body's syntax tree, and what makes it an invalid template: a
    syntax error, an unknown filter, a tag that loads another template, or a
    name that is neither a parameter nor a context name."""
    try:
        tree = environment.parse(request["body"])
        names = meta.find_undeclared_variables(tree)
    except TemplateSyntaxError as error:
        return None, [_problem(error.lineno, error.message or "syntax error")]
    except RecursionError:
        return None, [_problem(None, "the template nests too deeply")]

    problems = [
        _problem(
            node.lineno,
            f"{{% {tag} %}} is not supported: a template cannot load other templates",
        )
        for node_type, tag in _LOADING_TAGS.items()
        for node in tree.find_all(node_type)
    ]
    context = request["context_names"]
    unknown = names - set(request["parameter_names"]) - set(context)
    lines = _first_lines(tree, unknown)
    problems += [
        _problem(
            lines[name],
            f"{name!r} is neither a declared parameter nor one of {', '.join(context)}",
        )
        for name in sorted(unknown, key=lambda name: (lines[name], name))
    ]
    return tree, problems


def _problem(line: int | None, message: str) -> dict:
    return {"line": line, "message": message}


def _first_lines(tree: nodes.Template, names: set[str]) -> dict[str, int]:
    lines: dict[str, int] = {}
    for node in tree.find_all(nodes.Name):
        if node.name in names and node.ctx == "load":
            lines[node.name] = min(lines.get(node.name, node.lineno), node.lineno)
    return lines


def _render(
    environment: ImmutableSandboxedEnvironment, tree: nodes.Template, request: dict
) -> str:
    template = environment.from_string(tree)
    limit = request["max_output_bytes"]
    pieces = []
    size = 0
    for piece in template.generate(request["variables"]):
        # A piece has no more characters than bytes: one over the limit in
        # characters is refused without the cost of encoding it.
        size += len(piece) if len(piece) > limit else len(piece.encode())
        if size > limit:
            raise _OutputTooLarge(f"the output exceeds {limit} bytes")
        pieces.append(piece)
    return "".join(pieces)


def _failure(message: str, error: BaseException) -> dict:
    return {"error": message, "line": _template_line(error)}


def _template_line(error: BaseException) -> int | None:
    """The template line that was running when `error` was raised.

    Jinja rewrites the traceback of an Exception so that template frames
    carry template lines; the alarm's BaseException keeps the frames of the
    compiled code, whose lines the template maps back.
    """
    line = None
    entry = error.__traceback__
    while entry is not None:
        template = entry.tb_frame.f_globals.get("__jinja_template__")
        if template is not None:
            line = template.get_corresponding_lineno(entry.tb_lineno)
        elif entry.tb_frame.f_code.co_filename == _TEMPLATE_FILENAME:
            line = entry.tb_lineno
        entry = entry.tb_next
    return line


def _overtime_message(request: dict) -> str:
    return f"the template took longer than {request['limit_seconds']:g} s"


def _raise_overtime(signum: int, frame: object) -> None:
    raise _Overtime


def _limit_memory() -> None:
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = MEMORY_LIMIT_BYTES
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _allow_cpu_seconds(seconds: float) -> None:
    """Lets the process spend `seconds` more CPU time (and a margin) before
    SIGXCPU ends it. The server normally stops an overrun long before; this
    ends a render stuck in one C call after the server itself has died."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = math.ceil(usage.ru_utime + usage.ru_stime + seconds) + 2
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def _send(message: dict) -> None:
    # ASCII JSON survives any string a template makes, lone surrogates included.
    sys.stdout.buffer.write(json.dumps(message).encode() + b"\n")
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    main()
