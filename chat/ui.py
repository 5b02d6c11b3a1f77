"""The browser chat: a thin Gradio adapter from Advisor answers to messages and a sources panel.

No retrieval or answer logic lives here: it escapes text, links [n] markers to their passages,
keeps the per-session conversation, records 👍/👎, and exposes the /ask API endpoint.
"""

from __future__ import annotations

import html
import json
import logging
import os
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .advisor import Advisor
from .settings import UISettings
from .templates import CITATION_MARKER
from .types import Answer

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
    return (
        f"<div class='src' id='src-{turn}-{c['n']}'><div class='meta'><span class='n'>[{c['n']}]</span>{meta}</div>"
        f"<div class='passage'>{body}</div></div>"
    )


@dataclass
class Session:
    """Per-browser-tab state: the raw conversation (for follow-ups) and the answers given."""

    history: list[dict[str, str]] = field(default_factory=list)
    turns: list[dict[str, Any]] = field(default_factory=list)
    answers: dict[int, dict[str, Any]] = field(default_factory=dict)  # chatbot message index -> answer


class FeedbackLog:
    """Appends one JSON line per 👍/👎 to a file."""

    def __init__(self, path: Path):
        self.path = path
        self._lock = threading.Lock()

    def record(self, answer: dict[str, Any], vote: str) -> None:
        row = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "question": answer.get("asked", answer["question"]),  # as typed
            "resolved_question": answer["question"],  # after follow-up resolution
            "answer": answer["text"],
            "citations": answer["citations"],
            "vote": vote,
        }
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.path, "a", encoding="utf-8") as fh:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def _error_text(exc: Exception) -> str:
    if isinstance(exc, ValueError):
        return f"⚠️ {exc}"
    log.exception("answering failed")
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return f"⚠️ 出错了：{first}"


def build_app(advisor: Advisor, settings: UISettings | None = None) -> Any:
    """The chat page and the /ask API for `advisor`; call .launch() (or chat.ui.launch) to serve it."""
    import gradio as gr

    settings = settings or advisor.settings.ui
    feedback = FeedbackLog(settings.feedback_path)
    title, date = advisor.article_title()

    def respond(question: str, messages: list, session: Session):
        question = question or ""
        session = session or Session()
        messages = list(messages or [])
        if not question.strip():
            yield messages, gr.skip(), "", session
            return
        messages.append({"role": "user", "content": escape_user_text(question)})
        turn = len(session.turns) + 1
        if not advisor.ready:
            yield [*messages, {"role": "assistant", "content": "⏳ 模型加载中，请稍候…"}], gr.skip(), "", session
        try:
            for part in advisor.ask_stream(question, session.history):
                if isinstance(part, Answer):
                    answer = part
                else:
                    yield (
                        [*messages, {"role": "assistant", "content": render_reply(part, turn)}],
                        gr.skip(),
                        "",
                        session,
                    )
        except Exception as exc:  # never a stack trace in the page
            messages.append({"role": "assistant", "content": _error_text(exc)})
            yield messages, gr.skip(), "", session
            return
        data = answer.to_dict()
        messages.append({"role": "assistant", "content": render_reply(answer.text, turn, data["citations"])})
        session.history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer.text}]
        session.turns.append({"turn": turn, "question": question, "citations": data["citations"]})
        session.answers[len(messages) - 1] = {**data, "asked": question}
        yield messages, render_sources(advisor, session.turns), "", session

    def clear():
        return [], render_sources(advisor, []), "", Session()

    def vote(session: Session, data: gr.LikeData):
        index = data.index[0] if isinstance(data.index, list | tuple) else data.index
        answer = (session or Session()).answers.get(index)
        if answer is not None and data.liked in (True, False):
            feedback.record(answer, "up" if data.liked else "down")

    # Gradio finds the LikeData parameter by its annotation, which must be the class, not a string.
    vote.__annotations__["data"] = gr.LikeData

    def api_ask(question: str, history: list | None = None) -> dict:
        """Ask the advisor; history is a list of {"role", "content"} messages. Returns the Answer."""
        try:
            answer = advisor.ask(question, history or None)
        except ValueError as exc:
            raise gr.Error(str(exc)) from exc
        return answer.to_dict()

    with gr.Blocks(title="深度学习框架选型顾问", analytics_enabled=False) as demo:
        gr.Markdown(
            "# 深度学习框架选型顾问\n"
            f"根据《{html.escape(title)}》（{html.escape(date)}）回答：每个结论都附原文引用，文章没写的会直说。"
        )
        session = gr.State(Session())
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
                clear_btn = gr.Button("清空对话", size="sm", elem_id="clear")
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
        outputs = [chatbot, sources, box, session]
        box.submit(respond, [box, chatbot, session], outputs, api_visibility="private")
        send.click(respond, [box, chatbot, session], outputs, api_visibility="private")
        for button in example_buttons:
            button.click(lambda q=button.value: q, None, box, api_visibility="private").then(
                respond, [box, chatbot, session], outputs, api_visibility="private"
            )
        clear_btn.click(clear, None, outputs, api_visibility="private")
        chatbot.like(vote, [session], None, api_visibility="private")
        gr.api(api_ask, api_name="ask")
    return demo


def launch(
    advisor: Advisor,
    settings: UISettings,
    *,
    block: bool = True,
    announce=print,
) -> Any:
    """Serve the app on settings.host:port; the URL is announced once the model is loaded."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    auth = settings.login()  # a malformed USER:PASS fails before anything is built
    demo = build_app(advisor, settings)
    demo.queue(default_concurrency_limit=4)
    demo.launch(
        server_name=settings.host,
        server_port=settings.port,
        auth=auth,
        prevent_thread_lock=True,
        quiet=True,
        show_error=False,
    )
    advisor.warm_up()  # the page already answers (with a loading notice) while this runs
    announce(f"framework-advisor is ready: {demo.local_url}")
    if block:
        demo.block_thread()
    return demo
