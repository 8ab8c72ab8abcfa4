"""The call pipeline: every provisioner.v1 call passes through it, in this order.

1. The method must have a policy in the contract (deny by default).
2. The API must be enabled for the deployment.
3. The caller must authenticate as the policy's scope requires.
4. The servicer runs, holding a database connection from the pool.
5. Errors become gRPC status (status.py); one log line and one audit record
   are written, whatever the outcome.

Health and reflection calls bypass it, so that they answer while the API is off.
"""

from __future__ import annotations

import contextvars
import functools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

import grpc

from provisiond import logs
from provisiond.api import status
from provisiond.api.contract import Contract, Policy
from provisiond.core import idempotency, scopes
from provisiond.core.addresses import IPAddress, peer_address
from provisiond.core.audit import AuditEntry, AuditWriter
from provisiond.core.auth import Authenticator, Principal
from provisiond.core.clock import utcnow
from provisiond.core.deployment import ApiSwitch
from provisiond.core.errors import (
    InvalidArgument,
    PermissionDenied,
    ProvisionerError,
    Unauthenticated,
    Unavailable,
)
from provisiond.db.database import connection_scope

LOG = logging.getLogger(logs.CALL_LOGGER)

# Services that answer without authentication and while the API is off.
# Services whose request_id has rules of its own.
NO_REPLAY_SERVICES = ("/provisioner.v1.AuthService/",)

OPEN_SERVICES = (
    "/grpc.health.v1.Health/",
    "/grpc.reflection.v1.ServerReflection/",
    "/grpc.reflection.v1alpha.ServerReflection/",
)

_principal: contextvars.ContextVar[Principal | None] = contextvars.ContextVar(
    "principal", default=None
)
_current_call: contextvars.ContextVar[_Call | None] = contextvars.ContextVar(
    "call", default=None
)


def current_principal() -> Principal:
    """The authenticated caller of the call in progress."""
    principal = _principal.get()
    if not isinstance(principal, Principal):
        raise PermissionDenied("this call needs a session", "SESSION_REQUIRED")
    return principal


def current_agent():
    """The imaging job whose token authenticated the call in progress."""
    agent = _principal.get()
    if agent is None or isinstance(agent, Principal):
        raise PermissionDenied("this call needs a job token", "JOB_TOKEN_REQUIRED")
    return agent


def _no_job_tokens(token: str):
    raise PermissionDenied("this server serves no imaging jobs", "NOT_A_JOB_TOKEN")


class _Malformed:
    """Stands for a request message that could not be decoded."""


_MALFORMED = _Malformed()


@dataclass
class _Call:
    method: str
    peer: str
    started: float
    address: IPAddress | None = None
    client_address: str = ""
    request_id: str = ""
    apid: str = ""
    code: grpc.StatusCode = grpc.StatusCode.OK


class CallPipeline(grpc.ServerInterceptor):
    """Admits, runs, maps errors, logs and audits every provisioner.v1 call."""

    def __init__(
        self,
        contract: Contract,
        authenticator: Authenticator,
        api_switch: ApiSwitch,
        audit: AuditWriter,
        job_tokens: Callable[[str], object] | None = None,
    ):
        self._contract = contract
        self._auth = authenticator
        # Authenticates an imaging job's token; its principal, or raises.
        self._job_tokens = job_tokens or _no_job_tokens
        self._switch = api_switch
        self._audit = audit
        # method -> (its handler, the handler wrapped in the pipeline)
        self._wrapped: dict[str, tuple[grpc.RpcMethodHandler, ...]] = {}

    def intercept_service(self, continuation, handler_call_details):
        handler = continuation(handler_call_details)
        method = handler_call_details.method
        if handler is None or method.startswith(OPEN_SERVICES):
            return handler
        # A wrapper depends only on the method and its handler: build it once.
        known = self._wrapped.get(method)
        if known is None or known[0] is not handler:
            known = self._wrapped[method] = (handler, self._wrap(method, handler))
        return known[1]

    def _wrap(self, method: str, handler: grpc.RpcMethodHandler):
        """A handler of the same kind whose behaviour runs through the pipeline."""
        deserialize = _safe_deserializer(handler.request_deserializer)
        if handler.unary_unary:
            inner = handler.unary_unary
            policy = self._contract.policy(method)
            replay = _Replay(
                method,
                handler.response_serializer,
                policy.response_class.FromString
                if policy is not None and policy.response_class
                else None,
            )
            return grpc.unary_unary_rpc_method_handler(
                lambda request, context: self._serve(
                    method,
                    request,
                    context,
                    lambda: replay.run(request, lambda: inner(request, context)),
                ),
                request_deserializer=deserialize,
                response_serializer=handler.response_serializer,
            )
        if handler.unary_stream:
            inner = handler.unary_stream
            return grpc.unary_stream_rpc_method_handler(
                lambda request, context: self._serve_stream(
                    method, request, context, lambda: inner(request, context)
                ),
                request_deserializer=deserialize,
                response_serializer=handler.response_serializer,
            )
        # Client streams (image uploads) come with the imaging service.
        raise NotImplementedError(f"{method}: the pipeline serves no client streams")

    def _serve(self, method, request, context, run):
        """Runs `run()` for one call inside the pipeline; returns its result."""
        call = _Call(method, context.peer(), time.perf_counter())
        call.address, call.client_address = _client_address(call.peer)
        call.request_id = _request_id(request, context)
        token = None
        call_token = _current_call.set(call)
        try:
            with connection_scope():
                if request is _MALFORMED:
                    raise _malformed()
                principal = self._admit(call, context)
                token = _principal.set(principal)
                return run()
        except ProvisionerError as error:
            self._abort(context, call, status.from_error(error), error)
        except Exception as exc:
            if _aborted(context):
                raise
            self._abort(context, call, status.from_unexpected(method, exc), None)
        finally:
            if token is not None:
                _principal.reset(token)
            _current_call.reset(call_token)
            self._finish(call, context)

    def _serve_stream(self, method, request, context, run):
        """Runs the response stream `run()` inside the pipeline, yielding its
        messages. Admission holds a database connection; the stream does not,
        since it may wait for minutes: it takes one whenever it reads."""
        call = _Call(method, context.peer(), time.perf_counter())
        call.address, call.client_address = _client_address(call.peer)
        call.request_id = _request_id(request, context)
        token = None
        try:
            try:
                with connection_scope():
                    if request is _MALFORMED:
                        raise _malformed()
                    principal = self._admit(call, context)
                token = _principal.set(principal)
                yield from run()
            except ProvisionerError as error:
                self._abort(context, call, status.from_error(error), error)
            except Exception as exc:
                if _aborted(context):
                    raise
                self._abort(context, call, status.from_unexpected(method, exc), None)
        finally:
            if token is not None:
                _principal.reset(token)
            self._finish(call, context)

    def _admit(self, call: _Call, context) -> Principal | None:
        policy = self._contract.policy(call.method)
        if policy is None or policy.scope is None:
            raise PermissionDenied(
                f"{call.method} declares no access policy and is not served",
                "METHOD_NOT_ALLOWED",
                {"method": call.method},
            )
        if not self._switch.enabled():
            raise Unavailable(
                "the API is disabled on this deployment; an operator enables it "
                "with 'provisioner-api enable'",
                "API_DISABLED",
            )
        if policy.scope == scopes.PUBLIC:
            return None
        if policy.scope == scopes.JOB_TOKEN:
            token = _bearer_token(context)
            if not token:
                raise Unauthenticated(
                    "no job token: send the token from the kernel command line "
                    "as 'authorization: Bearer <token>' metadata",
                    "TOKEN_MISSING",
                )
            return self._auth.throttled(call.address, lambda: self._job_tokens(token))

        principal = self._auth.authenticate(_bearer_token(context), call.address)
        call.apid = principal.apid
        _check_scope(policy, principal)
        return principal

    def _abort(self, context, call: _Call, grpc_status, error) -> None:
        call.code = grpc_status.code
        if error is not None and getattr(error, "metadata", None):
            call.apid = call.apid or error.metadata.get("apid", "")
        context.abort_with_status(grpc_status)

    def _finish(self, call: _Call, context) -> None:
        if call.code == grpc.StatusCode.OK and context.code() not in (
            None,
            grpc.StatusCode.OK,
        ):
            call.code = context.code()
        duration = time.perf_counter() - call.started
        level = logging.ERROR if call.code == grpc.StatusCode.INTERNAL else logging.INFO
        if LOG.isEnabledFor(level):
            _log_call(level, call, duration)
        policy = self._contract.policy(call.method)
        if policy is not None and not policy.declares(call.code):
            LOG.warning(
                "%s returned %s, which its policy does not declare",
                call.method,
                call.code.name,
            )
        self._audit.record(
            AuditEntry(
                create_time=utcnow(),
                apid=call.apid,
                peer=call.peer,
                client_address=call.client_address,
                method=call.method,
                code=call.code.value[0],
                request_id=call.request_id,
                duration_micros=int(duration * 1_000_000),
            )
        )


def _log_call(level: int, call: _Call, duration: float) -> None:
    logs.log_call(
        logs.CallRecord(
            time.time(),
            level,
            call.method,
            call.peer,
            call.apid,
            call.request_id,
            call.code.name,
            duration * 1000,
        )
    )


@functools.lru_cache(maxsize=4096)
def _client_address(peer: str) -> tuple[IPAddress | None, str]:
    """The IP address of a peer, and its text for the audit trail.

    A client makes many calls over one connection, hence one peer string, so
    each is parsed once.
    """
    address = peer_address(peer)
    return address, str(address) if address else ""


def note_apid(apid: str) -> None:
    """Names the APID of the call in progress in its log line and audit record,
    for calls that name it before any session exists (CreateSession)."""
    call = _current_call.get()
    if call is not None and apid:
        call.apid = apid


def _check_scope(policy: Policy, principal: Principal) -> None:
    if policy.scope == scopes.SESSION or policy.scope in principal.scopes:
        return
    raise PermissionDenied(
        f"{policy.method} needs the {policy.scope} scope, which APID "
        f"{principal.apid} does not have",
        "SCOPE_MISSING",
        {"scope": policy.scope, "apid": principal.apid, "method": policy.method},
    )


def _bearer_token(context) -> str:
    for key, value in context.invocation_metadata():
        if key == "authorization":
            kind, _, token = value.partition(" ")
            return token.strip() if kind.lower() == "bearer" else ""
    return ""


def _request_id(request, context) -> str:
    value = request.request_id if _has_request_id(type(request)) else ""
    if not value:
        for key, sent in context.invocation_metadata():
            if key == "x-request-id":
                value = sent
                break
    return value[:128]


@functools.cache
def _has_request_id(message_type: type) -> bool:
    descriptor = getattr(message_type, "DESCRIPTOR", None)
    return descriptor is not None and "request_id" in descriptor.fields_by_name


def _aborted(context) -> bool:
    # context.abort() raises a bare Exception after setting the status; such a
    # call has already chosen its status and must pass through unchanged.
    return context.code() not in (None, grpc.StatusCode.OK)


def _safe_deserializer(deserializer: Callable | None) -> Callable | None:
    if deserializer is None:
        return None

    def deserialize(data: bytes):
        try:
            return deserializer(data)
        except Exception:
            return _MALFORMED

    return deserialize


def _malformed() -> InvalidArgument:
    return InvalidArgument(
        "the request message could not be decoded; check that the client uses "
        "the provisioner.v1 protos",
        "MALFORMED_REQUEST",
    )


class _Replay:
    """request_id for the mutations of one method: the first call with a
    request_id runs; a retry of it gets the first call's response.

    AuthService keeps its own request_id rules (a repeated CreateSession
    revokes the earlier token), so it does not pass through here.
    """

    def __init__(self, method: str, serialize, deserialize):
        self._method = method
        self._serialize = serialize
        self._deserialize = deserialize
        self._active = deserialize is not None and not method.startswith(
            NO_REPLAY_SERVICES
        )

    def run(self, request, call: Callable):
        principal = _principal.get()
        request_id = (
            request.request_id
            if self._active
            and isinstance(principal, Principal)
            and _has_request_id(type(request))
            else ""
        )
        if not request_id:
            return call()
        if len(request_id) > 128:
            raise InvalidArgument(
                "request_id: must be at most 128 characters",
                "INVALID_FIELD",
                {"field": "request_id"},
            )
        claim = idempotency.claim(
            principal.apid,
            request_id,
            self._method,
            request.SerializeToString(deterministic=True),
        )
        if claim.response is not None:
            return self._deserialize(claim.response)
        try:
            response = call()
        except BaseException:
            idempotency.release(claim)
            raise
        idempotency.complete(claim, self._serialize(response))
        return response
