"""One ASGI app per process: the OpenAI-compatible /v1 API, POST /ask, /healthz, and the Gradio page at /.

    POST /v1/chat/completions   messages → the answer (stream: true for server-sent events)
    GET  /v1/models             the one model: the index this process answers from
    POST /ask                   {"question", "history"} → the Answer as JSON (one request, stateless)
    GET  /healthz               503 while the model loads, 200 with the index id once warm
    /                           the browser chat (Gradio), with its own /ask endpoint for gradio_client

Every request answers from the same Advisor; nothing here decides what an answer says.
"""

# No `from __future__ import annotations`: FastAPI reads the route functions' annotations
# (Request, defined inside build_server) as live objects.
import hmac
import json
import logging
import os
import re
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from .advisor import Advisor
from .settings import Settings
from .store import index_id
from .transcript import reply, strip_sources

log = logging.getLogger("chat.server")

ROLES = ("system", "developer", "user", "assistant", "tool")
# Always accepted as the model name, so a client's configuration survives an index rebuild.
ALIAS = "framework-advisor"


class ApiError(Exception):
    """A request the API refuses, shown to the client in OpenAI's error format."""

    def __init__(self, status: int, message: str, param: str | None = None, code: str | None = None):
        super().__init__(message)
        self.status, self.message, self.param, self.code = status, message, param, code

    def body(self) -> dict[str, Any]:
        kind = "server_error" if self.status >= 500 else "invalid_request_error"
        return {"error": {"message": self.message, "type": kind, "param": self.param, "code": self.code}}


@dataclass(frozen=True)
class Completion:
    """A checked chat completion request: the question, the history before it, and how to reply."""

    question: str
    history: list[dict[str, str]]
    stream: bool


def parse_completion(body: Any, settings: Settings, model_id: str) -> Completion:
    """Check a /v1/chat/completions body; ApiError (400/404) names what is wrong and where."""
    if not isinstance(body, dict):
        raise ApiError(400, "the request body must be a JSON object", code="invalid_body")
    model = body.get("model")
    if not isinstance(model, str) or not model:
        raise ApiError(400, f"'model' is required: use {model_id!r} (GET /v1/models lists it)", "model")
    if model not in (model_id, ALIAS):
        raise ApiError(
            404,
            f"the model {model!r} does not exist here; this server answers as {model_id!r}",
            "model",
            "model_not_found",
        )
    stream = body.get("stream", False)
    if stream is not None and not isinstance(stream, bool):
        raise ApiError(400, "'stream' must be true or false", "stream")
    n = body.get("n")
    if n is not None and n != 1:
        raise ApiError(400, "only one choice per request is supported ('n' must be 1)", "n")
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise ApiError(400, "'messages' must be a non-empty list of {role, content} objects", "messages")
    limits = settings.api
    if len(messages) > limits.max_messages:
        raise ApiError(
            400,
            f"{len(messages)} messages; the limit is {limits.max_messages}. Send the recent part of the conversation.",
            "messages",
        )
    turns: list[dict[str, str]] = []
    for i, message in enumerate(messages):
        where = f"messages[{i}]"
        if not isinstance(message, dict):
            raise ApiError(400, f"{where} must be an object with 'role' and 'content'", where)
        role = message.get("role")
        if role not in ROLES:
            raise ApiError(400, f"{where}.role must be one of {', '.join(ROLES)}; got {role!r}", f"{where}.role")
        text = _content_text(message.get("content"), f"{where}.content", nullable=role in ("assistant", "tool"))
        if role != "user" and len(text) > limits.max_message_chars:
            raise ApiError(
                400,
                f"{where} is {len(text)} characters long; the limit is {limits.max_message_chars}",
                f"{where}.content",
            )
        turns.append({"role": role, "content": text})
    last = max((i for i, m in enumerate(turns) if m["role"] == "user"), default=None)
    if last is None:
        raise ApiError(400, "'messages' has no user message: the last user message is the question", "messages")
    question = turns[last]["content"]
    # Replies given back carry the sources list added to them; follow-ups read the answer alone.
    history = [
        {"role": m["role"], "content": strip_sources(m["content"]) if m["role"] == "assistant" else m["content"]}
        for m in turns[:last]
        if m["role"] in ("user", "assistant")
    ]
    return Completion(question=question, history=history, stream=bool(stream))


def _content_text(content: Any, where: str, nullable: bool) -> str:
    """A message's text: a string, or the text parts of a list of content parts."""
    if content is None and nullable:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        texts = []
        for j, part in enumerate(content):
            if not isinstance(part, dict) or part.get("type") != "text" or not isinstance(part.get("text"), str):
                raise ApiError(
                    400,
                    f'{where}[{j}] must be a text part ({{"type": "text", "text": ...}}); only text is understood',
                    where,
                )
            texts.append(part["text"])
        return "\n".join(texts)
    raise ApiError(400, f"{where} must be a string or a list of text parts, got {type(content).__name__}", where)


def pieces(text: str, size: int = 16) -> Iterator[str]:
    """text in short pieces for streaming, never cutting a [n] marker."""
    i = 0
    while i < len(text):
        j = min(len(text), i + size)
        cut = re.search(r"\[\d*$", text[i:j])
        if cut and j < len(text):
            close = text.find("]", j)
            j = close + 1 if close != -1 else len(text)
        yield text[i:j]
        i = j


class Health:
    """Ready once the model is loaded and a first answer has filled the lazy tables."""

    def __init__(self) -> None:
        self._ready = threading.Event()
        self.error: str = ""

    @property
    def ready(self) -> bool:
        return self._ready.is_set()

    def set_ready(self) -> None:
        self._ready.set()


def build_server(advisor: Advisor, settings: Settings | None = None, health: Health | None = None):
    """The FastAPI app: /v1, /ask and /healthz routes with the Gradio page mounted at /."""
    import anyio
    import gradio as gr
    from fastapi import FastAPI, Request
    from fastapi.responses import JSONResponse, StreamingResponse

    from .ui import build_app

    settings = settings or advisor.settings
    health = health or Health()
    model_id = index_id(advisor.index.manifest)
    created = _epoch(advisor.index.manifest.get("built_at", ""))
    limiter = anyio.CapacityLimiter(max(1, settings.ui.concurrency))
    app = FastAPI(title="framework-advisor", docs_url=None, redoc_url=None, openapi_url=None)

    def error(exc: ApiError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return JSONResponse(exc.body(), status_code=exc.status, headers=headers)

    def check_key(request: Request) -> None:
        key = settings.api.key
        if not key:
            return
        given = request.headers.get("authorization", "")
        scheme, _, token = given.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(), key.encode()):
            raise ApiError(
                401,
                "missing or wrong API key: send 'Authorization: Bearer <key>' with the key the server was started with",
                code="invalid_api_key",
            )

    async def read_json(request: Request) -> Any:
        limit = settings.api.max_request_bytes
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise ApiError(400, f"the request body is {declared} bytes; the limit is {limit}", code="request_too_large")
        raw = b""
        async for chunk in request.stream():
            raw += chunk
            if len(raw) > limit:
                raise ApiError(400, f"the request body is over the limit of {limit} bytes", code="request_too_large")
        try:
            return json.loads(raw)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ApiError(400, f"the request body is not valid JSON ({exc})", code="invalid_json") from exc

    async def answer(question: str, history: list[dict[str, str]]) -> dict[str, Any]:
        try:
            result = await anyio.to_thread.run_sync(advisor.ask, question, history or None, limiter=limiter)
        except ValueError as exc:  # the question or history was refused: say why
            raise ApiError(400, str(exc), "messages") from exc
        except Exception as exc:
            log.exception("answering failed")
            raise ApiError(
                500, f"the advisor failed to answer ({type(exc).__name__}); try again", code="server_error"
            ) from exc
        return result.to_dict()

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return error(exc)

    @app.get("/healthz")
    def healthz() -> JSONResponse:
        body = {"status": "ready" if health.ready else "loading", "index": model_id, "model": advisor.embedder.model_id}
        if hasattr(advisor.embedder, "calls"):  # query batching: how many model calls for how many queries
            body["batching"] = {"model_calls": advisor.embedder.calls, "queries": advisor.embedder.texts}
        if health.error:
            body = {**body, "status": "failed", "error": health.error}
        return JSONResponse(body, status_code=200 if health.ready else 503)

    def model_card() -> dict[str, Any]:
        return {"id": model_id, "object": "model", "created": created, "owned_by": "framework-advisor"}

    @app.get("/v1/models")
    def models(request: Request) -> dict[str, Any]:
        check_key(request)
        return {"object": "list", "data": [model_card()]}

    @app.get("/v1/models/{name}")
    def one_model(name: str, request: Request) -> dict[str, Any]:
        check_key(request)
        if name not in (model_id, ALIAS):
            raise ApiError(
                404,
                f"the model {name!r} does not exist here; this server answers as {model_id!r}",
                "model",
                "model_not_found",
            )
        return model_card()

    @app.post("/v1/chat/completions")
    async def chat_completions(request: Request):
        check_key(request)
        req = parse_completion(await read_json(request), settings, model_id)
        data = await answer(req.question, req.history)
        cid, now = f"chatcmpl-{uuid.uuid4().hex}", int(time.time())
        if not req.stream:
            return {
                "id": cid,
                "object": "chat.completion",
                "created": now,
                "model": model_id,
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": reply(data), "refusal": None},
                        "logprobs": None,
                        "finish_reason": "stop",
                    }
                ],
                "answer": data,
            }

        def chunk(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> str:
            body = {
                "id": cid,
                "object": "chat.completion.chunk",
                "created": now,
                "model": model_id,
                "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
                **extra,
            }
            return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"

        def events() -> Iterator[str]:
            # The answer is complete (and its citations checked) before the first byte: a stream
            # never shows a claim it later takes back.
            yield chunk({"role": "assistant", "content": ""})
            for piece in pieces(reply(data)):
                yield chunk({"content": piece})
            yield chunk({}, "stop", answer=data)
            yield "data: [DONE]\n\n"

        return StreamingResponse(
            events(), media_type="text/event-stream", headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
        )

    @app.api_route("/v1/{rest:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
    def unknown(rest: str) -> None:
        raise ApiError(
            404, f"no such route: /v1/{rest} (this server has /v1/chat/completions and /v1/models)", code="not_found"
        )

    @app.post("/ask")
    async def ask(request: Request) -> dict[str, Any]:
        check_key(request)
        body = await read_json(request)
        if not isinstance(body, dict) or not isinstance(body.get("question"), str):
            raise ApiError(
                400, 'the body must be {"question": str, "history": [{"role", "content"}] (optional)}', "question"
            )
        return await answer(body["question"], body.get("history") or [])

    demo = build_app(advisor, settings.ui)
    demo.queue(default_concurrency_limit=max(1, settings.ui.concurrency))
    return gr.mount_gradio_app(app, demo, path="/", auth=settings.ui.login(), show_error=False, ssr_mode=False)


def _epoch(stamp: str) -> int:
    from datetime import datetime

    try:
        return int(datetime.fromisoformat(stamp).timestamp())
    except ValueError:
        return 0


class _WholeWrites:
    """A transport whose writes within one event-loop turn leave in one send.

    A response's status line, headers and body then reach the socket together: a replica killed
    at any moment has sent either nothing of a response (the balancer retries it elsewhere) or
    all of it, never headers without their body (which no balancer can retry).
    """

    def __init__(self, transport, loop):
        self._transport, self._loop, self._pending = transport, loop, []

    def write(self, data) -> None:
        if not self._pending:
            self._loop.call_soon(self._flush)
        self._pending.append(bytes(data))

    def writelines(self, chunks) -> None:
        for chunk in chunks:
            self.write(chunk)

    def _flush(self) -> None:
        if self._pending:
            data = b"".join(self._pending)
            self._pending.clear()
            if not self._transport.is_closing():
                self._transport.write(data)

    def close(self) -> None:
        self._flush()
        self._transport.close()

    def write_eof(self) -> None:
        self._flush()
        self._transport.write_eof()

    def get_write_buffer_size(self) -> int:
        return self._transport.get_write_buffer_size() + sum(map(len, self._pending))

    def __getattr__(self, name: str):
        return getattr(self._transport, name)


def _http_protocol():
    """uvicorn's h11 protocol, writing through _WholeWrites."""
    import asyncio

    from uvicorn.protocols.http.h11_impl import H11Protocol

    class WholeResponses(H11Protocol):
        def connection_made(self, transport) -> None:
            super().connection_made(_WholeWrites(transport, asyncio.get_running_loop()))

    return WholeResponses


class Server:
    """A running server: its URL, its health, and close()."""

    def __init__(self, uvicorn_server, thread: threading.Thread | None, url: str, health: Health):
        self._server, self._thread, self.url, self.health = uvicorn_server, thread, url, health

    def close(self) -> None:
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=15)


def serve(
    advisor: Advisor,
    settings: Settings | None = None,
    *,
    block: bool = True,
    announce: Callable[[str], None] = print,
) -> Server:
    """Serve on settings.ui.host:port. The port is bound first (OSError if taken), then the model
    loads beside the building of the app while /healthz says 503; `announce` gets the URL once
    answers are served at full speed.

    block=True runs until SIGINT/SIGTERM (then stops gracefully); block=False returns once warm.
    """
    import uvicorn

    settings = settings or advisor.settings
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    ui = settings.ui
    sock = socket.socket(socket.AF_INET6 if ":" in ui.host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((ui.host, ui.port))
    except OSError:
        sock.close()
        raise
    port = sock.getsockname()[1]
    host = f"[{ui.host}]" if ":" in ui.host else ui.host
    url = f"http://{host}:{port}/"
    health = Health()
    # The model loads while the web stack imports and the app is built: each takes seconds and
    # they share nothing, so the server is ready in about the longer of the two, not their sum.
    loaded = threading.Event()

    def load() -> None:
        try:
            advisor.warm_up()
        except Exception as exc:
            log.exception("warm-up failed")
            health.error = f"{type(exc).__name__}: {exc}"
        finally:
            loaded.set()

    threading.Thread(target=load, name="model-load", daemon=True).start()
    try:
        app = build_server(advisor, settings, health)
    except BaseException:
        sock.close()
        raise
    config = uvicorn.Config(app, http=_http_protocol(), log_level="warning", timeout_graceful_shutdown=5, lifespan="on")
    server = uvicorn.Server(config)

    def warm() -> None:
        loaded.wait()
        if health.error:
            server.should_exit = True
            return
        health.set_ready()
        while not server.started and not server.should_exit:
            time.sleep(0.05)
        announce(f"framework-advisor is ready: {url}")

    if block:
        threading.Thread(target=warm, name="warm-up", daemon=True).start()
        server.run(sockets=[sock])
        if health.error:
            raise RuntimeError(f"the advisor could not start: {health.error}")
        return Server(server, None, url, health)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="server", daemon=True)
    thread.start()
    warm()
    if health.error:
        server.should_exit = True
        thread.join(timeout=15)
        raise RuntimeError(f"the advisor could not start: {health.error}")
    return Server(server, thread, url, health)
