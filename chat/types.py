"""The plain data records that flow between stages: Document → Chunk/Sentence → Hit → Answer."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Document:
    """One corpus file: `text` is the whole file, `body_start` skips its front matter."""

    source: str  # corpus-relative POSIX path
    text: str
    sha256: str
    title: str = ""
    body_start: int = 0
    meta: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Sentence:
    """A quotable sentence: text == source_text[start:end]."""

    id: int
    chunk_id: str
    source: str
    section: str
    start: int
    end: int
    text: str
    list_head: str = ""  # e.g. "踩坑预警" when the sentence is an item of that list
    line: int = 0  # 1-based line of `start` in the source file


@dataclass(frozen=True)
class Chunk:
    """A retrievable passage inside one section: text == source_text[start:end]."""

    id: str
    source: str
    section: str
    start: int
    end: int
    text: str
    list_head: str = ""
    # Characters at the start of this chunk that the previous chunk also holds.
    overlap: int = 0

    def embedding_text(self) -> str:
        # A list split across chunks still tells the model which list it belongs to.
        if self.list_head and not self.text.startswith(self.list_head):
            return f"{self.list_head}\n{self.text}"
        return self.text


@dataclass(frozen=True)
class Hit:
    text: str
    score: float
    section: str
    source: str
    start: int
    end: int
    chunk_id: str


@dataclass(frozen=True)
class Citation:
    n: int
    text: str  # verbatim: source_text[start:end]
    source: str
    section: str
    start: int
    end: int
    score: float
    line: int = 0  # 1-based line of `start` in the source file
    role: str = "fact"  # reason | caveat | fact | verdict | context: what the answer presents it as
    subject: str = ""  # the framework it is presented as being about ("general" for none)
    label: str = ""  # the requirement or aspect it is quoted for
    translation: str = ""  # the quote in the answer's language, from the document's twin ("" = none)


@dataclass
class Answer:
    text: str
    citations: list[Citation]
    abstained: bool
    recommendations: list[str]
    question: str
    language: str = "zh"
    backend: str = "extractive"
    warnings: list[str] = field(default_factory=list)
    kind: str = ""  # choice | compare | fact | why | multi | refusal | after_date | clarify
    verdict: str = ""  # the opening line in plain words
    direct: bool = False  # the article states an answer (no "it does not say" hedge)
    runners_up: list[str] = field(default_factory=list)
    unmet: list[str] = field(default_factory=list)  # requirements the article does not speak to
    requirements: list[str] = field(default_factory=list)  # what the question was read to require

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)
