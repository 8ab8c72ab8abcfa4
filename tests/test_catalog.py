"""The starter templates: each checks, renders and parses as the answer file
its installer expects, and ends the install with the installer callback."""

import importlib
import os
import shlex
import subprocess
import xml.etree.ElementTree as ET

import pytest

from provisiond.catalog import starter_template, starter_templates
from provisiond.core.errors import FailedPrecondition, NotFound
from provisiond.core.templates import WorkerPool, check_template, render_template
from support import require_tool

CALLBACK = "http://192.0.2.1:8080/callback/pvi_tok"
KEYS = "ssh-ed25519 AAAAC3Nza first@example\n\n  ssh-rsa AAAAB3Nz it's-second  \n"
STATIC = {
    "ip_address": "192.0.2.10",
    "prefix_length": 24,
    "gateway": "192.0.2.1",
    "dns_servers": ["192.0.2.53", "192.0.2.54"],
}
UNATTEND = "{urn:schemas-microsoft-com:unattend}"


def context(network: dict) -> dict:
    return {
        "host": {
            "hostname": "web-01.example.com",
            "mac_addresses": ["52:54:00:12:34:56"],
            "network": network,
        },
        "os": {"name": "operatingSystems/any", "family": "linux"},
        "install": {
            "answer_url": "http://192.0.2.1:8080/answer/pvi_tok",
            "callback_url": CALLBACK,
            "server_url": "http://192.0.2.1:8080",
        },
    }


def require_module(name: str, package: str):
    """The module `name`; a skip when it is missing, a failure under CI,
    which must install the Python package `package` (a dev dependency)."""
    try:
        return importlib.import_module(name)
    except ImportError:
        message = f"Python package {package} is not installed"
        if os.environ.get("CI") not in (None, "", "false"):
            pytest.fail(f"{message}: CI must provide it")
        pytest.skip(message)


@pytest.fixture(scope="module")
def pool():
    pool = WorkerPool(1)
    yield pool
    pool.close()


def render(pool, template_id: str, network: dict | None = None, **values) -> str:
    template = starter_template(template_id)
    return render_template(
        template.body,
        template.parameters,
        values,
        context(STATIC if network is None else network),
        pool=pool,
    )


def parse_xml(text: str) -> ET.Element:
    return ET.fromstring(text)  # noqa: S314 - the test's own rendered output


def posted_urls(command: str) -> list[str]:
    """The URLs that a shell command line POSTs to with curl, directly or
    through debian-installer's in-target."""
    lexer = shlex.shlex(command, posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    urls = []
    words: list[str] = []
    for word in [*lexer, ";"]:
        if word not in (";", "||", "&&"):
            words.append(word)
            continue
        if words[:1] == ["in-target"]:
            words = words[1:]
        if words[:4] == ["curl", "-fsS", "-X", "POST"]:
            urls.append(words[4])
        words = []
    return urls


@pytest.mark.parametrize("template", starter_templates(), ids=lambda t: t.template_id)
def test_starter_template_checks_and_declares_secrets(pool, template):
    check_template(template.body, template.parameters, pool=pool)

    names = [parameter.name for parameter in template.parameters]
    required = [p.name for p in template.parameters if p.default is None]
    assert len(names) == len(set(names))
    assert required and all(
        p.secret for p in template.parameters if p.default is None
    ), "the only required values are passwords, which are secret"


def test_catalogue_lists_one_template_per_installer():
    kinds = [template.installer_kind for template in starter_templates()]

    assert kinds == ["kickstart", "preseed", "autoinstall", "windows_unattend"]
    with pytest.raises(NotFound):
        starter_template("nope")


# Kickstart -------------------------------------------------------------------


@pytest.mark.parametrize("network", [STATIC, {}], ids=["static", "dhcp"])
def test_kickstart_parses_for_rhel9_and_reports_to_the_callback(pool, network):
    parser_module = require_module("pykickstart.parser", "pykickstart")
    version = require_module("pykickstart.version", "pykickstart")
    constants = require_module("pykickstart.constants", "pykickstart")
    text = render(
        pool,
        "kickstart-el9",
        network,
        root_password_hash="$6$salt$hash",
        ssh_authorized_keys=KEYS,
    )

    parser = parser_module.KickstartParser(version.makeVersion(version.RHEL9))
    parser.readKickstartFromString(text)

    handler = parser.handler
    assert handler.rootpw.password == "$6$salt$hash" and handler.rootpw.isCrypted
    (device,) = handler.network.network
    assert device.device == "52:54:00:12:34:56"
    if network:
        assert (device.bootProto, device.ip, device.netmask) == (
            "static",
            "192.0.2.10",
            "255.255.255.0",
        )
        assert device.nameserver == "192.0.2.53,192.0.2.54"
    else:
        assert device.bootProto == "dhcp"
    scripts = {script.type: script.script for script in handler.scripts}
    post = [line for line in scripts[constants.KS_SCRIPT_POST].splitlines() if line]
    assert posted_urls(post[-1]) == [CALLBACK + "/done"]
    assert posted_urls(scripts[constants.KS_SCRIPT_PRE].strip()) == [
        CALLBACK + "/started"
    ]
    assert posted_urls(scripts[constants.KS_SCRIPT_ONERROR].strip()) == [
        CALLBACK + "/failed"
    ]
    keys = [shlex.split(line)[2] for line in post if line.startswith("printf")]
    assert keys == [
        "ssh-ed25519 AAAAC3Nza first@example",
        "ssh-rsa AAAAB3Nz it's-second",
    ]


def test_kickstart_refuses_a_value_that_would_start_a_new_command(pool):
    with pytest.raises(FailedPrecondition) as failure:
        render(pool, "kickstart-el9", root_password_hash="x\n%pre\nreboot")

    assert "must be one line" in str(failure.value)
    assert "reboot" not in str(failure.value)


# Debian preseed ------------------------------------------------------------------


@pytest.mark.parametrize("network", [STATIC, {}], ids=["static", "dhcp"])
def test_preseed_is_valid_debconf_and_reports_to_the_callback(pool, network, tmp_path):
    text = render(
        pool,
        "preseed-debian12",
        network,
        root_password_hash="$6$salt$hash",
        ssh_authorized_keys=KEYS,
        domain="example.com",
    )
    path = tmp_path / "preseed.cfg"
    path.write_text(text)

    checked = subprocess.run(
        [require_tool("debconf-set-selections", "debconf"), "--checkonly", str(path)],
        capture_output=True,
        text=True,
        timeout=30,
    )

    assert checked.returncode == 0, checked.stderr
    answers = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            owner, question, kind, *value = line.split(None, 3)
            answers[question] = (kind, value[0] if value else "")
    assert answers["passwd/root-password-crypted"] == ("password", "$6$salt$hash")
    assert answers["netcfg/get_hostname"] == ("string", "web-01")
    assert ("netcfg/get_ipaddress" in answers) == bool(network)
    kind, late = answers["preseed/late_command"]
    assert late.endswith("in-target curl -fsS -X POST " + CALLBACK + "/done")
    assert posted_urls(late) == [CALLBACK + "/done"]
    assert "printf '%s\\n' 'ssh-rsa AAAAB3Nz it'\"'\"'s-second'" in late


# Ubuntu autoinstall -----------------------------------------------------------------


@pytest.mark.parametrize("network", [STATIC, {}], ids=["static", "dhcp"])
def test_autoinstall_is_cloud_config_yaml_and_reports_to_the_callback(pool, network):
    yaml = require_module("yaml", "PyYAML")
    text = render(
        pool,
        "autoinstall-ubuntu",
        network,
        password_hash="$6$salt$hash",
        ssh_authorized_keys=KEYS,
        disk="nvme0n1",
    )

    assert text.startswith("#cloud-config\n")
    config = yaml.safe_load(text)["autoinstall"]
    assert config["version"] == 1
    assert config["identity"] == {
        "hostname": "web-01",
        "username": "ubuntu",
        "password": "$6$salt$hash",
    }
    assert config["ssh"]["authorized-keys"] == [
        "ssh-ed25519 AAAAC3Nza first@example",
        "ssh-rsa AAAAB3Nz it's-second",
    ]
    assert config["storage"]["layout"]["match"] == {"path": "/dev/nvme0n1"}
    primary = config["network"]["ethernets"]["primary"]
    assert primary["match"] == {"macaddress": "52:54:00:12:34:56"}
    if network:
        assert primary["addresses"] == ["192.0.2.10/24"]
        assert primary["routes"] == [{"to": "default", "via": "192.0.2.1"}]
    else:
        assert primary["dhcp4"] is True
    assert posted_urls(config["late-commands"][-1]) == [CALLBACK + "/done"]
    assert posted_urls(config["early-commands"][0]) == [CALLBACK + "/started"]
    assert posted_urls(config["error-commands"][0]) == [CALLBACK + "/failed"]


def test_autoinstall_keeps_yaml_special_characters_in_values(pool):
    yaml = require_module("yaml", "PyYAML")
    awkward = "#: {a: [b]} & *c 'd' \"e\" \\f <g>"

    text = render(pool, "autoinstall-ubuntu", password_hash=awkward, username=awkward)

    assert yaml.safe_load(text)["autoinstall"]["identity"]["password"] == awkward
    assert yaml.safe_load(text)["autoinstall"]["storage"]["layout"]["match"] == {
        "size": "largest"
    }


# Windows unattend.xml ----------------------------------------------------------------


def test_unattend_parses_and_reports_to_the_callback(pool):
    text = render(pool, "unattend-windows", administrator_password="S3cret!")

    root = parse_xml(text)
    assert root.tag == UNATTEND + "unattend"
    passes = [settings.get("pass") for settings in root]
    assert passes == ["windowsPE", "specialize", "oobeSystem"]
    assert root.find(f".//{UNATTEND}ComputerName").text == "web-01"
    assert root.find(f".//{UNATTEND}ProductKey") is None
    (command,) = root.iterfind(f".//{UNATTEND}CommandLine")
    assert command.text == f'curl.exe -fsS -X POST "{CALLBACK}/done"'


def test_unattend_escapes_values_for_xml(pool):
    awkward = "R&D <lab> \"one\" 'two' ]]> --"

    text = render(
        pool,
        "unattend-windows",
        administrator_password=awkward,
        organization=awkward,
        product_key="ABCDE-<&>",
    )

    root = parse_xml(text)
    assert root.find(f".//{UNATTEND}Organization").text == awkward
    assert (
        root.find(f".//{UNATTEND}AdministratorPassword/{UNATTEND}Value").text == awkward
    )
    assert root.find(f".//{UNATTEND}ProductKey/{UNATTEND}Key").text == "ABCDE-<&>"


def test_unattend_cuts_the_computer_name_to_fifteen_characters(pool):
    template = starter_template("unattend-windows")
    long_host = context({})
    long_host["host"]["hostname"] = "a-very-long-host-name.example.com"

    text = render_template(
        template.body,
        template.parameters,
        {"administrator_password": "x"},
        long_host,
        pool=pool,
    )

    assert parse_xml(text).find(f".//{UNATTEND}ComputerName").text == "a-very-long-hos"
