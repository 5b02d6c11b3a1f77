"""The optional LLM answerer: an OpenAI-compatible server over real HTTP, and a tiny local model."""

import itertools
import json
import logging
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from chat import Advisor
from chat.llm import OpenAIGenerator, TransformersGenerator, check_citations, make_generator
from chat.settings import LLMSettings


class FakeOpenAI:
    """A local server speaking POST /v1/chat/completions (stream and non-stream)."""

    def __init__(self, reply: str = "", status: int = 200, delay: float = 0.0):
        self.reply, self.status, self.delay = reply, status, delay
        self.requests: list[dict] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                outer.requests.append({"path": self.path, "body": body, "auth": self.headers.get("Authorization")})
                time.sleep(outer.delay)
                if outer.status != 200:
                    self.send_response(outer.status)
                    self.end_headers()
                    self.wfile.write(b'{"error": "boom"}')
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                for i in range(0, len(outer.reply), 5):
                    chunk = {"choices": [{"delta": {"content": outer.reply[i : i + 5]}}]}
                    self.wfile.write(f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n".encode())
                    self.wfile.flush()
                self.wfile.write(b"data: [DONE]\n\n")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def server():
    servers = []

    def start(**kw):
        s = FakeOpenAI(**kw)
        servers.append(s)
        return s

    yield start
    for s in servers:
        s.close()


def _advisor(built, url, timeout=10.0):
    settings = built.replace(
        **{
            "llm.backend": "openai",
            "llm.base_url": url,
            "llm.model": "test-model",
            "llm.api_key": "sk-test",
            "llm.timeout": timeout,
        }
    )
    return Advisor.load(settings=settings)


def test_openai_backend_streams_and_checks_citations(built, server):
    srv = server(reply="MXNet的创始人是李沐[1]。这句话没有出处，会被标记。还有一个不存在的引用[9]。")
    advisor = _advisor(built, srv.url)
    parts = list(advisor.ask_stream("MXNet的创始人是谁？"))
    *texts, answer = parts
    assert len(texts) > 3 and all(b.startswith(a) for a, b in itertools.pairwise(texts))
    assert answer.backend == "openai"
    assert "李沐[1]" in answer.text
    assert "[9]" not in answer.text  # out-of-range marker removed
    assert "⚠" in answer.text and any("unsupported sentence" in w for w in answer.warnings)
    assert any("removed citation [9]" in w for w in answer.warnings)
    assert answer.citations and answer.text.rstrip().endswith("框架此后可能已有变化。*")
    request = srv.requests[0]
    assert request["path"] == "/v1/chat/completions" and request["auth"] == "Bearer sk-test"
    assert request["body"]["stream"] is True and request["body"]["model"] == "test-model"
    prompt = request["body"]["messages"][1]["content"]
    assert "[1] （MXNet:低调规矩的轻量级选手）" in prompt and "问题：MXNet的创始人是谁？" in prompt
    assert request["body"]["messages"][0]["role"] == "system"


def test_openai_backend_errors_fall_back_to_the_extractive_answer(built, server, caplog):
    srv = server(status=500)
    advisor = _advisor(built, srv.url)
    extractive = Advisor.load(settings=built).ask("MXNet的创始人是谁？")
    with caplog.at_level(logging.WARNING, logger="chat.llm"):
        answer = advisor.ask("MXNet的创始人是谁？")
    assert answer.text == extractive.text and answer.backend == "extractive"
    assert any("llm fallback" in w and "HTTP 500" in w for w in answer.warnings)
    assert "answering extractively" in caplog.text


def test_openai_backend_timeout_falls_back(built, server):
    srv = server(reply="太慢了[1]。", delay=3)
    answer = _advisor(built, srv.url, timeout=0.5).ask("MXNet的创始人是谁？")
    assert answer.backend == "extractive" and any("llm fallback" in w for w in answer.warnings)


def test_unreachable_endpoint_falls_back(built):
    answer = _advisor(built, "http://127.0.0.1:9/v1", timeout=2).ask("MXNet的创始人是谁？")
    assert answer.backend == "extractive" and "李沐" in answer.text


def test_refusals_never_reach_the_llm(built, server):
    srv = server(reply="JAX很好[1]。")
    answer = _advisor(built, srv.url).ask("JAX怎么样？")
    assert answer.abstained and srv.requests == []


def test_check_citations_unit():
    text, warnings = check_citations("A是B[1]。C是D[2][3]。这句没有引用而且很长。", 2, "zh")
    assert text.startswith("A是B[1]。C是D[2]。")
    assert "（⚠ 这句话没有对应的引文）" in text
    assert len(warnings) == 2


def test_make_generator():
    assert make_generator(LLMSettings()) is None
    assert isinstance(make_generator(LLMSettings(backend="openai")), OpenAIGenerator)
    assert isinstance(make_generator(LLMSettings(backend="transformers")), TransformersGenerator)
    with pytest.raises(ValueError, match="unknown LLM backend"):
        make_generator(LLMSettings(backend="magic"))


# ---------------------------------------------------------------- local transformers model


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    """A randomly initialised 1-layer GPT-2 with a word-level tokenizer, built here (no download)."""
    import torch
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import GPT2Config, GPT2LMHeadModel, PreTrainedTokenizerFast

    folder = tmp_path_factory.mktemp("tiny-lm")
    words = ["[UNK]", "[PAD]", "<eos>", "MXNet", "李沐", "是", "创始人", "[1]", "[2]", "。", "文章", "说"]
    tok = Tokenizer(models.WordLevel({w: i for i, w in enumerate(words)}, unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="[UNK]", pad_token="[PAD]", eos_token="<eos>")
    fast.save_pretrained(folder)
    torch.manual_seed(0)
    config = GPT2Config(vocab_size=len(words), n_positions=512, n_embd=16, n_layer=1, n_head=2)
    GPT2LMHeadModel(config).save_pretrained(folder)
    return folder


def test_transformers_backend_generates_and_is_checked(built, tiny_model):
    settings = built.replace(**{"llm.backend": "transformers", "llm.local_path": tiny_model, "llm.max_new_tokens": 12})
    advisor = Advisor.load(settings=settings)
    *texts, answer = list(advisor.ask_stream("MXNet的创始人是谁？"))
    assert texts and answer.backend == "transformers"
    assert answer.citations  # numbered from the same evidence
    for marker in [m for m in ("[1]", "[2]", "[3]", "[4]", "[5]") if m in answer.text]:
        assert int(marker[1:-1]) <= len(answer.citations)


def test_transformers_backend_with_a_missing_folder_falls_back(built, tmp_path):
    settings = built.replace(**{"llm.backend": "transformers", "llm.local_path": tmp_path / "nope"})
    answer = Advisor.load(settings=settings).ask("MXNet的创始人是谁？")
    assert answer.backend == "extractive" and any("cannot load" in w for w in answer.warnings)
