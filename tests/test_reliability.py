"""Faults, hostile input and the server's attack surface."""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chat import Advisor, Answer, store
from chat.cli import main
from chat.embedding import HashEmbedder
from chat.indexing import build
from chat.settings import Settings
from tests.conftest import ARTICLE, FAKE_MODEL, ROOT, cli_env


@pytest.fixture(scope="module")
def module_advisor(tmp_path_factory):
    root = tmp_path_factory.mktemp("fuzz")
    (root / "corpus").mkdir()
    shutil.copy(ARTICLE, root / "corpus")
    s = Settings.load(
        env={}, **{"paths.corpus_dir": root / "corpus", "paths.index_dir": root / "index", "model.name": FAKE_MODEL}
    )
    build(s, HashEmbedder(), log=lambda m: None)
    return Advisor.load(settings=s)


_hostile = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=2500),
    st.text(alphabet=st.sampled_from(list("\x00\x01\x07\x1b\x7f\u200b\u202e\ufeff\r\n\t ")), max_size=50),
    st.lists(
        st.sampled_from(
            [
                "<script>alert(1)</script>",
                "**",
                "[x](javascript:1)",
                "```",
                "# ",
                "它",
                "呢",
                "PyTorch",
                "缺点",
                "|",
                "\\",
            ]
        ),
        max_size=30,
    ).map("".join),
)
_history = st.one_of(
    st.none(),
    st.lists(
        st.fixed_dictionaries({"role": st.sampled_from(["user", "assistant"]), "content": st.text(max_size=80)}),
        max_size=4,
    ),
)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(question=_hostile, history=_history)
def test_fuzzed_questions_get_an_answer_or_the_documented_error(module_advisor, question, history):
    try:
        answer = module_advisor.ask(question, history)
    except ValueError as exc:
        assert "empty" in str(exc) or "limit is 2000" in str(exc)
        assert not question.strip() or len(question.strip()) > 2000
        return
    assert isinstance(answer, Answer) and answer.text
    text = (ROOT / "corpus" / ARTICLE.name).read_text("utf-8")
    for c in answer.citations:
        assert text[c.start : c.end] == c.text


def test_deleted_corpus_file_is_named(built):
    (built.paths.corpus_dir / "extra.md").write_text("# 附加\n\n补充内容一句。\n", "utf-8")
    build(built, HashEmbedder(), log=lambda m: None)
    (built.paths.corpus_dir / "extra.md").unlink()
    with pytest.raises(store.IndexProblem, match="corpus file removed: extra.md"):
        Advisor.load(settings=built)
    env = cli_env(built)
    result = CliRunner().invoke(main, ["index", "status"], env=env)
    assert result.exit_code == 1 and "corpus file removed: extra.md" in result.output


@pytest.mark.parametrize("name", ["faiss.index", "chunks.jsonl", "manifest.json"])
def test_chat_with_a_broken_index_prints_the_fix_not_a_traceback(built, name):
    path = built.paths.index_dir / name
    path.write_bytes(path.read_bytes()[:40])
    env = cli_env(built)
    for args in (["chat", "--port", "1"], ["ask", "PyTorch的缺点？"]):
        result = CliRunner().invoke(main, args, env=env)
        assert result.exit_code == 1, result.output
        assert "framework-advisor index build" in result.output and "Traceback" not in result.output


# ---------------------------------------------------------------- the server's attack surface


@pytest.mark.server
def test_server_binds_loopback_and_serves_no_outside_files(fake_advisor, serve):
    import httpx

    url, ui = serve(fake_advisor)
    assert ui.host == "127.0.0.1" and url.startswith("http://127.0.0.1:")
    port = int(url.rstrip("/").rsplit(":", 1)[1])
    outside = _non_loopback_address()
    if outside:
        with pytest.raises(OSError):
            socket.create_connection((outside, port), timeout=2).close()
    secret = ROOT / "corpus" / ARTICLE.name
    for path in [
        "file=/etc/passwd",
        "gradio_api/file=/etc/passwd",
        "gradio_api/file=../../../../etc/passwd",
        f"gradio_api/file={secret}",
        f"file={ROOT / 'index' / 'manifest.json'}",
        "gradio_api/file=%2Fetc%2Fpasswd",
        "static/../../../../etc/passwd",
        "assets/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
    ]:
        response = httpx.get(url + path)
        assert "root:" not in response.text and "framework-advisor-index" not in response.text, path
        assert response.status_code != 200 or "<html" in response.text.lower(), (path, response.status_code)


def _non_loopback_address() -> str | None:
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("192.0.2.254", 9))
            address = s.getsockname()[0]
    except OSError:
        return None
    return None if address.startswith("127.") else address


# ---------------------------------------------------------------- with the real model


def _cli_env(**extra) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ADVISOR_")}
    return {**env, "HF_HUB_OFFLINE": "1", **extra}


@pytest.mark.integration
def test_sigkill_during_a_build_leaves_the_previous_index_answering(tmp_path):
    index = tmp_path / "index"
    shutil.copytree(ROOT / "index", index)
    before = (index / "manifest.json").read_text("utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "chat", "index", "build", "--force"],
        env=_cli_env(ADVISOR_INDEX_DIR=str(index)),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    for line in proc.stdout:  # wait until it is busy embedding, then kill it hard
        if line.startswith("embedding"):
            time.sleep(1.5)
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert (index / "manifest.json").read_text("utf-8") == before
    advisor = Advisor.load(index)
    assert advisor.ask("MXNet的创始人是谁？").citations
    done = subprocess.run(
        [sys.executable, "-m", "chat", "index", "build"],
        env=_cli_env(ADVISOR_INDEX_DIR=str(index)),
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0 and "nothing embedded" in done.stdout  # the killed build changed nothing


@pytest.mark.integration
def test_corrupted_real_model_file_is_caught_by_the_fetch_hash_check(tmp_path):
    from chat.model import EMBEDDINGGEMMA, cache_copy

    real = cache_copy(Settings.load(env={}).model)
    copy = tmp_path / "model"
    for rel in EMBEDDINGGEMMA.files:
        (copy / rel).parent.mkdir(parents=True, exist_ok=True)
        if (real / rel).stat().st_size > 2_000_000:
            (copy / rel).symlink_to(real / rel)  # big files: shared, never modified
        else:
            shutil.copy(real / rel, copy / rel)
    data = bytearray((copy / "tokenizer_config.json").read_bytes())
    data[1000] ^= 0x20
    (copy / "tokenizer_config.json").write_bytes(bytes(data))
    result = CliRunner().invoke(
        main, ["model", "fetch", "--model-dir", str(copy)], env={"ADVISOR_CACHE_DIR": str(tmp_path / "cache")}
    )
    assert result.exit_code == 1
    assert "tokenizer_config.json: sha256" in result.output and "Nothing was deleted" in result.output
    assert (copy / "tokenizer_config.json").read_bytes() == bytes(data)
    result = CliRunner().invoke(
        main, ["ask", "--model-dir", str(copy), "PyTorch的缺点"], env={"ADVISOR_CACHE_DIR": str(tmp_path / "cache")}
    )
    assert result.exit_code == 1 and "do not match the pinned" in result.output and "Traceback" not in result.output


@pytest.mark.integration
@pytest.mark.server
def test_twenty_concurrent_clients_get_their_own_answers(real_advisor, serve):
    """20 gradio_client clients × 10 questions (5 of them follow-ups carrying the client's own history)."""
    from concurrent.futures import ThreadPoolExecutor

    from gradio_client import Client

    url, _ = serve(real_advisor)
    subjects = ["TensorFlow", "Keras", "MXNet", "PyTorch"]
    expected = {}

    def client_run(i: int) -> list[str]:
        client = Client(url, verbose=False)
        errors = []
        for j in range(5):
            subject = subjects[(i + j) % 4]
            first = f"{subject}有什么优势？"
            a = client.predict(first, None, api_name="/ask")
            history = [{"role": "user", "content": first}, {"role": "assistant", "content": a["text"]}]
            b = client.predict("那它的缺点呢？", history, api_name="/ask")
            if a["text"] != expected[first]:
                errors.append(f"client {i}: answer to {first!r} differs from the sequential one")
            if b["question"] != f"那{subject}的缺点呢？" or not b["citations"]:
                errors.append(f"client {i}: follow-up resolved to {b['question']!r}, expected {subject}")
        return errors

    for subject in subjects:
        expected[f"{subject}有什么优势？"] = real_advisor.ask(f"{subject}有什么优势？").text
    with ThreadPoolExecutor(max_workers=20) as pool:
        errors = [e for batch in pool.map(client_run, range(20)) for e in batch]
    assert errors == []
