"""The sync server's HTTP API (FastAPI). See :mod:`biox_desktop.sync.protocol` for the protocol.

The app holds no state that matters between requests: every process built by
:func:`create_app` over the same database answers the same way.
"""

# No "from __future__ import annotations": FastAPI must see the local dependency aliases.

from typing import Annotated, Any

from fastapi import Body, Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import Engine

from biox_desktop.server.auth import RateLimits
from biox_desktop.server.db import make_engine, migrate
from biox_desktop.server.store import Principal, Store, StoreError
from biox_desktop.sync import protocol as P

#: A JSON object request body (annotations are resolved at module level).
JsonObject = Annotated[dict[str, Any], Body()]


def _int(value: object) -> int | None:
    """``value`` when it is a real integer (JSON ``true`` is not), else ``None``."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def create_app(
    database_url: str | None = None,
    *,
    engine: Engine | None = None,
    limits: RateLimits | None = None,
    run_migrations: bool = True,
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

    app = FastAPI(title="bioX Missions sync server", docs_url=None, redoc_url=None)
    app.state.store = store

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
        header = request.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise StoreError(P.E_BAD_TOKEN, "Not signed in.", 401)
        return store.authenticate(token.strip())

    Versions = Depends(versions)
    Caller = Annotated[Principal, Depends(principal)]
    prefix = P.API_PREFIX

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
        address = request.client.host if request.client else "unknown"
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
    def push(payload: JsonObject, caller: Caller) -> dict[str, Any]:
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
        return store.push(caller, ops)

    @app.post(f"{prefix}/pull", dependencies=[Versions])
    def pull(payload: JsonObject, caller: Caller) -> dict[str, Any]:
        cursor = _int(payload.get("cursor", 0))
        limit = _int(payload.get("limit", 1000))
        scope = payload.get("scope")
        if cursor is None or not 0 <= cursor <= P.MAX_SEQ:
            raise StoreError(P.E_BAD_REQUEST, "cursor must be a non-negative integer")
        if limit is None or not 1 <= limit <= P.MAX_PULL_LIMIT:
            raise StoreError(P.E_BAD_REQUEST, f"limit must be 1 to {P.MAX_PULL_LIMIT}")
        if scope is not None and not P.is_valid_scope(scope):
            raise StoreError(P.E_BAD_REQUEST, "scope is not a valid scope")
        return store.pull(caller, cursor, limit, scope)

    @app.get(f"{prefix}/checksums", dependencies=[Versions])
    def checksums(caller: Caller) -> dict[str, Any]:
        return store.checksums(caller)

    @app.get(f"{prefix}/conflicts", dependencies=[Versions])
    def conflicts(caller: Caller, resolved: str = "false") -> dict[str, Any]:
        flag = {"false": False, "true": True, "all": None}.get(resolved.lower(), False)
        found = store.list_conflicts(caller, flag)
        # Who wrote each value, by name: the coordinator reviews people, not ids.
        names = store.user_names(
            {c[side]["user_id"] for c in found for side in ("winner", "loser") if c[side]["user_id"]}
        )
        for conflict in found:
            for side in ("winner", "loser"):
                conflict[side]["user_name"] = names.get(conflict[side]["user_id"] or "", "")
        return {"conflicts": found}

    @app.post(f"{prefix}/conflicts/{{conflict_id}}/resolve", dependencies=[Versions])
    def resolve(conflict_id: int, payload: JsonObject, caller: Caller) -> dict[str, Any]:
        choice = payload.get("choice")
        if not isinstance(choice, str):
            raise StoreError(P.E_BAD_REQUEST, "choice is required")
        return store.resolve_conflict(caller, conflict_id, choice, payload.get("value"))

    return app
