"""Templates: checks at save time, and renders in sandboxed worker processes
that are stopped at their time, memory and output bounds."""

import os
import resource
import shlex
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from provisiond.core.errors import FailedPrecondition, InvalidArgument, Unavailable
from provisiond.core.templates import (
    MAX_BODY_BYTES,
    MAX_OUTPUT_BYTES,
    RENDER_SECONDS,
    Parameter,
    WorkerPool,
    check_template,
    render_template,
)

# A render that must be stopped may take the full limit, and a busy machine
# may add to it; startup of a fresh worker is not part of the bound.
STOP_MARGIN = 1.5
QUICK = 1.0

CONTEXT = {
    "host": {
        "hostname": "web-01",
        "mac_addresses": ["52:54:00:12:34:56"],
        "network": {},
    },
    "os": {"name": "operatingSystems/rocky-9", "family": "linux"},
    "install": {
        "answer_url": "http://192.0.2.1:8080/answer/t",
        "callback_url": "http://192.0.2.1:8080/callback/t",
        "server_url": "http://192.0.2.1:8080",
    },
}


@pytest.fixture(scope="module")
def pool():
    pool = WorkerPool(2)
    try:
        assert render(pool, "warm") == "warm"
        yield pool
    finally:
        pool.close()


def render(pool, body, parameters=(), values=None, context=CONTEXT):
    return render_template(body, list(parameters), values or {}, context, pool=pool)


def check(pool, body, parameters):
    check_template(body, list(parameters), pool=pool)


def render_failure(pool, body, parameters=(), values=None) -> FailedPrecondition:
    with pytest.raises(FailedPrecondition) as failure:
        render(pool, body, parameters, values)
    assert failure.value.reason == "TEMPLATE_RENDER_FAILED"
    return failure.value


def timed(call):
    started = time.monotonic()
    call()
    return time.monotonic() - started


def worker_pids() -> set[int]:
    """Template workers whose parent is this test process, in any pool."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        if parent == os.getpid() and b"provisiond.core.template_worker" in command:
            found.add(int(entry.name))
    return found


def gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return True
    return state in ("Z", "X")


# Checking -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("a\nb\n{{ host.hostname }", "template.body: line 3: unexpected '}'"),
        (
            "{% if x %}\n\n{% endfor %}",
            "template.body: line 3: Encountered unknown tag",
        ),
        (
            "one\n{% for x in y %}\n",
            "template.body: line 2: Unexpected end of template",
        ),
        (
            "\n\n\n{{ host | nosuch }}",
            "template.body: line 4: No filter named 'nosuch'",
        ),
    ],
)
def test_check_template_names_line_of_syntax_error(pool, body, message):
    with pytest.raises(InvalidArgument) as failure:
        check(pool, body, [Parameter("x", "1"), Parameter("y", "")])

    assert str(failure.value).startswith(message)
    assert failure.value.violations[0].field == "template.body"


def test_check_template_refuses_unknown_names_with_their_lines(pool):
    body = (
        "{{ host.hostname }}\n{{ hostnme }}\n{{ lipsum() }}{{ cycler }}\n{{ hostnme }}"
    )

    with pytest.raises(InvalidArgument) as failure:
        check(pool, body, [Parameter("hostname", "x")])

    unknown = "is neither a declared parameter nor one of host, os, install"
    violations = [v.description for v in failure.value.violations]
    assert violations == [
        f"line 2: 'hostnme' {unknown}",
        f"line 3: 'cycler' {unknown}",
        f"line 3: 'lipsum' {unknown}",
    ]


def test_check_template_accepts_parameters_context_globals_and_local_names(pool):
    body = (
        "{% set ns = namespace(count=0) %}{% set sep = joiner(',') %}"
        "{% macro mac(value) %}{{ value }}{% endmacro %}"
        "{% for m in host.mac_addresses %}{{ sep() }}{{ mac(m) }}{{ loop.index }}"
        "{% set ns.count = ns.count + 1 %}{% endfor %}"
        "{{ dict(a=1) | tojson }}{{ range(3) | list }}{{ os.name }}{{ install.x }}"
        "{{ disk | default('sda') }}"
    )

    check(pool, body, [Parameter("disk", None)])


@pytest.mark.parametrize(
    ("body", "tag"),
    [
        ("ok\n{% include 'other' %}", "include"),
        ("ok\n{% import 'forms' as forms %}", "import"),
        ("ok\n{% from 'forms' import field %}", "from ... import"),
        ("ok\n{% extends 'base' %}", "extends"),
    ],
)
def test_check_template_refuses_loading_other_templates(pool, body, tag):
    with pytest.raises(
        InvalidArgument, match=rf"line 2: {{% {tag} %}} is not supported"
    ):
        check(pool, body, [])


def test_check_template_refuses_oversized_body(pool):
    check(pool, "x" * MAX_BODY_BYTES, [])

    with pytest.raises(InvalidArgument, match="template.body: is over 262144 bytes"):
        check(pool, "é" * (MAX_BODY_BYTES // 2 + 1), [])


def test_check_template_refuses_deep_nesting_cleanly(pool):
    with pytest.raises(InvalidArgument, match="nests too deeply"):
        check(pool, "{{ " + "(" * 5000 + "1" + ")" * 5000 + " }}", [])


@pytest.mark.parametrize(
    ("parameters", "problem"),
    [
        ([Parameter("Disk", "")], "parameter 0: name 'Disk' does not match"),
        ([Parameter("9disk", "")], "does not match"),
        ([Parameter("d" * 64, "")], "does not match"),
        ([Parameter("disk-name", "")], "does not match"),
        (
            [Parameter("a", ""), Parameter("a", "")],
            "parameter 1: name 'a' is declared twice",
        ),
        ([Parameter("host", "")], "name 'host' is reserved"),
        ([Parameter("range", "")], "name 'range' is reserved"),
        ([Parameter("loop", "")], "name 'loop' is reserved"),
        ([Parameter("true", "")], "name 'true' is reserved"),
        ([Parameter("a", 5)], "the default of 'a' is not a string"),
        ([Parameter("a", "x" * 70000)], "the default of 'a' is over 65536 bytes"),
        ([Parameter("a", "", "d" * 1025)], "the description of 'a' is over"),
        ([Parameter(f"p{i}", "") for i in range(101)], "at most 100 are allowed"),
    ],
)
def test_check_template_refuses_bad_parameters(pool, parameters, problem):
    with pytest.raises(InvalidArgument) as failure:
        check(pool, "", parameters)

    assert failure.value.violations[0].field == "template.parameters"
    assert problem in str(failure.value)


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("{{ '%999999999s' | format(1) }}", None),
        ("{{ 'x' | center(300000000) }}", None),
        ("{{ '%0999999999d' % 1 }}", None),
        ("{{ 'x' ~ ('y' | center(200000000)) }}", "needs more memory than it may use"),
    ],
)
def test_check_template_runs_no_template_code_in_the_server(pool, body, problem):
    # The compiler folds constants by calling filters and operators, so
    # checking happens in a worker, or these would build hundreds of
    # megabytes here. Folding gives up on a filter that fails, but not on a
    # concatenation.
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.monotonic()

    if problem:
        with pytest.raises(
            InvalidArgument, match=f"template.body: the template {problem}"
        ):
            check(pool, body, [])
    else:
        check(pool, body, [])

    peak_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert time.monotonic() - started < QUICK
    assert peak_after - peak_before < 64 * 1024  # KiB


def test_slow_template_check_is_bounded_and_spends_no_server_cpu():
    # Seconds of parsing and compiling on these machines; whole expressions
    # only, so that it is not refused early as a syntax error.
    unit = "{{ a | upper | lower | trim }}"
    body = unit * (MAX_BODY_BYTES // len(unit))
    pool = WorkerPool(1, limit_seconds=0.5)
    try:
        check(pool, "warm", [])
        cpu_before = resource.getrusage(resource.RUSAGE_SELF)
        started = time.monotonic()

        with pytest.raises(InvalidArgument, match="took longer than 0.5 s"):
            check(pool, body, [Parameter("a", "")])

        cpu_after = resource.getrusage(resource.RUSAGE_SELF)
        assert time.monotonic() - started < 0.5 + STOP_MARGIN
        assert cpu_after.ru_utime - cpu_before.ru_utime < 0.25
    finally:
        pool.close()


# Rendering: values and context ----------------------------------------------


def test_render_uses_values_over_defaults_and_the_context(pool):
    parameters = [Parameter("disk", "sda"), Parameter("zone", None)]
    body = "{{ host.hostname }} {{ disk }} {{ zone }} {{ os.family }}\n"

    assert render(pool, body, parameters, {"zone": "UTC"}) == "web-01 sda UTC linux\n"
    assert render(pool, body, parameters, {"zone": "UTC", "disk": "vda"}) == (
        "web-01 vda UTC linux\n"
    )


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({}, "values.zone", "values.zone: is required"),
        ({"zone": "x", "zome": "y"}, "values", "'zome' is not a parameter"),
        ({"zone": 3}, "values.zone", "values.zone: must be a string"),
        ({"zone": "x" * 65537}, "values.zone", "is over 65536 bytes"),
    ],
)
def test_render_refuses_bad_values(pool, values, field, message):
    with pytest.raises(InvalidArgument) as failure:
        render(pool, "{{ zone }}", [Parameter("zone", None)], values)

    assert failure.value.violations[0].field == field
    assert message in str(failure.value)


def test_render_checks_the_body_first(pool):
    with pytest.raises(InvalidArgument, match="line 1: 'nope' is neither"):
        render(pool, "{{ nope }}")


def test_render_refuses_context_names_it_does_not_know(pool):
    with pytest.raises(ValueError, match="not context names"):
        render(pool, "x", context={**CONTEXT, "secrets": {}})


def test_render_error_names_the_template_line(pool):
    body = "a\nb\nc\nd\ne\nf\n{{ host.fqdn }}\n"

    failure = render_failure(pool, body)

    assert str(failure) == "line 7: 'dict object' has no attribute 'fqdn'"
    assert failure.metadata == {
        "line": "7",
        "detail": "'dict object' has no attribute 'fqdn'",
    }


def test_render_error_never_shows_a_secret_value(pool):
    parameters = [Parameter("password", None, secret=True)]

    failure = render_failure(
        pool, "{{ {}[password] }}", parameters, {"password": "hunter2-'quoted'"}
    )

    assert "hunter2" not in str(failure)
    assert "hunter2" not in str(failure.metadata)
    assert "[redacted]" in str(failure)


def test_render_keeps_trailing_newline_and_trims_block_lines(pool):
    body = "a\n{% for m in host.mac_addresses %}\n  mac {{ m }}\n{% endfor %}\nb\n"

    assert render(pool, body) == "a\n  mac 52:54:00:12:34:56\nb\n"


# Rendering: filters -------------------------------------------------------------


def test_xml_filter_escapes_markup_and_refuses_unencodable_characters(pool):
    parameters = [Parameter("org", None)]

    rendered = render(
        pool, "<a b={{ org | xml }}>", parameters, {"org": "'R&D' <\"x\">"}
    )
    failure = render_failure(pool, "{{ org | xml }}", parameters, {"org": "a\x01b"})

    assert rendered == "<a b=&apos;R&amp;D&apos; &lt;&quot;x&quot;&gt;>"
    assert str(failure) == "line 1: character U+0001 cannot appear in XML"


@pytest.mark.parametrize("value", ["plain", "it's", '$(reboot); `id` "x"', "a\nb", ""])
def test_shell_filter_quotes_one_word(pool, value):
    rendered = render(
        pool, "echo {{ v | shell }}", [Parameter("v", None)], {"v": value}
    )

    assert shlex.split(rendered) == ["echo", value]


@pytest.mark.parametrize("value", ["a\nb", "a\rb", "a\tb", "a\x00b", "a\u2028b"])
def test_oneline_filter_refuses_line_breaks_and_controls(pool, value):
    failure = render_failure(
        pool, "\n{{ v | oneline }}", [Parameter("v", None)], {"v": value}
    )

    assert (
        str(failure) == "line 2: this value must be one line without control characters"
    )


def test_netmask_and_tojson_filters(pool):
    body = "{{ 24 | netmask }} {{ '20' | netmask }} {{ 'a\"<b' | tojson }}"

    assert render(pool, body) == '255.255.255.0 255.255.240.0 "a\\"\\u003cb"'


# Rendering: the sandbox --------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("{{ ''.__class__.__mro__ }}", "access to attribute '__class__' of 'str'"),
        ("{{ joiner.__init__.__globals__ }}", "access to attribute '__init__'"),
        ("{{ namespace.__init__.__globals__ }}", "access to attribute '__init__'"),
        ("{{ self._TemplateReference__context }}", "_TemplateReference__context"),
        ("{{ range.__self__ }}", "has no attribute '__self__'"),
        ("{{ '{0.__class__}'.format(1) }}", "access to attribute '__class__' of 'int'"),
        ("{{ '{a.__class__}'.format_map({'a': 1}) }}", "of 'int' object is unsafe"),
        ("{{ 'x' | attr('__class__') }}", "of 'str' object is unsafe"),
        ("{{ host.mac_addresses.append('x') }}", "access to attribute 'append'"),
        ("{% set d = dict(a=1) %}{{ d.update(b=2) }}", "access to attribute 'update'"),
        ("{{ (1).__class__.__subclasses__() }}", "access to attribute '__class__'"),
        ("{{ host.__class__ }}", "of 'dict' object is unsafe"),
    ],
)
def test_sandbox_escapes_fail_cleanly_and_quickly(pool, body, message):
    started = time.monotonic()

    failure = render_failure(pool, body)

    assert time.monotonic() - started < QUICK
    assert message in str(failure)
    for leak in ("<class", "<function", "<module", "object at 0x", "__builtins__"):
        assert leak not in str(failure)


@pytest.mark.parametrize(
    "body", ["{{ lipsum() }}", "{{ cycler.__init__.__globals__ }}"]
)
def test_html_helpers_are_not_available(pool, body):
    with pytest.raises(InvalidArgument, match="is neither a declared parameter"):
        render(pool, body)


@pytest.mark.parametrize(
    "body",
    [
        "{% for a in range(99999) %}{% for b in range(99999) %}{% endfor %}"
        "{% endfor %}",
        "{% for a in range(99999) %}{{ range(99999) | list | sort | first }}"
        "{% endfor %}",
    ],
)
def test_runaway_render_is_stopped_within_the_bound(pool, body):
    started = time.monotonic()

    failure = render_failure(pool, body)

    assert time.monotonic() - started < RENDER_SECONDS + STOP_MARGIN
    assert "the template took longer than 2 s" in str(failure)
    assert render(pool, "{{ 1 + 1 }}") == "2"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("{{ 'x' * 10**10 }}", "repetition would build more than 1048576 items"),
        ("{{ [0] * 10**9 }}", "repetition would build more than 1048576 items"),
        ("{{ 10**10 * 'x' }}", "repetition would build more than 1048576 items"),
        ("{{ 7 ** 99999 }}", "a power would exceed 8192 bits"),
        ("{% set n = 10**2000 %}{{ n * n * n * n * n }}", "a product would exceed"),
        (
            "{{ '%999999999s' | format(1) }}",
            "the template needs more memory than it may use",
        ),
        ("{{ '%0999999999d' % 1 }}", "the template needs more memory than it may use"),
        (
            "{{ '{:>999999999}'.format(1) }}",
            "the template needs more memory than it may use",
        ),
        (
            "{{ 'x' | center(999999999) }}",
            "the template needs more memory than it may use",
        ),
        (
            "{% set ns = namespace(s='xxxxxxxx') %}{% for i in range(60) %}"
            "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s | length }}",
            "the template needs more memory than it may use",
        ),
        (
            "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}",
            "nests or recurses too deeply",
        ),
    ],
)
def test_memory_blowups_are_stopped_and_the_next_render_works(pool, body, message):
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    elapsed = timed(lambda: pytest.raises(FailedPrecondition, render, pool, body))

    peak_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert elapsed < RENDER_SECONDS + STOP_MARGIN
    assert message in str(render_failure(pool, body))
    assert peak_after - peak_before < 64 * 1024  # KiB: the server did not grow
    assert render(pool, "{{ host.hostname }}") == "web-01"


def test_output_is_capped_at_one_mebibyte_of_utf8(pool):
    assert len(render(pool, "{{ 'x' * 1048576 }}")) == MAX_OUTPUT_BYTES

    too_long = render_failure(pool, "{{ 'x' * 1048576 }}!")
    too_many_bytes = render_failure(pool, "{{ 'é' * 600000 }}")
    many_pieces = render_failure(
        pool, "{% for i in range(99999) %}{{ 'y' * 99 }}{% endfor %}"
    )

    for failure in (too_long, too_many_bytes, many_pieces):
        assert "the output exceeds 1048576 bytes" in str(failure)


def test_output_refuses_text_that_is_not_unicode(pool):
    failure = render_failure(pool, "{{ '\\ud800' }}")

    assert "surrogates not allowed" in str(failure)


# Rendering: the worker processes -------------------------------------------------


def test_worker_stuck_past_its_alarm_is_killed_and_replaced():
    others = worker_pids()
    pool = WorkerPool(1, limit_seconds=1.0)
    try:
        assert render(pool, "warm") == "warm"
        (stuck,) = worker_pids() - others
        # A stopped process answers nothing, like one caught in a long C call.
        os.kill(stuck, signal.SIGSTOP)

        started = time.monotonic()
        failure = render_failure(pool, "{{ 1 }}")
        elapsed = time.monotonic() - started

        assert "the template took longer than 1 s" in str(failure)
        assert 1.0 <= elapsed < 1.0 + STOP_MARGIN
        assert gone(stuck)
        assert render(pool, "{{ 2 }}") == "2"
    finally:
        pool.close()


def test_dead_idle_worker_is_replaced_before_use():
    others = worker_pids()
    pool = WorkerPool(1)
    try:
        assert render(pool, "warm") == "warm"
        (worker,) = worker_pids() - others
        os.kill(worker, signal.SIGKILL)
        deadline = time.monotonic() + 5
        while not gone(worker) and time.monotonic() < deadline:
            time.sleep(0.01)

        assert render(pool, "{{ 3 }}") == "3"
        assert worker not in worker_pids()
    finally:
        pool.close()


def test_workers_run_renders_side_by_side(pool):
    runaway = threading.Thread(
        target=lambda: pytest.raises(
            FailedPrecondition,
            render,
            pool,
            "{% for a in range(99999) %}{% for b in range(99999) %}{% endfor %}"
            "{% endfor %}",
        )
    )
    runaway.start()
    try:
        time.sleep(0.1)
        # One worker is busy with the runaway; the other still answers at once.
        assert timed(lambda: render(pool, "{{ 'quick' }}")) < QUICK
    finally:
        runaway.join(timeout=RENDER_SECONDS + 10)
    assert not runaway.is_alive()


def test_many_threads_share_a_small_pool(pool):
    results: list[str] = []
    lock = threading.Lock()

    def work(number: int) -> None:
        output = render(pool, "{{ n }}", [Parameter("n", None)], {"n": str(number)})
        with lock:
            results.append(output)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert sorted(results, key=int) == [str(n) for n in range(12)]


def test_busy_pool_answers_unavailable_after_its_queue_wait():
    pool = WorkerPool(1, queue_seconds=0.2)
    runaway = threading.Thread(
        target=lambda: pytest.raises(
            FailedPrecondition,
            render,
            pool,
            "{% for a in range(99999) %}"
            "{% for b in range(99999) %}{% endfor %}{% endfor %}",
        )
    )
    try:
        assert render(pool, "warm") == "warm"
        runaway.start()
        time.sleep(0.1)

        started = time.monotonic()
        with pytest.raises(Unavailable) as failure:
            render(pool, "x")

        assert failure.value.reason == "TEMPLATE_WORKERS_BUSY"
        assert time.monotonic() - started < QUICK
    finally:
        runaway.join(timeout=RENDER_SECONDS + 10)
        pool.close()


def test_closed_pool_refuses_and_leaves_no_worker():
    others = worker_pids()
    pool = WorkerPool(2)
    render(pool, "warm")
    assert worker_pids() - others

    pool.close()

    with pytest.raises(Unavailable, match="shut down"):
        render(pool, "x")
    deadline = time.monotonic() + 5
    while worker_pids() - others and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not worker_pids() - others


def test_worker_ends_when_the_server_dies(tmp_path):
    script = (
        "from provisiond.core.templates import WorkerPool\n"
        "pool = WorkerPool(1)\n"
        "print(pool.run('x', [], {}), flush=True)\n"
        "import time; time.sleep(60)\n"
    )
    server = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout.readline().strip() == "{'output': 'x'}"
        (worker,) = [
            pid for pid in _children(server.pid) if b"template_worker" in _cmdline(pid)
        ]
        server.kill()
        server.wait(timeout=10)

        deadline = time.monotonic() + 10
        while not gone(worker) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert gone(worker)
    finally:
        server.kill()
        server.wait(timeout=10)
        server.stdout.close()


def _children(parent: int) -> list[int]:
    text = Path(f"/proc/{parent}/task/{parent}/children").read_text()
    return [int(pid) for pid in text.split()]


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def test_warm_render_is_cheap(pool):
    body = "{% for m in host.mac_addresses %}{{ m }}{% endfor %}\n" * 50
    durations = sorted(timed(lambda: render(pool, body)) for _ in range(20))

    assert durations[10] < 0.1
