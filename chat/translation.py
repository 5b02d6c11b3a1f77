"""A document's translation twin: read it beside the document, place it, and render a quote in it.

A document `corpus/X.md` may have `corpus/X.md.en.jsonl` beside it: one line per passage,
{"zh": "<verbatim text of the document>", "en": "<its translation>"}. Passages are whole sentences,
and the clauses a sentence that speaks of several frameworks in turn is quoted by. The build
places each passage in its document (offsets) and stores the placed spans in the index; an
answer in English shows a quote's translation when spans cover every word of it, and otherwise
none (a half-translated quote would show less than it is presented as).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from .types import Document

TWIN_LANGS = ("en",)
# What a quote may keep untranslated between two covered passages: spaces and punctuation.
_FILLER = re.compile(r"^[\s\W_]*$")


@dataclass(frozen=True)
class Span:
    """A stretch of a document and its translation into `lang`."""

    source: str
    start: int
    end: int
    lang: str
    text: str

    def to_json(self) -> dict:
        return {"source": self.source, "start": self.start, "end": self.end, "lang": self.lang, "text": self.text}

    @classmethod
    def from_json(cls, data: dict) -> Span:
        return cls(str(data["source"]), int(data["start"]), int(data["end"]), str(data["lang"]), str(data["text"]))


def twin_path(root: Path, source: str, lang: str) -> Path:
    return root / f"{source}.{lang}.jsonl"


def twin_hashes(root: Path, documents: list[Document]) -> dict[str, str]:
    """sha256 of each twin file that exists ("X.md.en.jsonl" → hash), for the manifest."""
    out = {}
    for doc in documents:
        for lang in TWIN_LANGS:
            path = twin_path(root, doc.source, lang)
            if path.is_file():
                try:
                    out[f"{doc.source}.{lang}.jsonl"] = hashlib.sha256(path.read_bytes()).hexdigest()
                except OSError:
                    out[f"{doc.source}.{lang}.jsonl"] = "unreadable"
    return out


def place(root: Path, documents: list[Document]) -> tuple[list[Span], list[str]]:
    """Every twin passage found verbatim in its document, as spans; and a problem line for each
    twin or passage that could not be used (the rest are still used)."""
    spans: list[Span] = []
    problems: list[str] = []
    for doc in documents:
        for lang in TWIN_LANGS:
            path = twin_path(root, doc.source, lang)
            if not path.is_file():
                continue
            name = path.relative_to(root).as_posix()
            try:
                lines = path.read_text("utf-8").splitlines()
            except (OSError, UnicodeDecodeError) as exc:
                problems.append(f"{name}: unreadable ({exc}); answers in {lang} show no translations of {doc.source}")
                continue
            missing = 0
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    entry = json.loads(line)
                    original, translated = entry["zh"], entry[lang]
                    if not (isinstance(original, str) and isinstance(translated, str) and original and translated):
                        raise ValueError("needs two non-empty strings")
                except (ValueError, KeyError, TypeError) as exc:
                    problems.append(f'{name}:{number}: not a {{"zh": …, "{lang}": …}} line ({exc}); skipped')
                    continue
                found = [m.start() for m in re.finditer(re.escape(original), doc.text)]
                if not found:
                    missing += 1
                spans += [Span(doc.source, at, at + len(original), lang, translated.strip()) for at in found]
            if missing:
                # The document changed since the twin was written: those passages show no translation.
                problems.append(f"{name}: {missing} passage(s) no longer in {doc.source}; they are not used")
    return spans, problems


class Translations:
    """The placed spans of one index, looked up by the quote they should render."""

    def __init__(self, spans: list[Span]):
        self._by_doc: dict[tuple[str, str], list[Span]] = {}
        for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
            self._by_doc.setdefault((span.source, span.lang), []).append(span)

    def render(self, lang: str, source: str, start: int, end: int, text: str) -> str:
        """The quote `text` (= document[start:end]) in `lang`, from the spans that lie inside it,
        the longest first at each place; "" unless they leave none of its words untranslated."""
        spans = self._by_doc.get((source, lang))
        if not spans:
            return ""
        pieces, cursor = [], start
        for span in spans:
            if span.start < cursor or span.end > end:
                continue
            if not _FILLER.match(text[cursor - start : span.start - start]):
                return ""  # words between two passages that nothing translates
            pieces.append(span.text)
            cursor = span.end
        if not pieces or not _FILLER.match(text[cursor - start :]):
            return ""
        return " ".join(pieces)
