"""Answers as plain Markdown: a reply with its short sources list, and a whole conversation to download.

Works on `Answer.to_dict()` dicts (what the API returns and the browser keeps), so fields added
to Answer or Citation later travel through untouched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .templates import CITATION_MARKER

HEADINGS = {"zh": "来源：", "en": "Sources:"}
_SOURCE_LINE = re.compile(r"^- \[\d+\] ")


def cited(answer: dict[str, Any]) -> list[dict[str, Any]]:
    """The citations the answer's text actually points at with [n] (none for a refusal)."""
    if answer.get("abstained"):
        return []
    used = {int(n) for n in CITATION_MARKER.findall(answer.get("text", ""))}
    return [c for c in answer.get("citations", []) if c["n"] in used]


def _heading(answer: dict[str, Any]) -> str:
    return HEADINGS.get(answer.get("language", "zh"), HEADINGS["en"])


def _where(c: dict[str, Any], lang: str) -> str:
    line = f"第 {c['line']} 行" if lang == "zh" else f"line {c['line']}"
    return f"{c['section']} · {c['source']} {line}" if c.get("line") else f"{c['section']} · {c['source']}"


def sources_list(answer: dict[str, Any]) -> str:
    """'来源：' / 'Sources:' and one line per cited passage (section, file, line); '' when none."""
    citations = cited(answer)
    if not citations:
        return ""
    lang = answer.get("language", "zh")
    return "\n".join([_heading(answer), *(f"- [{c['n']}] {_where(c, lang)}" for c in citations)])


def reply(answer: dict[str, Any]) -> str:
    """The answer text with its [n] markers, then the short sources list."""
    sources = sources_list(answer)
    return f"{answer['text']}\n\n{sources}" if sources else answer["text"]


def strip_sources(content: str) -> str:
    """A reply given back as history, without the sources list `reply` added (its section titles
    name other frameworks and would mislead follow-up resolution)."""
    for heading in HEADINGS.values():
        head, sep, tail = content.rpartition(f"\n\n{heading}\n")
        if sep and tail.strip() and all(_SOURCE_LINE.match(line) for line in tail.strip().splitlines()):
            return head
    return content


def conversation_markdown(turns: Sequence[dict[str, Any]], title: str = "", date: str = "") -> str:
    """A conversation (turns of {"question", "answer": Answer dict}) as Markdown, each answer with
    its numbered sources quoted in full."""
    lines = ["# 深度学习框架选型顾问：对话记录", ""]
    if title:
        lines += [f"回答依据：《{title}》" + (f"（{date}）" if date else ""), ""]
    for i, turn in enumerate(turns, 1):
        answer = turn["answer"]
        question = " ".join(str(turn["question"]).split())
        lang = answer.get("language", "zh")
        lines += [f"## {i}. {question}", "", answer["text"].strip(), ""]
        citations = cited(answer)
        if citations:
            lines += [f"**{_heading(answer)}**", ""]
            # "- [n]", not "n.": a Markdown ordered list would renumber [2], [4] as 2, 3.
            sep = "：" if lang == "zh" else ": "
            lines += [f"- [{c['n']}] {_where(c, lang)}{sep}“{c['text']}”" for c in citations]
            lines.append("")
    if not turns:
        lines.append("（还没有对话。）")
    return "\n".join(lines).rstrip() + "\n"
