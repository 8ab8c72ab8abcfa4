"""The runnable samples every language ships: their names, arguments and the
lines they print, which tests/test_samples.py checks for each language.

Every sample reads where the server is and who calls from the environment:

    PROVISIONER_ADDRESS    host:port of the gRPC API (plaintext)
    PROVISIONER_APID       the APID that `provisioner-apid create` printed
    PROVISIONER_USER       the user name bound to the APID
    PROVISIONER_PASSWORD   its password

It signs in with AuthService.CreateSession and sends the token as
`authorization: Bearer <token>` metadata on every later call. Unary calls have
a deadline of CALL_SECONDS; a watch stream one of WATCH_SECONDS.

On any failure a sample prints one line to stderr and exits with status 1:

    error: <Service>.<Method>: <CODE>: <the server's message>

CODE is the canonical upper-case status name (UNAVAILABLE, PERMISSION_DENIED,
...); where the method declares the code, ` (<the declared meaning>)` follows
the server's message. Wrong arguments print the usage to stderr and exit 2.
Nothing else goes to stderr; stdout carries the lines below, each starting with
the label shown, and may carry other lines between them. Each line is flushed as
it is printed: the test acts on a line (as the installer, the agent) while the
sample waits for the outcome.
"""

from __future__ import annotations

from dataclasses import dataclass

CALL_SECONDS = 10
WATCH_SECONDS = 120

ENVIRONMENT = (
    "PROVISIONER_ADDRESS",
    "PROVISIONER_APID",
    "PROVISIONER_USER",
    "PROVISIONER_PASSWORD",
)


@dataclass(frozen=True)
class Flow:
    name: str
    arguments: tuple[str, ...]
    summary: str
    steps: tuple[str, ...]  # what it does and prints, in order
    extra_environment: tuple[str, ...] = ()


AUTHENTICATE = Flow(
    name="authenticate",
    arguments=(),
    summary="Sign in with an APID, ask who the session is, revoke it.",
    steps=(
        "AuthService.CreateSession with the APID, user name and password.",
        "AuthService.WhoAmI; print `signed in: <Session.apid> as <Session.user_name>"
        " with scopes <Scope names of Session.scopes, joined by commas, such as"
        " SCOPE_PROVISIONING,SCOPE_IMAGING>`.",
        "AuthService.RevokeSession; print `session revoked`.",
    ),
)

PROVISION = Flow(
    name="provision",
    arguments=("HOST_ID", "MAC", "OPERATING_SYSTEM", "BMC_ADDRESS"),
    summary="Re-install a server from a control panel: pick an operating"
    " system, register the host, preview, arm, cancel, arm with a power cycle"
    " and watch the install until it ends.",
    extra_environment=("PROVISIONER_BMC_USER", "PROVISIONER_BMC_PASSWORD"),
    steps=(
        "Sign in (see authenticate).",
        "ProvisioningService.ListOperatingSystems, every page (page_size 50,"
        " next_page_token); print `operating system: <name> <display_name>` for"
        " each. If none is named OPERATING_SYSTEM (operatingSystems/{id}), fail"
        " with `error: OPERATING_SYSTEM not found` (exit 1).",
        "ProvisioningService.CreateHost, host_id HOST_ID, hostname HOST_ID, one MAC,"
        " an IPMI BMC at BMC_ADDRESS (host:port; address and port fields) with"
        " the user and password from PROVISIONER_BMC_USER and"
        " PROVISIONER_BMC_PASSWORD. Print `host created: hosts/<id>`; on"
        " ALREADY_EXISTS print `host exists: hosts/<id>` and go on.",
        "ProvisioningService.PreviewProvisioning of OPERATING_SYSTEM on the host;"
        " print `preview: <length of answer_file> bytes of answer file`.",
        "ProvisioningService.CreateProvisioning; print `armed: <provisioning"
        " name>`. ProvisioningService.CancelProvisioning of it; print"
        " `cancelled: <name>`.",
        "Open ProvisioningService.WatchEvents for the host and wait for its"
        " response headers (the server sends them once the stream's start is"
        " fixed, so nothing after is missed).",
        "ProvisioningService.CreateProvisioning with power_cycle true; print"
        " `armed with power cycle: <name>`.",
        "Read the stream: for each event of that provisioning print `event:"
        " <EventType name> <ProvisioningState name> <progress_percent>%`, until"
        " its state is SUCCEEDED, FAILED, CANCELLED or EXPIRED; then print"
        " `finished: <ProvisioningState name>` and exit 0 for SUCCEEDED, 1"
        " otherwise. The enum names are the proto ones, such as"
        " PROVISIONING_STATE_SUCCEEDED.",
    ),
)

IMAGING = Flow(
    name="imaging",
    arguments=("HOST_ID", "IMAGE_ID", "IMAGING_ENVIRONMENT"),
    summary="Capture a host's disk as an image, then deploy the image back"
    " onto the host, watching each job's progress.",
    steps=(
        "Sign in (see authenticate).",
        "Open ImagingService.WatchImagingJobs for every job and wait for its"
        " response headers.",
        "ImagingService.CaptureImage of hosts/HOST_ID as IMAGE_ID with"
        " imaging_environment IMAGING_ENVIRONMENT (operatingSystems/{id});"
        " print `capture job: <job name>`.",
        "Read the stream: for each message of that job print `progress: <job"
        " name> <ImagingJobState name> <bytes_done>/<bytes_total>`, until the"
        " state is SUCCEEDED, FAILED, CANCELLED or EXPIRED; unless SUCCEEDED, print"
        " `finished: <job name> <state name>` and exit 1.",
        "ImagingService.GetImage of images/IMAGE_ID; print `image: <name>"
        " <size_bytes> bytes sha256 <sha256>`.",
        "ImagingService.DeployImage of the image to hosts/HOST_ID with the same"
        " environment; print `deploy job: <job name>`.",
        "Read on from the same watch as above; print `finished: <job name>"
        " <state name>` and exit 0 for IMAGING_JOB_STATE_SUCCEEDED, 1 otherwise.",
    ),
)

FLOWS = (AUTHENTICATE, PROVISION, IMAGING)
