# shellcheck shell=bash
# Sourced by the scripts in this folder: the repository root, messages, and the
# installs that more than one script needs (Debian packages, the .venv).
# Each function installs only what is missing, so a second run is quick.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV=$ROOT/.venv
PYTHON=${PYTHON:-python3}

say() { printf '==> %s\n' "$*"; }
warn() { printf 'warning: %s\n' "$*" >&2; }
die() {
    printf 'error: %s\n' "$*" >&2
    exit 1
}

# True under CI (CI=true), where anything a test needs must be there.
in_ci() { [[ -n ${CI:-} && ${CI:-} != false ]]; }

# apt_install PACKAGE...: installs Debian packages. Returns 1 without trying
# when this is not a root shell on a Debian-like system.
_apt_updated=""
apt_install() {
    if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
        return 1
    fi
    say "installing Debian packages: $*"
    export DEBIAN_FRONTEND=noninteractive
    if [[ -z $_apt_updated ]]; then
        apt-get update -q >/dev/null
        _apt_updated=1
    fi
    apt-get install -y -q --no-install-recommends "$@" >/dev/null
}

# need_command COMMAND [PACKAGE]: makes sure COMMAND is on PATH, installing
# its Debian package when it is not.
need_command() {
    command -v "$1" >/dev/null && return 0
    apt_install "${2:-$1}" || die "$1 is missing; install the ${2:-$1} package"
    command -v "$1" >/dev/null || die "$1 is still missing after installing ${2:-$1}"
}

# ensure_venv: creates .venv with Provisioner and its dev tools installed
# (editable), and puts it first on PATH. Reinstalls only when pyproject.toml
# or the Python interpreter changed since the last install.
ensure_venv() {
    local stamp=$VENV/.provisioner-install want
    command -v "$PYTHON" >/dev/null || need_command python3
    want="$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1) $("$PYTHON" -VV 2>&1 | head -1)"
    if [[ ! -x $VENV/bin/python || ! -f $stamp || $(cat "$stamp") != "$want" ]]; then
        _install_venv
        printf '%s\n' "$want" >"$stamp"
    fi
    export VIRTUAL_ENV=$VENV
    export PATH=$VENV/bin:$PATH
}

_install_venv() {
    "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
        || die "Provisioner needs Python 3.11 or newer; $PYTHON is $("$PYTHON" -V 2>&1)." \
            "Set PYTHON to a newer interpreter."
    if [[ -x $VENV/bin/python && $("$VENV/bin/python" -VV) != $("$PYTHON" -VV) ]]; then
        say "recreating $VENV for $("$PYTHON" -V)"
        "$PYTHON" -m venv --clear "$VENV"
    elif [[ ! -x $VENV/bin/python ]]; then
        # Debian splits venv support (ensurepip) into python3-venv.
        "$PYTHON" -c 'import ensurepip' 2>/dev/null || apt_install python3-venv \
            || die "$PYTHON cannot create virtualenvs; install the python3-venv package"
        say "creating $VENV"
        "$PYTHON" -m venv "$VENV"
    fi
    say "installing Provisioner and its dev tools into $VENV"
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e "${ROOT}[dev]"
}

# use_venv: puts .venv first on PATH when it exists, for scripts that can also
# run with tools installed some other way.
use_venv() {
    if [[ -x $VENV/bin/python ]]; then
        export VIRTUAL_ENV=$VENV
        export PATH=$VENV/bin:$PATH
    fi
}
