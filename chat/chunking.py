"""Cut a Document into section-bound chunks and quotable sentences, with exact character offsets.

Pure functions. Structure comes from the article's conventions: section title lines (Markdown
headings, or short unpunctuated lines in .txt), list heads ("优势归因:") owning the items after
them, and 小结/总结 summary lines. A chunk never crosses a section; a list stays with its head.
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import re
from dataclasses import dataclass, field

from .settings import ChunkSettings
from .types import Chunk, Document, Sentence

# Bump when the algorithm changes what it produces: indexes built by another version go stale.
CHUNKER_VERSION = 2

TERMINATORS = frozenset("。！？；!?;")
OPENERS = "“‘「『（(《【[〈"
CLOSERS = "”’」』）)》】]〉"
_PAIRS = dict(zip(OPENERS, CLOSERS, strict=True))
MIN_CHUNK_CHARS = 60  # a smaller block (a link line) joins the chunk before it in its section

_MD_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
_MD_BULLET = re.compile(r"^(\s*(?:[-*+]|\d{1,3}[.)])\s+)")
_FENCE = re.compile(r"^\s*(```|~~~)")
_SUMMARY = re.compile(r"^\s*(小结|总结|结论|Summary|TL;DR)\s*[:：]", re.IGNORECASE)
_URL = re.compile(r"https?://|www\.", re.IGNORECASE)
_TXT_HEADING_PUNCT = re.compile(r"[。！？；!?;,，、.]")
_TITLE_SHAPE = re.compile(r"\S[:：]\S")


@dataclass
class _Line:
    start: int  # offset of the first character
    end: int  # offset after the last character (newline excluded)
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()


@dataclass
class _Block:
    kind: str  # para | list | code
    section: str
    list_head: str = ""
    # (start, end, splittable): the spans sentences are cut from; markers and heads excluded.
    spans: list[tuple[int, int, bool]] = field(default_factory=list)
    start: int = -1
    end: int = -1

    def add(self, start: int, end: int, span: tuple[int, int] | None, splittable: bool = True) -> None:
        self.start = start if self.start < 0 else self.start
        self.end = max(self.end, end)
        if span and span[1] > span[0]:
            self.spans.append((span[0], span[1], splittable))


def _lines(text: str, start: int) -> list[_Line]:
    out = []
    pos = start
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        line_end = end - 1 if end > pos and text[end - 1] == "\r" else end
        out.append(_Line(pos, line_end, text[pos:line_end]))
        pos = end + 1
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_txt_heading(line: str) -> bool:
    s = line.strip()
    return (
        0 < len(s) <= 40
        and not _TXT_HEADING_PUNCT.search(s)
        and not s.endswith((":", "："))
        and not _URL.search(s)
        and not _SUMMARY.match(s)
        and any(ch.isalnum() for ch in s)
    )


def _is_list_head(line: str) -> bool:
    s = line.strip()
    return 1 < len(s) <= 24 and s.endswith((":", "：")) and not _URL.search(s)


def parse_blocks(doc: Document) -> tuple[list[_Block], list[tuple[int, int]]]:
    """Group the body's lines into paragraphs, lists (head + items) and code, each in one section.

    Also returns the spans of the heading lines, which become section titles rather than text.
    """
    text = doc.text
    markdown = doc.source.lower().endswith(".md")
    lines = _lines(text, doc.body_start)
    blocks: list[_Block] = []
    headings: list[tuple[int, int]] = []
    section = doc.title
    current: _Block | None = None
    fence = ""
    blank_since_item = False

    def close() -> None:
        nonlocal current
        if current is not None and current.start >= 0:
            if current.kind == "list" and not current.spans:
                # A head with no items is just a short paragraph.
                current.kind = "para"
                current.spans.append((*_trim(text, current.start, current.end), True))
            blocks.append(current)
        current = None

    for i, line in enumerate(lines):
        s = line.stripped
        content = _trim(text, line.start, line.end)
        if fence:
            assert current is not None
            current.add(line.start, line.end, content, splittable=False)
            if s.startswith(fence):
                fence = ""
                close()
            continue
        if not s:
            if current is not None and current.kind == "list" and markdown:
                blank_since_item = True
            else:
                close()
            continue
        nxt = next((ln for ln in lines[i + 1 :] if ln.stripped), None)
        if markdown and (m := _MD_HEADING.match(line.text)):
            close()
            section = m.group(1).strip() or section
            headings.append((line.start, line.end))
            continue
        # Inside a .txt list only the "Name:subtitle" shape ends the list as a heading.
        in_list = current is not None and current.kind == "list"
        if not markdown and _is_txt_heading(s) and (not in_list or _TITLE_SHAPE.search(s)):
            close()
            section = s
            headings.append((line.start, line.end))
            continue
        if markdown and (m := _FENCE.match(line.text)):
            close()
            fence = m.group(1)
            current = _Block("code", section)
            current.add(line.start, line.end, content, splittable=False)
            continue
        bullet = _MD_BULLET.match(line.text) if markdown else None
        if (
            _is_list_head(s)
            and nxt is not None
            and ((markdown and _MD_BULLET.match(nxt.text)) or (not markdown and lines[i + 1] is nxt))
        ):
            close()
            current = _Block("list", section, list_head=s)
            current.add(line.start, line.end, None)
            blank_since_item = False
            continue
        if bullet:
            if current is None or current.kind != "list":
                close()
                current = _Block("list", section)
            current.add(line.start, line.end, _trim(text, line.start + bullet.end(1), line.end))
            blank_since_item = False
            continue
        if current is not None and current.kind == "list":
            if markdown and not blank_since_item:
                current.add(line.start, line.end, content)  # lazy continuation of the item
                continue
            if not markdown and not _SUMMARY.match(s):
                current.add(line.start, line.end, content)  # .txt lists have no markers
                continue
            close()
        if current is not None and current.kind == "para" and markdown and not _SUMMARY.match(s):
            current.add(line.start, line.end, content)  # Markdown paragraphs span lines
            continue
        close()
        current = _Block("para", section)
        current.add(line.start, line.end, content)
    close()
    return blocks, headings


def split_sentences(text: str, start: int, end: int, max_chars: int = 0) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end]: break after 。！？；!?; (and '. ' before a capital),
    never inside quotes or brackets unless a sentence runs past max_chars."""
    out: list[tuple[int, int]] = []
    stack: list[str] = []
    ascii_quote = False
    sent = start
    i = start
    limit = max_chars or 10**9
    while i < end:
        ch = text[i]
        if ch in _PAIRS:
            stack.append(_PAIRS[ch])
        elif ch in CLOSERS:
            if ch in stack:
                while stack and stack.pop() != ch:
                    pass
        elif ch == '"':
            ascii_quote = not ascii_quote
        breaks = ch in TERMINATORS or (ch == "." and _english_period(text, i, end))
        if breaks and ((not stack and not ascii_quote) or i - sent >= limit):
            j = i + 1
            while j < end and (text[j] in TERMINATORS or text[j] in CLOSERS or text[j] in "\"'…"):
                if text[j] in stack:
                    while stack and stack.pop() != text[j]:
                        pass
                j += 1
            out.append((sent, j))
            sent = j
            i = j
            if not stack:
                ascii_quote = False
            continue
        i += 1
    if sent < end:
        out.append((sent, end))
    spans = [_trim(text, a, b) for a, b in out]
    spans = [(a, b) for a, b in spans if b > a]
    if max_chars:
        spans = [piece for a, b in spans for piece in _hard_split(text, a, b, max_chars)]
    return spans


def _english_period(text: str, i: int, end: int) -> bool:
    if i == 0 or not (text[i - 1].isalnum() or text[i - 1] in CLOSERS + '"'):
        return False
    if i + 1 >= end:
        return True
    if not text[i + 1].isspace():
        return False
    j = i + 1
    while j < end and text[j].isspace():
        j += 1
    return j >= end or text[j].isupper() or text[j] in OPENERS + '"' or "\u4e00" <= text[j] <= "\u9fff"


def _hard_split(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """Cut an over-long sentence at a space or comma before max_chars (or at max_chars)."""
    pieces = []
    while end - start > max_chars:
        window = text[start : start + max_chars]
        cut = max(window.rfind(c) for c in " ,，、:：")
        cut = start + (cut + 1 if cut > max_chars // 2 else max_chars)
        a, b = _trim(text, start, cut)
        if b > a:
            pieces.append((a, b))
        start, _ = _trim(text, cut, end)
    if end > start:
        pieces.append((start, end))
    return pieces


def chunk_id(source: str, start: int, end: int, text: str) -> str:
    return hashlib.sha1(f"{source}\x00{start}\x00{end}\x00{text}".encode()).hexdigest()[:16]


def chunk_document(doc: Document, settings: ChunkSettings) -> tuple[list[Chunk], list[Sentence]]:
    """Chunks and sentences of one document; sentence ids are local (0..n-1) to the document."""
    text = doc.text
    pieces: list[dict] = []  # mutable chunk drafts before ids are fixed
    sentences: list[tuple[int, int, str, str]] = []  # start, end, section, list_head
    blocks, _headings = parse_blocks(doc)
    for block in blocks:
        spans: list[tuple[int, int]] = []
        for a, b, splittable in block.spans:
            spans += split_sentences(text, a, b, settings.max_chars) if splittable else [_trim(text, a, b)]
        spans = [s for s in spans if s[1] > s[0]]
        sentences += [(a, b, block.section, block.list_head) for a, b in spans]
        block_start, block_end = _trim(text, block.start, block.end)
        if block_end - block_start <= settings.max_chars or len(spans) <= 1:
            pieces.append(dict(start=block_start, end=block_end, block=block, whole=True, overlap=0))
            continue
        # Units: each sentence stretched back to cover the head/markers before it.
        starts = [block_start] + [a for a, _ in spans[1:]]
        ends = [b for _, b in spans]
        first = 0
        while first < len(spans):
            last = first
            while last + 1 < len(spans) and ends[last + 1] - starts[first] <= settings.max_chars:
                last += 1
            prev_end = pieces[-1]["end"] if pieces and pieces[-1]["block"] is block else -1
            start = starts[first]
            pieces.append(dict(start=start, end=ends[last], block=block, whole=False, overlap=max(0, prev_end - start)))
            if last + 1 >= len(spans):
                break
            step_back = min(settings.overlap_sentences, last - first)
            first = last + 1 - step_back
    merged: list[dict] = []
    for piece in pieces:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and piece["whole"]
            and prev["whole"]
            and piece["block"].section == prev["block"].section
            and piece["end"] - piece["start"] < MIN_CHUNK_CHARS
            and piece["end"] - prev["start"] <= settings.max_chars
        ):
            prev["end"] = piece["end"]
            continue
        merged.append(piece)
    chunks = []
    for piece in merged:
        body = text[piece["start"] : piece["end"]]
        block = piece["block"]
        chunks.append(
            Chunk(
                id=chunk_id(doc.source, piece["start"], piece["end"], body),
                source=doc.source,
                section=block.section,
                start=piece["start"],
                end=piece["end"],
                text=body,
                list_head=block.list_head,
                overlap=piece["overlap"],
            )
        )
    newlines = [i for i, ch in enumerate(text) if ch == "\n"]
    out_sentences = []
    for n, (a, b, section, head) in enumerate(sentences):
        owner = next(c for c in chunks if c.start <= a and b <= c.end)
        line = bisect.bisect_left(newlines, a) + 1
        out_sentences.append(Sentence(n, owner.id, doc.source, section, a, b, text[a:b], head, line))
    return chunks, out_sentences


def renumber(sentences: list[Sentence], first: int) -> list[Sentence]:
    return [dataclasses.replace(s, id=first + i) for i, s in enumerate(sentences)]
