"""The Gradio adapter without a browser: rendering, escaping, feedback, and the /ask API over HTTP."""

import html
import json
from pathlib import Path

import pytest

from chat.ui import (
    Downloads,
    FeedbackLog,
    build_app,
    empty_state,
    escape_user_text,
    render_reply,
    render_sources,
    restore_state,
    source_turns,
)


def test_build_app_wires_the_page_without_launching(fake_advisor):
    import gradio as gr

    demo = build_app(fake_advisor)
    assert isinstance(demo, gr.Blocks)
    config = demo.get_config_file()
    types = [c["type"] for c in config["components"]]
    assert "chatbot" in types and "html" in types and "textbox" in types
    assert any(dep.get("api_name") == "ask" for dep in config["dependencies"])
    text = json.dumps(config, ensure_ascii=False, default=str)
    assert "2020年深度学习框架对比速读" in text and "2020-09-02" in text  # title and date on the page
    assert "清空对话" in text and "Which framework is best" in text and "下载对话" in text
    # The conversation lives in the browser under a fixed key, so a reload (or another replica) finds it.
    stored = [c for c in config["components"] if c["type"] == "browserstate"]
    assert len(stored) == 1 and stored[0]["props"]["storage_key"] == "framework-advisor-conversation"
    assert any(c["type"] == "downloadbutton" for c in config["components"])


def test_a_stored_conversation_is_restored_and_garbage_starts_afresh():
    state = empty_state()
    state["messages"] = [{"role": "user", "content": "q"}]
    assert restore_state(state) is state
    for junk in (None, "x", [], {"v": 99}, {"v": 1, "messages": [1], "history": [], "turns": []}, {"v": 1}):
        assert restore_state(junk) == empty_state()


def test_the_sources_panel_and_the_download_show_only_what_each_answer_cites(fake_advisor):
    answer = fake_advisor.ask("TensorFlow和PyTorch有什么区别？").to_dict()
    assert len(answer["citations"]) >= 2
    kept = answer["citations"][0]
    answer["text"] = f"只引第一处{'[' + str(kept['n']) + ']'}。"
    refusal = fake_advisor.ask("JAX怎么样？").to_dict()
    state = {
        **empty_state(),
        "turns": [
            {"question": "q1", "message": 1, "answer": answer},
            {"question": "JAX怎么样？", "message": 3, "answer": refusal},
        ],
    }
    views = source_turns(state)
    assert [c["n"] for c in views[0]["citations"]] == [kept["n"]] and views[1]["citations"] == []
    panel = render_sources(fake_advisor, views)
    assert panel.count("class='src'") == 1 and "本轮回答引用的原文（0 处）" in panel
    path = Downloads("标题", "2020-09-02").write(state)
    text = Path(path).read_text("utf-8")
    assert path.endswith(".md") and "## 1. q1" in text and kept["text"] in text
    assert all(c["text"] not in text for c in answer["citations"][1:] if c["text"] != kept["text"])
    assert Downloads("t", "d").write(empty_state()) is None


def test_user_text_is_escaped_as_html_and_markdown():
    shown = escape_user_text("<img src=x onerror=alert(1)> **b** [x](javascript:alert(1))")
    assert "<img" not in shown and "&lt;img" in shown
    assert "\\*\\*b\\*\\*" in shown and "\\[x\\]\\(javascript:alert\\(1\\)\\)" in shown


def test_replies_escape_html_and_link_markers():
    citations = [{"n": 1, "section": "S", "line": 3, "text": '引文"<b>"'}]
    out = render_reply("看这里[1]，<script>x</script> 以及 [7]", turn=2, citations=citations)
    assert '<a href="#src-2-1" class="cite"' in out
    assert "&lt;script&gt;" in out and "<script>" not in out
    assert "[7]" in out and "#src-2-7" not in out  # no passage, no link
    assert "&quot;&lt;b&gt;&quot;" in out  # the tooltip is escaped too


def test_sources_panel_highlights_each_quote_in_its_passage(fake_advisor):
    answer = fake_advisor.ask("MXNet的创始人是谁？").to_dict()
    html_out = render_sources(fake_advisor, [{"turn": 1, "question": "q", "citations": answer["citations"]}])
    first = answer["citations"][0]
    assert f"id='src-1-{first['n']}'" in html_out
    assert f"<mark>{first['text']}</mark>" in html_out
    assert f"第 {first['line']} 行" in html_out and first["section"] in html_out


def test_sources_panel_shows_an_english_answers_translation_escaped(fake_advisor):
    answer = fake_advisor.ask("Who founded MXNet?").to_dict()
    first = answer["citations"][0]
    assert first["translation"]
    html_out = render_sources(fake_advisor, [{"turn": 1, "question": "q", "citations": answer["citations"]}])
    assert f"<div class='translation'>Translation: {html.escape(first['translation'])}</div>" in html_out
    first["translation"] = "<script>alert(1)</script>"
    html_out = render_sources(fake_advisor, [{"turn": 1, "question": "q", "citations": [first]}])
    assert "<script>" not in html_out and "&lt;script&gt;" in html_out
    chinese = fake_advisor.ask("MXNet的创始人是谁？").to_dict()
    panel = render_sources(fake_advisor, [{"turn": 1, "question": "q", "citations": chinese["citations"]}])
    assert "class='translation'" not in panel


def test_feedback_is_appended_as_json_lines(tmp_path):
    log = FeedbackLog(tmp_path / "deep" / "feedback.jsonl")
    answer = {"question": "q", "text": "a[1]", "citations": [{"n": 1}]}
    log.record(answer, "up")
    log.record(answer, "down")
    rows = [json.loads(line) for line in (tmp_path / "deep" / "feedback.jsonl").read_text("utf-8").splitlines()]
    assert [r["vote"] for r in rows] == ["up", "down"]
    assert set(rows[0]) == {"time", "question", "resolved_question", "answer", "citations", "vote"}


@pytest.mark.server
def test_ask_endpoint_over_http_with_gradio_client(fake_advisor, serve):
    from gradio_client import Client

    url, _ = serve(fake_advisor)
    client = Client(url, verbose=False)
    assert "/ask" in client.view_api(print_info=False, return_format="dict")["named_endpoints"]
    result = client.predict("MXNet的创始人是谁？", None, api_name="/ask")
    assert set(result) >= {"text", "citations", "abstained", "recommendations"}
    assert not result["abstained"] and "李沐" in result["text"] and result["citations"]
    history = [{"role": "user", "content": "Keras怎么样？"}, {"role": "assistant", "content": "…"}]
    follow = client.predict("和PyTorch比呢？", history, api_name="/ask")
    assert follow["question"] == "Keras和PyTorch比呢？"
    with pytest.raises(Exception, match="the question is empty"):
        client.predict("  ", None, api_name="/ask")


@pytest.mark.server
def test_auth_protects_the_app(fake_advisor, serve):
    import httpx
    from gradio_client import Client
    from gradio_client.exceptions import AuthenticationError

    url, _ = serve(fake_advisor, auth="alice:s3cret")
    assert httpx.get(url + "config").status_code in (401, 403)
    with pytest.raises(AuthenticationError, match="credentials were not provided"):
        Client(url, verbose=False)
    with pytest.raises(ValueError, match="Could not login"):
        Client(url, auth=("alice", "wrong"), verbose=False)
    client = Client(url, auth=("alice", "s3cret"), verbose=False)
    assert client.predict("MXNet的创始人是谁？", None, api_name="/ask")["citations"]


@pytest.mark.parametrize("auth", ["alice", "alice:", ":s3cret"])
def test_a_malformed_login_is_a_usage_error_before_anything_starts(built, auth):
    from click.testing import CliRunner

    from chat.cli import main
    from tests.conftest import cli_env

    result = CliRunner().invoke(main, ["chat", "--auth", auth, "--port", "1"], env=cli_env(built))
    assert result.exit_code == 2 and "USER:PASS" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
