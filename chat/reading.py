"""Index time: read each quotable sentence for what it says, about whom, and for or against.

For every sentence: the frameworks it is about (its own names, else the sentence it continues,
else its section's framework, else "general"), the aspects it speaks to, its stance toward each
subject, whether a reader shown it alone knows what it is about, and whether it makes a claim at
all. Works from the vocabulary and the document's structure (sections, list heads, paragraphs),
never from one document's particular words. Stored as index/reading.jsonl.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .types import Sentence
from .vocabulary import Vocabulary, has_cjk, to_simplified

READER_VERSION = 2
GENERAL = "general"

_CLAUSE = re.compile(r"[,，;；:：!！?？]|(?<=[a-z])\.\s")
_ASIDE = re.compile(r"[()（）]")  # an aside in brackets speaks of what it names, not of the clause around it
_QUESTION_END = re.compile(r"[?？][”’\"'）)」』]*\s*$")
_WORDS = re.compile(r"[\u3400-\u9fff]|[A-Za-z0-9]+")


@dataclass(frozen=True)
class Reading:
    """What one sentence says, as read at index time (sentence `id` in sentences.jsonl)."""

    id: int
    subjects: tuple[str, ...]  # primary first; ("general",) for no framework
    stance: dict[str, str] = field(default_factory=dict)  # subject -> pro | con | neutral
    aspects: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()  # frameworks the sentence itself names
    standalone: bool = True
    continues: int | None = None  # the sentence this one leans on (same paragraph or item)
    rhetorical: bool = False  # a question or a label: never evidence
    summary: int = 0  # 1: a section's summing up, 2: the document's conclusion
    # subject -> aspect -> stance, from the clauses that speak to each aspect: "这种高度封装一方面
    # 使用户的学习变得容易,但另一方面也缺乏灵活性" is for Keras on learning, against it on flexibility.
    aspect_stance: dict[str, dict[str, str]] = field(default_factory=dict)
    per_clause: bool = False  # speaks of several frameworks in turn (no one framework owns its section)
    focus: tuple[str, ...] = ()  # the aspects of the clause that carries its stance, first named first
    # Those of the clause that carries its stance alone: "由于不少Bug隐匿于封装中,这也使Keras运行速度相对
    # 缓慢" claims speed; the bugs it names are the cause, not its claim. Empty: no such clause.
    claimed: tuple[str, ...] = ()
    # The settings its opening phrase sets the claim in ("在移动平台和嵌入式领域中…"): what it says of its
    # other aspects holds there only.
    scope: tuple[str, ...] = ()

    @property
    def subject(self) -> str:
        return self.subjects[0]

    @property
    def claims(self) -> tuple[str, ...]:
        """The aspects it makes a claim on: its claimed ones, else all it names; all, too, for a
        sentence on several frameworks in turn (each one's clause claims its own)."""
        return self.claimed if self.claimed and not self.per_clause else self.aspects

    def stance_of(self, subject: str) -> str:
        return self.stance.get(subject, "neutral")

    def about(self, framework: str) -> bool:
        return framework in self.subjects

    def stance_on(self, subject: str, aspects: Sequence[str]) -> str:
        """The stance toward subject on these aspects: the sentence's own where it does not speak
        to them or its clauses disagree, and neutral where the aspect's clause goes against the
        sentence as a whole (a concession inside a complaint is not a reason)."""
        overall = self.stance_of(subject)
        found = {self.aspect_stance.get(subject, {}).get(a) for a in aspects} - {None}
        if len(found) != 1:
            return overall
        on = found.pop()
        return on if overall in (on, "neutral") else "neutral"

    def to_json(self) -> dict[str, Any]:
        return {**dataclasses.asdict(self), "subjects": list(self.subjects)}

    @classmethod
    def from_json(cls, row: dict[str, Any]) -> Reading:
        return cls(
            id=int(row["id"]),
            subjects=tuple(row["subjects"]),
            stance=dict(row.get("stance", {})),
            aspects=tuple(row.get("aspects", ())),
            mentions=tuple(row.get("mentions", ())),
            standalone=bool(row.get("standalone", True)),
            continues=row.get("continues"),
            rhetorical=bool(row.get("rhetorical", False)),
            summary=int(row.get("summary", 0)),
            aspect_stance={k: dict(v) for k, v in row.get("aspect_stance", {}).items()},
            per_clause=bool(row.get("per_clause", False)),
            focus=tuple(row.get("focus", ())),
            claimed=tuple(row.get("claimed", ())),
            scope=tuple(row.get("scope", ())),
        )


def read_sentences(sentences: Sequence[Sentence], texts: dict[str, str], vocab: Vocabulary) -> list[Reading]:
    """Readings of `sentences` (in document order), given each source's full text."""
    out: list[Reading] = []
    previous: Sentence | None = None
    paragraph: list[Reading] = []
    for s in sentences:
        text = texts.get(s.source, "")
        new_block = (
            previous is None
            or previous.source != s.source
            or previous.section != s.section
            or previous.list_head != s.list_head
            or "\n" in text[previous.end : s.start]
        )
        if new_block:
            paragraph = []
        reading = _read(s, paragraph, vocab)
        out.append(reading)
        paragraph.append(reading)
        previous = s
    return out


def _read(s: Sentence, paragraph: list[Reading], vocab: Vocabulary) -> Reading:
    # Traditional characters are read as Simplified (the vocabulary is Simplified); offsets stay the text's.
    s = dataclasses.replace(s, text=to_simplified(s.text), section=to_simplified(s.section),
                            list_head=to_simplified(s.list_head))  # fmt: skip
    named = vocab.subjects_in(s.text)
    section_names = vocab.subjects_in(s.section)
    section_subject = section_names[0] if len(section_names) == 1 else ""
    head_names = vocab.subjects_in(s.list_head)
    owner = head_names[0] if len(head_names) == 1 else section_subject
    opener = vocab.opener(s.text)
    prev = paragraph[-1] if paragraph else None
    early = s.text[:8]
    points_back = opener == "anaphoric" or any(p in early for p in vocab.pronouns)
    plural = any(p in s.text[:12] for p in vocab.sentence_plural_pronouns)

    continues: int | None = None
    if named:
        subjects = list(named)
        if owner and owner in subjects:
            subjects.remove(owner)
            subjects.insert(0, owner)
        elif owner and (s.list_head or any(vocab.parent(n) == owner for n in named)):
            # An item of a framework's list, or a sentence about one of its parts, is about it.
            subjects.insert(0, owner)
        if opener == "anaphoric" and prev is not None:
            continues = prev.id
    elif plural and paragraph:
        earlier = [n for r in paragraph for n in r.subjects if n != GENERAL]
        subjects = list(dict.fromkeys(earlier)) or [owner or GENERAL]
        continues = paragraph[-1].id
    elif prev is not None and (points_back or opener == "connective") and prev.subject != GENERAL:
        subjects = list(prev.subjects[:1])
        continues = prev.id
    elif owner:
        subjects = [owner]
    elif prev is not None and points_back:
        subjects = list(prev.subjects[:1])
        continues = prev.id
    else:
        subjects = [GENERAL]
    subjects = list(dict.fromkeys(subjects))

    core = len(_WORDS.findall(s.text))
    rhetorical = (
        bool(_QUESTION_END.search(s.text)) or core < vocab.min_claim_chars or bool(vocab.link_only.match(s.text))
    )
    names_its_subject = subjects[0] == GENERAL or subjects[0] in named
    # "越来越多的人因为这一点开始学习PyTorch": a pronoun before the name leans on what came before.
    first_name = min((s.text.find(n) for n in vocab.names_for(subjects[0]) if n in s.text), default=len(s.text))
    leans = any(0 <= s.text.find(p) < first_name for p in vocab.pronouns) and bool(paragraph)
    standalone = (
        names_its_subject and opener != "anaphoric" and not leans and not (subjects[0] == GENERAL and points_back)
    )
    if not standalone and continues is None and prev is not None and not s.list_head:
        continues = prev.id
    aspects = vocab.aspects_in(s.text)
    per_clause = not owner and len(subjects) >= 2
    stance, aspect_stance = _stance(s, subjects, named, vocab, per_clause=not owner, leads_item=not paragraph)
    claimed = _claimed(s.text, stance.get(subjects[0], "neutral"), vocab)
    focus = tuple(dict.fromkeys([*claimed, *aspects]))
    return Reading(
        id=s.id,
        subjects=tuple(subjects),
        stance=stance,
        aspects=tuple(aspects),
        mentions=tuple(named),
        standalone=standalone,
        continues=continues,
        rhetorical=rhetorical,
        summary=_summary_level(s.text, vocab),
        aspect_stance=aspect_stance,
        per_clause=per_clause,
        focus=focus,
        claimed=claimed,
        scope=vocab.scope(s.text),
    )


def _claimed(text: str, stance: str, vocab: Vocabulary) -> tuple[str, ...]:
    """The aspects a sentence is mainly about: those of the clause whose evaluative words carry
    its stance ("…这也使Keras运行速度相对缓慢": speed, not the API its first clause names)."""
    if stance != "neutral":
        sign = 1 if stance == "pro" else -1
        for clause in reversed(_clauses(text)):  # the last evaluative clause is the main one
            score = _cue_score(clause, vocab)
            if score and (score > 0) == (sign > 0) and (main := vocab.aspects_in(clause)):
                return tuple(main)
    return ()


def _stance(
    s: Sentence, subjects: list[str], named: list[str], vocab: Vocabulary, per_clause: bool, leads_item: bool
) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """pro / con / neutral toward each subject, overall and per aspect.

    The items of a list headed by a strength or a drawback word take that list's stance toward
    its framework (the aspects an item's first sentence names do too; later sentences of the item
    only where their own words say so). Otherwise evaluative words decide, the clause after a contrast marker counting
    double and a conceded clause half; a hedge leaves the sentence neutral. In a section about one
    framework the other frameworks a sentence names are context (neutral); where no one framework
    owns the section, each clause's words go to the frameworks that clause names (or the last
    ones named before it), so "TensorFlow面向工业界…；PyTorch…" speaks of each in turn. An aspect's
    stance comes from the clauses that speak to it; where those carry no evaluative word, neutral.
    """
    stance = {name: "neutral" for name in subjects}
    by_aspect: dict[str, dict[str, str]] = {}
    primary = subjects[0]
    if primary == GENERAL:
        return stance, by_aspect
    head = ""
    if s.list_head:
        head = "con" if vocab.con_heads(s.list_head) else ("pro" if vocab.pro_heads(s.list_head) else "")
    if head:
        stance[primary] = head
        clauses = [(vocab.aspects_in(c), _cue_score(c, vocab)) for c in _clauses(s.text)]
        table: dict[str, float] = {}
        for clause_aspects, score in clauses:
            for a in clause_aspects:
                table[a] = table.get(a, 0.0) + score
        # An item's first sentence states the item: every aspect it names takes the list's stance.
        # A later sentence explains it: an aspect takes the stance only where its own words agree
        # ("…都要在生产上线时加倍还回去" is against on deployment, not on the experiments it names).
        by_aspect[primary] = {
            a: head if leads_item or (v and (v > 0) == (head == "pro")) else "neutral" for a, v in table.items()
        }
        by_aspect.update(_as_context(s.text, subjects[1:], vocab))
        return stance, by_aspect
    if vocab.hedges(s.text):
        return stance, by_aspect
    scores = {name: 0.0 for name in subjects}
    main = {name: 0.0 for name in subjects}  # what the clauses after a contrast marker say
    conceded = {name: 0.0 for name in subjects}  # what the clauses after a concession marker say
    conceding = False
    per_aspect: dict[str, dict[str, float]] = {name: {} for name in subjects}
    current = [primary] if not per_clause else (named[:1] or [primary])
    view = 0.0  # a reported view ("支持者认为…") sets the direction of what follows
    weight = 1.0
    contrasted = False
    pending: list[tuple[list[str], list[str]]] = []  # conditional clauses waiting for the next one's score
    for clause in _clauses(s.text):
        in_clause = [n for n in vocab.subjects_in(clause) if n in scores]
        if per_clause and in_clause:
            current = in_clause
        elif per_clause and any(p in clause for p in vocab.sentence_plural_pronouns):
            current = list(subjects)  # "最终两者…都确立了王者地位": of each of them
        if any(clause.lstrip().startswith(w) for w in vocab.supporters):
            view = 1.0
        elif any(clause.lstrip().startswith(w) for w in vocab.opponents):
            view = -1.0
        if vocab.concession(clause[:4]):
            weight, conceding = 0.5, True
        elif vocab.contrast(clause[:3]) or re.match(r"\s*(but|however|yet)\b", clause, re.I):
            weight, contrasted = 2.0, True
            main = {name: 0.0 for name in subjects}  # only the last contrast's clauses are the main ones
        score = _cue_score(clause, vocab)
        if view and score == 0:
            score = view
        elif view:
            score = view * abs(score)
        targets = current if per_clause else [primary]
        paired = per_clause and len(in_clause) >= 2 and vocab.respectively(clause)
        clause_aspects = [] if paired else vocab.aspects_in(clause)
        if score == 0 and clause_aspects and any(c.match(clause.lstrip()) for c in vocab.conditional):
            pending.append((list(targets), clause_aspects))
            continue
        for name in targets:
            scores[name] += weight * score
            if contrasted:
                main[name] += score
            elif conceding:
                conceded[name] += score
            for a in clause_aspects:
                per_aspect[name][a] = per_aspect[name].get(a, 0.0) + weight * score
        for waiting, aspects_waiting in pending:  # the condition takes the stance of what it leads to
            for name in waiting:
                for a in aspects_waiting:
                    per_aspect.setdefault(name, {})[a] = per_aspect.get(name, {}).get(a, 0.0) + weight * score
        pending = []
    for waiting, aspects_waiting in pending:
        for name in waiting:
            for a in aspects_waiting:
                per_aspect.setdefault(name, {}).setdefault(a, 0.0)
    # A mixed sentence goes the way of its main clause, the one after 但/不过 ("虽然吐槽者甚多,但
    # 也侧面说明了使用者众多" is for; "…简单易用,但部署困难" is against).
    for name in subjects:
        if contrasted and main[name]:
            scores[name] = main[name]
        elif contrasted and conceded[name]:
            # "虽然吐槽者甚多,但也侧面说明了使用者众多": what is set against a concession goes the other
            # way, though its own words ("使用者众多") carry no cue.
            scores[name] = -conceded[name]
    for name, score in scores.items():
        if score > 0:
            stance[name] = "pro"
        elif score < 0:
            stance[name] = "con"
    if not per_clause:
        for name in subjects[1:]:
            stance[name] = "neutral"
            per_aspect[name] = {}
        by_aspect.update(_as_context(s.text, subjects[1:], vocab))
    for name, table in per_aspect.items():
        if table:
            by_aspect[name] = {a: "pro" if v > 0 else "con" if v < 0 else "neutral" for a, v in table.items()}
    return stance, by_aspect


def clause_run(text: str, subject: str, vocab: Vocabulary) -> tuple[int, int] | None:
    """Offsets (within text) of the part of a sentence about `subject`, when its clauses speak of
    different frameworks in turn ("PaddlePaddle模型库丰富,MegEngine追求训练推理一体化,…"); None
    when no clause is about another framework alone. Clauses without a name belong to the last
    one named; those before any name are context and stay."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^,，;；:：!！?？。]+[,，;；:：!！?？。]*", text)]
    owners: list[list[str]] = []
    current: list[str] = []
    for start, end in spans:
        named = vocab.subjects_in(text[start:end])
        current = named or current
        owners.append(list(current))
    if not any(o and subject not in o for o in owners):
        return None
    mine = [i for i, o in enumerate(owners) if subject in o]
    if not mine:
        return None
    first = mine[0]
    while first > 0 and not owners[first - 1]:
        first -= 1  # leading clauses before any name ("2020年上半年,") are context
    last = mine[0]
    while last + 1 < len(owners) and subject in owners[last + 1]:
        last += 1
    start, end = spans[first][0], spans[last][1]
    while end > start and text[end - 1] in ",，;；:：":
        end -= 1
    return start, end


def _as_context(text: str, names: Sequence[str], vocab: Vocabulary) -> dict[str, dict[str, str]]:
    """The topics of frameworks a sentence names as context (it is about another): only what the
    clauses, or the aside, naming each speak to. "…计算速度也不尽如人意(Google针对这一问题又开发了
    TensorFlow Lite)" says nothing of TensorFlow Lite's speed. (An empty table says so; a missing
    one would mean "the sentence's topics".)"""
    parts = [p for clause in _clauses(text) for p in _ASIDE.split(clause)]
    return {
        name: dict.fromkeys((a for p in parts if name in vocab.subjects_in(p) for a in vocab.aspects_in(p)), "neutral")
        for name in names
    }


def _clauses(text: str) -> list[str]:
    parts = [p for p in _CLAUSE.split(text) if p.strip()]
    # A contrast inside a clause ("…容易,但另一方面也缺乏…" is split already; "A但B" is not) starts a new one.
    out = []
    for part in parts:
        out += [p for p in re.split(r"(?=但|不过|然而)", part) if p.strip()]
    return out


def polarity(text: str, vocab: Vocabulary) -> float:
    """How a statement leans (a user's premise, "PyTorch部署没问题"): its cue words, as a clause's."""
    return _cue_score(text, vocab)


def _cue_score(clause: str, vocab: Vocabulary) -> float:
    """Positive minus negative cue words in one clause; a negator right before a cue reverses it."""
    score = 0.0
    for word in vocab.not_cues:
        clause = clause.replace(word, " " * len(word))
    for sign, words in ((1.0, vocab.positive), (-1.0, vocab.negative)):
        for word in words.find(clause):
            if word.startswith("(") or not word:
                continue
            i = clause.lower().find(word)
            before = clause[max(0, i - 3) : i]
            negated = any(before.endswith(n) for n in vocab.negators)
            if not has_cjk(word):  # "not popular", "isn't very fast"
                near = re.findall(r"[a-z']+", clause[:i].lower())[-2:]
                negated = any(w == n or (n.startswith("n'") and w.endswith(n)) for w in near for n in vocab.negators_en)
            score += -sign if negated else sign
    return score


def _summary_level(text: str, vocab: Vocabulary) -> int:
    head = text.lstrip()
    if any(head.startswith(w) for w in vocab.document_summary_openers):
        return 2
    for word in vocab.summary_openers:
        if head.startswith(word) and (word.endswith("】") or head[len(word) : len(word) + 1] in (":", "：")):
            return 1
    return 0
