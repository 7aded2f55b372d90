"""The sync server's HTTP API (FastAPI). See :mod:`biox_desktop.sync.protocol` for the protocol.

The app holds no state that matters between requests: every process built by
:func:`create_app` over the same database answers the same way.

:class:`RequestGuard` runs before FastAPI sees a request: it refuses a body over its route's cap
(:func:`~biox_desktop.sync.protocol.body_limit`) from Content-Length alone, checks the token of
every call that needs one before reading a byte of the body, then reads the body counting bytes.
An unauthenticated client can therefore not make the server buffer or parse anything.
"""

# No "from __future__ import annotations": FastAPI must see the local dependency aliases.

import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Annotated, Any

import anyio.to_thread
from fastapi import Body, Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import Engine
from starlette.exceptions import HTTPException as StarletteHTTPException

from biox_desktop.server import counterpart
from biox_desktop.server.auth import RateLimits, TrustedProxies
from biox_desktop.server.db import make_engine, migrate
from biox_desktop.server.feeds import Feeds, add_routes
from biox_desktop.server.store import Principal, Store, StoreError
from biox_desktop.sync import protocol as P

#: A JSON object request body (annotations are resolved at module level).
JsonObject = Annotated[dict[str, Any], Body()]


def _int(value: object) -> int | None:
    """``value`` when it is a real integer (JSON ``true`` is not), else ``None``."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

#: Where the guard leaves the caller it authenticated (read by the ``principal`` dependency).
PRINCIPAL_KEY = "biox.principal"
#: Where it leaves the real client address (see :class:`TrustedProxies`).
CLIENT_KEY = "biox.client"
#: Routes that need no token: everything else under the API prefix is authenticated first.
OPEN_ROUTES = frozenset({f"{P.API_PREFIX}/health", f"{P.API_PREFIX}/login"})

log = logging.getLogger(__name__)


async def _error(send: Send, status: int, code: str, message: str, **extra: Any) -> None:
    """Answer with the one error shape and close the connection (a body may be left unread)."""
    body = JSONResponse(P.error_body(code, message, **extra), status).body
    await send({
        "type": "http.response.start",
        "status": status,
        "headers": [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
        ],
    })  # fmt: skip
    await send({"type": "http.response.body", "body": body})


class RequestGuard:
    """Pure ASGI middleware: body caps, authentication before the body, real client address."""

    def __init__(self, app: Any, store: Store, proxies: TrustedProxies) -> None:
        self.app = app
        self.store = store
        self.proxies = proxies

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        limit = P.body_limit(path)
        headers = [(k.lower(), v) for k, v in scope.get("headers", [])]
        length = [v for k, v in headers if k == b"content-length"]
        too_large = f"The request is too large (at most {limit:,} bytes here)."
        if length:
            text = length[0].decode("latin-1").strip()
            if not text.isdigit() or len(length) > 1:
                await _error(send, 400, P.E_BAD_REQUEST, "Malformed Content-Length.")
                return
            if int(text) > limit:
                await _error(send, 413, P.E_BODY_TOO_LARGE, too_large, limit=limit)
                return
        peer = scope["client"][0] if scope.get("client") else "unknown"
        forwarded = [v.decode("latin-1") for k, v in headers if k == b"x-forwarded-for"]
        scope[CLIENT_KEY] = self.proxies.client_address(peer, forwarded)
        if path.startswith(P.API_PREFIX + "/") and path not in OPEN_ROUTES:
            auth = next((v.decode("latin-1") for k, v in headers if k == b"authorization"), "")
            scheme, _, token = auth.partition(" ")
            if scheme.lower() != "bearer" or not token.strip():
                await _error(send, 401, P.E_BAD_TOKEN, "Not signed in.")
                return
            try:
                scope[PRINCIPAL_KEY] = await anyio.to_thread.run_sync(
                    self.store.authenticate, token.strip()
                )
            except StoreError as exc:
                await _error(send, exc.status, exc.code, exc.message, **exc.extra)
                return
        body = bytearray()
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            more = bool(message.get("more_body", False))
            if len(body) > limit:
                await _error(send, 413, P.E_BODY_TOO_LARGE, too_large, limit=limit)
                return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": bytes(body), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


def create_app(
    database_url: str | None = None,
    *,
    engine: Engine | None = None,
    limits: RateLimits | None = None,
    run_migrations: bool = True,
    trusted_proxies: TrustedProxies | None = None,
) -> FastAPI:
    """Build the API over ``engine`` (or a new engine for ``database_url``)."""
    if engine is None:
        if database_url is None:
            raise ValueError("give a database URL or an engine")
        engine = make_engine(database_url)
    if run_migrations:
        migrate(engine)
    store = Store(engine)
    store.init_settings()
    rate_limits = limits or RateLimits()

    app = FastAPI(
        title="bioX Missions sync server", docs_url=None, redoc_url=None, openapi_url=None
    )
    app.state.store = store
    app.add_middleware(RequestGuard, store=store, proxies=trusted_proxies or TrustedProxies())

    @app.exception_handler(StoreError)
    def _store_error(_request: Request, exc: StoreError) -> JSONResponse:
        headers = {}
        if "retry_after" in exc.extra:
            headers["Retry-After"] = str(exc.extra["retry_after"])
        return JSONResponse(
            P.error_body(exc.code, exc.message, **exc.extra), exc.status, headers=headers
        )

    @app.exception_handler(RequestValidationError)
    def _bad_request(_request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return JSONResponse(
            P.error_body(P.E_BAD_REQUEST, f"Malformed request ({where}: {first.get('msg')})."),
            400,
        )

    @app.exception_handler(StarletteHTTPException)
    def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: P.E_NOT_FOUND, 405: P.E_NOT_ALLOWED, 413: P.E_BODY_TOO_LARGE}.get(
            exc.status_code, P.E_BAD_REQUEST if exc.status_code < 500 else P.E_INTERNAL
        )
        messages = {404: "No such address on this server.", 405: "Method not allowed here."}
        message = messages.get(exc.status_code) or str(exc.detail)
        return JSONResponse(P.error_body(code, message), exc.status_code, headers=exc.headers)

    @app.exception_handler(Exception)
    def _crash(_request: Request, exc: Exception) -> JSONResponse:
        log.error("unexpected error", exc_info=exc)
        return JSONResponse(
            P.error_body(P.E_INTERNAL, "The server failed to handle the request."), 500
        )

    def versions(request: Request) -> None:
        """Refuse unsupported protocols and outdated client schemas with 426, before anything."""
        min_schema = store.settings().min_schema
        protocol = request.headers.get(P.PROTOCOL_HEADER, "")
        schema = request.headers.get(P.SCHEMA_HEADER, "")
        ok = protocol.isdigit() and int(protocol) == P.PROTOCOL_VERSION and schema.isdigit()
        if not ok or int(schema) < min_schema:
            raise StoreError(
                P.E_UPGRADE_REQUIRED,
                "This version of bioX Missions is too old for the server. Install the update; "
                "your unsent changes are kept and will be sent afterwards.",
                426,
                min_schema=min_schema,
            )

    def principal(request: Request) -> Principal:
        known = request.scope.get(PRINCIPAL_KEY)
        if isinstance(known, Principal):  # the guard authenticated it before the body
            return known
        header = request.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise StoreError(P.E_BAD_TOKEN, "Not signed in.", 401)
        return store.authenticate(token.strip())

    Versions = Depends(versions)
    Caller = Annotated[Principal, Depends(principal)]
    prefix = P.API_PREFIX
    # Private calendar feeds (GET /feeds/<token>.ics) and their management: see server/feeds.py.
    feeds = Feeds(store, rate_limits)
    add_routes(app, feeds, principal, versions,
               lambda request: str(request.scope.get(CLIENT_KEY) or "unknown"))
    # Counterpart pages (/c/<token>) and their links: see server/counterpart.py. Their tokens,
    # and the feeds', are taken out of the access log.
    counterpart.add_routes(app, counterpart.CounterpartPages(feeds, rate_limits), principal,
                           versions, lambda request: str(request.scope.get(CLIENT_KEY) or "unknown"))
    access_log = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, counterpart.RedactTokens) for f in access_log.filters):
        access_log.addFilter(counterpart.RedactTokens())

    @app.get(f"{prefix}/health")
    def health() -> dict[str, Any]:
        settings = store.settings()
        return {
            "status": "ok",
            "protocol": P.PROTOCOL_VERSION,
            "min_schema": settings.min_schema,
            "server_id": settings.server_id,
        }

    @app.post(f"{prefix}/login", dependencies=[Versions])
    def login(payload: JsonObject, request: Request) -> dict[str, Any]:
        username, password = payload.get("username"), payload.get("password")
        if not isinstance(username, str) or not isinstance(password, str):
            raise StoreError(P.E_BAD_REQUEST, "username and password are required")
        device_name = payload.get("device_name")
        address = str(request.scope.get(CLIENT_KEY) or "unknown")
        return store.login(
            username,
            password,
            device_name if isinstance(device_name, str) else "laptop",
            address,
            rate_limits,
        )

    @app.post(f"{prefix}/logout", dependencies=[Versions])
    def logout(caller: Caller) -> dict[str, Any]:
        store.revoke_device(caller.device_id)
        return {"status": "ok"}

    @app.get(f"{prefix}/me", dependencies=[Versions])
    def me(caller: Caller) -> dict[str, Any]:
        return store.me(caller)

    @app.post(f"{prefix}/push", dependencies=[Versions])
    def push(payload: JsonObject, caller: Caller) -> JSONResponse:
        if payload.get("device_id") != caller.device_id:
            raise StoreError(P.E_BAD_REQUEST, "device_id does not match this sign-in")
        ops = payload.get("ops")
        if not isinstance(ops, list):
            raise StoreError(P.E_BAD_REQUEST, "ops must be a list")
        if len(ops) > P.MAX_PUSH_OPS:
            raise StoreError(
                P.E_TOO_MANY_OPS, f"send at most {P.MAX_PUSH_OPS} operations per batch", 413
            )
        for op in ops:
            seq = _int(op.get("seq")) if isinstance(op, dict) else None
            if seq is None or not 0 <= seq <= P.MAX_SEQ:
                raise StoreError(P.E_BAD_REQUEST, "every op must be an object with an integer seq")
        # Plain JSON already: straight to the encoder (FastAPI's generic conversion of every
        # nested value costs more than the push itself on big batches).
        return JSONResponse(store.push(caller, ops))

    @app.post(f"{prefix}/pull", dependencies=[Versions])
    def pull(payload: JsonObject, caller: Caller) -> JSONResponse:
        cursor = _int(payload.get("cursor", 0))
        limit = _int(payload.get("limit", 1000))
        scope = payload.get("scope")
        if cursor is None or not 0 <= cursor <= P.MAX_SEQ:
            raise StoreError(P.E_BAD_REQUEST, "cursor must be a non-negative integer")
        if limit is None or not 1 <= limit <= P.MAX_PULL_LIMIT:
            raise StoreError(P.E_BAD_REQUEST, f"limit must be 1 to {P.MAX_PULL_LIMIT}")
        if scope is not None and not P.is_valid_scope(scope):
            raise StoreError(P.E_BAD_REQUEST, "scope is not a valid scope")
        return JSONResponse(store.pull(caller, cursor, limit, scope))  # as push, above

    @app.get(f"{prefix}/checksums", dependencies=[Versions])
    def checksums(caller: Caller) -> dict[str, Any]:
        return store.checksums(caller)

    @app.post(f"{prefix}/token/renew", dependencies=[Versions])
    def renew(caller: Caller) -> dict[str, Any]:
        return store.renew_token(caller)

    @app.get(f"{prefix}/devices", dependencies=[Versions])
    def devices(caller: Caller) -> dict[str, Any]:
        return {"devices": store.own_devices(caller)}

    @app.post(f"{prefix}/devices/{{device_id}}/revoke", dependencies=[Versions])
    def revoke(device_id: str, caller: Caller) -> dict[str, Any]:
        store.revoke_own_device(caller, device_id)
        return {"status": "ok"}

    @app.get(f"{prefix}/conflicts", dependencies=[Versions])
    def conflicts(
        caller: Caller,
        resolved: str = "false",
        after: str = "0",
        limit: str = str(P.MAX_CONFLICT_PAGE),
        reason: str | None = None,
        device: str | None = None,
    ) -> dict[str, Any]:
        flag = {"false": False, "true": True, "all": None}.get(resolved.lower(), False)
        start = 0 if after == "0" else P.parse_conflict_id(after)
        size = P.parse_conflict_id(limit)
        if start is None or size is None:
            raise StoreError(P.E_BAD_REQUEST, "after and limit must be positive integers")
        page = store.list_conflicts(
            caller, flag, after=start, limit=size, reason=reason, device=device
        )
        found = page["conflicts"]
        # Who wrote each value, by name: the coordinator reviews people, not ids.
        wanted = {
            c[side]["user_id"] for c in found for side in ("winner", "loser") if c[side]["user_id"]
        }
        wanted.update(q["user_id"] for q in page["quarantines"] if q["user_id"])
        names = store.user_names(wanted)
        # ... and on which laptop, by the name its owner gave it.
        laptops = store.device_names(
            {c[side]["device_id"] for c in found for side in ("winner", "loser")
             if c[side]["device_id"]} | {q["device_id"] for q in page["quarantines"]
                                         if q["device_id"]})
        for conflict in found:
            for side in ("winner", "loser"):
                conflict[side]["user_name"] = names.get(conflict[side]["user_id"] or "", "")
                conflict[side]["device_name"] = laptops.get(conflict[side]["device_id"] or "", "")
        for quarantine in page["quarantines"]:
            quarantine["user_name"] = names.get(quarantine["user_id"] or "", "")
            quarantine["device_name"] = laptops.get(quarantine["device_id"] or "", "")
        return page

    @app.post(f"{prefix}/conflicts/{{conflict_id}}/resolve", dependencies=[Versions])
    def resolve(conflict_id: str, payload: JsonObject, caller: Caller) -> dict[str, Any]:
        number = P.parse_conflict_id(conflict_id)
        if number is None:
            raise StoreError(P.E_BAD_REQUEST, "a conflict id is a positive 64-bit integer")
        choice = payload.get("choice")
        if not isinstance(choice, str):
            raise StoreError(P.E_BAD_REQUEST, "choice is required")
        return store.resolve_conflict(caller, number, choice, payload.get("value"))

    return app
