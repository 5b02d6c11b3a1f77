"""Read the documents under corpus/: decode, parse front matter, and report bad files by name."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from .types import Document

SUFFIXES = (".md", ".txt")


@dataclass(frozen=True)
class CorpusProblem:
    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@dataclass
class Corpus:
    root: Path
    documents: list[Document] = field(default_factory=list)
    problems: list[CorpusProblem] = field(default_factory=list)

    def by_source(self) -> dict[str, Document]:
        return {d.source: d for d in self.documents}


def corpus_files(root: Path) -> list[Path]:
    if not root.is_dir():
        return []
    return sorted(
        p
        for p in root.rglob("*")
        if p.suffix.lower() in SUFFIXES
        and p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(root).parts)
    )


def load_corpus(root: Path) -> Corpus:
    """Every .md/.txt under root; a file that cannot be used is reported and the rest still load."""
    corpus = Corpus(root=root)
    if not root.is_dir():
        corpus.problems.append(
            CorpusProblem(str(root), "corpus folder does not exist (set ADVISOR_CORPUS_DIR or create it)")
        )
        return corpus
    for path in corpus_files(root):
        source = path.relative_to(root).as_posix()
        try:
            corpus.documents.append(read_document(path, source))
        except DocumentError as exc:
            corpus.problems.append(CorpusProblem(source, str(exc)))
    if not corpus.documents and not corpus.problems:
        corpus.problems.append(CorpusProblem(str(root), "no .md or .txt files found"))
    return corpus


class DocumentError(ValueError):
    pass


def decode(raw: bytes) -> tuple[str, str]:
    """(text, encoding). UTF-8 first, then GB18030, the superset of GBK/GB2312 Chinese files use."""
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise DocumentError("not UTF-8 or GB18030 text; re-save it as UTF-8 (e.g. iconv -f <encoding> -t UTF-8)")


def read_document(path: Path, source: str) -> Document:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"cannot be read: {exc.strerror or exc}") from exc
    if b"\x00" in raw:
        raise DocumentError("looks binary (contains NUL bytes); only .md/.txt text is indexed")
    text, encoding = decode(raw)
    if text.startswith("\ufeff"):
        text = text[1:]  # a BOM is not content; offsets count from after it
    meta, body_start = parse_front_matter(text)
    if not text[body_start:].strip():
        raise DocumentError("is empty (nothing after the front matter)" if body_start else "is empty")
    if encoding != "utf-8":
        meta = {**meta, "encoding": encoding}
    title = meta.get("title") or _first_heading(text[body_start:]) or path.stem
    return Document(
        source=source,
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        title=title,
        body_start=body_start,
        meta=meta,
    )


def parse_front_matter(text: str) -> tuple[dict[str, str], int]:
    """`---` fenced `key: value` lines at the very top; returns (meta, offset where the body starts)."""
    if not text.startswith("---\n") and not text.startswith("---\r\n"):
        return {}, 0
    meta: dict[str, str] = {}
    pos = text.index("\n") + 1
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl + 1
        line = text[pos:end].rstrip("\r\n")
        if line == "---":
            return meta, end
        key, sep, value = line.partition(":")
        if sep and key.strip():
            meta[key.strip()] = value.strip()
        pos = end
    return {}, 0  # no closing fence: not front matter, keep it as text


def _first_heading(body: str) -> str:
    for line in body.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
        if line.strip():
            return ""
    return ""


def line_of(text: str, offset: int) -> int:
    """1-based line number of a character offset."""
    return text.count("\n", 0, offset) + 1
