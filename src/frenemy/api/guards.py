"""What stands between a request and the store: the token, the size of a body, and errors a
person can read."""

from __future__ import annotations

import secrets
from typing import Any

from fastapi import HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

DATE = r"^\d{4}-\d{2}-\d{2}$"
CODE = r"^[A-Za-z]{3}[A-Za-z0-9]{0,9}$"
PLOVER = r"^[A-Za-z]{4,10}$"
PERIOD = "^(day|week|month|year)$"
LEVEL = "^(country|actor)$"
PATTERNS = {DATE: "a date as YYYY-MM-DD", CODE: "an actor code such as RUS or USAGOV",
            PLOVER: "a PLOVER type such as ACCUSE", PERIOD: "day, week, month or year",
            LEVEL: "country or actor"}


def check_token(request: Request, given: str | None) -> None:
    """403 on a server without a token, 401 unless `given` is the token (constant time)."""
    token = request.app.state.token
    if not token:
        raise HTTPException(403, "this server is read-only: start it with --token to allow ingest")
    if not given or not secrets.compare_digest(given.encode(), token.encode()):
        raise HTTPException(401, "missing or wrong token: send it as X-Frenemy-Token or "
                                 "Authorization: Bearer", headers={"WWW-Authenticate": "Bearer"})


def bearer(authorization: str | None) -> str | None:
    """The token of an `Authorization: Bearer TOKEN` header."""
    scheme, _, value = (authorization or "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def problem(error: dict[str, Any]) -> str:
    """One validation error as a phrase: 'limit: at most 1000 (got 5000)'."""
    loc = [str(part) for part in error.get("loc", ()) if part not in ("query", "path", "body")]
    name = ".".join(loc) or "body"
    kind, ctx = error.get("type", ""), error.get("ctx") or {}
    got = error.get("input")
    if kind == "string_pattern_mismatch":
        text = f"must be {PATTERNS.get(ctx.get('pattern'), 'in the documented form')}"
    elif kind in ("less_than_equal", "greater_than_equal"):
        bound = ctx.get("le", ctx.get("ge"))
        text = f"must be at {'most' if kind == 'less_than_equal' else 'least'} {bound}"
    elif kind == "json_invalid":
        return "the body is not valid JSON"
    elif kind == "missing":
        return f"{name}: required"
    else:
        text = str(error.get("msg", "not valid")).lower()
    shown = f" (got {str(got)[:60]!r})" if isinstance(got, str | int | float) else ""
    return f"{name}: {text}{shown}"


def validation_error(request: Request, err: Exception) -> JSONResponse:
    """422 with `detail` as one readable line and `errors` as one line per field."""
    errors = [problem(e) for e in err.errors()] if isinstance(err, RequestValidationError) else []
    return JSONResponse({"detail": "; ".join(errors) or "invalid request", "errors": errors},
                        status_code=422)


class BodyLimit:
    """ASGI middleware: a request body over `max_bytes` gets a 413 before the app reads it,
    whether its Content-Length says so or it streams past the limit."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length", b"")
        if length.isdigit() and int(length) > self.max_bytes:
            await self.too_large(scope, receive, send)
            return
        body = await self.read(receive)
        if body is None:
            await self.too_large(scope, receive, send)
            return
        await self.app(scope, replay(body, receive), send)

    async def read(self, receive: Receive) -> bytes | None:
        """The whole body, or None once it passes the limit."""
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                return None
            chunks.append(chunk)
            more = message.get("more_body", False)
        return b"".join(chunks)

    async def too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        limit = f"{self.max_bytes / 1_000_000:g} MB"
        response = JSONResponse({"detail": f"request body larger than {limit}: send fewer or "
                                           "smaller articles, or split the file"}, status_code=413)
        await response(scope, receive, send)


def replay(body: bytes, receive: Receive) -> Receive:
    """A `receive` that gives the app the body already read, then whatever comes next."""
    sent = False

    async def again() -> Message:
        nonlocal sent
        if sent:
            return await receive()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return again
