"""The HTTP API over real sockets: the official openai client against /v1, POST /ask, /healthz."""

import json

import httpx
import pytest

from chat.server import Health, build_server, pieces
from chat.store import index_id
from tests.conftest import ARTICLE, free_port

pytestmark = pytest.mark.server


def _client(url: str, key: str = "unused"):
    import openai

    return openai.OpenAI(base_url=url + "v1", api_key=key, max_retries=0, timeout=30)


@pytest.fixture
def api(fake_advisor, serve):
    url, _ = serve(fake_advisor)
    return url, _client(url), index_id(fake_advisor.index.manifest)


def test_models_lists_the_index_as_the_model(api):
    url, client, model = api
    assert [m.id for m in client.models.list().data] == [model]
    assert model.startswith("framework-advisor-2020-dl-frameworks-")
    assert client.models.retrieve(model).id == model
    health = httpx.get(url + "healthz")
    assert health.status_code == 200 and health.json()["index"] == model and health.json()["status"] == "ready"


def test_a_plain_answer_carries_markers_sources_and_the_structured_answer(api):
    _, client, model = api
    done = client.chat.completions.create(model=model, messages=[{"role": "user", "content": "MXNet的创始人是谁？"}])
    assert done.model == model and done.object == "chat.completion"
    content = done.choices[0].message.content
    assert done.choices[0].finish_reason == "stop" and "李沐" in content and "[1]" in content
    assert "\n\n来源：\n- [1] MXNet:低调规矩的轻量级选手 · 2020-dl-frameworks.md 第 " in content
    answer = done.answer  # the extra field: the whole Answer
    assert answer["abstained"] is False and answer["question"] == "MXNet的创始人是谁？"
    first = answer["citations"][0]
    assert {"n", "text", "source", "section", "line", "start", "end"} <= set(first)
    article = ARTICLE.read_text("utf-8")
    assert article[first["start"] : first["end"]] == first["text"]
    assert content.startswith(answer["text"])


def test_a_streamed_answer_is_the_same_reply_in_pieces_ending_with_done(api):
    url, client, model = api
    messages = [{"role": "user", "content": "TensorFlow和PyTorch有什么区别？"}]
    whole = client.chat.completions.create(model=model, messages=messages)
    chunks = list(client.chat.completions.create(model=model, messages=messages, stream=True))
    text = "".join(c.choices[0].delta.content or "" for c in chunks)
    assert text == whole.choices[0].message.content
    assert len(chunks) > 3 and chunks[0].choices[0].delta.role == "assistant"
    last = chunks[-1]
    assert last.choices[0].finish_reason == "stop" and last.answer["text"] == whole.answer["text"]
    assert last.answer["citations"] == whole.answer["citations"]
    assert all(not getattr(c, "answer", None) for c in chunks[:-1])
    with httpx.stream(
        "POST", url + "v1/chat/completions", json={"model": model, "messages": messages, "stream": True}
    ) as r:
        assert r.headers["content-type"].startswith("text/event-stream")
        events = [line for line in r.iter_lines() if line]
    assert events[-1] == "data: [DONE]" and all(e.startswith("data: ") for e in events)


def test_a_follow_up_through_messages_resolves_against_the_earlier_turns(api):
    _, client, model = api
    first = client.chat.completions.create(model=model, messages=[{"role": "user", "content": "Keras有什么优势？"}])
    reply = first.choices[0].message.content
    follow = client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": "You are a helpful assistant."},
            {"role": "user", "content": "Keras有什么优势？"},
            {"role": "assistant", "content": reply},
            {"role": "user", "content": [{"type": "text", "text": "那它的缺点呢？"}]},
        ],
    )
    assert follow.answer["question"] == "那Keras的缺点呢？"
    assert follow.answer["citations"] and "Keras" in follow.choices[0].message.content


def test_a_question_the_article_does_not_cover_is_refused_without_sources(api):
    _, client, model = api
    done = client.chat.completions.create(model=model, messages=[{"role": "user", "content": "JAX怎么样？"}])
    content = done.choices[0].message.content
    assert done.answer["abstained"] is True and done.answer["citations"] == []
    assert "JAX" in content and "来源" not in content and "[1]" not in content


def test_the_alias_model_name_works_and_an_unknown_one_is_named(api):
    import openai

    _, client, model = api
    done = client.chat.completions.create(
        model="framework-advisor", messages=[{"role": "user", "content": "PyTorch的缺点"}]
    )
    assert done.model == model
    with pytest.raises(openai.NotFoundError, match="gpt-4o"):
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "PyTorch的缺点"}])


def test_the_api_key_is_required_when_set(fake_advisor, serve):
    import openai

    url, _ = serve(fake_advisor, **{"api.key": "s3cret-key"})
    model = index_id(fake_advisor.index.manifest)
    question = [{"role": "user", "content": "MXNet的创始人是谁？"}]
    for key in ("wrong", "s3cret-ke"):
        with pytest.raises(openai.AuthenticationError) as caught:
            _client(url, key).chat.completions.create(model=model, messages=question)
        assert caught.value.status_code == 401 and caught.value.body["code"] == "invalid_api_key"
    raw = httpx.post(url + "v1/chat/completions", json={"model": model, "messages": question})
    assert raw.status_code == 401 and set(raw.json()["error"]) == {"message", "type", "param", "code"}
    assert httpx.get(url + "v1/models").status_code == 401
    assert httpx.post(url + "ask", json={"question": "MXNet的创始人是谁？"}).status_code == 401
    assert _client(url, "s3cret-key").chat.completions.create(model=model, messages=question).answer["citations"]
    assert httpx.get(url + "healthz").status_code == 200  # probes need no key


def _bad_bodies(model: str) -> list[tuple[object, str]]:
    user = {"role": "user", "content": "PyTorch的缺点"}
    return [
        (b"{not json", "not valid JSON"),
        ([user], "must be a JSON object"),
        ({"messages": [user]}, "'model' is required"),
        ({"model": 3, "messages": [user]}, "'model' is required"),
        ({"model": model}, "'messages' must be a non-empty list"),
        ({"model": model, "messages": []}, "'messages' must be a non-empty list"),
        ({"model": model, "messages": "PyTorch的缺点"}, "'messages' must be a non-empty list"),
        ({"model": model, "messages": [3]}, "messages[0] must be an object"),
        ({"model": model, "messages": [{"content": "hi"}]}, "messages[0].role must be one of"),
        ({"model": model, "messages": [{"role": "user", "content": 42}]}, "must be a string or a list of text parts"),
        ({"model": model, "messages": [{"role": "user"}]}, "must be a string or a list of text parts"),
        (
            {
                "model": model,
                "messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "x"}}]}],
            },
            "only text is understood",
        ),
        ({"model": model, "messages": [{"role": "system", "content": "be brief"}]}, "has no user message"),
        ({"model": model, "messages": [{"role": "user", "content": "   "}]}, "the question is empty"),
        ({"model": model, "messages": [{"role": "user", "content": "框" * 2001}]}, "the limit is 2000"),
        ({"model": model, "messages": [{"role": "assistant", "content": "x" * 20_001}, user]}, "the limit is 20000"),
        ({"model": model, "messages": [user] * 201}, "the limit is 200"),
        ({"model": model, "messages": [user], "stream": "yes"}, "'stream' must be true or false"),
        ({"model": model, "messages": [user], "n": 2}, "'n' must be 1"),
        ({"model": model, "messages": [{"role": "user", "content": "x" * 1_100_000}]}, "the limit is 1000000"),
    ]


def test_malformed_bodies_get_400_in_the_openai_error_format(api):
    url, _, model = api
    for body, message in _bad_bodies(model):
        content = body if isinstance(body, bytes) else json.dumps(body).encode()
        r = httpx.post(url + "v1/chat/completions", content=content, headers={"content-type": "application/json"})
        assert r.status_code == 400, (body if len(content) < 300 else content[:100], r.text[:300])
        error = r.json()["error"]
        assert message in error["message"] and error["type"] == "invalid_request_error", (message, error)
        assert "Traceback" not in r.text
    other = httpx.get(url + "v1/embeddings")
    assert other.status_code == 404 and "/v1/chat/completions" in other.json()["error"]["message"]


def test_the_openai_client_reports_a_bad_request(api):
    import openai

    _, client, model = api
    with pytest.raises(openai.BadRequestError, match="has no user message"):
        client.chat.completions.create(model=model, messages=[{"role": "assistant", "content": "hi"}])


def test_post_ask_is_one_stateless_request(api):
    url, _, _ = api
    answer = httpx.post(url + "ask", json={"question": "Keras怎么样？"}).json()
    assert answer["citations"] and not answer["abstained"]
    history = [{"role": "user", "content": "Keras怎么样？"}, {"role": "assistant", "content": answer["text"]}]
    follow = httpx.post(url + "ask", json={"question": "和PyTorch比呢？", "history": history}).json()
    assert follow["question"] == "Keras和PyTorch比呢？"
    for body in ({"question": ""}, {"question": 3}, {"history": []}, {"question": "x", "history": "no"}):
        r = httpx.post(url + "ask", json=body)
        assert r.status_code == 400 and r.json()["error"]["message"], body


def test_healthz_is_503_until_the_advisor_is_warm(fake_advisor):
    from fastapi.testclient import TestClient

    health = Health()
    client = TestClient(build_server(fake_advisor, health=health))
    loading = client.get("/healthz")
    assert loading.status_code == 503 and loading.json()["status"] == "loading"
    health.set_ready()
    ready = client.get("/healthz")
    assert ready.status_code == 200 and ready.json()["index"] == index_id(fake_advisor.index.manifest)


def test_stream_pieces_never_cut_a_citation_marker():
    text = "甲乙丙丁戊己庚辛壬癸子丑寅卯[12]辰巳午未申酉戌亥[3]。" * 3
    parts = list(pieces(text, size=16))
    assert "".join(parts) == text
    for part in parts:
        assert part.count("[") == part.count("]")


def test_a_response_leaves_in_one_send():
    """Headers and body written in one event-loop turn reach the socket together (a replica killed
    mid-response never leaves headers without a body, which the balancer could not retry)."""
    import asyncio

    from chat.server import _WholeWrites

    class Recorder:
        def __init__(self):
            self.writes, self.closed = [], False

        def write(self, data):
            self.writes.append(data)

        def is_closing(self):
            return self.closed

        def close(self):
            self.closed = True

    async def respond():
        raw = Recorder()
        transport = _WholeWrites(raw, asyncio.get_running_loop())
        transport.write(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n")
        transport.write(b"{}")
        assert raw.writes == []
        await asyncio.sleep(0)
        transport.write(b"next")
        transport.close()  # flushes what is pending first
        return raw

    raw = asyncio.run(respond())
    assert raw.writes == [b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}", b"next"] and raw.closed


def test_chat_on_a_taken_port_says_so_and_the_help_names_the_api_key(built):
    import socket

    from click.testing import CliRunner

    from chat.cli import main
    from tests.conftest import cli_env

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(main, ["chat", "--port", str(port), "--api-key", "k"], env=cli_env(built))
    assert result.exit_code == 1 and f"cannot serve on 127.0.0.1:{port}" in result.output
    assert "Pick another with --port" in result.output and "Traceback" not in result.output
    help_text = CliRunner().invoke(main, ["chat", "--help"]).output
    assert "--api-key" in help_text and "ADVISOR_API_KEY" in help_text and "/v1" in help_text


def test_a_model_that_fails_to_load_stops_the_server_with_its_reason(fake_advisor, monkeypatch):
    """The model loads while the app is built; if it fails, serve() says why and frees the port."""
    import socket

    from chat.server import serve

    def broken() -> None:
        raise OSError("model.safetensors: hash mismatch")

    monkeypatch.setattr(fake_advisor, "warm_up", broken)
    port = free_port()
    settings = fake_advisor.settings.replace(**{"ui.port": port})
    with pytest.raises(RuntimeError, match="could not start: OSError: model.safetensors: hash mismatch"):
        serve(fake_advisor, settings, block=False, announce=lambda _m: pytest.fail("announced a broken server"))
    with socket.socket() as s:  # the port is free again for a retry
        s.bind(("127.0.0.1", port))
