"""The browser chat: a thin Gradio adapter from Advisor answers to messages and a sources panel.

No retrieval or answer logic lives here: it escapes text, links [n] markers to their passages,
keeps the conversation in the browser (it survives a reload), offers it as a Markdown download,
records 👍/👎, and exposes the /ask API endpoint. chat.server serves it beside the HTTP API.
"""

from __future__ import annotations

import atexit
import hashlib
import html
import logging
import re
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from .advisor import Advisor
from .feedback import FeedbackLog
from .settings import UISettings
from .templates import CITATION_MARKER
from .transcript import cited, conversation_markdown
from .types import Answer

__all__ = ["FeedbackLog", "build_app", "escape_user_text", "render_reply", "render_sources"]

log = logging.getLogger("chat.ui")

EXAMPLES = [
    "我是深度学习新手，应该先学哪个框架？",
    "TensorFlow和PyTorch有什么区别？",
    "MXNet的创始人是谁？",
    "Which framework is best for deploying models in production?",
]

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")

CSS = """
.src { border-left: 3px solid var(--border-color-primary); padding: 6px 10px; margin: 8px 0; border-radius: 4px; }
.src.active { border-left-color: var(--color-accent); background: var(--background-fill-secondary); }
.src .meta { font-size: 0.85em; opacity: 0.8; margin-bottom: 4px; }
.src mark { background: #ffe58f; color: inherit; padding: 0 1px; }
.src .n { font-weight: bold; margin-right: 6px; }
.src .translation { font-size: 0.9em; opacity: 0.85; margin-top: 4px; font-style: italic; }
details.turn { margin-top: 10px; opacity: 0.85; }
h4.latest, p.empty { margin-top: 1.8em; }  /* clear of the panel's floating label */
"""

# Clicking a [n] in a reply shows its passage in the sources panel (capture phase, so the
# Markdown renderer's own link handling never navigates away).
CITE_JS = """
if (!window.__adviserCites) {
  window.__adviserCites = true;
  document.addEventListener('click', function (ev) {
    const a = ev.target.closest && ev.target.closest('a[href^="#src-"]');
    if (!a) return;
    ev.preventDefault();
    ev.stopPropagation();
    const el = document.getElementById(a.getAttribute('href').slice(1));
    if (!el) return;
    const details = el.closest('details');
    if (details) details.open = true;
    document.querySelectorAll('.src.active').forEach(function (x) { x.classList.remove('active'); });
    el.classList.add('active');
    el.scrollIntoView({behavior: 'smooth', block: 'center'});
  }, true);
}
"""


def escape_user_text(text: str) -> str:
    """Show exactly what the user typed: no HTML, no Markdown."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def render_reply(answer_text: str, turn: int, citations: list[dict[str, Any]] | None = None) -> str:
    """The answer's Markdown with HTML escaped and each [n] linked to its passage."""
    titles = {c["n"]: f"{c['section']} · 第{c['line']}行：{c['text']}" for c in citations or []}

    def link(m: re.Match[str]) -> str:
        n = int(m.group(1))
        if n not in titles:
            return m.group(0)
        title = html.escape(titles[n], quote=True)
        return f'<a href="#src-{turn}-{n}" class="cite" title="{title}">[{n}]</a>'

    return CITATION_MARKER.sub(link, html.escape(answer_text, quote=False))


def render_sources(advisor: Advisor, turns: list[dict[str, Any]]) -> str:
    """Every passage the latest answer cites (quote highlighted), earlier turns folded away."""
    if not turns:
        return "<p class='empty'>回答引用的原文会显示在这里。点击回答中的 [n] 查看对应段落。</p>"
    parts = []
    for i, turn in enumerate(reversed(turns)):
        blocks = [_source_block(advisor, turn["turn"], c) for c in turn["citations"]]
        if not blocks:
            blocks = ["<p>（这次回答没有引用原文。）</p>"]
        if i == 0:
            parts.append(f"<h4 class='latest'>本轮回答引用的原文（{len(turn['citations'])} 处）</h4>" + "".join(blocks))
        else:
            summary = html.escape(turn["question"][:40])
            parts.append(
                f"<details class='turn'><summary>第 {turn['turn']} 轮：{summary}</summary>{''.join(blocks)}</details>"
            )
    return "".join(parts)


def _source_block(advisor: Advisor, turn: int, c: dict[str, Any]) -> str:
    passage = advisor.passage(c["source"], c["start"], c["end"])
    if passage is not None:
        a, b = c["start"] - passage.start, c["end"] - passage.start
        body = (
            html.escape(passage.text[:a])
            + "<mark>"
            + html.escape(passage.text[a:b])
            + "</mark>"
            + html.escape(passage.text[b:])
        ).replace("\n", "<br>")
    else:
        body = "<mark>" + html.escape(c["text"]) + "</mark>"
    meta = f"{html.escape(c['section'])} · {html.escape(c['source'])} 第 {c['line']} 行"
    translated = c.get("translation") or ""
    twin = f"<div class='translation'>Translation: {html.escape(translated)}</div>" if translated else ""
    return (
        f"<div class='src' id='src-{turn}-{c['n']}'><div class='meta'><span class='n'>[{c['n']}]</span>{meta}</div>"
        f"<div class='passage'>{body}</div>{twin}</div>"
    )


def _error_text(exc: Exception) -> str:
    if isinstance(exc, ValueError):
        return f"⚠️ {exc}"
    log.exception("answering failed")
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return f"⚠️ 出错了：{first}"


# ---------------------------------------------------------------- the conversation kept in the browser

STATE_VERSION = 1


def empty_state() -> dict[str, Any]:
    """What the browser keeps (JSON): the messages shown, the raw history for follow-ups, and each
    answered turn ({"question", "message": its index in messages, "answer": Answer dict})."""
    return {"v": STATE_VERSION, "messages": [], "history": [], "turns": []}


def restore_state(state: Any) -> dict[str, Any]:
    """The stored conversation, or an empty one when the browser holds nothing usable
    (first visit, another version, a value edited by hand)."""
    try:
        ok = (
            isinstance(state, dict)
            and state.get("v") == STATE_VERSION
            and all(isinstance(m, dict) and isinstance(m.get("content"), str) for m in state["messages"])
            and all(isinstance(m, dict) and isinstance(m.get("content"), str) for m in state["history"])
            and all(isinstance(t, dict) and isinstance(t["answer"]["text"], str) for t in state["turns"])
        )
    except (KeyError, TypeError):
        ok = False
    return state if ok else empty_state()


def source_turns(state: dict[str, Any]) -> list[dict[str, Any]]:
    """The sources panel's view: per turn, only the citations its answer points at."""
    return [
        {"turn": i, "question": t["question"], "citations": cited(t["answer"])} for i, t in enumerate(state["turns"], 1)
    ]


class Downloads:
    """Markdown files of conversations for the download button, pruned after an hour."""

    def __init__(self, title: str, date: str, keep_seconds: float = 3600):
        self.title, self.date, self.keep = title, date, keep_seconds
        self.folder = Path(tempfile.mkdtemp(prefix="framework-advisor-downloads-"))
        atexit.register(shutil.rmtree, self.folder, True)  # Gradio keeps its own copy of what was served

    def write(self, state: dict[str, Any]) -> str | None:
        if not state["turns"]:
            return None
        text = conversation_markdown(state["turns"], self.title, self.date)
        folder = self.folder / hashlib.sha256(text.encode()).hexdigest()[:16]
        folder.mkdir(exist_ok=True)
        path = folder / "framework-advisor-conversation.md"
        path.write_text(text, "utf-8")
        cutoff = time.time() - self.keep
        for old in self.folder.iterdir():
            if old != folder and old.stat().st_mtime < cutoff:
                shutil.rmtree(old, ignore_errors=True)
        return str(path)


def build_app(advisor: Advisor, settings: UISettings | None = None) -> Any:
    """The chat page and the /ask API for `advisor` (chat.server serves it; tests build it alone)."""
    import gradio as gr

    from .store import index_id

    settings = settings or advisor.settings.ui
    feedback = FeedbackLog(settings.feedback_path)
    title, date = advisor.article_title()
    downloads = Downloads(title, date)

    def download_button(state: dict[str, Any]):
        path = downloads.write(state)
        return gr.DownloadButton(value=path, interactive=path is not None)

    def respond(question: str, state: Any):
        question = question or ""
        state = restore_state(state)
        messages = list(state["messages"])
        if not question.strip():
            yield messages, gr.skip(), "", gr.skip(), gr.skip()
            return
        messages.append({"role": "user", "content": escape_user_text(question)})
        turn = len(state["turns"]) + 1
        if not advisor.ready:
            loading = {"role": "assistant", "content": "⏳ 模型加载中，请稍候…"}
            yield [*messages, loading], gr.skip(), "", gr.skip(), gr.skip()
        try:
            for part in advisor.ask_stream(question, state["history"]):
                if isinstance(part, Answer):
                    answer = part
                else:
                    reply = {"role": "assistant", "content": render_reply(part, turn)}
                    yield [*messages, reply], gr.skip(), "", gr.skip(), gr.skip()
        except Exception as exc:  # never a stack trace in the page
            messages.append({"role": "assistant", "content": _error_text(exc)})
            state = {**state, "messages": messages}
            yield messages, gr.skip(), "", state, gr.skip()
            return
        data = {**answer.to_dict(), "asked": question}
        messages.append({"role": "assistant", "content": render_reply(answer.text, turn, cited(data))})
        state = {
            "v": STATE_VERSION,
            "messages": messages,
            "history": [
                *state["history"],
                {"role": "user", "content": question},
                {"role": "assistant", "content": answer.text},
            ],
            "turns": [*state["turns"], {"question": question, "message": len(messages) - 1, "answer": data}],
        }
        yield messages, render_sources(advisor, source_turns(state)), "", state, download_button(state)

    def restore(state: Any):
        state = restore_state(state)
        return state["messages"], render_sources(advisor, source_turns(state)), download_button(state)

    def clear():
        state = empty_state()
        return [], render_sources(advisor, []), "", state, download_button(state)

    def vote(state: Any, data: gr.LikeData):
        index = data.index[0] if isinstance(data.index, list | tuple) else data.index
        turn = next((t for t in restore_state(state)["turns"] if t["message"] == index), None)
        if turn is not None and data.liked in (True, False):
            feedback.record(turn["answer"], "up" if data.liked else "down")

    # Gradio finds the LikeData parameter by its annotation, which must be the class, not a string.
    vote.__annotations__["data"] = gr.LikeData

    def api_ask(question: str, history: list | None = None) -> dict:
        """Ask the advisor; history is a list of {"role", "content"} messages. Returns the Answer."""
        try:
            answer = advisor.ask(question, history or None)
        except ValueError as exc:
            raise gr.Error(str(exc)) from exc
        return answer.to_dict()

    with gr.Blocks(title="深度学习框架选型顾问", analytics_enabled=False, delete_cache=(3600, 3600)) as demo:
        gr.Markdown(
            "# 深度学习框架选型顾问\n"
            f"根据《{html.escape(title)}》（{html.escape(date)}）回答：每个结论都附原文引用，文章没写的会直说。"
        )
        # The key is fixed and the secret follows the index, so a reload (on any replica) finds the
        # conversation, and a rebuilt index, whose citations may point elsewhere, starts afresh.
        state = gr.BrowserState(
            empty_state(), storage_key="framework-advisor-conversation", secret=index_id(advisor.index.manifest)
        )
        with gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(
                    label="对话",
                    height=520,
                    sanitize_html=True,
                    feedback_options=("Like", "Dislike"),
                    elem_id="chat",
                )
                with gr.Row():
                    box = gr.Textbox(
                        placeholder="输入你的问题，例如：显存小用什么框架？（回车发送）",
                        show_label=False,
                        scale=5,
                        max_lines=4,
                        elem_id="question",
                    )
                    send = gr.Button("发送", variant="primary", scale=1, elem_id="send")
                with gr.Row():
                    example_buttons = [gr.Button(q, size="sm", elem_classes=["example"]) for q in EXAMPLES]
                with gr.Row():
                    clear_btn = gr.Button("清空对话", size="sm", elem_id="clear")
                    download = gr.DownloadButton(
                        "下载对话（Markdown）", value=None, size="sm", interactive=False, elem_id="download"
                    )
            with gr.Column(scale=2):
                sources = gr.HTML(
                    render_sources(advisor, []),
                    label="引用来源",
                    show_label=True,
                    css_template=CSS,
                    js_on_load=CITE_JS,
                    elem_id="sources",
                    container=True,
                )
        outputs = [chatbot, sources, box, state, download]
        box.submit(respond, [box, state], outputs, api_visibility="private")
        send.click(respond, [box, state], outputs, api_visibility="private")
        for button in example_buttons:
            button.click(lambda q=button.value: q, None, box, api_visibility="private").then(
                respond, [box, state], outputs, api_visibility="private"
            )
        clear_btn.click(clear, None, outputs, api_visibility="private")
        chatbot.clear(clear, None, outputs, api_visibility="private")  # the chat box's own 🗑 clears it all too
        chatbot.like(vote, [state], None, api_visibility="private")
        demo.load(restore, [state], [chatbot, sources, download], api_visibility="private")
        gr.api(api_ask, api_name="ask")
    return demo
