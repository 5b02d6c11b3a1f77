"""Advice from claims: the Answerer protocol, the extractive answerer, refusals and asking back.

Every answer opens with a verdict in plain words in the question's language, built from the
claims' subjects, aspects and stance; the quotes follow as support, each tagged with the
framework it is about and its role (a reason for it, a caveat against it, or what it states).
A framework is recommended only when a claim about it meets a stated requirement; a requirement
the documents never speak to is said to be unmet before anything else.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

from .bm25 import words
from .corpus import line_of
from .evidence import FRAME_ASPECTS, Claim, Corpus, mmr
from .question import WITHIN_TOPIC, Question, Requirement, blank_spans
from .reading import GENERAL, clause_run, polarity
from .settings import AnswerSettings
from .templates import GENERAL_SUBJECT, MONTHS, joined, role_tag, shown_value, t
from .types import Answer, Citation, Document, Sentence
from .vocabulary import Vocabulary, has_cjk, said, to_simplified

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_SKIP = "\x00"  # a quote line left out (its passage is already shown)


@dataclass
class Part:
    """One part of a question with the claims gathered for it."""

    question: Question
    claims: list[Claim]
    direct: bool  # the nearest sentence is close enough to answer it at all


@dataclass
class Context:
    """What composing needs besides the claims: the corpus, settings and the documents' dates."""

    corpus: Corpus
    settings: AnswerSettings
    sources: dict[str, dict[str, Any]]
    topics: list[str]
    frameworks: list[str]  # the frameworks the corpus discusses most, for asking back
    in_order: list[str] = field(default_factory=list)  # every framework, in order of first mention

    @property
    def vectors(self) -> np.ndarray:
        return self.corpus.index.sentence_vectors


@dataclass
class Plan:
    question: Question  # the whole question as resolved
    parts: list[Part]
    context: Context


class Answerer(Protocol):
    """Turns a plan into an answer: text as it grows (str), then the finished Answer."""

    name: str

    def answer(self, plan: Plan) -> Iterator[str | Answer]: ...


class ExtractiveAnswerer:
    """Composes the answer from verbatim quotes; needs no model."""

    name = "extractive"

    def answer(self, plan: Plan) -> Iterator[str | Answer]:
        yield from self.stream(compose(plan))

    @staticmethod
    def stream(answer: Answer) -> Iterator[str | Answer]:
        """A finished answer as it would grow (without an LLM, there is nothing to wait for)."""
        shown = ""
        for piece in _pieces(answer.text):
            shown += piece
            yield shown
        yield answer


# ---------------------------------------------------------------- the draft


@dataclass
class Quote:
    claim: Claim
    start: int
    end: int
    text: str
    role: str  # reason | caveat | fact | verdict | context
    subject: str
    label: str
    translation: str = ""  # the quote in the answer's language, where the document's twin covers it


@dataclass
class Draft:
    """An answer under construction: lines of Markdown and the quotes they cite."""

    lang: str
    ctx: Context
    lines: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    recommendations: list[str] = field(default_factory=list)
    runners_up: list[str] = field(default_factory=list)
    unmet: list[str] = field(default_factory=list)
    direct: bool = True
    verdict: str = ""
    lined: set[int] = field(default_factory=set)  # quotes that already have a line
    relined: list[int] = field(default_factory=list)  # quotes asked for again, with a line above
    denied: bool = False  # the question's premise was answered as not what the article says

    def mark(self, claim: Claim, role: str, subject: str, label: str = "", through: int | None = None) -> str:
        start, end, text = self._span(claim, subject, through)
        same = [(n, q) for n, q in enumerate(self.quotes, start=1) if q.claim.sentence.source == claim.sentence.source]
        own = claim.sentence
        for n, q in same:
            # The same passage, or one inside another already quoted, keeps its number; so does a
            # passage whose own sentence is quoted already (what would be left is the sentence it
            # continues, which says something else: "…的“王牌”。" is no warning about deployment).
            inside = (q.start <= start and end <= q.end) or (q.start <= own.start and own.end <= q.end)
            # (Not the clause of one framework inside a sentence shown as of several: "MindSpore 主打什么?"
            # after "国产框架有哪些?" quotes "Mindspore深耕自动并行的训练能力" for itself, not a bare "[2]".)
            clause = subject in q.subject.split("/") and q.subject != subject and (start, end) != (q.start, q.end)
            if inside and not (clause and q.start <= start and end <= q.end):
                return f"[{n}]"
        for _, q in same:
            # A passage that runs on from (or into) one already quoted shows only what is new.
            if q.start <= start < q.end < end:
                text, start = text[q.end - start :], q.end
            elif start < q.start < end <= q.end:
                text, end = text[: q.start - start], q.start
        lead = len(text) - len(text.lstrip())
        text, start = text.strip(), start + lead
        end = start + len(text)
        self.quotes.append(Quote(claim, start, end, text, role, subject, label))
        return f"[{len(self.quotes)}]"

    def line(self, claim: Claim, role: str, subject: str, label: str = "", through: int | None = None) -> str:
        """A quote line; empty (and left out) when that passage already has a line in this answer."""
        marker = self.mark(claim, role, subject, label, through)
        n = int(marker[1:-1])
        if n in self.lined:
            self.relined.append(n)
            return _SKIP
        self.lined.add(n)
        text = self.quotes[n - 1].text
        shown = GENERAL_SUBJECT[self.lang] if subject == GENERAL else self.display(subject)
        vocab, group = self.ctx.corpus.vocab, claim.reading.subjects
        named = vocab.subjects_in(text)
        kin = {subject, vocab.parent(subject)} | {f for f in named if vocab.parent(f) == subject}  # its parts
        leans = self.quotes[n - 1].start < claim.sentence.start  # shown with the sentence it continues
        if leans and subject in group and len(group) >= 2 and named and set(named) <= set(group) - kin:
            # "PyTorch面向学术界…。最终两者…王者地位。": the passage names only the other one; it
            # speaks of both, so it is shown as of both, not as TensorFlow's.
            both = [f for f in group if f == subject or f in named]
            shown = "/".join(self.display(f) for f in both)
            self.quotes[n - 1].subject = "/".join(both)
        tag = role_tag(self.lang, role, label)
        side = {"reason": "pro", "caveat": "con"}.get(role, "")
        quote = self.quotes[n - 1]
        if self.lang != "zh":
            quote.translation = self.ctx.corpus.translations.render(
                self.lang, claim.sentence.source, quote.start, quote.end, text
            )
        if quote.translation:
            # The reader reads the whole quote; a few of its words as glosses would only repeat it.
            line = t(self.lang, "quote_line", subject=shown, tag=tag, text=text, n=n)
            return line + "\n" + t(self.lang, "quote_translation", text=quote.translation)
        if self.lang != "zh" and self.ctx.settings.quote_glosses and side:
            # What a reason or a warning calls it, in English (of its own clauses, where it speaks of
            # several in turn; a plain quote's words may be hedged, "适不适合推荐则是见仁见智").
            run = clause_run(text, subject, vocab) if subject in group else None
            # A passage shown with the sentence it continues: of that sentence's words, not the
            # other one's ("PyTorch…简单易用。最终两者…王者地位。" is no "easy to use" for TensorFlow).
            own = text[run[0] : run[1]] if run else claim.sentence.text if leans and subject not in named else text
            glosses = vocab.glosses_in(own, self.ctx.settings.quote_glosses, side)
            tag = f"{tag}: {', '.join(glosses)}" if glosses else tag
        return t(self.lang, "quote_line", subject=shown, tag=tag, text=text, n=n)

    def display(self, name: str) -> str:
        """A framework's name as an answer shows it: a part with its framework ("TensorBoard（TensorFlow）")."""
        parent = self.ctx.corpus.vocab.parent(name)
        if not parent:
            return name
        return f"{name}（{parent}）" if self.lang == "zh" else f"{name} ({parent})"

    def say(self, *lines: str) -> None:
        self.lines += [line for line in lines if not line.endswith(_SKIP)]

    def lead(self, verdict: str) -> None:
        """The verdict line: what the answer says, in plain words, before any quote."""
        if not self.verdict:
            self.verdict = verdict.replace("**", "").strip("* ")
        self.lines.append(verdict)

    def _enumeration_end(self, claim: Claim) -> int | None:
        """The last item of an enumeration the sentence opens ("主因有二:一是…" → the "二是…" sentence)."""
        vocab, index = self.ctx.corpus.vocab, self.ctx.corpus.index
        s = claim.sentence
        if not s.list_head and re.search(r"[:：]", s.text) and s.text.rstrip().endswith((";", "；")):
            # A run-in list ("主要原因在于:支持动态计算图,…;易用性强,…;有非常详尽清晰的官方教程,…。"):
            # its items run on, each ending in a semicolon, to the one that ends the sentence.
            for j in range(claim.index + 1, len(index.sentences)):
                nxt = index.sentences[j]
                if (
                    nxt.chunk_id != s.chunk_id
                    or nxt.line != s.line
                    or nxt.end - s.start > self.ctx.settings.max_quote_chars
                ):
                    return None
                if not nxt.text.rstrip().endswith((";", "；")):
                    return j
            return None
        if not vocab.enumeration_heads(s.text):
            return None
        end = None
        for j in range(claim.index + 1, len(index.sentences)):
            nxt = index.sentences[j]
            if nxt.chunk_id != s.chunk_id or nxt.end - s.start > self.ctx.settings.max_quote_chars:
                break
            if vocab.enumeration_items(nxt.text):
                end = j
        return end

    def _span(self, claim: Claim, subject: str, through: int | None = None) -> tuple[int, int, str]:
        """The sentence, or, when it leans on the one before it (a fragment), both together; with
        `through`, the sentences after it up to that one as well (one verbatim span). A sentence
        that speaks of several frameworks in turn is quoted only where it speaks of `subject`."""
        s = claim.sentence
        r = claim.reading
        index = self.ctx.corpus.index
        if through is None and r.per_clause and subject in r.subjects:
            run = clause_run(s.text, subject, self.ctx.corpus.vocab)
            if run is not None:
                return s.start + run[0], s.start + run[1], s.text[run[0] : run[1]]
        if through is None:
            through = self._enumeration_end(claim)
        if through is not None:
            last = index.sentences[through]
            chunk = index.chunks[int(index.sentence_chunk[claim.index])]
            if last.chunk_id == s.chunk_id and chunk.start <= s.start and last.end <= chunk.end:
                return s.start, last.end, chunk.text[s.start - chunk.start : last.end - chunk.start]
            return s.start, s.end, s.text
        if r.standalone or r.continues is None or not (0 <= r.continues < len(index.sentences)):
            return s.start, s.end, s.text
        prev = index.sentences[r.continues]
        if (
            prev.chunk_id != s.chunk_id
            or prev.source != s.source
            or s.end - prev.start > self.ctx.settings.max_quote_chars
        ):
            return s.start, s.end, s.text
        chunk = index.chunks[int(index.sentence_chunk[claim.index])]
        if not (chunk.start <= prev.start and s.end <= chunk.end):
            return s.start, s.end, s.text
        return prev.start, s.end, chunk.text[prev.start - chunk.start : s.end - chunk.start]


# ---------------------------------------------------------------- composing


def compose(plan: Plan) -> Answer:
    q = plan.question
    draft = Draft(q.lang, plan.context)
    if q.ignored_instructions:
        draft.say(t(q.lang, "ignored_instructions"), "")
    if q.text != q.original and q.quoted and re.match(r"[^:：]{1,40}[:：]\s*\S", q.text):
        # The point asked about is already on screen: named by its opening words, not repeated.
        name, quote = re.split(r"[:：]\s*", q.text, maxsplit=1)
        n = plan.context.settings.note_quote_chars
        short = quote if len(quote) <= n else quote[:n].rstrip(",，;；、") + "…"
        draft.say(t(q.lang, "resolved_quoted", name=name, quote=short), "")
    elif q.text != q.original:
        draft.say(t(q.lang, "resolved_note", question=q.text), "")
    if q.doubts:
        draft.lead(t(q.lang, "doubt"))
    answered = _premise(draft, q, whole=len(plan.parts) == 1)
    multi = len(plan.parts) > 1
    for i, part in enumerate([] if answered else plan.parts, start=1):
        if multi:
            draft.say(*([""] if i > 1 else []), t(q.lang, "part", i=i, question=part.question.original))
        start, draft.relined, earlier = len(draft.lines), [], set(draft.lined)
        _compose_part(draft, part)
        new = draft.lines[start:]
        if draft.relined and any(line.strip() for line in new):
            # "…? Does it support Go?": answered by a quote the part before shows; its number says so
            # (and "Keras比其他框架慢吗?为什么?" by "由于不少Bug隐匿于封装中,这也使Keras运行速度相对缓慢",
            # shown for the first part, beside what else the second finds).
            at = next(j for j, line in enumerate(new) if line.strip())
            refs = "".join(
                f"[{n}]"
                for n in dict.fromkeys(draft.relined)
                if n in earlier and f"[{n}]" not in draft.lines[start + at]
            )
            if refs:
                draft.lines[start + at] += f" {refs}"
    if draft.quotes:
        draft.say("", _dated(q.lang, draft.quotes, plan.context.sources))
    kind = plan.parts[0].question.kind if len(plan.parts) == 1 else "multi"
    return _answer(draft, q, kind)


def _premise_fact(draft: Draft, q: Question, name: str) -> bool:
    """ "既然MXNet是Google开发的,…": a fact the premise proposes (a maker, a backer, a year) that the
    article gives otherwise is said first, with the sentence giving it; True when it was."""
    from .question import read  # (the premise read as the yes/no question it proposes)

    ctx, lang, vocab = draft.ctx, draft.lang, draft.ctx.corpus.vocab
    premise = to_simplified(q.premise)  # (as typed: "MXNet是Google開發的")
    proposed = read(premise.rstrip("，,。.!！ ") + "吗？", vocab, split=False)
    if not proposed.yes_no or not proposed.slots:
        return False
    names = list(vocab.names_for(name))
    mine = ctx.corpus.by_subject.get(name, ())
    # The companies the premise names that no sentence naming the framework names.
    unnamed = _orgs_unnamed(premise, [ctx.corpus.index.sentences[j].text for j in mine], vocab)
    for slot in proposed.slots:
        given = vocab.slots[slot]
        # A backer named as one ("被AWS正式选择") before a maker that backs it.
        own_named = bool(given.falls_back) and any(
            given.own_value_in(ctx.corpus.index.sentences[j].text, names) for j in mine
        )
        for i in mine:
            text = ctx.corpus.index.sentences[i].text
            value = _trim_value(given.value_in(text, names))
            if not value or not ctx.corpus.quotable[i]:
                continue
            shown = given.given_as(text, names)
            if own_named and shown != slot:
                continue
            if not _contradicted(value, premise, vocab.organizations):
                if not (unnamed and _person_beside_org(value, premise, vocab.organizations)):
                    return False
                # "文章说MXNet是Facebook开发的": it names a founder, and never that company with it.
                c = ctx.corpus.claim(i)
                marks = draft.mark(c, "fact", name)
                draft.lead(
                    t(lang, "premise_unstated", name=name, proposed=joined(lang, unnamed),
                      slot=t(lang, f"slot_{shown}"), value=shown_value(lang, value, vocab.organizations), marks=marks)
                )  # fmt: skip
                draft.say(draft.line(c, "fact", name), "")
                return True
            c = ctx.corpus.claim(i)
            marks = draft.mark(c, "fact", name)
            draft.lead(
                t(
                    lang,
                    "premise_wrong",
                    name=name,
                    slot=t(lang, f"slot_{shown}"),
                    value=shown_value(lang, value, vocab.organizations),
                    marks=marks,
                )
            )
            draft.say(draft.line(c, "fact", name), "")
            return True
    if set(proposed.slots) <= {"maker", "backer"} and unnamed:
        # "Since Keras was built by Facebook, …": no maker given at all, and never that company with it.
        draft.lead(
            t(
                lang,
                "premise_unsupported",
                name=name,
                proposed=joined(lang, unnamed),
                slot=t(lang, f"slot_{proposed.slots[0]}"),
            )
        )
        return True
    return False


def _premise(draft: Draft, q: Question, whole: bool = True) -> bool:
    """ "Since TensorFlow is the easiest framework for beginners, should I…?": where the article
    speaks of that framework on that quality only the other way, the answer says so first, with
    its words, before answering what was asked. A yes/no question proposing a ranking
    ("TensorFlow是学术界用得最多的吗?", the `whole` question) is checked the same way; True when that
    answered it."""
    ctx, lang = draft.ctx, draft.lang
    vocab = ctx.corpus.vocab
    premise, asked = q.premise, False
    if not premise and whole and q.yes_no and len(q.frameworks) == 1:
        premise, asked = q.text, True
    if not premise:
        return False
    names = vocab.frameworks_in(premise)
    if not asked and len(names) == 1 and _premise_fact(draft, q, names[0]):
        draft.denied = True
        return False
    aspects = [a for a in vocab.aspects_in(premise) if a in vocab.aspect_criteria]
    if len(names) != 1 or not aspects:
        return False
    lean = polarity(premise, vocab)
    first = bool(vocab.superlative(premise) or vocab.strong(premise))  # ranks it first
    if lean > 0 or (lean == 0 and first):
        side = "pro"  # ("…是学术界用得最多的框架": ranked first, however plainly said)
    elif lean < 0 or vocab.asks_weakness(premise):
        side = "con"
    else:
        return False
    name = names[0]
    ranked = side == "pro" and first
    if asked and not ranked:
        return False  # (a plain yes/no is answered by what the article says of it on that)
    # Ranked where ("学术界用得最多"): a sentence ranking it first elsewhere ("github上…使用人数最多")
    # does not bear that out.
    scopes = vocab.scope_aspects & set(aspects)

    def ranks_it(c: Claim, who: str) -> bool:  # (in its own part: "…最广泛的两大实力玩家" ranks the two before it)
        return bool(vocab.strong(_own_part(c, who, vocab))) and (
            not scopes or bool(scopes & set(_ranked_on(c, who, vocab)))
        )

    spoken = []
    for i in ctx.corpus.by_subject.get(name, ()):
        c = ctx.corpus.claim(i)
        stance = c.reading.stance_on(name, aspects)
        if ctx.corpus.quotable[i] and stance in ("pro", "con") and set(aspects) & set(_ranked_on(c, name, vocab)):
            spoken.append((c, stance))
    if ranked:
        # "MXNet的用户社区是几个框架里最活跃的": praise that ranks it first, borne out only by a sentence
        # that ranks it so ("最…", "标杆"); "…MXNet等框架也…受到开发者的喜爱" does not.
        spoken = [(c, stance) for c, stance in spoken if stance == "con" or ranks_it(c, name)]
    topic = joined(lang, [vocab.aspect_label(a, lang) for a in aspects])
    if ranked and not spoken:
        # "为什么文章说MXNet是学术界用得最多的框架?": the article ranks another first there ("如果你是一名
        # 科研工作者,PyTorch或许会是你的首选").
        other = next(
            (
                (c, who)
                for i, r in enumerate(ctx.corpus.index.readings)
                if ctx.corpus.quotable[i]
                for who in r.subjects
                if who != name
                and who != GENERAL
                and r.stance_on(who, aspects) == "pro"
                and set(aspects) & set(_ranked_on(c := ctx.corpus.claim(i), who, vocab))
                and ranks_it(c, who)
            ),
            None,
        )
        if other is not None:
            draft.denied = True
            draft.lead(
                t(lang, "ranked_elsewhere" if asked else "premise_elsewhere", name=name, topic=topic, other=other[1])
            )
            draft.say(_quote(draft, other[0], q, other[1]), "")
            return asked
    if asked or not spoken or any(stance == side for _, stance in spoken):
        return False  # the article says it too, somewhere, or says nothing of it either way
    draft.denied = True
    draft.lead(t(lang, "premise_opposite", name=name, topic=topic))
    draft.say(_quote(draft, spoken[0][0], q, name), "")
    return False


def _ranked_on(c: Claim, who: str, vocab: Vocabulary) -> list[str]:
    """The aspects a sentence speaks of a framework on; in a clause pairing frameworks with topics
    respectively ("PyTorch、TensorFlow已分别成为学术界和工业界使用最广泛的…"), its own item's."""
    for clause in re.split(r"[,，;；:：!！?？。]", c.sentence.text):
        names = vocab.subjects_in(clause)
        if who in names and vocab.respectively(clause) and (pairs := vocab.paired_aspects(clause, names)):
            return pairs.get(who, [])
    return list(_aspects_of(c, who))


def _compose_part(draft: Draft, part: Part) -> None:
    q = part.question
    if q.quantity and q.kind != "smalltalk":
        vocab = draft.ctx.corpus.vocab
        # The nearest sentences, and any sharing the question's own words ("代码…多少行" → "代码总量逾100万行").
        near = [*part.claims[: draft.ctx.settings.max_citations], *(c for c in part.claims if c.content_overlap > 0)]
        # A figure of what was asked: of the unit asked about ("How many lines?" → "…100万行"), else
        # in a sentence sharing the question's words; "多少内存？" is not answered by lines of code.
        asked = [units for units in vocab.quantity_units.values() if units(q.text)]
        if not asked and vocab.speed_amount(q.text):  # "快多少?": a time or a ratio, not any number
            asked = [vocab.quantity_units[k] for k in ("time", "ratio") if k in vocab.quantity_units]

        def counts_it(c: Claim) -> bool:
            if asked:
                return any(units(c.sentence.text) for units in asked)
            return c.content_overlap > 0

        figures = [
            c
            for c in {c.index: c for c in near}.values()
            if vocab.figure(c.sentence.text)
            and counts_it(c)
            and (not q.frameworks or any(c.about(f) for f in q.frameworks))
        ]
        if not figures:
            # "训练ResNet50快多少秒？": no sentence near it gives a figure; say so, then what is nearest.
            draft.direct = False
            draft.lead(t(draft.lang, "no_figures"))
            _nearest(draft, q, part.claims, heading=False)
            return
        if q.kind == "fact":
            # "TensorFlow的代码有多少行？": the sentences that give a figure lead, the figure said in the
            # question's language ("over 1,000,000 lines [1]").
            stated = []
            for c in figures[:2]:
                subject = next((f for f in q.frameworks if c.about(f)), c.reading.subject)
                label = _aspect_label(c, q, draft.lang, draft.ctx, subject)
                marks = draft.mark(c, _role(c, subject), subject, label)
                stated += [
                    f"{x}{'' if draft.lang == 'zh' else ' '}{marks}"
                    for x in vocab.figures_in(c.sentence.text, draft.lang, asked)
                ]
            sep = t(draft.lang, "list_sep")
            draft.lead(
                _with_reply(
                    draft.lang,
                    _figure_reply(q, figures[:2], vocab),
                    t(draft.lang, "figures_stated", figures=sep.join(stated)) if stated else t(draft.lang, "figures"),
                )
            )
            for c in figures[:2]:
                subject = next((f for f in q.frameworks if c.about(f)), c.reading.subject)
                draft.say(
                    draft.line(c, _role(c, subject), subject, _aspect_label(c, q, draft.lang, draft.ctx, subject))
                )
            return
    if q.kind == "choice":
        _choice(draft, q, part.claims, part.direct)
    elif q.kind == "compare":
        _compare(draft, q, part.claims)
    elif q.kind == "why":
        _why(draft, q, part.claims)
    else:
        _fact(draft, q, part.claims, part.direct)


def _answer(draft: Draft, q: Question, kind: str) -> Answer:
    citations = [
        Citation(
            n=n,
            text=quote.text,
            source=quote.claim.sentence.source,
            section=quote.claim.sentence.section,
            start=quote.start,
            end=quote.end,
            score=round(quote.claim.similarity, 4),
            line=quote.claim.sentence.line if quote.start == quote.claim.sentence.start else _line_of(draft, quote),
            role=quote.role,
            subject=quote.subject,
            label=quote.label,
            translation=quote.translation,
        )
        for n, quote in enumerate(draft.quotes, start=1)
    ]
    return Answer(
        text="\n".join(draft.lines).strip(),
        citations=citations,
        abstained=not citations,  # "the article says nothing specific about X" is a refusal
        recommendations=draft.recommendations,
        question=q.text,
        language=q.lang,
        kind=kind,
        verdict=draft.verdict,
        direct=draft.direct and bool(citations),
        runners_up=draft.runners_up,
        unmet=draft.unmet,
        requirements=q.requirement_labels(),
    )


def _line_of(draft: Draft, quote: Quote) -> int:
    index = draft.ctx.corpus.index
    prev = index.sentences[quote.claim.reading.continues] if quote.claim.reading.continues is not None else None
    return prev.line if prev is not None and prev.start == quote.start else quote.claim.sentence.line


# ---------------------------------------------------------------- choosing


@dataclass
class Standing:
    """What the claims say of one framework against the question's requirements."""

    name: str
    score: float = 0.0
    reasons: list[tuple[Claim, Requirement]] = field(default_factory=list)  # for it, meeting a requirement
    cautions: list[tuple[Claim, Requirement]] = field(default_factory=list)  # against it, on a requirement
    met: set[str] = field(default_factory=set)  # requirements some claim for it meets
    net: dict[str, float] = field(default_factory=dict)  # per requirement: the weight for it less against


def standings(q: Question, claims: Sequence[Claim], ctx: Context, among: Sequence[str] = ()) -> dict[str, Standing]:
    """Per framework: the claims about it that meet a requirement, weighed for and against it.

    A claim's stance is the one it takes on the requirement's aspects (a sentence can praise how
    easy Keras is to learn and fault its flexibility). Per framework and requirement the two best
    reasons count (1 each, a plain statement `neutral_weight`) and the two worst warnings
    (`-con_weight`), each scaled by how relevant the claim is among these: a framework the
    document simply says more about does not win on volume. A claim naming many languages says
    little about an "only Python" requirement (its weight is shared among the languages it names).
    """
    s = ctx.settings
    vocab = ctx.corpus.vocab
    reqs = q.needs
    groups = {r.spec.framework_group for r in q.requirements if r.spec.framework_group}
    out: dict[str, Standing] = {}
    if not reqs or not claims:
        return out
    top = max(c.relevance for c in claims)
    bottom = min(c.relevance for c in claims)
    span = max(top - bottom, 1e-6)
    languages = [spec for spec in vocab.requirements.values() if spec.language]
    weights: dict[tuple[str, str, str], list[float]] = {}  # (framework, requirement, stance) -> weights
    for c in claims:
        if not any(c.meets(r) for r in reqs):
            continue
        if any(vocab.presumes(c.sentence.text, lang) for lang in q.unfamiliar):
            continue  # "如果你已经掌握了Python…" is no reason for someone who barely knows Python
        weight = 0.75 + 0.5 * (c.relevance - bottom) / span
        if "advice" in c.reading.aspects:
            weight *= s.advice_weight  # the article's own recommendation ("…或许会是你的首选")
        if vocab.strong(c.sentence.text):
            weight *= s.strong_weight  # a superlative ("热度最高、使用人数最多") says more than a plain yes
        if any(r.exclusive and r.spec.language for r in reqs):
            named = sum(1 for spec in languages if any(term.search(c.sentence.text) for term in spec.terms))
            weight /= max(named, 1)
        for name in c.subjects:
            if vocab.parent(name) or (among and name not in among) or name in q.exclude:
                continue
            if (q.candidates and name not in q.candidates) or (groups and vocab.group_of(name) not in groups):
                continue
            if c.stance_of(name) == "neutral" and not c.mainly_about(name):
                continue  # named in passing, as context
            met = [r for r in reqs if c.meets(r, name) and _holds_for(c, r, q)]
            if not met:
                continue
            standing = out.setdefault(name, Standing(name))
            for r in met:
                stance = c.reading.stance_on(name, r.spec.aspects) if r.spec.aspects else c.stance_of(name)
                weights.setdefault((name, r.name, stance), []).append(weight)
                if stance == "con":
                    standing.cautions.append((c, r))
                    continue
                if stance == "pro" or r.spec.capability:
                    # A plain statement shows a capability (supports Java, runs on CPUs); only
                    # praise shows a quality (a community, documentation, speed).
                    standing.reasons.append((c, r))
                    if _on_core(c, name, r):
                        standing.met.add(r.name)  # met on the need itself, not only a side of it
    factor = {"pro": 1.0, "neutral": s.neutral_weight, "con": -s.con_weight}
    for (name, req, stance), ws in weights.items():
        value = factor[stance] * sum(sorted(ws, reverse=True)[:2])
        out[name].score += value
        out[name].net[req] = out[name].net.get(req, 0.0) + value
    # A hard requirement (Java, the cloud) rules out frameworks no claim shows meeting it.
    # (Met only by one set aside counts: "除了MXNet，在新手入门、R 语言方面还有什么选择？" — no other is
    # shown supporting R, so easy ones without it are no answer.)
    hard = [
        r
        for r in reqs
        if r.hard
        and (
            any(r.name in st.met for st in out.values())
            or any(
                c.meets(r, name) and c.stance_of(name) != "con" for c in claims for name in q.exclude if c.about(name)
            )
        )
    ]
    for name in [n for n, st in out.items() if any(r.name not in st.met for r in hard)]:
        del out[name]
    return out


def _holds_for(c: Claim, r: Requirement, q: Question) -> bool:
    """Does what the sentence says hold for the requirement as asked? One set in a setting the question
    does not ask about ("在移动平台和嵌入式领域中TensorFlow过于“臃肿”,计算速度也不尽如人意") speaks to
    that setting, not to speed in general."""
    scope = set(c.reading.scope)
    return not scope or bool(scope & set(q.aspects)) or bool(scope & set(r.spec.aspects))


def _unmet(q: Question, table: dict[str, Standing], claims: Sequence[Claim]) -> list[Requirement]:
    """Requirements the documents do not speak to at all (no sentence about any framework meets
    them), as opposed to ones they speak to without favouring a framework that is still open."""
    met = {r for st in table.values() for r in st.met}
    return [
        r
        for r in q.requirements
        if not r.spec.framework_group and r.name not in met and not any(c.meets(r) and c.subjects for c in claims)
    ]


def _picks(table: dict[str, Standing], share: float) -> tuple[list[str], list[str]]:
    ranked = sorted((st for st in table.values() if st.score > 0 and st.met), key=lambda st: -st.score)
    if not ranked:
        return [], []
    picks = [ranked[0].name] + [st.name for st in ranked[1:2] if st.score >= share * ranked[0].score - 1e-9]
    # A runner-up the article warns against more than it speaks for is no alternative, nor is one
    # it speaks for only on a side of the need ("flexible" is not "for research").
    # Nor is one that lacks a capability the first pick has ("runs on phones" for a phone app).
    must = {r.name for c, r in ranked[0].reasons if r.spec.capability}
    runners = [
        st.name
        for st in ranked[len(picks) :]
        if len(st.reasons) > len(st.cautions)
        and any(_on_core(c, st.name, r) for c, r in st.reasons)
        and must <= {r.name for _, r in st.reasons}
    ][:2]
    return picks, runners


def _outside_group(q: Question, ctx: Context) -> bool:
    """Is the question about a group of frameworks ("国产框架"), naming one outside it only as what
    they are set against or would copy ("国产框架模仿TensorFlow就够了吗?")?"""
    groups = {r.spec.framework_group for r in q.requirements if r.spec.framework_group}
    return bool(groups) and ctx.corpus.vocab.group_of(q.frameworks[0]) not in groups


def _company_meant(q: Question, claims: Sequence[Claim], ctx: Context) -> bool:
    """Is the one framework named only by its maker's name ("华为" for MindSpore), where the sentence
    nearest the question speaks of the maker and not of the framework?"""
    vocab, name = ctx.corpus.vocab, q.frameworks[0]
    if name not in vocab.frameworks or any(said(n, q.text) for n in vocab.frameworks[name].names):
        return False
    makers = {n for names in vocab.organizations for n in names}
    by = [n for n in vocab.frameworks[name].question_names if n in makers and said(n, q.text)]
    if not by or not claims:
        return False
    # The nearest sentence, sharing words of the question besides the name.
    best = max(claims[:20], key=lambda c: c.relevance)
    return best.content_overlap > 0 and not best.about(name) and any(n in best.sentence.text for n in by)


def _summed_up(ctx: Context, subject: str, near: Sequence[Claim]) -> list[Claim]:
    """The sentences summing a framework up (its aspect of the documents' view), as near as the nearest."""
    corpus, aspect = ctx.corpus, ctx.corpus.vocab.view_aspect
    top = max((c.relevance for c in near), default=0.0)
    found = {c.index: c for c in near}
    return [
        dataclasses.replace(found.get(i) or corpus.claim(i), relevance=top)
        for i, r in enumerate(corpus.index.readings)
        if r.subject == subject and aspect in r.aspects and corpus.quotable[i]
    ]


def _strongest(st: Standing, vocab: Vocabulary) -> bool:
    """Does the article rank this one high on the need, in a sentence about it ("热度最高", "更小的内存")?"""
    return any(
        c.mainly_about(st.name) and (vocab.strong(c.sentence.text) or vocab.outranks(c.sentence.text))
        for c, _ in st.reasons
    )


def _on_core(c: Claim, name: str, r: Requirement) -> bool:
    """Does the claim speak for `name` on the requirement's first aspect (research use, for
    research), or show a capability the requirement asks for (a language, the cloud)?"""
    if r.spec.capability or not r.spec.aspects:
        return True
    if r.spec.terms:  # a need met by its own words ("招聘" for a job)
        return r.spec.met_by(c.sentence.text, c.reading.aspects)
    return c.reading.stance_on(name, r.spec.aspects[:1]) == "pro" and r.spec.aspects[0] in c.reading.aspects


def _choice(draft: Draft, q: Question, claims: Sequence[Claim], direct: bool) -> None:
    if not q.avoid and (
        _most_languages(draft, q)
        # "Which one hides more of the internals? (among Keras, PyTorch)": an amount, settled by the
        # sentences saying how much of it each has.
        or (len(q.candidates) >= 2 and _which_has_more(draft, dataclasses.replace(q, frameworks=q.candidates), claims))
        or _part_of(draft, q, claims)
        or _clause_lookup(draft, q, claims)
        or _superlative_stated(draft, q, claims)
        or _superlative_word(draft, q)
        or _relation(draft, q, claims)
        or _maker_lookup(draft, q, claims)
        or _makers_lookup(draft, q)
    ):
        return
    if _listing(draft, q, claims):
        return
    ctx, s, lang = draft.ctx, draft.ctx.settings, draft.lang
    vocab = ctx.corpus.vocab
    sep = t(lang, "list_sep")
    table = standings(q, claims, ctx)
    unmet = _unmet(q, table, claims)
    draft.unmet += [r.label(lang) for r in unmet]
    met_labels = [r.label(lang) for r in q.requirements if r not in unmet and not r.spec.framework_group]
    topic = joined(lang, met_labels or [r.label(lang) for r in q.requirements])
    picks, runners = _picks(table, s.runner_up_share)
    if q.superlative and picks and _strongest(table[picks[0]], vocab):
        # "Which is the most popular on GitHub?": the article says "热度最高" of one; another it
        # only speaks well of is not "also worth a look" for the most, only one it also ranks high.
        runners = [name for name in runners if _strongest(table[name], vocab)]
        # (Nor is one it speaks well of beside it a second pick: "快速崛起" is no "使用人数最多".)
        picks = [picks[0], *(name for name in picks[1:] if _strongest(table[name], vocab))]
    blocked = any(r.hard and r.asked for r in unmet)
    unnamed = [] if q.refusal else list(q.unknown)  # names the documents never use ("ResNet-50")
    draft.unmet += unnamed
    if unmet or unnamed:
        # "…cannot pick on that" only where that stops the pick; "we use Azure" is the situation.
        line = "unmet" if blocked or not picks else "unmet_situation"
        draft.say(t(lang, line, labels=joined(lang, [r.label(lang) for r in unmet] + unnamed)), "")
    if blocked:
        # What the question asks for is a constraint the article never speaks to (Windows, Chinese
        # docs): no pick on the rest. One it only mentions as the situation does not stop a pick.
        picks, runners = [], []
        topic = joined(lang, [r.label(lang) for r in unmet if r.hard and r.asked])
    avoided = False
    if q.avoid and table:
        # The one it warns against on the need, however it praises it elsewhere ("MXNet…用户社区活跃度
        # 较低" beside its praise): "哪个社区最差?" is not answered by those it praises.
        warned = [st for st in table.values() if st.cautions]
        worst = min(warned or table.values(), key=lambda st: st.score)
        if worst.cautions:
            avoided = True
            # "哪个最好别选？": the one the article warns against most, then what it points to instead.
            draft.lead(t(lang, "verdict_avoid", topic=topic, names=worst.name))
            draft.say(*[
                draft.line(c, "caveat", worst.name, _label(c, worst.name, r, "caveat", lang, vocab))
                for c, r in _unique(worst.cautions)[:2]
            ])  # fmt: skip
            picks = [p for p in picks if p != worst.name]
            if not picks:
                return
            draft.say("")
    needs_stated = q.needs
    if q.avoid and not (q.requirements or q.frameworks or avoided):
        # "文章不看好哪些框架？" on nothing in particular: it names none to avoid overall; what it warns of
        # each for is the nearest it comes (its praise would answer the opposite question).
        warnings_of: dict[str, Claim] = {}
        for c in claims:
            name = c.reading.subject
            if name != GENERAL and c.stance_of(name) == "con" and c.mainly_about(name):
                warnings_of.setdefault(name, c)
        general = [c for c in claims if c.reading.subject == GENERAL and "advice" in c.reading.aspects][:1]
        if warnings_of or general:
            draft.lead(t(lang, "verdict_no_avoid"))
            draft.say("", *[draft.line(c, "fact", GENERAL) for c in general])
            shown = list(warnings_of.items())[: ctx.settings.max_citations]
            draft.say(*[draft.line(c, "caveat", name) for name, c in shown])
            draft.direct = False
            return
    # (Read in the vocabulary's words: "底层是用什么框架" asks what it is built on, not what to use.)
    if not needs_stated and not q.superlative and not vocab.asks_advice(vocab.normalize(q.text)):
        # "哪个框架把Caffe2收编了？", "哪个框架用了Actor模型？", "其中哪个主打自动并行？" (among the
        # Chinese frameworks just listed): a fact to look up, not a pick.
        if direct and _lookup(draft, q, claims):
            return
        if len(q.candidates) >= 2 and set(q.frameworks) <= set(q.candidates):
            # "在Keras、PyTorch中，哪个更容易理解代码?" with no one answer to look up: what the article
            # says of each, side by side (not one of them's praise and blame).
            _compare(draft, dataclasses.replace(q, kind="compare", frameworks=q.candidates), claims)
            return
        _fact(draft, dataclasses.replace(q, kind="fact"), claims, direct)
        return
    if not q.requirements and _capability(draft, q, claims):
        return
    if not q.requirements:
        draft.lead(t(lang, "verdict_no_criterion"))
        # "哪个框架最强？" with no need named: the documents' own word on choosing at all ("框架并无
        # “最好”与“最坏”之分,选择最终归结于…需求") comes first, however near the rest is.
        general = [c for c in claims if c.reading.subject == GENERAL and "advice" in c.reading.aspects][:1]
        if general:
            draft.say("", draft.line(general[0], "fact", GENERAL, _aspect_label(general[0], q, lang, ctx, GENERAL)))
        # ("除了TensorFlow，还有什么框架可以选？": not TensorFlow's praise either.)
        rest = [c for c in claims if c not in general and not any(c.mainly_about(f) for f in q.exclude)]
        _nearest(draft, q, rest, prefer=("advice",), heading=False, gap=not general)
        draft.direct = direct
        return
    # A hard need only some frameworks meet (R: only MXNet lists it) leaves them, however the
    # article judges them on the rest: the one it judges best, said to support it, with its warnings.
    hard_met = [r for r in q.requirements if r.hard and table and all(r.name in st.met for st in table.values())]
    only = bool(not picks and hard_met and not blocked)
    if only:
        picks = [max(table.values(), key=lambda st: st.score).name]
        topic = joined(lang, [r.label(lang) for r in hard_met])
    if not picks:
        others = [f for f in q.exclude if not vocab.parent(f)]
        if others:  # "Do any other frameworks have one?": none but the one excluded
            draft.lead(t(lang, "verdict_none_other", names=joined(lang, others), topic=topic))
        else:
            draft.lead(t(lang, "verdict_none", topic=topic))
        draft.direct = False
        # What it says nearest on the need, if anything ("还有别的可视化工具吗？" is not answered by
        # PyTorch's flexibility or MXNet's memory).
        aspects = {a for r in q.requirements for a in r.spec.aspects}
        near = [c for c in claims if not any(c.mainly_about(f) for f in q.exclude)] or claims
        on = [c for c in near if aspects & set(c.reading.aspects)] if aspects and q.exclude else near
        # (None on it: what it says on it of the one set aside, which is why it stands alone.)
        _nearest(draft, q, on or [c for c in claims if aspects & set(c.reading.aspects)][:1])
        return
    # Needs that pull apart ("a big cluster, but beginners who need good docs"): the verdict names
    # only the needs its pick meets, and each other need gets the framework the article favours on it.
    needs = [r for r in q.requirements if not r.spec.framework_group and r not in unmet]
    covered = [r for r in needs if r.name in table[picks[0]].met]
    elsewhere: list[tuple[Requirement, str, Claim]] = []  # (need, the framework favoured on it, its reason)
    if covered and len(covered) < len(needs):
        topic = joined(lang, [r.label(lang) for r in covered])
        picks = [picks[0]] + [p for p in picks[1:] if all(r.name in table[p].met for r in covered)]
        for r in needs:
            name = None if r in covered else _favoured(table, r, list(table))
            if name is not None:
                elsewhere.append((r, name, _best_reason(table[name], r)))
    runners = [r for r in runners if r not in {name for _, name, _ in elsewhere}]
    draft.recommendations += [p for p in picks if p not in draft.recommendations]
    draft.runners_up += [r for r in runners if r not in draft.runners_up]
    reasons = _reasons(picks, table, s.max_citations, vocab.reporters)
    # A pick no reason speaks for, only says can ("可以运行在…移动设备上"): supported, not recommended.
    stated = bool(reasons) and not any(_role(c, name, r) == "reason" for name, c, r in reasons)
    no_both = bool(elsewhere) and bool(vocab.both_needs(q.text))
    if no_both:
        # "有没有两全其美的框架？" when the article favours one framework on each need: say so first.
        draft.lead(t(lang, "verdict_no_both", topics=joined(lang, [r.label(lang) for r in needs])))
    if avoided:
        draft.say(t(lang, "verdict_instead", topic=topic, names=sep.join(picks)))
    elif q.avoid:
        # Asked for the worst where the article warns against none: no pick passed off as an answer.
        draft.lead(t(lang, "verdict_no_worst", topic=topic, names=sep.join(picks)))
    elif q.superlative and not any(
        vocab.strong(c.sentence.text) or vocab.outranks(c.sentence.text) for _, c, _ in reasons
    ):
        # "哪个训练最快？" when the article never ranks them: say so, then what it speaks for.
        draft.lead(
            t(lang, "verdict_unranked_stated" if stated else "verdict_unranked", topic=topic, names=sep.join(picks))
        )
    else:
        # "有没有比TensorFlow好上手的?", "Is there a framework that's good for beginners?": asked
        # whether there is one, the pick says there is.
        # (as typed: "退而求其次选哪个?" asks which, whether or not it is read as "还有什么选择")
        plain = vocab.normalize(q.original or q.text)
        # (not after saying none covers both needs: "有没有训练和推理都兼顾的?")
        exists = vocab.existence(plain) and not vocab.asks_which.search(plain) and not no_both
        # "有框架能用Scala吗？": a language list names it; the article supports, it does not recommend.
        # So for any need a framework either meets or not ("no GPU": "相同的代码可以在CPU或GPU上无缝切换
        # 运行" says Keras runs on a CPU, which is no advice to use it on an old laptop).
        line = (
            "verdict_supports"
            if only or stated or (needs and all(r.spec.language or (r.spec.capability and r.spec.hard) for r in needs))
            else "verdict_pick"
        )
        draft.lead(_with_reply(lang, "exists" if exists else "", t(lang, line, topic=topic, names=sep.join(picks))))
    caveats = _caveats(picks, table, claims, lang, draft.ctx.corpus.vocab, q.set_aside, _asked_aspects(q))
    gist = _gist(draft, picks[0], reasons, caveats)
    if gist:
        draft.say(gist)
    for r, name, c in elsewhere:
        draft.say(
            t(lang, "other_need", topic=r.label(lang), name=name, marks=draft.mark(c, "reason", name, r.label(lang)))
        )
    if runners:
        # Each with the quote that makes it one, so the line can be checked like any other.
        marked = [
            name + ("" if lang == "zh" else " ") + draft.mark(c, "reason", name, r.label(lang))
            for name in runners
            for c, r in [max(table[name].reasons, key=lambda cr: (_on_core(cr[0], name, cr[1]), cr[0].relevance))]
        ]
        draft.say(t(lang, "runners_up", names=sep.join(marked)))
    draft.say("", t(lang, "reasons"))
    draft.say(
        *[draft.line(c, _role(c, name, r), name, _met_labels(table, name, c, r, lang, vocab)) for name, c, r in reasons]
    )
    for r, name, c in elsewhere:
        draft.say(draft.line(c, "reason", name, r.label(lang)))
    # What the article says, on these requirements, of a framework the user named ("PyTorch or
    # something else?") or the conversation picked before this new criterion.
    for name in dict.fromkeys(f for f in (*q.frameworks, *q.previous_picks) if f not in picks):
        standing = table.get(name, Standing(name))
        said = [(c, r) for c, r in [*standing.cautions, *standing.reasons]]
        if said:
            _section(draft, t(lang, "named_one", name=name), [
                draft.line(c, role, name, _label(c, name, r, role, lang, vocab))
                for c, r in _unique(said)[:2]
                for role in [_role(c, name, r)]
            ])  # fmt: skip
    if caveats:
        _section(draft, t(lang, "caveats"), [
            draft.line(c, "caveat", name, label or _against_label(c, name, lang, vocab)) for name, c, label in caveats
        ])  # fmt: skip
    # What the article speaks against on these requirements ("在移动平台…TensorFlow过于“臃肿”").
    shown = {*picks, *q.frameworks, *q.previous_picks}
    against = sorted(
        (st for st in table.values() if st.name not in shown and st.cautions and st.score < 0),
        key=lambda st: st.score,
    )[:2]
    lines = [
        draft.line(c, "caveat", st.name, _label(c, st.name, r, "caveat", lang, vocab))
        for st in against
        for c, r in [
            max(st.cautions, key=lambda cr: (_speaks_core(cr[0], st.name, cr[1]), _own_words(*cr), cr[0].relevance))
        ]
    ]
    _section(draft, t(lang, "against_others"), lines)


def _own_words(c: Claim, r: Requirement) -> int:
    """How many of a need's own words the sentence uses: "忽略底层原理" speaks more squarely to
    understanding what lies underneath than "获取底层数据信息时过于困难"."""
    return sum(1 for term in r.spec.terms if term.search(c.sentence.text))


def _capability(draft: Draft, q: Question, claims: Sequence[Claim]) -> bool:
    """ "我想符号式编程和命令式编程混着用,有推荐的框架吗": no need the vocabulary knows, but the
    sentences sharing the question's words ("允许用户混合使用符号编程和命令式编程") are all about one
    framework: that one is the pick, in those words. False when none do, or several frameworks'."""
    s = draft.ctx.settings
    vocab = draft.ctx.corpus.vocab
    sharing = [c for c in claims[:10] if c.content_overlap >= s.capability_overlap]
    names = {vocab.parent(c.reading.subject) or c.reading.subject for c in sharing}
    if len(names) != 1 or any(c.reading.per_clause for c in sharing):
        return False
    (name,) = names
    if name == GENERAL or name in q.exclude or (q.candidates and name not in q.candidates):
        return False
    draft.recommendations.append(name)
    draft.lead(t(draft.lang, "lookup", name=name))
    draft.say(*[_quote(draft, c, q, name) for c in sorted(sharing, key=lambda c: -c.content_overlap)[:2]])
    return True


def _section(draft: Draft, heading: str, lines: Sequence[str]) -> None:
    """A heading and its quote lines; nothing when every line was already shown above."""
    lines = [line for line in lines if not line.endswith(_SKIP)]
    if lines:
        draft.say("", heading, *lines)


def _reasons(
    picks: Sequence[str], table: dict[str, Standing], limit: int, reporters: Sequence[str] = ()
) -> list[tuple[str, Claim, Requirement]]:
    """Each pick's reasons, best first, the first pick's strongest reason on every requirement first;
    the article's own before a view it reports ("支持者认为,…对菜鸟们绝对是很好的敲门砖")."""
    out: list[tuple[str, Claim, Requirement]] = []
    per = max(1, (limit - 1) // len(picks)) if len(picks) > 1 else limit - 1
    for rank, name in enumerate(picks):
        if name not in table:
            continue  # ("why?" after a choice between two that picked neither: nothing said of one on it)
        # The verdict names every requirement its pick meets: one quote each, however many picks.
        needed = min(limit - 1, len({r.name for _, r in table[name].reasons}))
        per_pick = max(per, needed) if rank == 0 else per
        # A sentence about the pick alone ("官方文档详尽易懂,用户社区庞大。") before one that names it
        # among others ("…Keras、MXNet等框架也…受到开发者的喜爱").
        reasons = sorted(
            table[name].reasons,
            key=lambda cr: (
                -(_role(cr[0], name, cr[1]) == "reason"),
                bool(reporters) and cr[0].sentence.text.lstrip().startswith(tuple(reporters)),
                len(cr[0].subjects) > 1,
                -cr[0].relevance,
            ),
        )
        chosen: list[tuple[Claim, Requirement]] = []
        for req in {r.name: r for _, r in reasons}.values():  # one per requirement first
            chosen += [next(cr for cr in reasons if cr[1].name == req.name)]
        chosen += [cr for cr in reasons if cr not in chosen]
        seen: set[int] = set()
        for c, r in chosen:
            if c.index not in seen and len(seen) < per_pick:
                seen.add(c.index)
                out.append((name, c, r))
    return out


def _caveats(
    picks: Sequence[str],
    table: dict[str, Standing],
    claims: Sequence[Claim],
    lang: str,
    vocab,
    set_aside: Sequence[str] = (),
    asked: Iterable[str] = (),
) -> list[tuple[str, Claim, str]]:
    """Per pick, its weakest point: a warning on the question's requirements, else its most
    relevant warning at all, one that does not speak for it on what was asked ("虽然性能上也算可圈可
    点,但终究没有迎来大放异彩的时刻" is no speed caveat). A warning off the requirement's core is
    labelled by what it is against ("系统设计过于复杂" is flexibility, not research)."""
    asked = set(asked)
    out = []
    for name in picks:
        on = table[name].cautions if name in table else []
        if on:
            c, r = max(on, key=lambda cr: cr[0].relevance)
            out.append((name, c, _label(c, name, r, "caveat", lang, vocab)))
            continue
        # (Not on what the user set aside: "I don't care about deployment" needs no deployment warning.)
        con = next(
            (
                c
                for c in claims
                if c.stance_of(name) == "con"
                and c.mainly_about(name)
                and not set(_aspects_of(c, name)) & set(set_aside)
                and not any(c.reading.aspect_stance.get(name, {}).get(a) == "pro" for a in asked)
                # (nor one said only of a setting not asked about: "在移动平台和嵌入式领域中TensorFlow过于
                # “臃肿”" is no warning for a server-side product)
                and not _scoped_elsewhere(c, asked)
            ),
            None,
        )
        if con is not None:
            out.append((name, con, ""))
    return out


def _gist(draft: Draft, name: str, reasons, caveats) -> str:
    """The verdict's second sentence: what the article speaks for, and warns about, in plain words."""
    lang, vocab = draft.lang, draft.ctx.corpus.vocab
    mine = [(c, r) for n, c, r in reasons if n == name and _role(c, name, r) == "reason"]
    if not mine:
        return ""
    labels = list(dict.fromkeys(_reason_label(c, name, r, lang, vocab) for c, r in mine))
    marks = "".join(draft.mark(c, "reason", name, _reason_label(c, name, r, lang, vocab)) for c, r in mine)
    parts = [t(lang, "gist_for", name=name, aspects=t(lang, "list_sep").join(labels), marks=marks)]
    against = [(c, label) for n, c, label in caveats if n == name]
    if against:
        c, label = against[0]
        aspects = label or _against_label(c, name, lang, vocab)
        if aspects:
            parts.append(t(lang, "gist_against", aspects=aspects, marks=draft.mark(c, "caveat", name, label)))
    return t(lang, "gist_join").join(parts) + t(lang, "gist_end")


def _met_labels(table: dict[str, Standing], name: str, c: Claim, r: Requirement, lang: str, vocab) -> str:
    """Every requirement this claim is a reason on for `name`, `r` first ("getting started、documentation")."""
    reqs = [r] + [req for claim, req in table[name].reasons if claim.index == c.index and req.name != r.name]
    return t(lang, "list_sep").join(dict.fromkeys(_reason_label(c, name, req, lang, vocab) for req in reqs))


def _reason_label(c: Claim, name: str, r: Requirement, lang: str, vocab) -> str:
    """What a reason is shown as speaking to: the requirement where it meets it on its core, else
    the quality it does speak for ("灵活的架构支持多GPU" is flexibility, not research)."""
    if _on_core(c, name, r):
        return r.label(lang)
    return _side_label(c, name, "pro", lang, vocab) or r.label(lang)


def _label(c: Claim, name: str, r: Requirement, role: str, lang: str, vocab) -> str:
    """What a quote shown on a requirement is labelled as speaking to: the requirement where it
    speaks to its core, else the quality it speaks for or against ("系统设计过于复杂" is
    flexibility, not research; "灵活的数值计算核心…科学领域" is no research use)."""
    if role == "reason":
        return _reason_label(c, name, r, lang, vocab)
    if role != "caveat":
        return r.label(lang)
    core = (
        r.spec.capability
        or not r.spec.aspects
        or (r.spec.aspects[0] in c.reading.aspects and c.reading.stance_on(name, r.spec.aspects[:1]) == "con")
        # (or warns in the need's own words: "忽略底层原理" is against understanding what lies underneath)
        or (_own_words(c, r) > 0 and c.stance_of(name) == "con")
    )
    return r.label(lang) if core else _against_label(c, name, lang, vocab) or r.label(lang)


def _against_label(c: Claim, name: str, lang: str, vocab) -> str:
    """The aspect a warning is about: the first its clauses speak against, in the order it stresses them."""
    return _side_label(c, name, "con", lang, vocab)


def _side_label(c: Claim, name: str, side: str, lang: str, vocab) -> str:
    """The first aspect the claim speaks for ("pro") or against ("con") `name` on, in the order it
    stresses them; origin and the like are facts, never the quality ("一直比较低调和小众")."""
    table = c.reading.aspect_stance.get(name, {})
    order = c.reading.focus or tuple(table)
    found = [a for a in order if table.get(a) == side and a in vocab.aspect_criteria]
    return vocab.aspect_label(found[0], lang) if found else ""


def _asked_aspects(q: Question) -> set[str]:
    """What a question asks about: its own aspects (not "advice" or "conclusion") and its needs'."""
    return (set(q.aspects) - FRAME_ASPECTS) | {a for r in q.requirements for a in r.spec.aspects}


def _near_gap(q: Question, own: Sequence[Claim], draft: Draft, on_topic_only: bool = False) -> list[Claim]:
    """Beside "the article does not say": two of the framework's sentences, on what was asked
    where it has any (its history for "who made it?", its cross-platform support for "Windows?"),
    not whatever else it says of it. Never another framework's fact ("TensorFlow…Apache License
    2.0" would read as PyTorch's licence). With `on_topic_only`, nothing when none is on it."""
    s = draft.ctx.settings
    asked = _asked_aspects(q)
    if q.slots:
        asked.add("origin_facts")  # who made it, when, its licence: its history
    else:
        asked.discard("origin_facts")  # its history is not on "may I use it commercially?"
    on_topic = [c for c in own if (asked & set(c.reading.aspects)) or c.content_overlap >= s.stated_overlap / 2]
    if not on_topic and on_topic_only:
        return []  # "用pip还是conda？": nothing it says of the framework comes near
    return mmr(on_topic or list(own), draft.ctx.vectors, 2, s.mmr_lambda)


def _nearest(
    draft: Draft,
    q: Question,
    claims: Sequence[Claim],
    prefer: Sequence[str] = (),
    heading: bool = True,
    gap: bool = True,
) -> None:
    """What the documents say nearest to a question they do not answer outright, each quote
    tagged by what it really says about whom."""
    ctx = draft.ctx
    groups = {r.spec.framework_group for r in q.requirements if r.spec.framework_group}
    if groups:
        # "国产框架里哪个最好?": what it says of the group's members, not TensorFlow's standing.
        group_of = ctx.corpus.vocab.group_of
        claims = [c for c in claims if c.reading.subject == GENERAL or any(group_of(f) in groups for f in c.subjects)]
    if not claims:
        return
    wanted = set(prefer) | {a for r in q.requirements for a in r.spec.aspects}
    pool = sorted(claims, key=lambda c: -(c.relevance + 0.05 * bool(wanted & set(c.reading.aspects))))
    picks = mmr(
        pool,
        ctx.vectors,
        min(3, ctx.settings.max_citations),
        ctx.settings.mmr_lambda,
        pool[0].relevance - ctx.settings.floor_gap,
    )
    if heading:
        draft.say("", t(draft.lang, "nearest"))
    elif gap:
        draft.say("")
    for c in picks:
        subject = c.reading.subject
        draft.say(draft.line(c, _role(c, subject), subject, _aspect_label(c, q, draft.lang, ctx, subject)))


def _role(c: Claim, subject: str, requirement: Requirement | None = None, asked: Sequence[str] = ()) -> str:
    """What a quote can be shown as: a reason for the subject, a caveat against it, or a fact.

    On a requirement (or the aspects a question asks), the stance the sentence takes on them decides."""
    if subject == GENERAL:
        return "fact"
    stance = c.stance_asked(subject, asked)
    if requirement is not None and requirement.spec.aspects:
        stance = c.reading.stance_on(subject, requirement.spec.aspects)
    return {"pro": "reason", "con": "caveat"}.get(stance, "fact")


def _aspect_label(c: Claim, q: Question, lang: str, ctx: Context, subject: str = "") -> str:
    """The topic a quote is shown under: what it mainly speaks to, the asked topic first; in a
    sentence speaking of several frameworks in turn, what its clauses about `subject` speak to
    ("PaddlePaddle模型库丰富" is about its model zoo, not the deployment a later clause names)."""
    vocab = ctx.corpus.vocab
    summing = [a for a in q.aspects if vocab.of_documents([a])]
    if summing and c.reading.summary:
        return vocab.aspect_label(summing[0], lang)  # a summing-up asked for, shown as one ("【结语】…底层工具")
    order = c.reading.focus or c.reading.aspects
    if (subject and c.reading.per_clause) or (subject in c.reading.aspect_stance and subject != c.reading.subject):
        # (Named as context, of what it is named for: TensorFlow Lite in "…计算速度也不尽如人意(Google
        # 针对这一问题又开发了TensorFlow Lite)" is no speed.)
        # (None where its clauses on `subject` name no topic: "PyTorch、TensorFlow已分别成为学术界和
        # 工业界…" does not give PyTorch industry, though the sentence names it.)
        order = tuple(a for a in order if a in c.reading.aspect_stance.get(subject, {}))
    if c.stance_of(c.reading.subject) != "neutral":
        # A quote shown for or against a framework is about a quality, not its history; not one it
        # speaks of the other way ("虽然性能上也算可圈可点,但终究没有迎来大放异彩的时刻" is against
        # MXNet, but not on its speed).
        side = c.stance_of(c.reading.subject)
        per = c.reading.aspect_stance.get(subject or c.reading.subject, {})
        opposite = {"pro": "con", "con": "pro"}[side]
        order = tuple(a for a in order if a in vocab.aspect_criteria and per.get(a) != opposite)
    asked = [a for a in order if a in q.aspects and a not in FRAME_ASPECTS]
    if q.slots and not asked:
        return ""  # "MXNet哪一年被AWS选中?": a date, not the memory use "轻量级" in the same sentence is about
    own = [a for a in order if a not in FRAME_ASPECTS]
    if not (asked or own):
        return ""
    shown = (asked or own)[0]
    # (Where the sentence sets it: "在移动平台和嵌入式领域中…计算速度也不尽如人意" is speed on phones.)
    scope = [a for a in c.reading.scope if a not in q.aspects and a != shown]
    label = vocab.aspect_label(shown, lang)
    return t(lang, "scoped_label", aspect=label, scope=vocab.aspect_label(scope[0], lang)) if scope else label


# ---------------------------------------------------------------- comparing


def _compare(draft: Draft, q: Question, claims: Sequence[Claim]) -> None:
    ctx, s, lang = draft.ctx, draft.ctx.settings, draft.lang
    if _common_languages(draft, q):
        return  # "TensorFlow和MXNet都支持的语言有哪些?": what both lists name, not each one's sides
    if _most_languages(draft, dataclasses.replace(q, candidates=q.candidates or q.frameworks)):
        return  # "TensorFlow和MXNet哪个支持的语言多?": the longer list, not each one's sides
    if _superlative_anywhere(draft, dataclasses.replace(q, candidates=q.candidates or q.frameworks)):
        return  # "TensorFlow和PyTorch谁的热度最高?": the one of them the article says it of
    names = list(q.frameworks[:3])
    vocab = ctx.corpus.vocab
    plain_which = vocab.asks_which.search(q.text) and not (
        q.requirements or q.wants or q.slots or q.yes_no or q.superlative
    )
    # "TensorFlow和PyTorch,哪个侧重训练?": which of the two the article says it of (a lookup,
    # "PyTorch面向学术界,侧重训练"), not each one's sides with no answer.
    if plain_which and _which_of(draft, q, claims):
        return
    listed = {name: _only_listed(ctx, name) for name in names}
    if all(listed.values()):
        # "TNN和Jittor各有什么特色?": the documents only name them among others; a side each of the
        # list sentence is no comparison.
        draft.direct = False
        draft.lead(t(lang, "only_listed_many", names=joined(lang, [draft.display(n) for n in names])))
        shown = list({c.index: c for found in listed.values() for c in found}.values())
        both = "/".join(names)
        draft.say(*[draft.line(c, "fact", both) for c in shown[: s.max_citations]])
        return
    ranks = vocab.choice(q.text) or vocab.ranks(q.text)
    plain = vocab.normalize(q.text)
    whether = vocab.yes_no(plain) and not (vocab.alternative(plain) or vocab.asks_which.search(plain))
    overall = None
    if (
        not (q.requirements or q.wants or q.slots)
        and vocab.ranks(plain)
        and (whether or (vocab.better(plain) and not q.aspects))
    ):
        corpus = ctx.corpus
        advice = [i for i in corpus.by_subject.get(GENERAL, ()) if "advice" in corpus.claim(i).reading.aspects]
        overall = next((corpus.claim(i) for i in advice if corpus.quotable[i]), None)
    if overall is not None:
        # "Is PyTorch better than TensorFlow?", "文章说PyTorch比TensorFlow好吗?": not overall; the
        # article's own word on that ("框架并无“最好”与“最坏”之分…") first, then what it says of each.
        # "Which is better, TensorFlow or PyTorch?": the same word, without the no to a yes/no.
        draft.lead(t(lang, "compare_not_overall" if whether else "compare_no_overall"))
        draft.say(draft.line(overall, "fact", GENERAL), "")
    if q.wants in ("pro", "con") and not (vocab.compare_explicit(q.text) or ranks or q.requirements):
        # "那它们有啥坑？" of two picks asks each one's drawbacks, not which is better.
        draft.lead(t(lang, f"compare_title_{q.wants}", names=joined(lang, names)))
    else:
        draft.lead(t(lang, "compare_title", names=(" 与 " if lang == "zh" else " vs ").join(names)))
    relations = [c for c in claims[:40] if _relates(c, names)]
    if relations and ctx.corpus.vocab.relation_words(q.text):
        # "Caffe2跟PyTorch啥关系？": what the article says of the two together comes first.
        first = relations[0]
        _section(draft, t(lang, "compare_relation"), [draft.line(first, "fact", first.subjects[0], "")])
    table = standings(q, claims, ctx, among=names) if q.requirements else {}
    topic = joined(lang, [r.label(lang) for r in q.needs])
    leaders = _leaders(q, table, names)
    if len(set(leaders.values())) >= 2 and not q.avoid:
        # Needs that pull apart ("half research, half production"): the article's lean on each.
        draft.say("")
        for r, name in leaders.items():
            c = _best_reason(table[name], r)
            line = t(lang, "compare_pick", topic=r.label(lang), name=name)
            mark = draft.mark(c, "reason", name, r.label(lang))
            draft.say(f"{line[:-1]}{mark}{line[-1]}" if line[-1] in "。." else f"{line}{mark}")
            if name not in draft.recommendations:
                draft.recommendations.append(name)
    elif q.requirements:
        ranked = sorted((table.get(n, dataclasses.replace(Standing(n))) for n in names), key=lambda st: -st.score)
        best, worst = ranked[0], ranked[-1]
        ahead = best.score - (ranked[1].score if len(ranked) > 1 else 0.0)
        # Favouring one takes the other's being unspoken for or warned about on it: praise of both
        # ("OneFlow专注分布式环境下的性能" beside MXNet's "分布式环境下扩展性能出色") ranks neither.
        second = ranked[1] if len(ranked) > 1 else None
        both_praised = second is not None and bool(second.met) and not second.cautions
        if q.avoid and worst.score < 0:
            draft.say("", t(lang, "compare_avoid", topic=topic, name=worst.name))
        elif best.score > 0 and best.met and ahead >= s.compare_margin * abs(best.score) and not both_praised:
            draft.recommendations.append(best.name)
            draft.say("", t(lang, "compare_pick", topic=topic, name=best.name))
        elif topic and worst.cautions and not any(st.met or st.cautions for st in ranked if st is not worst):
            # "PyTorch和Keras…那调试呢": it warns about Keras's ("过度封装…增加了调试难度") and says
            # nothing of PyTorch's; that is no even match.
            others = joined(lang, [st.name for st in ranked if st is not worst])
            draft.say("", t(lang, "compare_only_against", topic=topic, name=worst.name, others=others))
        elif topic and both_praised and best.met and not best.cautions:
            # "TensorFlow和MXNet哪个分布式更强?": it praises both on it, neither above the other.
            draft.say("", t(lang, "compare_both", topic=topic))
        elif topic:
            draft.say("", t(lang, "compare_even", topic=topic))
    per = max(2, s.max_citations // len(names))
    colon = "：" if lang == "zh" else ":"
    verdict = _verdict(names, q, claims, draft)
    sided = [c for c in claims if verdict is None or c.index != verdict.index]
    spoken = {n for n, st in table.items() if st.reasons or st.cautions}
    for name in names:
        side = _side(name, q, sided, table.get(name), per, draft.ctx)
        if q.needs and spoken and name not in spoken and not any(r.spec.language for r in q.needs):
            # "PyTorch和Keras哪个好调试?": nothing on it said of PyTorch, while Keras is warned about;
            # its strongest points on other things ("生产环境部署仍存在大问题") are not the comparison.
            # (A language list lacking the language asked is shown: it is how the article says no.)
            side = []
        if not side:
            draft.say("", f"- **{name}**{colon}{t(lang, 'side_silent', name=name)}")
            continue
        # "为什么不选MXNet?" after a pick for Java: its language lists, which do not name Java.
        lists = _language_lists(ctx, name) if any(r.spec.language for r in q.needs) else {}
        lacking = [r for r in q.needs if r.spec.language and lists and not any(r.name in x for x in lists.values())]
        note = t(lang, "side_lacks_language", name=name, label=joined(lang, [r.label(lang) for r in lacking]))
        # A side all of whose quotes were shown above (as the two's relation) gets no heading.
        # A sentence about another framework that names this one in passing ("接口沿用Torch" is
        # PyTorch's) is shown as of both, as what it says of this one: never as this one's own.
        _section(draft, f"- **{name}**{colon}{note if lacking else ''}", [
            "  " + (
                draft.line(c, role, name, _label(c, name, r, role, lang, vocab) if r else "")
                if c.mainly_about(name) or c.reading.subject == GENERAL
                else draft.line(c, "fact", f"{c.reading.subject}/{name}")
            )
            for c, r in side
            for role in [_role(c, name, r)]
        ])  # fmt: skip
    if verdict is not None:
        through = _verdict_through(verdict, names, draft)
        # Shown as of the ones it judges: "就像TensorFlow也曾一家独大,但PyTorch…" is no verdict on Keras.
        judged = [f for f in names if f in verdict.reading.subjects] or list(names)
        _section(draft, t(lang, "compare_verdict"), [draft.line(verdict, "verdict", "/".join(judged), "", through)])
        return
    # No verdict: where the article relates them ("可以基于以TensorFlow为代表的…"), say how.
    shown = {quote.claim.index for quote in draft.quotes}
    # Unasked for, a relation is a sentence naming both ("就像TensorFlow也曾一家独大" names one).
    relation = next(
        (c for c in relations if c.index not in shown and len(set(c.reading.mentions) & set(names)) >= 2), None
    )
    if relation is not None:
        # Quoted whole, as it speaks of both ("就像TensorFlow也曾一家独大,但PyTorch横空出世后…").
        _section(draft, t(lang, "compare_relation"), [draft.line(relation, "fact", "/".join(names), "")])


def _best_reason(st: Standing, r: Requirement) -> Claim:
    """Its strongest reason on the requirement, one on its core ("科研工作者…首选" for research) first."""
    return max((c for c, req in st.reasons if req.name == r.name), key=lambda c: (_on_core(c, st.name, r), c.relevance))


def _leaders(q: Question, table: dict[str, Standing], names: Sequence[str]) -> dict[Requirement, str]:
    """Per need of two or more: the compared framework the claims speak for most on it."""
    needs = q.needs
    out: dict[Requirement, str] = {}
    if len(needs) < 2:
        return out
    for r in needs:
        name = _favoured(table, r, names)
        if name is not None:
            out[r] = name
    return out


def _favoured(table: dict[str, Standing], r: Requirement, among: Sequence[str]) -> str | None:
    """Of `among`, the framework the claims speak for most on the need (met on its core, more for
    than against); the later name on a tie."""
    able = [(table[n].net.get(r.name, 0.0), n) for n in among if n in table and r.name in table[n].met]
    able = [(v, n) for v, n in able if v > 0]
    return max(able)[1] if able else None


def _relates(c: Claim, names: Sequence[str]) -> bool:
    """The sentence speaks of these frameworks together, and of no other ("可以基于以TensorFlow为
    代表的…" for Keras and TensorFlow; not a survey naming four)."""
    return sum(c.about(n) for n in names) >= 2 and c.subjects[0] in names and set(c.subjects) <= set(names)


def _verdict_through(verdict: Claim, names: Sequence[str], draft: Draft) -> int | None:
    """Where a verdict goes on to spell out each side ("关键就在于两者设计初衷的差异。TensorFlow面向
    工业界…;PyTorch面向学术界…"), the last of those sentences, so the quote holds the whole of it."""
    index = draft.ctx.corpus.index
    readings = index.readings
    last = None
    sides: set[str] = set()
    i = verdict.index + 1
    limit = 2 * draft.ctx.settings.max_quote_chars
    while i < len(index.sentences):
        s = index.sentences[i]
        if s.chunk_id != verdict.sentence.chunk_id or s.end - verdict.sentence.start > limit:
            break
        about = [n for n in names if n in readings[i].subjects]
        if len(about) != 1 or about[0] in sides:
            break
        sides.add(about[0])
        last = i
        i += 1
    if len(sides) < 2:
        return None
    if (
        i < len(index.sentences)
        and index.sentences[i].chunk_id == verdict.sentence.chunk_id
        and readings[i].continues == last
        and not readings[i].mentions
        and sides <= set(readings[i].subjects)
    ):
        last = i  # and how it ended for both, said of them unnamed ("最终两者在各自面向的领域都确立了王者地位。")
    return last


def _side(
    name: str, q: Question, claims: Sequence[Claim], standing: Standing | None, per: int, ctx: Context
) -> list[tuple[Claim, Requirement | None]]:
    """What the article says of one side: on the question's requirements first (a superlative,
    "最易上手", before a plainer claim as near), else its strongest point for and against."""
    if standing is not None and (standing.reasons or standing.cautions):
        strong, weight = ctx.corpus.vocab.strong, ctx.settings.strong_weight

        def rank(cr: tuple[Claim, Requirement]) -> tuple[int, float]:
            return -_own_words(*cr), -cr[0].relevance * (weight if strong(cr[0].sentence.text) else 1.0)

        on = sorted([*standing.reasons, *standing.cautions], key=rank)
        # A warning claiming it, not naming it beside what it claims ("由于不少Bug隐匿于封装中,这也使Keras
        # 运行速度相对缓慢" warns of speed; beside "…增加了调试难度" it is no second point on debugging).
        # (Praise is a list item's, whichever of its clauses the reading takes as the claim.)
        firsts = [a for r in q.requirements for a in r.spec.aspects[:1]]
        # (A need met by its own words is claimed by a warning using them: "忽略底层原理" is on
        # understanding what lies underneath, whatever quality the sentence is filed under.)
        passing = [(c, r) for c, r in standing.cautions if _in_passing(c, name, firsts) and not _own_words(c, r)]
        if len(passing) < len(standing.cautions):  # (only beside a warning that does claim it)
            on = [cr for cr in on if cr not in passing]
        if q.wants in ("pro", "con"):
            on = [cr for cr in on if _role(cr[0], name, cr[1]) == ("reason" if q.wants == "pro" else "caveat")] or on
        return _unique(on)[:per]
    own = [c for c in claims if c.mainly_about(name)] or [c for c in claims if c.about(name)]
    # What the article says of it alone comes first; on the asked topic ("出身背景") before that.
    asked = set(q.aspects) - FRAME_ASPECTS
    own.sort(key=lambda c: (not (asked & set(c.reading.aspects)), len(c.subjects) > 1))
    if not own:
        return []
    if asked and any(asked & set(c.reading.aspects) for c in own):
        return [(c, None) for c in own[:per]]
    if q.wants in ("pro", "con"):
        wanted = [c for c in own if c.stance_of(name) == q.wants]
        return [(c, None) for c in (_listed(wanted) or wanted)[:per]]
    pro = next((c for c in own if c.stance_of(name) == "pro"), None)
    con = next((c for c in own if c.stance_of(name) == "con"), None)
    picked = [c for c in (pro, con) if c is not None] or own[:1]
    if len(picked) < per:
        picked += [c for c in own if c not in picked][: per - len(picked)]
    return [(c, None) for c in picked[:per]]


def _unique(pairs):
    seen, out = set(), []
    for c, r in pairs:
        if c.index not in seen:
            seen.add(c.index)
            out.append((c, r))
    return out


def _verdict(names: Sequence[str], q: Question, claims: Sequence[Claim], draft: Draft) -> Claim | None:
    """The article's own verdict on the compared frameworks: a sentence about two or more of
    them that sets them side by side or judges them differently (on what the question requires,
    when it requires something)."""
    vocab = draft.ctx.corpus.vocab
    used = {quote.claim.index for quote in draft.quotes}
    reqs = q.needs
    for c in claims[:40]:
        about = [n for n in names if c.mainly_about(n)]
        others = [s for s in c.subjects if s not in names]
        if len(about) < 2 or others or c.index in used or (reqs and not any(c.meets(r) for r in reqs)):
            continue  # a sentence that also ranks other frameworks is no verdict on these
        stances = {c.stance_of(n) for n in about}
        if vocab.comparative(c.sentence.text) or len(stances) > 1:
            return c
    return None


def _which_of(draft: Draft, q: Question, claims: Sequence[Claim]) -> bool:
    """ "TensorFlow和PyTorch,哪个侧重训练?": the one of those named that a sentence of its own says
    it of in the question's words ("PyTorch面向学术界,侧重训练"), far more than any about the other
    ("TensorFlow面向工业界,侧重推理"); False when no one stands out so."""
    s = draft.ctx.settings
    if _which_has_more(draft, q, claims):
        return True
    best: dict[str, Claim] = {}
    for c in claims[:20]:
        for name in q.frameworks:
            if (
                len(c.subjects) == 1
                and c.mainly_about(name)
                and c.content_overlap > getattr(best.get(name), "content_overlap", 0.0)
            ):
                best[name] = c
    ranked = sorted(best.items(), key=lambda kv: -kv[1].content_overlap)
    if not ranked or ranked[0][1].content_overlap < s.stated_overlap:
        return False
    name, claim = ranked[0]
    if any(claim.content_overlap <= s.lookup_overlap_lead * other.content_overlap for _, other in ranked[1:]):
        return False
    draft.lead(t(draft.lang, "lookup", name=name))
    draft.say(_quote(draft, claim, q, name))
    return True


def _which_has_more(draft: Draft, q: Question, claims: Sequence[Claim]) -> bool:
    """ "Keras和PyTorch哪个封装得更多?": the one a sentence of its own says as much of the thing of
    ("Keras做了层层封装"), where each sentence of the other's on it says the opposite ("PyTorch…追求尽量
    少的封装"); both shown. False where the article does not settle it so."""
    vocab = draft.ctx.corpus.vocab
    amounts = _amounts_asked(draft.ctx, q)
    if not amounts:
        return False
    said: dict[str, dict[bool, Claim]] = {}
    for c in claims[:40]:
        for name in q.frameworks:
            if len(c.subjects) == 1 and c.mainly_about(name):
                # (Only a sentence saying how much: "过度封装…增加了调试难度" says neither.)
                told = [vocab.direction_of(c.sentence.text, term) for _, term in amounts if term in c.sentence.text]
                if any(told):
                    said.setdefault(name, {}).setdefault(bool(_says_as_much(vocab, amounts, c)), c)
    yes = [n for n in q.frameworks if set(said.get(n, {})) == {True}]
    no = [n for n in q.frameworks if set(said.get(n, {})) == {False}]
    if len(yes) != 1 or len(yes) + len(no) != len(q.frameworks):
        return False
    draft.lead(t(draft.lang, "lookup", name=yes[0]))
    # (The other's, as a plain fact of its own: set against the answer, not a point for or against.)
    draft.say(_quote(draft, said[yes[0]][True], q, yes[0]), *[draft.line(said[n][False], "fact", n) for n in no])
    return True


def _amounts_asked(ctx: Context, q: Question) -> list[tuple[str, str]]:
    """Each amount the question asks for, with the thing it is of ("哪个封装更少?": ("less", "封装"))."""
    vocab = ctx.corpus.vocab
    text = vocab.in_document_words(q.text)
    return [
        (direction, term)
        for direction, a, b in vocab.direction_asked(text)
        for term in ctx.corpus.content_terms(text[max(0, a - 6) : b + 6])
        if len(term) >= 2 and not vocab.says_amount(term)  # (not a word of amount itself: "更少" is no thing)
    ]


def _says_as_much(vocab: Vocabulary, asked: Sequence[tuple[str, str]], c: Claim) -> bool | None:
    """Does the sentence say as much of the thing as the question asks ("追求尽量少的封装" does for
    "哪个封装更少?", "做了层层封装" says the opposite)? None where it is not about the thing."""
    verdicts = [vocab.direction_of(c.sentence.text, term) == d for d, term in asked if term in c.sentence.text]
    return any(verdicts) if verdicts else None


def _lookup(draft: Draft, q: Question, claims: Sequence[Claim]) -> bool:
    """ "哪个框架把Caffe2收编了？": the one framework the best sentence says it of, when that sentence
    stands clear of the best one about any other; False (nothing said) otherwise."""
    vocab, s = draft.ctx.corpus.vocab, draft.ctx.settings
    asked = set(q.frameworks) - set(q.candidates)  # "Caffe2" is what was done, not who did it
    # "哪个封装更少?": the best sentence saying as little of it ("尽量少的封装"), not one saying much.
    amounts = _amounts_asked(draft.ctx, q)
    everywhere = claims
    fitting = [c for c in claims[:10] if _says_as_much(vocab, amounts, c) is not False]
    if not fitting:
        return False
    claims = fitting
    top = claims[0]
    sharing = [
        c
        for c in everywhere
        if c.content_overlap > 0
        and (not q.candidates or set(c.subjects) & set(q.candidates))
        and _says_as_much(vocab, amounts, c) is not False
    ]
    worded = [c for c in sharing if c.content_overlap >= s.capability_overlap]
    if worded and top.content_overlap < s.capability_overlap:
        # "在Keras、PyTorch中，哪个更容易理解代码?": the nearest ("Keras可能会是最易上手的…") shares
        # none of its words; those that do decide, unless they speak of different ones alike
        # ("…使模型非常容易理解" of Keras, "代码易于理解" of PyTorch): no one answer to look up.
        best = max(worded, key=lambda c: c.content_overlap)
        if any(
            set(c.subjects) != set(best.subjects) and best.content_overlap <= s.lookup_overlap_lead * c.content_overlap
            for c in sharing
        ):
            return False
        top = best
        claims = [best, *(c for c in claims if c is not best)]
    found = list(
        dict.fromkeys(
            vocab.parent(f) or f
            for f in top.subjects
            if f not in asked and (not q.candidates or (vocab.parent(f) or f) in q.candidates)
        )
    )
    found = [f for f in found if f not in q.exclude]  # "其他框架有类似的吗？": not the one just named
    if len(found) != 1:
        return False
    name = found[0]
    rivals = [c for c in claims[1:] if not c.about(name)]
    near = [c for c in rivals if top.relevance - c.relevance < s.lookup_margin]
    # "其中哪个引入了Actor模型?": nearness alone is close; the question's own words are not.
    worded = top.content_overlap >= s.capability_overlap and all(
        top.content_overlap > s.lookup_overlap_lead * c.content_overlap for c in near
    )
    if near and not worded:
        return False
    # "Keras可以基于哪些框架?" against "以TensorFlow为代表的多种…": one of several, not the one.
    draft.lead(t(draft.lang, "lookup_among" if vocab.plurality(top.sentence.text) else "lookup", name=name))
    # The sentence is shown as about the framework it is about ("Keras…可以基于以TensorFlow为代表的…"
    # answers "Keras底层用的是什么框架?" with TensorFlow, and is Keras's sentence).
    owner = next((f for f in asked if top.mainly_about(f)), name)
    draft.say(_quote(draft, top, q, owner))
    return True


def _part_of(draft: Draft, q: Question, claims: Sequence[Claim]) -> bool:
    """ "TensorBoard是哪个框架的？": a question naming only a part of a framework asks whose it is;
    the answer is that framework, shown with the sentence naming the part, not a pick on what
    the part is for."""
    vocab = draft.ctx.corpus.vocab
    parents = {vocab.parent(f) for f in q.frameworks}
    if not q.frameworks or q.candidates or "" in parents or len(parents) != 1 or set(q.frameworks) & set(q.exclude):
        return False  # ("除了TensorBoard，还有什么？" asks for others)
    parts = set(q.frameworks)
    naming = _naming(claims, parts, vocab)
    if not naming:
        return False
    (parent,) = parents
    draft.lead(t(draft.lang, "lookup", name=parent))
    draft.say(_quote(draft, naming[0], q, parent))
    return True


def _naming(claims: Sequence[Claim], parts, vocab) -> list[Claim]:
    """The sentences that name one of these parts ("自带TensorBoard组件")."""
    return [c for c in claims if set(parts) & {m.name for m in vocab.mentions(c.sentence.text)}]


def _part_elsewhere(draft: Draft, q: Question, claims: Sequence[Claim]) -> bool:
    """ "MXNet有TensorBoard吗？": a part of one framework asked of another is not said of it; the
    article's sentence naming the part shows whose it is."""
    vocab = draft.ctx.corpus.vocab
    asked = [f for f in q.frameworks if not vocab.parent(f)]
    parts = [f for f in q.frameworks if vocab.parent(f)]
    elsewhere = [f for f in parts if vocab.parent(f) not in q.frameworks]
    if not parts or not asked or q.wants or q.slots:
        return False
    naming = _naming(claims, parts, vocab)
    if not naming:
        return False
    if not elsewhere:
        if not q.yes_no or len(asked) != 1:
            return False
        # "TensorFlow有TensorBoard吗？": yes, the article names it as that framework's part.
        draft.lead(t(draft.lang, "part_own", name=asked[0], part=parts[0]))
        draft.say(_quote(draft, naming[0], q, asked[0]))
        return True
    part, parent = elsewhere[0], vocab.parent(elsewhere[0])
    draft.direct = False
    draft.lead(t(draft.lang, "part_elsewhere", name=joined(draft.lang, asked), part=part, parent=parent))
    draft.say(_quote(draft, naming[0], q, parent))
    return True


def _languages_named(ctx: Context, i: int) -> set[str]:
    """The languages (requirement names) sentence i names."""
    text = ctx.corpus.index.sentences[i].text
    return {spec.name for spec in ctx.corpus.vocab.requirements.values() if spec.language and spec.matches_term(text)}


def _language_lists(ctx: Context, name: str) -> dict[int, set[str]]:
    """The framework's own sentences on languages that name some, each with the languages it names."""
    vocab, index = ctx.corpus.vocab, ctx.corpus.index
    rows = {
        i: _languages_named(ctx, i)
        for i, r in enumerate(index.readings)
        if ctx.corpus.quotable[i] and r.subject == name and vocab.language_aspects & set(r.aspects)
    }
    return {i: named for i, named in rows.items() if named}


def _most_languages(draft: Draft, q: Question) -> bool:
    """ "哪个框架支持的编程语言最多?": the framework(s) whose own language lists name the most
    languages, each list quoted (not the one praised most on languages: "掌握了Python…最易上手")."""
    ctx, lang = draft.ctx, draft.lang
    vocab = ctx.corpus.vocab
    if (q.frameworks and not q.candidates) or not (vocab.language_aspects & set(q.aspects)) or not vocab.most(q.text):
        return False
    named: dict[str, set[str]] = {}
    best: dict[str, int] = {}
    for name in q.candidates or ctx.frameworks:
        rows = _language_lists(ctx, name) if name not in q.exclude else {}
        if rows:
            named[name] = set().union(*rows.values())
            best[name] = max(rows, key=lambda i: len(rows[i]))
    most = max((len(v) for v in named.values()), default=0)
    if most < 2:
        return False
    winners = [name for name, v in named.items() if len(v) == most]
    draft.recommendations += winners
    draft.lead(t(lang, "most_listed", names=joined(lang, winners), n=most))
    for name in winners:
        claim = ctx.corpus.claim(best[name])
        draft.say(draft.line(claim, "fact", name, vocab.aspect_label("languages", lang)))
    return True


def _common_languages(draft: Draft, q: Question) -> bool:
    """ "两个都支持的语言有哪几种？": the languages the article lists for each of the frameworks, and
    those every list names, with each list quoted."""
    ctx, lang = draft.ctx, draft.lang
    vocab, index = ctx.corpus.vocab, ctx.corpus.index
    if (
        len(q.frameworks) < 2
        or not (vocab.language_aspects & set(q.aspects))
        or not vocab.common(vocab.normalize(q.text))
    ):
        return False
    lists: list[tuple[str, list[int], set[str]]] = []
    for name in q.frameworks:
        rows = _language_lists(ctx, name)
        if not rows:
            return False  # the article lists no languages for one of them
        lists.append((name, list(rows), set().union(*rows.values())))
    specs = [spec for spec in vocab.requirements.values() if spec.language]
    common = [spec for spec in specs if all(spec.name in named for _, _, named in lists)]
    names = joined(lang, list(q.frameworks))
    if common:
        draft.lead(t(lang, "common", names=names, items=t(lang, "list_sep").join(s.label(lang) for s in common)))
    else:
        draft.lead(t(lang, "common_none", names=names))
    for name, rows, _ in lists:
        for i in rows[:1] if len(rows) == 1 else sorted(rows, key=lambda i: -len(index.sentences[i].text))[:1]:
            claim = ctx.corpus.claim(i)
            draft.say(draft.line(claim, "fact", name, vocab.aspect_label("languages", lang)))
    return True


def _clause_lookup(draft: Draft, q: Question, claims: Sequence[Claim]) -> bool:
    """ "哪个框架追求训练推理一体化？" against "PaddlePaddle模型库丰富,MegEngine追求训练推理一体化,…":
    a sentence that speaks of several frameworks in turn says it of the one whose clause the
    question repeats, and of no other; a need word in the question ("推理" is deployment) must
    not turn that into a pick on the need."""
    ctx = draft.ctx
    vocab = ctx.corpus.vocab
    groups = {r.spec.framework_group for r in q.requirements if r.spec.framework_group}
    # What is asked beyond the group: "国内自研的深度学习框架都有哪些？" asks only for the group.
    # (In the documents' words: "automatic parallel" is "自动并行".)
    asked_text = vocab.in_document_words(q.text)
    for r in q.requirements:
        if r.spec.framework_group:
            for said in r.spec.words.matched(asked_text):
                asked_text = asked_text.replace(said, " ")

    def open_to(name: str) -> bool:  # among those asked about, in the group, not ruled out
        if (q.candidates and name not in q.candidates) or (groups and vocab.group_of(name) not in groups):
            return False
        return name not in q.exclude

    asked_terms = ctx.corpus.content_terms(asked_text)  # once, not per clause
    found: dict[str, tuple[float, Claim]] = {}
    for c in claims[:10]:
        if not c.reading.per_clause:
            continue
        for name in c.subjects:
            if not open_to(name) or (q.frameworks and name not in q.candidates):
                continue
            run = clause_run(c.sentence.text, name, vocab)
            if run is None:
                continue
            covered = ctx.corpus.coverage(asked_terms, c.sentence.text[run[0] : run[1]])
            if covered >= ctx.settings.clause_coverage and covered > found.get(name, (0.0, c))[0]:
                found[name] = (covered, c)
    if not found and (q.candidates or groups) and not (q.superlative or vocab.asks_more(q.text)):
        # "Which Chinese framework focuses on performance in distributed environments?": no shared
        # words across languages, but one framework's clause speaks to every aspect asked. (Not
        # "which of them does it praise most for it?", "which has the better community?": a
        # ranking, which one clause does not make.)
        asked = (set(vocab.aspects_in(asked_text)) - FRAME_ASPECTS) | {
            a for r in q.requirements for a in r.spec.aspects
        }
        for c in claims[:10]:
            if not (c.reading.per_clause and asked):
                continue
            for name, on in c.reading.aspect_stance.items():
                if open_to(name) and asked <= set(on):
                    found.setdefault(name, (1.0, c))
    if len(found) != 1:
        return False
    ((name, (_, claim)),) = found.items()
    if vocab.asks_advice(q.text) or q.needs:
        draft.recommendations.append(name)  # "…文章里哪个合适？": the one it says it of is the pick
    draft.lead(t(draft.lang, "lookup", name=name))
    draft.say(_quote(draft, claim, q, name))
    return True


def _maker_lookup(draft: Draft, q: Question, claims: Sequence[Claim]) -> bool:
    """ "Which of those is Huawei's?", "华为的是哪个?": the framework the documents name with that
    maker ("华为Mindspore", "由Google Brain团队研发" in a sentence about TensorFlow)."""
    vocab = draft.ctx.corpus.vocab
    asked = vocab.organizations_in(q.text)
    # (A framework read off the maker's name alone, "from Megvii" → MegEngine, is what is looked up.)
    named = q.frameworks and vocab.frameworks_in(q.text)
    # "Which framework does Google use internally?": what the maker uses, no advice to the asker.
    uses = any(
        re.search(rf"{re.escape(n)}\s*(内部)?(用|使用|采用|\b(use|uses|used|relies on|runs)\b)", q.text, re.I)
        for names in asked
        for n in names
    )
    if len(asked) != 1 or (named and not q.candidates) or (vocab.asks_advice(q.text) and not uses) or q.superlative:
        return False  # ("我们主要在AWS云上部署，推荐用什么框架？" asks for advice, with its situation)
    if q.needs and not q.candidates:
        return False  # "easiest to deploy on Google Cloud?": a need, the maker's cloud the situation
    found: dict[str, Claim] = {}
    for c in claims[:20]:
        for name in _made_by(vocab, c, asked[0]):
            if not ((q.candidates and name not in q.candidates) or name in q.exclude):
                found.setdefault(name, c)
    if len(found) != 1:
        return False
    ((name, claim),) = found.items()
    draft.lead(t(draft.lang, "lookup", name=name))
    draft.say(_quote(draft, claim, q, name))
    return True


def _made_by(vocab: Vocabulary, c: Claim, maker: Sequence[str]) -> list[str]:
    """The frameworks the claim names with that maker (any of its names): right before the name
    ("华为Mindspore", "旷视MegEngine"), or anywhere in a sentence about that one alone ("由Google
    Brain团队研发" of TensorFlow, "被AWS正式选择" of MXNet)."""
    text, out = c.sentence.text, []
    for m in vocab.mentions(text):
        name = vocab.parent(m.name) or m.name
        near = text[max(0, m.start - 6) : m.start]
        alone = c.mainly_about(name) and not c.reading.per_clause
        if name not in out and any(said(n, near) or (alone and said(n, text)) for n in maker):
            out.append(name)
    return out


def _makers_lookup(draft: Draft, q: Question) -> bool:
    """ "Which frameworks are backed by Google, Facebook and Amazon respectively?": each maker the
    question names, with the framework the documents name with it, quoted where they first do;
    one they name none of is said so, not given another's."""
    ctx = draft.ctx
    vocab = ctx.corpus.vocab
    asked = vocab.organizations_in(q.text)
    if len(asked) < 2 or vocab.frameworks_in(q.text) or vocab.asks_advice(q.text) or q.superlative or q.needs:
        return False  # (a need read off a maker's name alone, "Amazon" as the cloud, the reader drops)
    found: dict[tuple[str, ...], dict[str, Claim]] = {names: {} for names in asked}
    for i in range(len(ctx.corpus.index.sentences)):
        if not ctx.corpus.quotable[i]:
            continue
        c = ctx.corpus.claim(i)
        for names in asked:
            for name in _made_by(vocab, c, names):
                if name not in q.exclude:
                    found[names].setdefault(name, c)
    lang = draft.lang

    def shown(names: tuple[str, ...]) -> str:  # the maker as the question names it
        return next((n for n in names if said(n, q.text)), names[0])

    if not any(found.values()):  # (an answer with no quote is an honest "not said")
        draft.direct = False
        draft.lead(f"**{t(lang, 'by_maker_none', makers=joined(lang, [shown(n) for n in found]))}**")
        return True
    pairs = [
        t(lang, "by_maker_pair", maker=shown(names), names=joined(lang, list(f))) for names, f in found.items() if f
    ]
    draft.lead(t(lang, "by_maker", pairs=t(lang, "by_maker_sep").join(pairs)))
    missing = [shown(names) for names, f in found.items() if not f]
    if missing:
        draft.say(t(lang, "by_maker_none", makers=joined(lang, missing)))
    for f in found.values():
        for name, c in f.items():
            draft.say(draft.line(c, "fact", name, ""))  # (what else the sentence is about is not asked)
    return True


def _relation(draft: Draft, q: Question, claims: Sequence[Claim]) -> bool:
    """ "PyTorch的接口沿用了哪个框架?": "which framework" asked of something of one framework names
    another in its sentence ("…接口沿用Torch…"); that one is the answer, not a pick on "interfaces"."""
    vocab, s = draft.ctx.corpus.vocab, draft.ctx.settings
    if len(q.frameworks) != 1 or q.candidates or q.exclude or q.avoid or vocab.asks_advice(q.text):
        return False
    name = q.frameworks[0]
    names = "|".join(re.escape(n) for n in sorted(vocab.names_for(name), key=len, reverse=True))
    if not re.search(rf"(?:{names})\s*(?:的|'s)", q.text, re.I):
        return False  # something of that framework is asked about
    own = [c for c in claims[:20] if c.mainly_about(name) and c.content_overlap >= s.capability_overlap]
    if not own:
        return False
    best = max(own, key=lambda c: (c.content_overlap, c.relevance))
    others = [f for f in vocab.frameworks_in(best.sentence.text) if f != name and vocab.parent(f) != name]
    if len(others) != 1:
        return False
    draft.lead(t(draft.lang, "lookup", name=others[0]))
    draft.say(_quote(draft, best, q, name))
    return True


def _superlatives(draft: Draft, q: Question, claims: Iterable[Claim], nearest: int = 10) -> dict[str, Claim]:
    """The frameworks the article states the question's superlative of, in its words ("热度最高",
    "最易上手"), each with the sentence saying so."""
    asked = draft.ctx.corpus.vocab.in_document_words(q.text)
    found: dict[str, Claim] = {}
    if "最" not in asked:
        return found
    for c in itertools.islice(claims, nearest):
        name = c.reading.subject
        if name == GENERAL or c.reading.per_clause or name in q.exclude or (q.candidates and name not in q.candidates):
            continue
        text = c.sentence.text
        for at in (m.start() for m in re.finditer("最", text)):
            # The superlative with the words around it ("热度最高", "最易上手"), as the question says it.
            spans = (text[max(0, at - 2) : at + 2], text[at : at + 4])
            if any(len(span) == 4 and _CJK_RUN.fullmatch(span) and span in asked for span in spans):
                found.setdefault(name, c)
    return found


def _superlatives_anywhere(draft: Draft, q: Question) -> dict[str, Claim]:
    """The frameworks the article states the question's superlative of, in any of its sentences (one
    saying it of another framework, or far from the question's other words, is not among the nearest)."""
    corpus = draft.ctx.corpus
    # (A generator: the sentences are read only when the question asks a superlative at all.)
    return _superlatives(draft, q, corpus.quotable_claims(), len(corpus.index.sentences))


def _superlative_stated(draft: Draft, q: Question, claims: Sequence[Claim]) -> bool:
    """ "github上热度最高的框架是哪个？" against "…也是github上热度最高、使用人数最多的深度学习框架": the
    article states the superlative asked, in its words, of one framework; that is the answer (no
    runners-up: nobody else is "the most popular")."""
    return _lead_superlative(draft, q, _superlatives(draft, q, claims))


def _superlative_anywhere(draft: Draft, q: Question) -> bool:
    """ "TensorFlow和PyTorch谁的热度最高?", "那文章说谁的热度最高": the same, from whichever of its
    sentences says it, however far from the question's words the rest of that sentence is."""
    return _lead_superlative(draft, q, _superlatives_anywhere(draft, q))


def _lead_superlative(draft: Draft, q: Question, found: dict[str, Claim]) -> bool:
    """The one framework a superlative is stated of leads, with the sentence saying so."""
    if len(found) != 1:
        return False
    ((name, claim),) = found.items()
    draft.recommendations.append(name)
    draft.lead(t(draft.lang, "lookup", name=name))
    draft.say(_quote(draft, claim, q, name))
    return True


def _superlative_word(draft: Draft, q: Question) -> bool:
    """ "哪个最小众?": no sentence ranks them on it, but the documents use the word ("一直比较低调和
    小众") of one framework only: that one, in its words, said not to be a ranking."""
    if q.needs or (q.frameworks and not q.candidates):
        return False
    corpus, lang = draft.ctx.corpus, draft.lang
    asked = corpus.vocab.in_document_words(q.text)
    sentences = corpus.index.sentences
    for m in re.finditer("最", asked):
        # The longest word right after "最" that the documents use ("最小众的框架" → "小众").
        after = _CJK_RUN.match(asked, m.end())
        words = [after.group()[:n] for n in range(min(4, len(after.group())), 1, -1)] if after else []
        word = next((w for w in words if any(w in x.text for x in sentences)), "")
        if not word:
            continue
        owners: dict[str, Claim] = {}
        for i, x in enumerate(sentences):
            if word in x.text and corpus.quotable[i]:
                c = corpus.claim(i)
                for name in c.subjects:
                    if c.mainly_about(name) and name not in q.exclude and (not q.candidates or name in q.candidates):
                        owners.setdefault(name, c)
        if len(owners) != 1:
            return False
        ((name, claim),) = owners.items()
        draft.lead(t(lang, "word_of_one", name=name, word=word))
        draft.say(_quote(draft, claim, q, name))
        return True
    return False


def _superlative_elsewhere(draft: Draft, q: Question) -> bool:
    """ "PyTorch是GitHub上热度最高的框架吗?" against "TensorFlow…也是github上热度最高…": the article
    says it of another framework: no, with that sentence."""
    if not q.yes_no or q.negated or len(q.frameworks) != 1:
        return False
    found = _superlatives_anywhere(draft, q)
    if len(found) != 1 or q.frameworks[0] in found:
        return False
    ((name, claim),) = found.items()
    draft.lead(_with_reply(draft.lang, "wrong", t(draft.lang, "relation_elsewhere", found=name, asked=q.frameworks[0])))
    draft.say(_quote(draft, claim, q, name))
    return True


# ---------------------------------------------------------------- facts


def _fact(draft: Draft, q: Question, claims: Sequence[Claim], direct: bool) -> None:
    ctx, s, lang = draft.ctx, draft.ctx.settings, draft.lang
    vocab = ctx.corpus.vocab
    sep = t(lang, "list_sep")
    if not claims:
        return
    if len(q.frameworks) == 1 and (_company_meant(q, claims, ctx) or _outside_group(q, ctx)):
        # "美国芯片禁令对华为有什么影响?", "文章里为什么提到华为和芯片禁令?": 华为 the company, of which a
        # sentence sharing the question's words speaks ("…将华为逼到了非常被动的境地"), not its framework
        # MindSpore. "国产框架模仿TensorFlow就够了吗?": of the Chinese frameworks, TensorFlow only what
        # they would copy.
        q = dataclasses.replace(q, frameworks=())
    if q.asks_cause:
        _cause(draft, q, claims)
        return
    if _links(draft, q):
        return
    if _summaries(draft, q):
        return
    if _listing(draft, q, claims):
        return
    if _undefined(draft, q, claims):
        return
    if not (q.frameworks or q.requirements) and vocab.advice_asked(q.text) and _general_advice(draft, q, claims):
        return
    if not q.frameworks and vocab.which_most(q.text) and _superlative_anywhere(draft, q):
        return
    if not q.frameworks:
        # "What does the article conclude?": its own summing-up answers it, however far the words.
        direct = direct or (ctx.corpus.vocab.of_documents(q.aspects) and claims[0].reading.summary > 0)
        direct = direct or speaks_of_itself(q, claims[0], vocab)
        draft.direct = direct
        floor = claims[0].relevance - s.floor_gap
        # Of the sentences near the question, one sharing its own words leads ("自研的出路在哪？" →
        # "差异化…自研之路上的制胜关键"): nearness alone ranks the section's opening first.
        near = [c for c in claims[:40] if c.relevance >= floor]
        overlap = {c.index: c.content_overlap for c in near}
        own = q.original.strip()
        if own and own != q.text.strip():
            # A follow-up read with the last question ("那出路在哪?（为什么中国要自研…）"): the words the
            # user typed now say what is asked; the ones carried over only what about.
            typed = ctx.corpus.vocab.normalize(own)
            overlap = dict(zip(overlap, ctx.corpus.term_overlap(typed, list(overlap)), strict=True))
        # (A question about frameworks in general, "只学一个够吗?": the sentence on that leads.)
        general = vocab.general_aspects(q.aspects)
        first = max(
            near, key=lambda c: (bool(set(general) & set(c.reading.aspects)), round(overlap[c.index], 1), c.relevance)
        )
        if ctx.corpus.vocab.of_documents(q.aspects):
            # Asked what the article concludes: its own summing-up leads (the whole document's first).
            summing = [c for c in claims[:40] if c.reading.summary]
            first = max(summing, key=lambda c: (c.reading.summary, c.relevance), default=first)
        rest = [c for c in claims if c is not first]
        if first.reading.summary > 1:
            # The whole document's summing-up leads; a section's ("小结:TensorFlow…") is not its conclusion.
            rest = [c for c in rest if c.reading.summary != 1]
        picks = [first, *mmr(rest, ctx.vectors, min(3, s.max_citations) - 1, s.mmr_lambda, floor)]
        asked = dataclasses.replace(q, text=own) if own and own != q.text.strip() else q
        drawn = _drawn_from(q, claims, ctx)
        if drawn is not None:
            # "What does the article conclude from the chip ban?": what it draws from that, not its
            # closing words on something else.
            picks = [*drawn, *(c for c in picks if c.index not in {d.index for d in drawn})][: len(picks)]
        before = next((b for c in [first, *near] if (b := _stated_before(draft, asked, c)) is not None), None)
        if before is not None:
            # "…的出路在哪里？" against "差异化…是制胜关键。单纯依靠模仿的框架肯定是没有出路的": the words
            # asked are shared only under a negation; the sentence it sets against states the answer.
            picks = [before, *(c for c in picks if c.index != before.index)][: len(picks)]
        denier = next((c for c in claims[:10] if _denies(c, q, ctx)), None) if direct and q.yes_no else None
        if denier is not None:
            # "深度学习框架有没有最好的?" against "框架并无“最好”与“最坏”之分": the sentence that denies it leads.
            picks = [denier, *(c for c in picks if c.index != denier.index)][: len(picks)]
        # "文章认为市场会被一家垄断吗?" against "…注定不可能由某个企业、某个产品垄断": no. "是不是说框架没有
        # 最好的?" against "框架并无“最好”与“最坏”之分": yes, it denies what the question denies.
        agreer = None
        if denier is None and direct and q.yes_no:
            agreer = next((c for c in claims[:10] if _says_not(c, q, ctx) and _asks_not(c, q, ctx)), None)
        if agreer is not None:
            picks = [agreer, *(c for c in picks if c.index != agreer.index)][: len(picks)]
        reply = "no" if denier is not None else "yes" if agreer is not None else ""
        draft.lead(_with_reply(lang, reply, t(lang, "fact_general" if direct else "not_direct")))
        # (Asked of no framework, a sentence on several in turn is quoted whole: "就像TensorFlow也曾一家
        # 独大,但PyTorch横空出世…" cut at its first clause would say the opposite.)
        draft.say(
            *[
                draft.line(c, "fact", "/".join(c.subjects)) if c.reading.per_clause else _quote(draft, c, q)
                for c in picks
            ]
        )
        return
    if _part_elsewhere(draft, q, claims) or _common_languages(draft, q):
        return
    names = sep.join(q.frameworks)
    # What the article says of the framework itself; a sentence naming it in passing only if nothing else.
    own = [c for c in claims if any(c.mainly_about(f) for f in q.frameworks)]
    own = own or [c for c in claims if any(c.about(f) for f in q.frameworks)]
    if not own:
        draft.direct = False
        # "还有别的吗?" after all it says was shown: nothing more, not "nothing about it".
        draft.say(t(lang, "nothing_more" if q.seen else "not_said", name=names))
        return
    subject = next(f for f in q.frameworks if any(c.about(f) for c in own))
    summed: list[Claim] = []
    if len(q.frameworks) == 1 and vocab.view_aspect and vocab.view_aspect in q.aspects:
        # "作者对Keras站哪边?", "Keras的小结?": how the documents sum it up ("小结:…") leads, found
        # wherever it lies.
        summed = _summed_up(ctx, subject, own)
        own = summed + [c for c in own if all(c.index != d.index for d in summed)]
    if (
        q.yes_no
        and not (q.negated or (q.negative and not _ranks_overall(q, vocab)) or q.needs)
        and len(q.frameworks) == 1
    ):
        # (Not "best for research?": the article does rank them on a need.)
        # "文章说TensorFlow是最好的框架,对吗?" against "框架并无“最好”与“最坏”之分": what is asked of
        # one framework the article denies of any (it had been "是的" from TensorFlow's praise).
        corpus = ctx.corpus  # (all its general sentences: they are not near a question on one framework)
        general = (corpus.claim(i) for i, r in enumerate(corpus.index.readings) if r.subject == GENERAL)
        denier = next((c for c in general if corpus.quotable[c.index] and _denies(c, q, ctx)), None)
        if denier is not None:
            draft.lead(_with_reply(lang, "no", t(lang, "denied_of_all")))
            draft.say(_quote(draft, denier, q))
            return
    # (Not a lookup among a list: "在这六个中，哪个主打自动并行？" asks for one of them.)
    both = [c for c in own if _relates(c, q.frameworks)] if len(q.frameworks) >= 2 and not q.candidates else []
    if not both and (_relation_elsewhere(draft, q) or _superlative_elsewhere(draft, q)):
        return
    if both and not q.slots:
        # "Keras是基于TensorFlow的吗？": what the article says of the two together comes first.
        own = both + [c for c in own if c not in both]
    # "What is TNN?" (not "What are the features of TNN?"): the list says what it is.
    asks_what = vocab.asks_what_it_is(q.text)
    if len(q.frameworks) == 1 and q.overview and not (q.suits or asks_what) and (listing := _only_listed(ctx, subject)):
        # "Jittor有什么特点?": the documents only name it among others; the list is no description.
        draft.direct = False
        draft.lead(t(lang, "only_listed", name=draft.display(subject)))
        draft.say(*[_quote(draft, c, q, subject) for c in listing[: s.max_citations]])
        return
    matching, gap, topic, unspoken = _asked(q, own, subject, draft)
    # Nothing recognisable is asked and no sentence is near it ("PyTorch在火星上能用吗？"), unless
    # a sentence shares most of the question's words: the article does not answer it directly.
    # A question about things the corpus never names ("PyTorch在强化学习上怎么样？") is not answered by
    # what the article says of the framework, unless a sentence shares its words; nor is one no
    # sentence comes near.
    unnamed = ctx.corpus.novel_terms(q.text)
    others_only = ctx.corpus.said_of_others_only(q.text, q.frameworks)
    unrecognised = not matching and not q.overview and (not direct or bool(unnamed or others_only))
    if unrecognised and any(c.content_overlap >= s.stated_overlap for c in own):
        matching, unrecognised = [c for c in own if c.content_overlap >= s.stated_overlap], False
    shown_name = joined(lang, q.frameworks) if both and not q.slots else draft.display(subject)
    if gap or unrecognised:
        # The article does not state what is asked: say so, then what it says of the framework
        # nearest to it.
        draft.direct = False
        # What it says of the framework at all is worth showing for its history ("谁开发的？") and
        # its sides ("缺点？"); for a need it never speaks to ("商用有没有限制？"), only what is on it.
        # (What it is good for, when the article lists nothing: what it does say of it, "TNN…开源".)
        near = _near_gap(q, own, draft, on_topic_only=not (q.slots or q.wants or q.suits))
        said = [i for w in others_only for i in ctx.corpus.using(w) if ctx.corpus.quotable[i]]
        if said and not (gap or near or unnamed):
            # "Keras也可以吗?（混合使用符号编程和命令式编程）": said of MXNet only, and that is the answer,
            # in the sentence using most of those words ("循环神经网络", not "神经网络库").
            found = sorted(set(said))
            overlap = dict(zip(found, ctx.corpus.term_overlap(vocab.normalize(q.text), found), strict=True))
            said = sorted(found, key=lambda i: (-said.count(i), -overlap[i], i))[:1]
            others = [f for i in said for f in ctx.corpus.claim(i).subjects if f != GENERAL]
            draft.lead(t(lang, "said_of_others_this", others=joined(lang, others), name=shown_name))
            for c in map(ctx.corpus.claim, said):
                draft.say(draft.line(c, _role(c, c.reading.subject), c.reading.subject))
            return
        if not (gap or near) and unnamed:
            # "Keras：Transformer 呢?": it never names that thing; what it says of the framework
            # nearest to the question, after saying so, not a bare "does not answer".
            near = _near_gap(q, own, draft)
        mine = [c for c in own if c.about(subject)][:2]
        worth_only = q.yes_no and len(q.frameworks) == 1 and not q.needs and vocab.asks_worth(q.text)
        if not near and mine and worth_only:
            # "Should I use Jittor?": the article gives no advice on it, but it does name it, and
            # what it says of it is what there is (not a bare "does not answer").
            draft.lead(t(lang, "no_advice", name=shown_name))
            draft.say(*[_quote(draft, c, q, subject) for c in mine])
            return
        draft.lead(gap or t(lang, "not_direct" if near else "not_answered"))
        if unnamed and not gap:
            draft.say(t(lang, "never_named", terms=t(lang, "list_sep").join(as_written(w, q.text) for w in unnamed)))
        if gap and matching:
            # What it does say in place of what was asked ("只说了它的侧重：" "Mindspore深耕…").
            draft.say(*[_quote(draft, c, q, subject) for c in matching[:2]])
            return
        side = [
            c for c in own if q.wants in ("pro", "con") and c.stance_of(subject) == q.wants and c.mainly_about(subject)
        ]
        if side and q.needs and not any(r.spec.asked_in(vocab.normalize(q.text)) for r in q.needs):
            # "我去做部署" → "那如果换TF,我该注意哪些坑": none on deployment, but the article's other
            # warnings about it are what the reader asked for (its praise of TF's deployment was not).
            side = _listed(side) or side
            _section(draft, t(lang, f"other_{q.wants}s", name=names), [_quote(draft, c, q, subject) for c in side[:3]])
            return
        _section(draft, t(lang, "what_it_says", name=names), [_quote(draft, c, q, subject) for c in near])
        return
    never, unspoken = _unnamed(q, own, subject, unnamed, others_only, unspoken, draft)
    # Nothing recognisable asked: the sentences sharing most of the question's words first
    # ("Does Keras support RNNs?" → "支持实现卷积神经网络和循环神经网络").
    stating = [c for c in own if c.content_overlap >= s.stated_overlap]
    matching = matching or stating + [c for c in own if c not in stating]
    if q.wants == "both":
        draft.lead(t(lang, "fact_mixed", name=subject, topic=""))
        for wanted, head in (("pro", "pros_head"), ("con", "cons_head")):
            items = [c for c in own if c.stance_of(subject) == wanted and c.mainly_about(subject)]
            items = _listed(items) or items
            if items:
                draft.say("", t(lang, head))
                draft.say(*[_quote(draft, c, q, subject) for c in items[: max(2, s.max_citations)]])
        return
    shown_topic = t(lang, "topic_of", topic=topic) if topic else ""
    voices = [v for v in ctx.corpus.vocab.voices if v in ctx.corpus.vocab.normalize(q.text)]
    voiced = [c for c in own if any(v in c.sentence.text for v in voices) and c.mainly_about(subject)]
    if voiced and q.wants in ("pro", "con"):
        # "支持的人咋说?": what the article reports its supporters saying ("支持者认为…"), not its
        # own list of strengths.
        draft.lead(_stance_line(lang, subject, shown_topic, voiced, shown_name, reporters=vocab.reporters))
        draft.say(*[_quote(draft, c, q, subject) for c in voiced[: s.max_citations]])
        return
    # ("这样有什么好处?（混合使用符号编程和命令式编程）": the sentence saying so, not the whole list.)
    stating_one = bool(matching) and matching[0].content_overlap >= s.stated_overlap
    if q.wants in ("pro", "con") and not topic and not q.requirements and not stating_one:
        # "TensorFlow有哪些缺点？" is answered by the list the article gives, in its order.
        listed = _listed([c for c in matching if c.sentence.list_head])
        if listed and q.item:
            # "MXNet的第一个踩坑预警是什么?": that item of the list (a bullet, of one or more
            # sentences), or, where the list is shorter, how long it is and all of it.
            first = listed[0].sentence
            lines = sorted({x.line for x in ctx.corpus.index.sentences if _one_list(x, first)})
            head = first.list_head.rstrip(":：")
            number = q.item if q.item > 0 else len(lines) + 1 + q.item  # "the last drawback": from the end
            if 1 <= number <= len(lines):
                item = [c for c in own if _one_list(c.sentence, first) and c.sentence.line == lines[number - 1]]
                if item:
                    item = sorted(item, key=lambda c: c.sentence.start)
                    draft.lead(t(lang, "list_item", name=shown_name, head=head, n=number))
                    draft.say(*_bullets(draft, item, q, subject))
                    return
            else:
                draft.lead(t(lang, "list_count", name=shown_name, head=head, n=len(lines)))
        if listed:
            # (At most list_limit items, each shown whole.)
            kept = sorted({c.sentence.line for c in listed})[: s.list_limit]
            listed = [c for c in listed if c.sentence.line in kept]
            draft.lead(_stance_line(lang, subject, shown_topic, listed, shown_name, reporters=vocab.reporters))
            if ctx.corpus.vocab.counts_items(q.text):
                # "有几条?": the items of the article's own list (an item may run to several sentences).
                first = listed[0].sentence
                n = len({x.line for x in ctx.corpus.index.sentences if _one_list(x, first)})
                draft.say(t(lang, "list_count", name=shown_name, head=first.list_head.rstrip(":："), n=n))
            draft.say(*_bullets(draft, listed, q, subject))
            return
    # ("什么时候发布的?" asks each one's release, not the date of what passed between them.)
    release_asked = "date" in vocab.slots and bool(vocab.slots["date"].prefer(q.text))
    # "Caffe2是不是2018年并入PyTorch的?" proposes the value of what passed between them.
    proposes = bool(re.search(r"(?:19|20)\d{2}", q.text) or vocab.organizations_in(q.text))
    asked_between = not (q.yes_no and not proposes)
    if q.slots and both and asked_between and not (release_asked or vocab.ranks(q.text) or vocab.respectively(q.text)):
        # "PyTorch和Caffe2有什么关系?" → "那是哪一年的事?": what passed between the two, dated where it
        # is told ("2018年Caffe2正式并入PyTorch"), not each one's own first date.
        called = [n for f in q.frameworks for n in vocab.names_for(f)]
        slot = q.slots[0]
        told = next(((c, v) for c in both if (v := vocab.slots[slot].value_in(c.sentence.text, called))), None)
        if told is not None and len(q.slots) == 1:
            claim, value = told
            together = "/".join(q.frameworks)
            marks = draft.mark(claim, "fact", together)
            value = shown_value(lang, _trim_value(value), vocab.organizations)
            both_named = joined(lang, list(q.frameworks))
            reply = ("yes" if _proposed(value, q.text, vocab.organizations) else "wrong") if q.yes_no else ""
            draft.lead(
                _with_reply(
                    lang,
                    reply,
                    t(lang, "stated_of_both", names=both_named, slot=t(lang, f"slot_{slot}"), value=value, marks=marks),
                )
            )
            draft.say(draft.line(claim, "fact", together))
            return
    if q.slots and len(q.frameworks) >= 2 and not q.overview:
        # "TensorFlow和PyTorch哪个更老？": each one's fact, read off sentences about that one.
        facts, shown, dates, unstated = [], [], [], []
        release = ctx.corpus.vocab.slots["date"].prefer
        proposed = ""  # "OneFlow是华为的吗?" (华为 read as its framework, MindSpore): the first one's maker
        for name in q.frameworks:
            mine = [c for c in matching if c.mainly_about(name)]
            firsts = _leads(dataclasses.replace(q, frameworks=(name,)), mine, draft) if mine else []
            stated = _stated_values(draft, q, firsts, name)
            maker = name == q.frameworks[0] and stated and q.yes_no and q.slots in (("maker",), ("backer",))
            if maker and ctx.corpus.vocab.organizations_in(q.text):
                orgs = ctx.corpus.vocab.organizations
                proposed = "yes" if any(_proposed(v, q.text, orgs) for _, v in stated) else "wrong"
            facts += [line for line, _ in stated]
            unstated += [] if stated else [name]
            # Only release dates order them: "2016年被AWS选择" is not when MXNet came out.
            dates += [
                (name, value)
                for _, value in stated[:1]
                if q.slots == ("date",) and any(value in c.sentence.text and release(c.sentence.text) for c in firsts)
            ]
            shown += [(c, name) for c in firsts if all(c.index != d.index for d, _ in shown)]
        if facts:
            joined_facts = t(lang, "stated_join").join(facts)
            order = _date_order(q, dates, ctx.corpus.vocab)
            # "PyTorch比TensorFlow发布得早吗？" proposes that the first one named came first.
            reply = ("yes" if order[1] == q.frameworks[0] else "wrong") if order and q.yes_no else proposed
            draft.lead(
                _with_reply(lang, reply, t(lang, f"stated_{order[0]}", name=order[1], facts=joined_facts))
                if order
                else _with_reply(lang, reply, t(lang, "stated", facts=joined_facts))
            )
            slot = t(lang, "list_sep").join(t(lang, f"slot_{x}") for x in q.slots)
            # "TensorFlow比Keras早吗？": the article dates only one of them.
            draft.say(*[t(lang, "not_slot", name=name, slot=slot).strip("*") for name in unstated])
            draft.say(*[_quote(draft, c, q, name) for c, name in shown])
            return
    if q.overview:
        leads = _overview(own, subject, ctx, aims=bool(vocab.focus_asked(q.text)))
        # ("文章怎么看TensorFlow?": its summing up first, then the rest of the overview.)
        leads, rest = (summed + [c for c in leads if c.index not in {d.index for d in summed}])[: s.max_citations], []
    else:
        leads = _leads(q, matching, draft)
        if q.slots:
            # "TF2.0是哪年出的，跟1.0兼容吗？" asks a fact and a quality: the quality's sentence too; a
            # quality named only by the words asking the fact is none ("哪家公司支持" asks no
            # industry use).
            # (Spans may overlap, "谁家的"/"谁家"/"家的": each character asking the fact is blanked
            # in place, so no other word is cut.)
            slots = dict.fromkeys([*q.slots, *(y for x in q.slots for y in vocab.slots[x].supersedes)])
            beside = blank_spans(q.text, (span for slot in slots for span in vocab.slots[slot].words.spans(q.text)))
            spoken = set(vocab.aspects_in(beside))
            for a in [a for a in q.aspects if a in vocab.aspect_criteria and a in spoken]:
                on = [c for c in own if a in c.reading.aspects and c not in leads and c.mainly_about(subject)]
                if on:  # the one sharing the question's words ("兼容" → "版本间不兼容"), else the nearest
                    leads.append(max(on, key=lambda c: (round(c.content_overlap, 2), c.relevance)))
        floor = min(claims[0].relevance, leads[0].relevance) - s.floor_gap
        # Beyond what states the asked fact, what the article says of the framework nearest the question.
        related = matching if (q.requirements or q.wants or q.slots or q.suits) else own
        rest = [c for c in mmr(related, ctx.vectors, 3, s.mmr_lambda, floor) if c not in leads][
            : max(0, 3 - len(leads))
        ]
    stated = _stated_values(draft, q, leads, subject)
    facts = [line for line, _ in stated]
    values = [value for _, value in stated]
    criteria = [a for a in q.aspects if a in ctx.corpus.vocab.aspect_criteria and a not in FRAME_ASPECTS]
    if values and q.slots and not (criteria or q.wants or q.proposal):
        rest = []  # "后者是哪年出来的?": the year, stated; other sentences of it only pad the answer
    if "date" in q.slots and not q.proposal:  # (a value put against the answer: against the one it states)
        # "是2017年才开源的吧？" is settled only by a date the article gives for a release, not by
        # "2017年1月,MXNet项目进入Apache基金会"; another event by a sentence on that event.
        release = ctx.corpus.vocab.slots["date"].prefer

        versions = _versions_asked(q, vocab)
        names = [n for f in q.frameworks for n in vocab.names_for(f)]

        def dates_it(c: Claim) -> bool:  # the sentence dates the event asked about
            if versions:
                # "TensorFlow 1.0是什么时候发布的?": the framework's first release, or the date of
                # "TensorFlow2.0", is no date of 1.0.
                return _names_version(c.sentence.text, names, versions)
            if release(q.text):
                return bool(release(c.sentence.text))
            # "被AWS选为…", said so or with the company the question names ("chosen by AWS in 2015?").
            return (
                bool(release(c.sentence.text))
                or c.content_overlap >= s.stated_overlap
                or any(v in c.sentence.text and _proposed(v, q.text, vocab.organizations) for v in others)
            )

        others = [v for v in values if not re.search(r"(?:19|20)\d{2}", v)]

        values = [v for v in values if any(v in c.sentence.text and dates_it(c) for c in leads)]
        if release(q.text) or versions:
            facts = [line for line, value in stated if value in values]
        if stated and not facts:
            # "Caffe2什么时候发布的?": "2018年Caffe2正式并入PyTorch" dates a merge, not its release
            # (it had been given as Caffe2's date).
            draft.direct = False
            asked = f"{draft.display(subject)} {versions[0]}" if versions else draft.display(subject)
            draft.lead(t(lang, "not_slot", name=asked, slot=t(lang, "slot_release")))
            _section(
                draft,
                t(lang, "what_it_says", name=draft.display(subject)),
                [_quote(draft, c, q, subject) for c in leads],
            )
            return
    # "还值得学TF吗？" names no quality to judge by: what the documents advise on it settles it,
    # and leads.
    advised: list[Claim] = []
    advice: list[Claim] = []
    beside = set(FRAME_ASPECTS) | set(vocab.worth_ignores)  # "worth learning" asks no ease of learning
    worth = q.yes_no and bool(vocab.asks_worth(q.text)) and not [a for a in q.aspects if a not in beside]
    if worth:
        # (From all it says of the framework: across languages the advice may not be among the nearest.)
        advice = [
            c
            for c in [*leads, *rest, *(c for c in own if c not in leads and c not in rest)]
            if "advice" in c.reading.aspects and c.mainly_about(subject) and c.stance_of(subject) != "neutral"
        ]
        # "As a beginner, should I skip MXNet?" is judged on the need it states: advice for those
        # short of memory does not settle it.
        advised = [c for c in advice if all(c.meets(r, subject) for r in q.needs)][:2]
        if len({c.stance_of(subject) for c in advised}) == 1:
            leads, rest = advised + [c for c in leads if c not in advised], [c for c in rest if c not in advised]
            shown_topic = ""  # "worth learning" is judged by the advice, not on how hard it is to learn
        else:
            advised = []
    other = None
    if q.yes_no and not (values or advised or q.overview):
        near = claims[0].relevance - s.other_side_gap
        other = _other_side(q, [c for c in own if c.relevance >= near], [*leads, *rest], subject)
    if other is None and worth and not advised and q.needs:
        # "新手值得学TensorFlow吗?": hard to start with, yet "投入时间学习算是一项相当不错的选择" (advice
        # given to all; "对资源不够的朋友来说是一个不错的选择" is for some, and reads neutral).
        sides = {c.stance_asked(subject, _asked_aspects(q)) for c in _on_need(q, [*leads, *rest], subject)}
        sides -= {"neutral"}
        other = next(
            (
                c
                for c in advice
                if len(sides) == 1
                and c.reading.aspect_stance.get(subject, {}).get("advice", sides) not in sides | {"neutral"}
            ),
            None,
        )
    weighed = other is not None and other in advice and other not in leads
    if weighed:
        # "新手值得学TensorFlow吗?" asks whether it is worth it: the article's advice answers that,
        # and leads; what makes it hard for the asker follows as its caveat.
        rest = [c for c in [*leads, *rest] if c is not other][: max(1, len(leads) + len(rest) - 1)]
        leads = [other]
    elif other is not None and other not in leads and other not in rest:
        # "Keras到底适不适合新手？": the article speaks both ways on it ("最易上手", "忽略底层原理"); the
        # answer shows both sides, and no plain yes or no, whichever side the nearest quotes took.
        rest = [*rest[: max(0, len(rest) - 1)], other] if rest else [other]
    if advised and not values and len(q.frameworks) > 1:
        # "以前用TF1,现在要不要换PyTorch?": advice on one of the two ("…投入时间学习TensorFlow算是一项
        # 相当不错的选择") answers no switch from one to the other, either way.
        reply = ""
    elif advised and not values:
        # All of the advice shown takes one side (checked above): that side is the answer.
        reply = "yes" if (advised[0].stance_of(subject) == "pro") != q.negative else "no"
    else:
        reply = _yes_no(q, values, [*leads, *rest], subject, vocab)
        if (
            reply == "no"
            and not q.negative
            and vocab.asks_capability(q.text)
            and not any(vocab.inability(c.sentence.text) for c in leads[:1])
        ):
            # "TF能在手机上跑吗?": a warning that it is bloated and slow there says it runs badly, not
            # that it cannot run (blind round 57 answered 不); only a sentence saying it cannot
            # ("…很多开源代码无法在新版本上运行") says no.
            reply = ""
        elif reply == "no" and not q.negative and vocab.asks_capability(q.text) and leads:
            # "Will my old TF1 code still run?" against "…很多开源代码无法在新版本上运行": much of it
            # will not, which is no plain "no".
            clause = next((p for p in re.split(r"[,，;；]", leads[0].sentence.text) if vocab.inability(p)), "")
            at = vocab.inability.first(clause)
            if at > 0 and vocab.partial(clause[:at]):
                reply = "partly"
    if leads and _not_only(leads[0], q, ctx):
        reply = "no"  # "MXNet只支持Python吗?": it supports Python, among six more
    # (A "rather not" first: "与其说Keras是一个深度学习框架,不如说…" uses the question's own words too.)
    if not reply and any(_rather_not(c, q, ctx) or _denies(c, q, ctx) for c in leads[:1]):
        reply = "no"  # "Keras算是深度学习框架吗?" against "与其说Keras是一个深度学习框架,不如说它是…"
    if not reply and any(_affirms(c, q, ctx) for c in [*leads[:1], *rest[:2]]):
        reply = "yes"  # "Keras支持RNN吗？": the sentence says so in the question's own words
    remedied = None
    if q.negated or never or other is not None:
        reply = ""  # "不支持Go吗？" — "是的" would read both ways; the line below states the fact
    if (q.yes_no and (vocab.asks_remedy(q.text) or vocab.asks_remedy(q.original))) or vocab.fix(q.text):
        # "Did Google do anything about it?" asks for a remedy, which a warning does not deny: yes
        # where a quote shown names one ("Google针对这一问题又开发了TensorFlow Lite"), else no word.
        # ("Is there a fix for the mobile one?" asks what it is: named, with no yes or no.)
        remedied = next((c for c in [*leads[:1], *rest[:2]] if vocab.remedy(c.sentence.text)), None)
        reply = "yes" if remedied is not None and q.yes_no else ""
    if worth and not advised and not q.needs:
        reply = ""  # worth it, with no advice of the article's shown: not settled by how hard it is to learn
    if (
        reply == "yes"
        and _asks_rank(q, vocab)
        and not any(vocab.strong(c.sentence.text) or vocab.outranks(c.sentence.text) for c in [*leads, *rest])
    ):
        reply = ""  # "PyTorch是部署最差的框架吗?": a weakness it names is no rank it gives
    if reply == "no" and not q.negative and vocab.asks_normal(vocab.normalize(q.text)):
        # "代码全挂了,这正常吗?" against "…很多开源代码无法在新版本上运行": what the article warns of is
        # to be expected; a warning is no "no, that is not normal".
        reply = "yes"
    if reply == "yes" and q.negative and vocab.asks_severity(q.text):
        # "这一点很致命吗？": the article lists it as a weakness; it is serious only where it says so.
        shown = [c for c in [*leads, *rest] if c.stance_of(subject) == "con"]
        reply = reply if any(vocab.severe(c.sentence.text) for c in shown) else ""
    if reply in ("yes", "no") and q.needs and not values:
        # A plain yes or no rests on the quotes on what is asked; a "related" one beside it that is
        # not on that, and takes the other side ("支持者认为…对菜鸟们绝对是很好的敲门砖" under "我想真正
        # 搞懂底层原理,用Keras入门会不会不太好? 是的"), reads as contradicting it.
        on = _on_need(q, [*leads, *rest], subject)
        asked = _asked_aspects(q)
        sides = {c.stance_asked(subject, asked) for c in on} - {"neutral"}
        against = {"pro": "con", "con": "pro"}[sides.pop()] if len(sides) == 1 else ""
        rest = [c for c in rest if c in on or c.stance_asked(subject, asked) != against]
    if facts and len(q.frameworks) == 1 and not (q.proposal or (q.yes_no and {"maker", "backer"} & set(q.slots))):
        # (A company proposed as the maker or backer in a yes/no question is answered "不对" with the
        # one the article names; one proposed beside a date, "MXNet是2016年被Google选中的吗?", is not
        # confirmed by the date alone.)
        mine = [ctx.corpus.index.sentences[j].text for j in ctx.corpus.by_subject.get(subject, ())]
        if unnamed_orgs := _orgs_unnamed(q.text, mine, vocab):
            # "MXNet是哪一年被微软选为官方深度学习平台的?": the article names AWS there, and never
            # Microsoft with MXNet; the year is AWS's choice, not a Microsoft one.
            draft.lead(t(lang, "org_unlinked", name=subject, proposed=joined(lang, unnamed_orgs)))
            reply = ""
    on = _asked_aspects(q)

    def left_open(worded: bool) -> Claim | None:
        """The sentence shown that leaves what was asked open ("…适不适合推荐则是见仁见智"), on what
        was asked ("Keras能做CNN吗" is not left open by it); `worded`: or sharing its words."""
        return next(
            (
                c
                for c in [*leads, *rest, *matching]
                if vocab.hedges(c.sentence.text)
                and c.stance_of(subject) == "neutral"
                and c.mainly_about(subject)
                and (on & set(c.reading.aspects) or (worded and c.content_overlap >= s.stated_overlap))
            ),
            None,
        )

    hedge = None
    if q.yes_no and not (reply or facts) and leads and len(q.frameworks) == 1:
        hedge = left_open(worded=True)
    elif q.yes_no and reply in ("yes", "no") and not facts and leads and len(q.frameworks) == 1:
        # "Should I start with Keras?": yes, by "…Keras可能会是最易上手的一个工具"; but the article
        # also leaves it open ("…Keras到底适不适合推荐则是见仁见智"): a plain "Yes" overstates it.
        reserved = left_open(worded=False)
        if reserved is not None and leads[0].stance_of(subject) == ("pro" if reply == "yes" else "con"):
            # (on the praise or the warning the answer rests on; "会不会学不到底层原理?" is confirmed
            # by the warning that says so, whatever is left open about recommending it)
            reply = f"{reply}_hedged"
            if reserved not in leads and reserved not in rest:
                rest = [*rest, reserved]
    plain = vocab.normalize(q.text)
    if hedge is not None:
        # "作者到底推不推荐初学者用Keras?直接说是或否" against "…Keras到底适不适合推荐则是见仁见智": the
        # article leaves it open, and says so; that is the answer, not "the article's words on it".
        draft.lead(t(lang, "hedged", name=shown_name))
        leads, rest = [hedge, *(c for c in leads if c is not hedge)], [c for c in rest if c is not hedge]
    elif (
        (vocab.fix(plain) or vocab.asks_way(plain))
        and not facts
        and not any(
            (vocab.remedy(c.sentence.text) or "advice" in c.reading.aspects)
            # (on what was asked: TensorFlow Lite eases its size on phones, not learning it)
            and (on & set(c.reading.aspects) or c.content_overlap >= s.stated_overlap / 2)
            for c in [*leads, *rest]
        )
    ):
        # "TensorFlow：有什么办法能降低难度吗?": the article gives no way; what it says is the difficulty.
        draft.direct = False
        draft.lead(t(lang, "no_fix", name=shown_name))
    elif facts:
        draft.lead(_with_reply(lang, reply, t(lang, "stated", facts=t(lang, "stated_join").join(facts))))
    elif advised:
        draft.lead(
            _with_reply(
                lang, reply, _stance_line(lang, subject, shown_topic, advised, shown_name, reporters=vocab.reporters)
            )
        )
    elif worth and not q.needs and not reply:
        # "推荐用OneFlow吗？": the article gives no advice on it either way; what it says of it is no
        # verdict ("…以其独特设计引起关注" is why it drew notice, not a reason to use it).
        draft.direct = False
        draft.lead(t(lang, "no_advice", name=shown_name))
    elif _supported(q, matching, subject):
        # "TensorFlow支持Go吗？": a language list names it — it supports it, not "views it positively".
        draft.lead(_with_reply(lang, reply, t(lang, "fact_supports", name=shown_name, topic=topic)))
    elif weighed:
        draft.lead(t(lang, "fact_mixed", name=shown_name, topic=shown_topic))
    elif remedied is not None and (tools := _parts_named(vocab, remedied.sentence.text)):
        # "Google对此做了什么吗?": what it did, named ("TensorFlow Lite"), not "it points out weaknesses".
        marks = draft.mark(remedied, "fact", subject)
        draft.lead(
            _with_reply(lang, reply, t(lang, "remedy_named", name=shown_name, tools=joined(lang, tools), marks=marks))
        )
    elif q.wants in ("pro", "con") or (topic and not q.slots):
        on = _on_need(q, [*leads, *rest], subject)
        draft.lead(
            _with_reply(
                lang,
                reply,
                _stance_line(lang, subject, shown_topic, on, shown_name, _asked_aspects(q), not reply, vocab.reporters),
            )
        )
    elif q.suits and matching:
        draft.lead(t(lang, "fact_suits", name=shown_name))
    else:
        draft.lead(_with_reply(lang, reply, t(lang, "fact_neutral", name=shown_name, topic=shown_topic)))
    if unspoken:
        draft.say(unspoken)
    also = False
    if (
        reply != "yes"
        and remedied is None
        and leads
        and leads[0].stance_of(subject) == "con"
        and vocab.remedy(leads[0].sentence.text)
        and (tools := _parts_named(vocab, leads[0].sentence.text))
    ):
        # "TensorFlow适合做手机端部署吗?": no, it is bloated there, and the same sentence names what was
        # made for that ("Google针对这一问题又开发了TensorFlow Lite"); a bare warning would overstate it.
        draft.say(t(lang, "remedy_also", tools=joined(lang, tools), marks=_mark_as_quoted(draft, leads[0], q, subject)))
        also = True
    if (
        lang == "en"
        and not (facts or reply or also or remedied)
        and leads
        and (named := _names_in(draft, q, leads[0], subject))
    ):
        # "So what did Google do about it?": the names the Chinese quote gives, readable in English.
        draft.say(t(lang, "named_in_quote", names=joined(lang, named)))
    # A sentence about the two together is quoted whole ("就像TensorFlow也曾一家独大,但PyTorch…").
    together = "/".join(q.frameworks)
    draft.say(*[draft.line(c, "fact", together) if c in both else _quote(draft, c, q, subject) for c in leads])
    if rest:
        _section(draft, t(lang, "also"), [
            draft.line(c, "fact", together) if c in both else _quote(draft, c, q, subject) for c in rest
        ])  # fmt: skip
    _better_on(draft, q, claims, subject, [*leads, *rest])


def _general_advice(draft: Draft, q: Question, claims: Sequence[Claim]) -> bool:
    """ "文章还给了什么建议？": what the documents advise anyone ("…这些深度学习框架都是工具,学的越多,
    可选择的余地越大"), nearest first; not one framework's praise, nor advice naming a framework."""
    corpus = draft.ctx.corpus
    pool = [*claims, *corpus.quotable_claims()]
    found: dict[int, Claim] = {}
    for c in pool:
        if (
            {"advice", "conclusion"} & set(c.reading.aspects)
            and not corpus.vocab.frameworks_in(c.sentence.text)
            and all(c.stance_of(f) == "neutral" for f in c.reading.subjects)
            and not any(c.sentence.text in shown for shown in q.seen)  # ("还有别的建议吗?": not again)
        ):
            found.setdefault(c.index, c)
    if not found:
        return False
    draft.direct = True
    draft.lead(t(draft.lang, "general_advice"))
    draft.say(*[draft.line(c, "fact", GENERAL) for c in list(found.values())[: draft.ctx.settings.max_citations - 1]])
    return True


def _only_listed(ctx: Context, name: str) -> list[Claim]:
    """The sentences naming the framework, when every one names it only as an item of a list of
    frameworks ("华为Mindspore、旷视MegEngine、腾讯TNN、清华Jittor等…"); else none."""
    vocab = ctx.corpus.vocab
    found = []
    for i in ctx.corpus.by_subject.get(name, ()):
        text = ctx.corpus.index.sentences[i].text
        spans = [m for m in vocab.mentions(text) if m.name == name]
        if len(vocab.frameworks_in(text)) < 3 or not spans:
            return []
        if not all("、" in text[max(0, m.start - 4) : m.start] + text[m.end : m.end + 4] for m in spans):
            return []  # it has a clause of its own ("MegEngine追求训练推理一体化")
        if ctx.corpus.quotable[i]:
            found.append(ctx.corpus.claim(i))
    return found


def term_named(q: Question, ctx: Context) -> tuple[str, str, list[int]]:
    """The term a "what is …" question asks about as the documents write it, as the answer shows
    it, and the sentences naming it; empty when it asks no term or they never name it."""
    vocab = ctx.corpus.vocab
    term = vocab.term_asked(q.text)
    if len(term) < 2:
        return "", "", []
    sentences = ctx.corpus.index.sentences
    shown_term = term
    written = vocab.in_document_words(term)  # "dynamic computation graph" as the documents write it
    if written != term and any(written.lower() in x.text.lower() for x in sentences):
        term, shown_term = written, f"{term} ({written})"
    naming = [i for i, x in enumerate(sentences) if term.lower() in x.text.lower()]
    if not naming and not has_cjk(term):
        # "the Actor model", "the SBP mechanism" of documents that write "Actor模型", "SBP机制": by
        # the name in it that they write as it is.
        name_word = next((w for w in re.findall(r"[A-Za-z][\w+#-]*", term) if w[0].isupper() or w.isupper()), "")
        word = re.escape(name_word)
        naming = [i for i, x in enumerate(sentences) if name_word and re.search(rf"(?<![A-Za-z]){word}", x.text)]
        term = shown_term = name_word or term
    return (term, shown_term, naming) if naming else ("", "", [])


def _undefined(draft: Draft, q: Question, claims: Sequence[Claim]) -> bool:
    """ "SBP是什么?", "What is SBP in OneFlow?": the documents name the term but no sentence says what
    it is. The answer says so, then quotes where it is named (the nearest first), rather than
    presenting a sentence that only names it as the answer."""
    ctx, lang = draft.ctx, draft.lang
    vocab = ctx.corpus.vocab
    sentences = ctx.corpus.index.sentences
    term, shown_term, naming = term_named(q, ctx)
    if not naming:
        return False  # a term the documents never use: the novel-term answers say so
    if q.frameworks and any(vocab.slots[x].words(term) for x in q.slots):
        # "What's the license of MXNet?" asks MXNet's licence (a fact slot), not what a licence is
        # (it had quoted TensorFlow's licence under "mentions 'license' but does not explain it").
        return False
    name = re.escape(term)
    referent = () if vocab.asks_meaning(q.text) else vocab.term_referent
    patterns = [p.replace("{name}", name) for p in (*vocab.definition, *vocab.term_definition, *referent)]
    if any(re.search(p, sentences[i].text, re.I) for i in naming for p in patterns):
        return False  # a sentence says what it is: the ordinary answer finds it
    quotable = [i for i in naming if ctx.corpus.quotable[i]]
    if not quotable:
        return False
    rank = {c.index: n for n, c in enumerate(claims)}
    quotable.sort(key=lambda i: (rank.get(i, len(rank)), i))
    draft.direct = False
    draft.lead(t(lang, "named_not_defined", term=shown_term))
    subject = q.frameworks[0] if q.frameworks else ""
    shown = [ctx.corpus.claim(i) for i in quotable[: min(3, ctx.settings.max_citations)]]
    draft.say(*[_quote(draft, c, q, subject) for c in shown])
    # What the documents say in the same place with the phrase's own words ("始于宏大,囿于宏大" ←
    # "二是由于其本身设计宏大"; "舍推广保技术" ← "初期推广不给力"): what a reader can read it by.
    words = {w for w in ctx.corpus.content_terms(term) if len(w) >= 2 and has_cjk(w)} - {term}
    owners = {ctx.corpus.index.readings[i].subject for i in quotable}
    related = [
        i
        for i, x in enumerate(sentences)
        if i not in naming
        and ctx.corpus.quotable[i]
        and ctx.corpus.index.readings[i].subject in owners
        and any(w in x.text for w in words)
    ]
    room = max(0, ctx.settings.max_citations - len(shown))
    if related[:room]:
        draft.say(t(lang, "also"), *[_quote(draft, ctx.corpus.claim(i), q, subject) for i in related[: min(2, room)]])
    return True


def _better_on(draft: Draft, q: Question, claims: Sequence[Claim], subject: str, shown: Sequence[Claim]) -> None:
    """Asked what to do about a need ("一直用PyTorch，现在要上线，咋整？") where the article speaks only
    against the named framework on it: the framework it speaks for on that need, with its reason."""
    needs = q.needs
    vocab = draft.ctx.corpus.vocab
    # ("…用PyTorch" → "如果之后要正式上线呢?": the pick in the asker's next situation asks the same.)
    ahead = bool(vocab.plans_ahead(vocab.without_names(vocab.normalize(q.text))))
    if not (q.what_to_do or ahead) or not needs or not shown:
        return
    if {c.stance_of(subject) for c in shown} - {"neutral"} != {"con"}:
        return
    table = standings(dataclasses.replace(q, candidates=(), exclude=(subject,)), claims, draft.ctx)
    picks, _ = _picks(table, draft.ctx.settings.runner_up_share)
    if not picks:
        return
    name = picks[0]
    c, r = max(table[name].reasons, key=lambda cr: cr[0].relevance)
    lang = draft.lang
    draft.say("", t(lang, "better_on", topic=r.label(lang), name=name))
    draft.say(draft.line(c, "reason", name, _met_labels(table, name, c, r, lang, draft.ctx.corpus.vocab)))


def _yes_no(
    q: Question,
    values: Sequence[str],
    shown: Sequence[Claim],
    subject: str,
    vocab: Vocabulary,
) -> str:
    """yes | no | wrong | "": how the quotes answer a yes/no question, where they settle it.

    A fact the question proposes ("TensorFlow是Facebook开发的吧？") is confirmed when the stated
    value is the one proposed, and denied ("wrong") when it is another. A quality ("TensorFlow难学
    吗？") is answered only when every quote shown takes the same side (the verdict line says that
    side too), turned round for a question about a weakness; mixed or plain quotes settle nothing."""
    if not q.yes_no:
        return ""
    organizations = vocab.organizations
    if values:
        if q.proposal:  # "不对吧,我记得是2016年": the user's value against the one stated
            return _confirmed(values, q.proposal, organizations)
        if re.search(r"谁|什么|啥|哪|几|多少|(?i:\b(who|what|which|when|where)\b)", q.text):
            return ""  # "MXNet的创办人是谁？文章有提吗？" asks the value; it proposes none
        if any(vocab.slots[x].person for x in q.slots if x in vocab.slots) and not re.search(r"(?:19|20)\d{2}", q.text):
            # "Is MXNet's founder still working at Amazon?": where a person works is no value of the
            # article's; the company named proposes no founder.
            return ""
        named_value = re.search(r"(?:19|20)\d{2}", q.text) or vocab.organizations_in(q.text)
        if not named_value and any(f != subject for f in vocab.frameworks_in(q.text)):
            return ""  # "PyTorch是基于Torch做的吗？" proposes another framework it is built on, not a maker
        return _confirmed(values, q.text, organizations)
    if not q.aspects:
        return ""
    needs = q.needs
    asked = set(q.aspects) - set(FRAME_ASPECTS)
    if not needs and asked and not asked & set(vocab.aspect_criteria):
        return ""  # "Is OneFlow open source?" asks a fact, not a quality: a stance does not settle it
    if not all(any(c.meets(r, subject) for c in shown) for r in needs):
        return ""  # asked of two things, shown on one: no yes or no for both
    if not all(any(_speaks_core(c, subject, r) for c in shown) for r in needs):
        return ""  # "我做科研,想用MXNet,靠谱吗": flexible, but nothing said of it for research
    asked = _asked_aspects(q)
    if needs and all(r.spec.capability or r.spec.language for r in needs) and not q.negative:
        # "Does MXNet run on mobile devices?": a sentence that it runs there ("…可以运行在…移动设备上")
        # says yes, however plainly it is put (a list states no stance), unless one shown warns of it.
        on = _on_need(q, shown, subject)
        if all(any(c.meets(r, subject) for c in on) for r in needs) and all(
            c.stance_asked(subject, asked) != "con" for c in on
        ):
            return "yes"
    # (A quality said only of one setting answers no yes or no asked at large: "Is TensorFlow fast?"
    # against "在移动平台和嵌入式领域中TensorFlow…计算速度也不尽如人意".)
    on = [c for c in _on_need(q, shown, subject) if not _scoped_elsewhere(c, asked)]
    stances = {c.stance_asked(subject, asked) for c in on} - {"neutral"}
    if len(stances) != 1:
        return ""
    return "yes" if (stances == {"pro"}) != q.negative else "no"


def _aspects_of(c: Claim, name: str) -> Sequence[str]:
    """The aspects the claim speaks to for `name` (its clauses on it, where it speaks of several)."""
    own = tuple(c.reading.aspect_stance.get(name, {}))
    # (A sentence on several in turn gives one no topic its clauses do not: "PyTorch、TensorFlow已分别
    # 成为目前学术界和工业界使用最广泛的…" does not give PyTorch industry.)
    # (Nor does one named as context: an empty table says the sentence speaks of none of it.)
    return own if own or c.reading.per_clause or name in c.reading.aspect_stance else c.reading.aspects


def _speaks_core(c: Claim, name: str, r: Requirement) -> bool:
    """Does the claim speak (either way) to the need's core: its first aspect, its own words, or
    the capability it asks for?"""
    if r.spec.capability or not r.spec.aspects:
        return c.meets(r, name)
    if r.spec.terms:
        return r.spec.met_by(c.sentence.text, _aspects_of(c, name))
    return r.spec.aspects[0] in _aspects_of(c, name)


def _on_need(q: Question, shown: Sequence[Claim], subject: str) -> list[Claim]:
    """The quotes shown that speak to what the question needs, else to the quality it names (all
    of them when it names neither, or none does): "related" praise of deployment does not make
    "用TF做手机端好不好" mixed, nor praise of its ease of learning "Is Keras fast?"."""
    needs = q.needs
    if needs:
        on = [c for c in shown if all(c.meets(r, subject) for r in needs)]
    else:
        asked = set(q.aspects) - set(FRAME_ASPECTS)
        on = [c for c in shown if asked & set(c.reading.aspects)]
    return on or list(shown)


def _other_side(q: Question, own: Sequence[Claim], shown: Sequence[Claim], subject: str) -> Claim | None:
    """The sentence most relevant to a yes/no question's need that takes the side none of the
    shown ones takes, when the documents speak of the framework both ways on it. (A need, not an
    aspect: "兼容性与平台" holds both "版本间不兼容" and "跨平台运行能力强", which answer different
    questions.)"""
    needs = q.needs
    if not needs:
        return None

    def on_it(c: Claim) -> bool:
        return c.mainly_about(subject) and all(c.meets(r, subject) for r in needs)

    asked = _asked_aspects(q)
    sides = {c.stance_asked(subject, asked) for c in shown if on_it(c)} - {"neutral"}
    if len(sides) != 1:
        return None
    return next((c for c in own if on_it(c) and c.stance_asked(subject, asked) not in sides | {"neutral"}), None)


def _unnamed(
    q: Question,
    own: Sequence[Claim],
    subject: str,
    unnamed: Sequence[str],
    others_only: Sequence[str],
    unspoken: str,
    draft: Draft,
) -> tuple[list[str], str]:
    """What the question names that the article never does ("TensorFlow Lite支持iOS吗？") or says
    only of other frameworks ("MXNet的分布式用了Actor模型吗"), and the line saying so (unless a line
    on what is unspoken is there already). Either way there is no yes or no on it. (A value a fact
    question proposes, "the MIT license", is denied by the one stated instead.)"""
    if q.slots:
        return [], unspoken
    ctx, lang, vocab = draft.ctx, draft.lang, draft.ctx.corpus.vocab
    never = [as_written(w, q.text) for w in unnamed]
    never += [
        m.name
        for m in vocab.mentions(q.text, question=True)
        if m.kind == "platform" and m.name not in ctx.corpus.known_names
    ]
    if never and not unspoken:
        unspoken = t(lang, "never_named", terms=t(lang, "list_sep").join(dict.fromkeys(never)))
    # A word for a quality the framework's own sentences speak to in other words ("编程语言" beside
    # MXNet's "语言接口") is no sign the article is silent on it.
    spoken = {a for c in own for a in c.reading.aspects}
    elsewhere = [w for w in others_only if not set(vocab.aspects_in(w)) & spoken]
    # ("特点" names the kind of answer asked for: no thing said of one framework to point out.)
    noted = [w for w in elsewhere if w not in vocab.overview_words]
    if elsewhere and not noted:
        never = never or elsewhere
    elif noted and not unspoken:
        never = never or elsewhere
        word = noted[0]
        others = [f for subjects in ctx.corpus.said_of(word) for f in subjects if f != GENERAL]
        unspoken = t(
            lang,
            "said_of_others",
            term=as_written(word, q.text),
            others=joined(lang, list(dict.fromkeys(others))),
            name=subject,
        )
    return never, unspoken


def as_written(word: str, text: str) -> str:
    """A word found lowercased, as the question writes it ("ios" → "iOS")."""
    m = re.search(re.escape(word), text, re.I)
    return m.group(0) if m else word


def _affirms(c: Claim, q: Question, ctx: Context) -> bool:
    """Does the sentence state what a yes/no question asks of one framework (or of frameworks at
    large, by a sentence about none), in most of its words, none of them negated there ("不太注重部署"
    does not affirm "PyTorch注重部署吗？")?"""
    text = c.sentence.text
    # ("Is PyTorch based on Torch?": a relation of two, stated by a sentence naming both.)
    pair = len(q.frameworks) == 2 and set(q.frameworks) <= set(ctx.corpus.vocab.frameworks_in(text))
    # (Or of frameworks at large, by a sentence about none: "中国有必要自研深度学习框架吗?" against
    # "因此自研深度学习框架是非常必要的".)
    at_large = not q.frameworks and c.reading.subject == GENERAL
    if not q.yes_no or q.negative or not (len(q.frameworks) == 1 or pair or at_large):
        return False
    shared = _shared_terms(ctx, q, c)
    if pair:
        # Between two names the question asks one predicate ("PyTorch是基于Torch的吗?": 基于); the
        # sentence must use every word of it (the share of a few words is too coarse a measure).
        asked = words(ctx.corpus.vocab.without_names(ctx.corpus.vocab.in_document_words(q.text)))
        if not asked or not asked <= ctx.corpus.terms_of(c.index) or not _in_order(ctx, q, c, asked):
            return False
    elif c.content_overlap < ctx.settings.affirm_overlap:
        return False
    for term in shared:
        at = text.lower().find(term)
        if at >= 0 and re.search(r"[不没无未非难否]", text[max(0, at - 3) : at]):
            return False
        # "与其说Keras是一个深度学习框架,不如说它是…": what follows 与其说 is what it is not.
        if at >= 0 and "与其说" in text[:at] and "不如说" in text[at:]:
            return False
        # "很多开源代码无法在新版本上运行": the word is in a clause whose predicate is denied; the
        # sentence does not state it of the framework ("Is TensorFlow open source?").
        clause = re.split(r"[,，;；:：。!！?？]", text[at:])[0] if at >= 0 else ""
        if any(n in clause for n in ctx.corpus.vocab.clause_negators):
            return False
    return bool(shared)


def _in_order(ctx: Context, q: Question, c: Claim, asked: set[str]) -> bool:
    """Is the relation said the way round it is asked: the first name, then the predicate, then the
    second ("Keras…可以基于以TensorFlow…" does not say TensorFlow is built on Keras)?"""
    first, second = q.frameworks[:2]
    plain = to_simplified(c.sentence.text).lower()
    mentions = ctx.corpus.vocab.mentions(c.sentence.text)
    starts = [m for m in mentions if m.name == first]
    ends = [m for m in mentions if m.name == second]
    if not starts or not ends:
        return False
    at = [plain.find(w, starts[0].start) for w in asked]
    if all(starts[0].start < i < ends[-1].start for i in at):
        return True
    # "TensorFlow2.0和PyTorch也的确是越来越像了": two joined as one subject, the predicate after both,
    # says it of each, either way round.
    a, b = sorted((starts[0], ends[0]), key=lambda m: m.start)
    joined_pair = re.fullmatch(r"[\d.x\s]*(和|与|及|、|跟|同|and|&)\s*", plain[a.end : b.start], re.I)
    return bool(joined_pair) and all(plain.find(w, b.end) > b.end for w in asked)


def _relation_elsewhere(draft: Draft, q: Question) -> bool:
    """ "Caffe2是并入了TensorFlow吗?" against "2018年Caffe2正式并入PyTorch后…": the article says the
    asked relation ("并入", a word it never uses of the other one) of the first framework with a third:
    no, with that sentence."""
    ctx, lang = draft.ctx, draft.lang
    vocab = ctx.corpus.vocab
    if not q.yes_no or q.slots or q.negated or len(q.frameworks) != 2:
        return False
    first, second = q.frameworks
    # (All the first one's sentences, not the nearest: the relation may be said in passing.)
    own = [ctx.corpus.claim(i) for i in ctx.corpus.by_subject.get(first, ())]
    for c in own:
        if not ctx.corpus.quotable[c.index]:
            continue
        named = vocab.frameworks_in(c.sentence.text)
        third = [f for f in named if f not in q.frameworks and not vocab.parent(f)]
        if first not in named or second in named or not third:
            continue
        word = _rarest_shared(ctx, q.text, c.sentence.text, min_len=2)
        if not word or any(word in ctx.corpus.index.sentences[i].text for i in ctx.corpus.by_subject.get(second, ())):
            continue
        draft.lead(_with_reply(lang, "wrong", t(lang, "relation_elsewhere", found=third[0], asked=second)))
        draft.say(_quote(draft, c, q, first))
        return True
    return False


def _not_only(c: Claim, q: Question, ctx: Context) -> bool:
    """Does the sentence answer "only X?" with X among others: "MXNet只支持Python吗?" against a list
    of seven languages, "Does Keras only run on TensorFlow?" against "以TensorFlow为代表的多种…"?"""
    vocab = ctx.corpus.vocab
    if not q.yes_no or q.negated or not vocab.only_asked(q.text):
        return False
    asked = {r.name for r in q.requirements if r.spec.language}
    named = _languages_named(ctx, c.index)
    if asked and asked <= named and len(named) > len(asked):
        return True
    others = [f for f in q.frameworks[1:] if c.about(f) or f in vocab.frameworks_in(c.sentence.text)]
    return bool(others) and bool(vocab.plurality(c.sentence.text))


def _denies(c: Claim, q: Question, ctx: Context) -> bool:
    """Does the sentence deny what a yes/no question asks: the rarest word it shares with the
    question comes right after a negator ("框架并无“最好”与“最坏”之分" for "有没有最好的框架?")?
    (Not where the question denies it too: "是不是说框架没有最好的?" is so, by that sentence.)"""
    return _says_not(c, q, ctx) and not _asks_not(c, q, ctx)


def _asked_word(c: Claim, q: Question, ctx: Context) -> tuple[str, str]:
    """The question's own words (not the topic a follow-up was read within: "…等于懂深度学习了?（结语…）")
    and the rarest word of them the sentence shares, whose denial is looked for."""
    asked = WITHIN_TOPIC.sub("", q.text) or q.text
    return asked, _rarest_shared(ctx, asked, c.sentence.text, min_len=2)


def _asks_not(c: Claim, q: Question, ctx: Context) -> bool:
    """Does the question itself deny the word the sentence denies ("…没有最好的?")?"""
    vocab = ctx.corpus.vocab
    asked, word = _asked_word(c, q, ctx)
    at = asked.find(word) if word else -1
    negators = "|".join(re.escape(n) for n in vocab.negators)
    before = asked[:at] if at > 0 else ""
    # The last negator, right before the word (at most two characters between).
    m = next(
        (
            m
            for m in reversed(list(re.finditer(negators, before)))
            if re.fullmatch(r"[\u4e00-\u9fff]{0,2}", before[m.end() :])
        ),
        None,
    )
    # ("有没有最好的?" asks, A-not-A, and denies nothing; "是不是没有最好的框架?" does deny it.)
    return m is not None and not vocab.a_not_a(before[max(0, m.start() - 1) : m.start() + 2])


def _says_not(c: Claim, q: Question, ctx: Context) -> bool:
    vocab = ctx.corpus.vocab
    if not q.yes_no or (q.negative and not _ranks_overall(q, vocab)) or q.negated or len(q.frameworks) > 1:
        return False
    text = c.sentence.text
    asked, word = _asked_word(c, q, ctx)
    if not word:
        return False
    before = re.sub(r"[“”\"'「」『』\s]", "", text[: max(text.find(word), 0)])
    if before.endswith(f"{word[0]}不"):
        return False  # "适不适合": a question the sentence leaves open, not a no
    if text.find(word) <= 0:
        return False
    clause = re.split(r"[,，;；:：。!！?？]", before)[-1]
    if of := list(re.finditer(r"(?<!目)的(?!确)", clause)):
        # Denied of a kind the question does not name ("单纯依靠模仿的框架肯定是没有出路的" for "自己搞
        # 一套框架有出路吗?"): no plain no for what was asked. (A phrase of its own, two words or more;
        # not a possessive, "新手的学习成本并不低", nor "的确".)
        qualifier = ctx.corpus.content_terms(clause[: of[-1].start()])
        if len(qualifier - ctx.corpus.content_terms(vocab.normalize(asked))) >= 2:
            return False
    negators = [re.escape(n) for n in vocab.negators]
    # The word may be the second of two the negator governs ("并无“最好”与“最坏”之分" for "最坏").
    return bool(re.search(rf"(?:{'|'.join(negators)})(?:[\u4e00-\u9fff]{{1,4}}[与和或及、])?$", before)) or any(
        n in clause for n in vocab.clause_negators
    )


def _asks_rank(q: Question, vocab: Vocabulary) -> bool:
    """Does the question ask a rank ("the best", "最差", "fastest"), not only a quality?"""
    return q.superlative or _ranks_overall(q, vocab) or bool(vocab.asks_rank(q.text))


def _ranks_overall(q: Question, vocab: Vocabulary) -> bool:
    """Does the question ask for a rank among all frameworks ("the worst framework", "最差的")? A
    sentence denying any such rank answers it no, whether it asks the best or the worst."""
    return any(p.search(q.text) for p, _ in vocab.ranking_words) or bool(vocab.ranks_overall(q.text))


def _rather_not(c: Claim, q: Question, ctx: Context) -> bool:
    """Does the sentence say that what a yes/no question asks of one framework is, strictly, not
    so: the asked words stand between "与其说" and "不如说" ("与其说Keras是一个深度学习框架,不如说…")?"""
    if not q.yes_no or q.negative or len(q.frameworks) != 1:
        return False
    text = c.sentence.text
    start, end = text.find("与其说"), text.find("不如说")
    if start < 0 or end < start:
        return False
    asked = {x for x in _shared_terms(ctx, q, c) if has_cjk(x)} | ctx.corpus.vocab.kinds_asked(q.text)
    return any(start < text.lower().find(term.lower()) < end for term in asked)


def _shared_terms(ctx: Context, q: Question, c: Claim) -> frozenset[str]:
    """The question's words (in the documents' words, names aside) that the sentence also uses."""
    return ctx.corpus.content_terms(ctx.corpus.vocab.in_document_words(q.text)) & ctx.corpus.terms_of(c.index)


def _rarest_shared(ctx: Context, question: str, text: str, min_len: int = 1) -> str:
    """Of the Chinese words the question (read in the documents' words) shares with the text, the
    one rarest in the documents (of equally rare ones, the last asked: a question's predicate comes
    last, "…市场会被一家垄断吗"); "" when they share none."""
    plain = ctx.corpus.vocab.normalize(question)
    for pattern, written in ctx.corpus.vocab.ranking_words:  # "Is PyTorch the best?" → "最好"
        plain = pattern.sub(written, plain)
    asked = ctx.corpus.content_terms(plain)
    shared = {w for w in asked & ctx.corpus.content_terms(text) if has_cjk(w) and len(w) >= min_len}
    if not shared:
        return ""
    idf = ctx.corpus.idf(shared)
    return max(shared, key=lambda w: (idf[w], plain.rfind(w), w))


def _confirmed(values: Sequence[str], question: str, organizations: Sequence[Sequence[str]]) -> str:
    """yes | wrong: "MXNet是2017年被AWS选为官方平台的吗？" holds AWS but not 2017 (the article says 2016):
    one proposed value the article gives otherwise makes it wrong, whatever else matches."""
    if any(_contradicted(value, question, organizations) for value in values):
        return "wrong"
    return "yes" if any(_proposed(value, question, organizations) for value in values) else "wrong"


def _orgs_unnamed(premise: str, texts: Sequence[str], vocab: Vocabulary) -> list[str]:
    """The companies the premise names that none of these sentences names (by any of its names)."""
    return [
        next(n for n in names if said(n, premise))
        for names in vocab.organizations
        if any(said(n, premise) for n in names) and not any(said(n, x) for x in texts for n in names)
    ]


def _person_beside_org(value: str, question: str, organizations: Sequence[Sequence[str]]) -> bool:
    """The value is no company and no year (a founder's name) where the question names a company."""
    if re.search(r"(?:19|20)\d{2}", value) or any(said(n, value) for names in organizations for n in names):
        return False
    return any(said(n, question) for names in organizations for n in names)


def _contradicted(value: str, question: str, organizations: Sequence[Sequence[str]]) -> bool:
    """Does the question propose a value of this one's kind (a year, a company) that is not this one?"""
    if re.search(r"(?:19|20)\d{2}", value):
        return bool(re.search(r"(?:19|20)\d{2}", question)) and not _proposed(value, question, organizations)
    named = [names for names in organizations if any(said(n, question) for n in names)]
    is_org = any(said(n, value) for names in organizations for n in names)
    return bool(named) and is_org and not _proposed(value, question, organizations)


def _proposed(value: str, question: str, organizations: Sequence[Sequence[str]] = ()) -> bool:
    """Does the question propose this value: its years, or its Latin or Chinese name, or another
    name of the maker it names ("脸书" for Facebook)?"""
    years = re.findall(r"(?:19|20)\d{2}", value)
    if years:
        if set(years) != set(re.findall(r"(?:19|20)\d{2}", question)):
            return value in question
        # "2019年9月发布的，对吗？" against "2019年3月": the year alone does not confirm it.
        month, asked = _month(value), _month(question)
        return not (month and asked and month != asked)

    if any(said(other, question) for names in organizations if any(said(n, value) for n in names) for other in names):
        return True
    # "Apache License 2.0" is not proposed by "the MIT license": its own name is.
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z0-9]+", value) if w.lower() not in ("license", "licence")]
    if words:
        return any(said(w, question) for w in words)
    return value[:2] in question


def _month(text: str) -> int:
    """The month a date names ("2019年3月", "March 2019", "2019-03"), else 0."""
    if m := re.search(r"(?:19|20)\d{2}\s*年\s*(\d{1,2})\s*月|(?:19|20)\d{2}[-/.](\d{1,2})(?!\d)", text):
        return int(m.group(1) or m.group(2))
    for i, name in enumerate(MONTHS, 1):  # next to a year: "March 2019", "Sept. 2019" ("may I" is no month)
        if re.search(rf"(?i)\b{name[:3]}[a-z]*\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d{{2}}", text):
            return i
    return 0


def _figure_reply(q: Question, shown: Sequence[Claim], vocab: Vocabulary) -> str:
    """A figure the question proposes against the ones stated in the same unit: "yes" where one
    matches, "wrong" where none does ("1000万行，对吧?" against "逾100万行"), "" where none compares."""
    # (in Arabic digits, as stated: "一百多万行" is "100多万行"; the English words as asked)
    proposed = (vocab.figure_values(q.text) or vocab.figure_values(vocab.normalize(q.text))) if q.yes_no else []
    stated = [v for c in shown for v in vocab.figure_values(c.sentence.text)]
    pairs = [(p, s) for p, unit in proposed for s, stated_unit in stated if unit == stated_unit]
    if not pairs:
        return ""
    return "yes" if any(abs(p - s) <= 0.01 * max(p, s) for p, s in pairs) else "wrong"


def _with_reply(lang: str, reply: str, line: str) -> str:
    """The verdict line with the yes/no in front ("**不对。据文章，…**")."""
    if not reply:
        return line
    word = t(lang, f"reply_{reply}")
    return f"**{word}{line[2:]}" if line.startswith("**") else f"{word}{line}"


def _links(draft: Draft, q: Question) -> bool:
    """ "Keras的官网地址是啥?": the link lines of each framework asked about ("官方网站:https://keras.io/");
    they make no claim, so retrieval never offers them. Nothing when the documents give none."""
    ctx = draft.ctx
    vocab, index = ctx.corpus.vocab, ctx.corpus.index
    if not (q.frameworks and vocab.asks_link(q.text)) or q.quoted:
        return False  # (nor "…只能通过查看源码来…" quoted back: what it means is asked, not a link)
    found = {
        name: [
            i
            for i in ctx.corpus.by_subject.get(name, ())
            if index.readings[i].subject == name and vocab.link_only.match(index.sentences[i].text)
        ]
        for name in q.frameworks
    }
    if not any(found.values()):
        # "Where is Jittor's website?": the documents give none, and say so rather than "not answered".
        draft.direct = False
        draft.lead(f"**{t(draft.lang, 'no_link', name=joined(draft.lang, list(q.frameworks)))}**")
        return True
    draft.lead(t(draft.lang, "links"))
    for name, lines in found.items():
        if not lines:
            draft.say(t(draft.lang, "no_link", name=name))
        for i in lines:
            draft.say(draft.line(ctx.corpus.claim(i), "fact", name))
    return True


def _own_part(c: Claim, name: str, vocab: Vocabulary) -> str:
    """The part of the sentence about `name`, where its clauses speak of several frameworks in turn;
    else the whole sentence."""
    run = clause_run(c.sentence.text, name, vocab)
    return c.sentence.text[run[0] : run[1]] if run else c.sentence.text


def _gives_cause(ctx: Context, c: Claim, names: Sequence[str]) -> bool:
    """Does the sentence give a cause, in its part about the framework asked ("…,而紧随其后的Keras、
    MXNet等框架也由于其…" gives one of Keras and MXNet, not of TensorFlow named before)?"""
    vocab = ctx.corpus.vocab
    if not vocab.cause(c.sentence.text):
        return False
    return not names or any(vocab.cause(_own_part(c, name, vocab)) for name in names)


def _said_of_none(c: Claim, ctx: Context) -> bool:
    """Does neither the sentence nor the one it continues name a framework ("但在业界,部署的快速和稳定是必要的。
    否则…加倍还回去。"; not "二是由于其本身设计宏大…", which continues "…TensorFlow一经推出…")?"""
    readings = ctx.corpus.index.readings
    before = c.reading.continues
    return not c.reading.mentions and (before is None or not readings[before].mentions)


def _cause_of_none(c: Claim, vocab: Vocabulary) -> bool:
    """Is the clause giving the sentence's cause free of framework names ("…,这就注定不可能由某个企业、
    某个产品垄断", not "而紧随其后的Keras、MXNet等框架也由于其自身的独特性受到开发者的喜爱")?"""
    text = c.sentence.text
    at = vocab.cause.first(text)
    if at < 0:
        return False
    start = max((text.rfind(p, 0, at) for p in ",，;；"), default=-1) + 1
    ends = [i for i in (text.find(p, at) for p in ",，;；。") if i >= 0]
    return not vocab.subjects_in(text[start : min(ends, default=len(text))])


def _remedy_for(vocab: Vocabulary, c: Claim, name: str) -> bool:
    """Does the sentence name `name` as what was made for a problem it states before?"""
    at = vocab.remedy.first(c.sentence.text)
    return at > 0 and name in vocab.subjects_in(c.sentence.text[at:])


def _scoped_elsewhere(c: Claim, asked: Iterable[str]) -> bool:
    """Is the sentence said only of a setting the question does not ask about ("在移动平台和嵌入式领域中…")?"""
    return bool(c.reading.scope) and not set(c.reading.scope) & set(asked)


def _leads_from(vocab: Vocabulary, c: Claim, asked: set[str]) -> bool:
    """Does the sentence say what the asked quality leads to, not what it comes of ("同样的模型,MXNet
    往往占用更小的内存和显存,因此对资源不够的朋友来说是一个不错的选择" is why it suits small machines,
    not why it uses less memory)? The quality is named before the consequence word: it is the premise
    (what follows may name it again as what it is good for: "资源不够")."""
    at = vocab.consequence.first(c.sentence.text)
    # (Only where the word opens its clause, "…显存,因此…": "…也缺乏灵活性,经常导致…" goes on to an
    # outcome within a sentence that gives the cause of the quality itself, "高度封装…缺乏灵活性".)
    opens = at > 0 and c.sentence.text[:at].rstrip()[-1:] in ",，;；。"
    return opens and bool(asked & set(vocab.aspects_in(c.sentence.text[:at])))


def _voiced(q: Question, claims: Sequence[Claim], vocab: Vocabulary) -> list[Claim]:
    """The sentences reporting the view of a side the question names ("有人反对…" → "反对者认为…")."""
    voices = vocab.voices_asked(vocab.normalize(q.text))
    return [c for c in claims if any(c.sentence.text.lstrip().startswith(v) for v in voices)]


def _led_to(ctx: Context, q: Question, claims: Sequence[Claim], asked: set[str], floor: float) -> list[Claim]:
    """The sentences a sentence stating what is asked follows from: it opens with a consequence
    word ("因此自研深度学习框架是非常必要的") and speaks to the asked topic; the sentences before it in
    its paragraph (at most `cause_context`), then it. Empty when no such sentence is as near as `floor`."""
    vocab, index, s = ctx.corpus.vocab, ctx.corpus.index, ctx.settings
    for c in claims:
        if c.relevance < floor:
            continue
        text = c.sentence.text.lstrip()
        if vocab.consequence.first(text) != 0:
            continue
        # (on the asked topic, or in the question's own words: "中国有必要自己搞深度学习框架吗?")
        if not (asked & set(c.reading.aspects)) and c.content_overlap < s.stated_overlap:
            continue
        before: list[Claim] = []
        for j in range(c.index - 1, max(-1, c.index - 1 - s.cause_context), -1):
            if index.sentences[j].line != c.sentence.line or not ctx.corpus.quotable[j]:
                break
            before.insert(0, ctx.corpus.claim(j))
        if before:
            return [*before, c]
    return []


def _clause_saying(ctx: Context, c: Claim, question: str) -> str:
    """The clause of the sentence sharing most of the question's words ("TensorFlow2.0和PyTorch也的确
    是越来越像了" of "虽然很多人认为…,TensorFlow2.0和PyTorch也的确是越来越像了,但…")."""
    asked = ctx.corpus.content_terms(question)
    clauses = [part for part in re.split(r"[,，;；:：]", c.sentence.text) if part.strip()]
    return max(clauses, key=lambda part: len(asked & ctx.corpus.content_terms(part)), default=c.sentence.text)


def _cause(draft: Draft, q: Question, claims: Sequence[Claim]) -> None:
    """ "Why?" after a fact: the sentences on it that give a cause ("由于…这也使Keras运行速度相对缓慢"),
    nearest first; where none does, say so, then what the article says nearest."""
    ctx, lang = draft.ctx, draft.lang
    vocab = ctx.corpus.vocab
    if not q.frameworks and vocab.why_mention(q.text) and (drawn := _drawn_from(q, claims, ctx)) is not None:
        # "文章里为什么提到华为和芯片禁令?": what the article draws from it ("因此自研深度学习框架是非常必要的"),
        # after the sentence bringing it up.
        inference, topic = drawn
        draft.direct = True
        draft.lead(t(lang, "cause_lead"))
        draft.say(*[_quote(draft, c, q) for c in (topic, inference)])
        return
    if draft.denied and q.premise:
        rest = vocab.normalize(q.text).replace(q.premise, " ")  # (the premise as read: "MXNet 是" → "MXNet是")
        if not (vocab.frameworks_in(rest) or vocab.aspects_in(rest)):
            return  # "Why does the article say MXNet is best for beginners?": it does not; no reasons for it
        if set(vocab.organizations_in(q.premise)) & set(vocab.organizations_in(rest)):
            return  # "…Keras是Facebook开发的,为什么Facebook要做Keras?": why a company did what it did not
    about = [c for c in claims if not q.frameworks or any(c.about(f) for f in q.frameworks)] or list(claims)
    voiced = _voiced(q, about, vocab)
    if voiced:
        # "为什么有人反对推荐给初学者?": the reasons the article reports that side giving ("反对者认为,…").
        draft.direct = True
        draft.lead(t(lang, "cause_lead"))
        draft.say(*[_quote(draft, c, q, c.reading.subject) for c in voiced[:2]])
        return
    led: list[Claim] = []  # a paragraph leading up to what is asked, shown whole
    floor = about[0].relevance - 2 * ctx.settings.floor_gap
    causes = [c for c in about if _gives_cause(ctx, c, q.frameworks) and c.relevance >= floor]
    if not q.frameworks:
        # "为什么部署很重要?", "为什么动态图更灵活?" ask of no framework: "PyTorch能在学界一枝独秀,主要是
        # 因为…", "这种高度封装…缺乏灵活性,经常导致…" are why of a framework's standing or trait, not
        # of the topic at large. (One speaking of several in turn can be of the whole field: "…
        # TensorFlow2.0和PyTorch也的确是越来越像了,但…这就注定不可能…垄断".)
        causes = [c for c in causes if _said_of_none(c, ctx) or (c.reading.per_clause and _cause_of_none(c, vocab))]
    # A cause of what was asked: "TF难学吗？为什么？" is not answered by why TF is popular ("主因有二…").
    asked = _asked_aspects(q) - {"origin_facts"}
    said = sorted(
        (c for c in about if c.content_overlap >= ctx.settings.stated_overlap), key=lambda c: -c.content_overlap
    )
    if not asked and said:
        # "为啥TF2出来以后好多老代码都跑不了了" names no quality, but a sentence says what it asks
        # ("…很多开源代码无法在新版本上运行"): the cause is one on what that sentence claims, not why
        # TensorFlow is popular ("主因有二…").
        clause = _clause_saying(ctx, said[0], q.text)
        asked = set(vocab.aspects_in(clause)) - {"origin_facts"}
        if not asked:
            # "为什么说TensorFlow和PyTorch越来越像了?": said on no quality ("…也的确是越来越像了,但…这就
            # 注定不可能…垄断"), a cause is one its own clause saying it gives, not another's.
            causes = [said[0]] if vocab.cause(clause) else []
    # The side asked for: after a plain yes or no, that answer's ("Is MXNet popular?" → "No." →
    # "why not?": its drawbacks, not "…MXNet等框架也…受到开发者的喜爱").
    side = q.wants if q.wants in ("pro", "con") else "con" if q.negative else ""
    subject = q.frameworks[0] if q.frameworks else ""
    if not side and subject and vocab.why_against(q.text):
        side = "con"  # "Why wouldn't everyone just pick MXNet?": what speaks against it
    if not side and subject and asked:
        # "MXNet为什么小众?": why it fares so, the way the question says it fares.
        lean = polarity(ctx.corpus.vocab.without_names(q.text), ctx.corpus.vocab)
        side = "pro" if lean > 0 else "con" if lean < 0 else ""

    def its_causes_that_way() -> list[Claim]:  # however far from the question's words
        return [
            c
            for c in about
            if _gives_cause(ctx, c, q.frameworks) and c.mainly_about(subject) and c.stance_of(subject) == side
        ]

    if side and subject:
        causes = [c for c in causes if c.stance_asked(subject, _asked_aspects(q)) in (side, "neutral")]
        if not causes and not asked:
            causes = its_causes_that_way()  # "Why wouldn't everyone just pick MXNet?"
    if ctx.corpus.vocab.asks_worth(q.text):
        # "Is TensorFlow worth learning? Why?": the grounds of the article's advice, not how hard it is.
        asked = (asked - set(ctx.corpus.vocab.worth_ignores)) | {"advice"}
        side = side or "pro"
    if asked:
        # (Of what it claims: "由于不少Bug隐匿于封装中,这也使Keras运行速度相对缓慢" is why it is slow,
        # not why it is hard to debug.)
        # (An outcome is named beside the qualities it comes of: "PyTorch能如此快速崛起,主要原因在于:
        # 支持动态计算图…" claims flexibility and explains its rise.)
        outcome = asked <= ctx.corpus.vocab.outcome_aspects
        on_it = [c for c in causes if asked & set(c.reading.claims) or (outcome and asked & set(c.reading.aspects))]
        if not on_it and outcome and side and subject:
            # "Is MXNet popular?" → "No." → "why not?": popularity comes of other qualities, and
            # the causes the article gives for it are said on those ("初期推广不给力,过于低调以致…").
            # (However far from the question's words: what it says fares so is near them, not why.)
            on_it = its_causes_that_way()
        causes = [c for c in on_it if not _leads_from(vocab, c, asked)]
        if causes and (opening := _led_to(ctx, q, causes[:1], asked, floor)):
            # ("因此Jittor很难学": its "因此" points back at the sentences before it, which are why.)
            causes = led = opening
        if not causes:
            # "中国有必要自研吗? 为什么?": "因此自研深度学习框架是非常必要的" states it as what follows from
            # the sentences before it in its paragraph; those are why.
            causes = led = _led_to(ctx, q, about, asked, floor)
        if not causes and q.frameworks:
            # Where no sentence gives a cause in so many words, the ones saying what makes it so
            # ("入门难度较大" ← "提高了学习门槛", "系统设计过于复杂…"). (Of a framework: asked of none,
            # "为什么动态图更灵活?", what one framework's sentences say of it is no cause of the topic.)
            causes = [
                c
                for c in about
                if asked & set(c.reading.claims)
                and (not side or not subject or c.stance_of(subject) == side)
                and c.relevance >= floor
                and not _leads_from(vocab, c, asked)
            ]
    if not asked and not causes and said:
        # (The sentence saying what is asked opens with "因此": the paragraph before it is why.)
        causes = led = _led_to(ctx, q, said[:1], asked, floor)
    if subject and not asked and not causes:
        # "Why did Google make TensorFlow Lite?": a sentence naming it as the remedy for a problem
        # ("…计算速度也不尽如人意(Google针对这一问题又开发了TensorFlow Lite)") gives that problem as why.
        causes = [c for c in about if _remedy_for(vocab, c, subject)][:1]
    # (A paragraph leading up to what is asked is shown whole, in its order: its sentences need not
    # name the framework, nor lean one way.)
    if subject and len(q.frameworks) == 1 and not led:
        causes = [c for c in causes if c.mainly_about(subject)] or causes  # its own causes before shared ones
        causes = sorted(causes, key=lambda c: c.reading.per_clause)  # (those of it before those of two in turn)
    pulls_apart = (
        len(causes) > 1 and subject and {causes[0].stance_of(subject), causes[1].stance_of(subject)} == {"pro", "con"}
    )
    if pulls_apart and not led:
        causes = causes[:1]  # (what made it so, not also what speaks the other way: "never took off")
    if side and subject:
        about = [c for c in about if c.stance_of(subject) in (side, "neutral")] or about  # (nor the other way)
    shown = (led if led else causes[:2]) or (
        said[:1] + [c for c in mmr(about, ctx.vectors, 2, ctx.settings.mmr_lambda) if c not in said]
    )[:2]
    index = ctx.corpus.index
    if len(q.frameworks) > 1 and (together := [c for c in causes if all(c.about(f) for f in q.frameworks)]):
        # (those speaking of each in turn before one about one that names the other in passing)
        together.sort(key=lambda c: -sum(c.mainly_about(f) for f in q.frameworks))
        # Why two came to stand as they do is a cause of both, not why one rose ("TensorFlow能有现在
        # 的地位,主因有二…"); one that ends naming its cause ("…关键就在于两者设计初衷的差异。") is
        # spelled out by the next sentence on both ("TensorFlow面向工业界…;PyTorch面向学术界…").
        first = together[0]
        ending = re.split(r"[,，;；:：]", first.sentence.text.rstrip("。.!！ "))[-1]
        run: list[Claim] = []
        for j in range(first.index + 1, min(first.index + 4, len(index.sentences))):
            # (the next sentence, with those it runs on into: "…稳定;" "PyTorch面向学术界…。")
            if index.sentences[j].line != first.sentence.line or not ctx.corpus.quotable[j]:
                break
            run.append(ctx.corpus.claim(j))
            if not index.sentences[j].text.rstrip().endswith((";", "；")):
                break
        spelled = vocab.cause(ending) and run and all(any(c.about(f) for c in run) for f in q.frameworks)
        shown = [first, *run] if spelled else together[:2]
    if shown and shown[0].index > 0 and ctx.corpus.vocab.instance_openers(shown[0].sentence.text):
        # "尤其在TF2发布后,…无法在新版本上运行": an instance; the point before it is why.
        i = shown[0].index - 1
        before = index.sentences[i]
        if before.line == shown[0].sentence.line and ctx.corpus.quotable[i]:
            shown = [ctx.corpus.claim(i), *shown[:1]]
    if q.left_open and not _asked_aspects(q):
        # "用Keras还需要懂TensorFlow吗?" was given no yes or no, and names no quality: "为什么?" has no
        # cause to be given (why Keras is liked, why it runs slowly are causes of something else).
        causes = []
        shown = [c for c in shown if not _gives_cause(ctx, c, q.frameworks)] or shown[:1]
    draft.direct = bool(causes)
    draft.lead(t(lang, ("what_if_lead" if q.supposes else "cause_lead") if causes else "no_cause"))
    for c in shown:
        # (Whose it is: "有TensorFlow的“宏大蓝图”在前,PyTorch能如此快速崛起…" is PyTorch's.)
        subject = next((f for f in q.frameworks if c.mainly_about(f)), "") or next(
            (f for f in q.frameworks if c.about(f)), c.reading.subject
        )
        if not q.frameworks and causes and _said_of_none(c, ctx):
            # ("为什么部署很重要?": "但在业界,部署的快速和稳定是必要的。否则…" names no framework; shown as
            # said at large, not as a caveat of PyTorch, whose section it stands in.)
            draft.say(draft.line(c, "fact", GENERAL))
            continue
        if c.reading.per_clause:
            # "就像TensorFlow也曾一家独大,但PyTorch横空出世…,关键就在于两者设计初衷的差异": a cause
            # that speaks of several in turn is quoted whole, not cut at one framework's clause.
            whole = "/".join(c.subjects)
            draft.say(draft.line(c, "fact", whole))
            continue
        draft.say(draft.line(c, _role(c, subject), subject, _aspect_label(c, q, lang, ctx, subject)))


def _names_in(draft: Draft, q: Question, claim: Claim, subject: str) -> list[str]:
    """Names the quote gives (frameworks, tools, platforms, programming languages) that the
    question does not: what an English reader can take from a Chinese quote as it is. (Of the
    quote as shown: a clause of a sentence naming several frameworks names only its own.)"""
    vocab = draft.ctx.corpus.vocab
    text = draft._span(claim, subject if claim.about(subject) else claim.reading.subject)[2]
    asked = {m.name for m in vocab.mentions(q.text, question=True)} | set(q.frameworks)
    found = [(m.start, m.name) for m in vocab.mentions(text) if m.name not in asked]
    for spec in vocab.requirements.values():
        if spec.language and spec.label_en not in asked and not spec.words(q.text):
            found += [(m.start(), spec.label_en) for term in spec.terms[:1] if (m := term.search(text))]
    # The makers and dates it gives ("谷歌" → Google, "2019年3月" → March 2019), as an English reader reads them.
    lowered = text.lower()
    for names in vocab.organizations_in(text):  # (found in any case: "google" is Google)
        if not any(said(n, q.text) for n in names):
            found += [(min(i for n in names if (i := lowered.find(n.lower())) >= 0), names[0])]
    found += [
        (m.start(), shown_value("en", m.group())) for m in re.finditer(r"\d{4}\s*年(\d{1,2}月|上半年|下半年)?", text)
    ]
    return list(dict.fromkeys(name for _, name in sorted(found)))


def _drawn_from(q: Question, claims: Sequence[Claim], ctx: Context) -> tuple[Claim, Claim] | None:
    """Asked what the documents conclude from something: the sentence drawing a conclusion ("因此…")
    a few after the one about that thing, in its section, then that one; None if none does."""
    vocab = ctx.corpus.vocab
    # "芯片禁令和深度学习框架有什么关系?": how a thing bears on frameworks is what is drawn from it.
    # ("文章里为什么提到芯片禁令?": why it is brought up is what is drawn from it.)
    relation = bool(vocab.relation_words(q.text) or vocab.why_mention(q.text)) and not q.frameworks
    if not (vocab.of_documents(q.aspects) or relation) or not set(q.aspects) - FRAME_ASPECTS or not claims:
        return None  # (no topic beside "conclusion": the documents' own summing-up answers it)
    # The thing is the sentence sharing most of the question's own words, else the nearest one.
    topic = max(claims, key=lambda c: c.content_overlap)
    if not topic.content_overlap:
        topic = claims[0]
    if topic.reading.summary:
        return None
    sentences = ctx.corpus.index.sentences
    scored = {c.index: c for c in claims}
    last = min(len(sentences), topic.index + 1 + ctx.settings.inference_reach)
    for i in range(topic.index + 1, last):
        s = sentences[i]
        if (s.source, s.section) != (topic.sentence.source, topic.sentence.section):
            break
        if s.text.lstrip().startswith(vocab.inference_openers):
            return scored.get(i) or ctx.corpus.claim(i), topic
    return None


def _stated_before(draft: Draft, q: Question, claim: Claim) -> Claim | None:
    """The sentence before `claim` in its passage, when the rarest word `claim` shares with the
    question comes right after a negator ("没有出路"): `claim` says what is not so, the one before
    what is."""
    ctx = draft.ctx
    vocab, index = ctx.corpus.vocab, ctx.corpus.index
    text = claim.sentence.text
    word = _rarest_shared(ctx, q.text, text)  # ("the way out" is the article's "出路")
    if not word or claim.index == 0:
        return None
    at = text.find(word)
    if at < 0 or not any(text[:at].endswith(n) or text[:at].endswith(f"{n}有") for n in vocab.negators):
        return None
    i = claim.index - 1
    prev = index.sentences[i]
    if prev.chunk_id != claim.sentence.chunk_id or not ctx.corpus.quotable[i]:
        return None
    return ctx.corpus.claim(i)


def _listing(draft: Draft, q: Question, claims: Sequence[Claim]) -> bool:
    """A question for a list of frameworks, answered with it: those of a group ("国内有哪些框架？")
    and what the documents say of them, or every framework they cover ("文章讲了哪几个框架？")."""
    if any(f not in q.exclude for f in q.frameworks) or any(not r.spec.framework_group for r in q.requirements):
        return False
    ctx, lang, s = draft.ctx, draft.lang, draft.ctx.settings
    vocab = ctx.corpus.vocab
    # A list asked for, or "any alternatives from China?" after MegEngine: the group's other members;
    # "有没有国产框架可以考虑?" asks whether there are any, to choose among.
    if not (q.listing or (q.exclude and q.requirements) or bool(vocab.yes_no(q.text) and vocab.existence(q.text))):
        return False
    groups = [r for r in q.requirements if r.spec.framework_group]
    if not groups:
        return bool(vocab.covers(vocab.normalize(q.text))) and not q.superlative and _covered(draft)
    members = [f for f in ctx.in_order if vocab.group_of(f) == groups[0].spec.framework_group and f not in q.exclude]
    if not members:
        return False
    label = groups[0].label(lang)
    date = vocab.slots["date"].value_in(q.text, [])
    dated = [c for c in claims if date and date in c.sentence.text and any(c.about(f) for f in members)]
    if within := [f for f in members if any(f in c.reading.mentions for c in dated)]:
        # "2020年上半年有哪些国产框架宣布开源?": those the sentence of that date names, not every one.
        draft.lead(t(lang, "group_list_dated", label=label, names=joined(lang, within), date=date))
        draft.say(*[draft.line(c, "fact", "/".join(f for f in within if c.about(f))) for c in dated[:2]])
        return True
    if date:
        # "2019年有哪些国产框架开源?": no sentence of that date names one; what it names, undated.
        draft.direct = False
        draft.lead(t(lang, "group_list_undated", label=label, date=date))
    draft.lead(t(lang, "group_list", label=label, names=joined(lang, members), count=len(members)))
    about = [c for c in claims if any(c.about(f) for f in members)]
    for c in mmr(about, ctx.vectors, min(3, s.max_citations), s.mmr_lambda):
        shown = "/".join(f for f in members if c.about(f))  # the whole sentence, not one clause
        draft.say(draft.line(c, "fact", shown, _aspect_label(c, q, lang, ctx)))
    return True


def _summaries(draft: Draft, q: Question) -> bool:
    """ "能用一句话分别总结每个框架吗?": each framework the documents give a section of their own, in
    their order, with the line that sums that section up ("小结:…")."""
    ctx, lang = draft.ctx, draft.lang
    vocab, index = ctx.corpus.vocab, ctx.corpus.index
    if not vocab.summarize_each(q.text) or len(q.frameworks) == 1:
        return False
    found: dict[str, Claim] = {}
    for i, r in enumerate(index.readings):
        name = r.subject
        if r.summary == 1 and name != GENERAL and ctx.corpus.quotable[i] and (not q.frameworks or name in q.frameworks):
            found.setdefault(name, ctx.corpus.claim(i))
    if len(found) < 2:
        return False
    draft.lead(t(lang, "summaries"))
    draft.say(*[draft.line(c, "fact", name) for name, c in found.items()])
    return True


def _covered(draft: Draft) -> bool:
    """ "文章讲了哪几个框架？": the frameworks with a section of their own, in the documents' order,
    then those only mentioned; quoted from the fewest sentences that name them together."""
    ctx, lang = draft.ctx, draft.lang
    vocab, index = ctx.corpus.vocab, ctx.corpus.index
    sections = list(dict.fromkeys(c.section for c in index.chunks))

    titled = [vocab.frameworks_in(sec) for sec in sections]

    def first_section(name: str) -> int:
        return min((i for i, names in enumerate(titled) if name in names), default=len(sections))

    named = [f for f in ctx.in_order if not vocab.parent(f)]
    main = sorted((f for f in named if first_section(f) < len(sections)), key=first_section)
    others = [f for f in named if f not in main]
    if len(main) < 2:
        return False
    draft.lead(t(lang, "covers_main", names=joined(lang, main)))
    if others:
        draft.say(t(lang, "covers_others", names=joined(lang, others)))
    draft.say("")
    for group in (main, others):
        left = set(group)
        while left:
            best = max(
                (i for i in range(len(index.sentences)) if ctx.corpus.quotable[i]),
                key=lambda i: (len(left & set(index.readings[i].mentions)), -i),
                default=None,
            )
            if best is None or len(left & set(index.readings[best].mentions)) < 2:
                break
            shown = [f for f in group if f in index.readings[best].mentions]
            left -= set(shown)
            claim = ctx.corpus.claim(best)
            draft.say(draft.line(claim, "fact", "/".join(shown)))
    return True


def _supported(q: Question, matching: Sequence[Claim], subject: str) -> bool:
    """Is the question whether a framework supports languages, and does a quote say it does?"""
    needs = q.needs
    return bool(needs) and all(r.spec.language for r in needs) and bool(matching) and not q.wants


def _stance_line(
    lang: str,
    subject: str,
    topic: str,
    shown: Sequence[Claim],
    name: str = "",
    asked: Sequence[str] = (),
    plain_lead: bool = False,
    reporters: Sequence[str] = (),
) -> str:
    """The verdict on a framework from the quotes actually shown: for, against, mixed or plain
    (on the asked aspects, where a quote speaks to them); plain where `plain_lead` and the first
    quote takes no side (no yes or no stands on the line). Where every quote taking a side reports
    a view ("支持者认为…"), the line says whose view it is: not the article's."""
    taking = [c for c in shown if c.stance_asked(subject, asked) != "neutral"]
    stances = {c.stance_asked(subject, asked) for c in taking}
    if plain_lead and shown and shown[0].stance_asked(subject, asked) == "neutral":
        # A plain fact leads ("2019年3月推出TensorFlow2.0 版本…"): not under "points out weaknesses".
        stances = set()
    key = {frozenset({"pro"}): "fact_pro", frozenset({"con"}): "fact_con"}.get(frozenset(stances), "fact_mixed")
    if len(stances) == 1 and reporters and all(c.sentence.text.lstrip().startswith(tuple(reporters)) for c in taking):
        key = f"{key}_reported"
    return t(lang, key if stances else "fact_neutral", name=name or subject, topic=topic)


def _aims(own: Sequence[Claim], subject: str, ctx: Context) -> list[Claim]:
    """The sentences stating what the framework aims at, in its name's own clause ("MegEngine追求训练
    推理一体化", "TensorFlow面向工业界,侧重推理")."""
    vocab = ctx.corpus.vocab
    names = "|".join(re.escape(n) for n in sorted(vocab.names_for(subject), key=len, reverse=True))
    verbs = "|".join(map(re.escape, vocab.focus_stated))
    if not (names and verbs):
        return []
    aim = re.compile(rf"(?:{names})[^,，;；。]{{0,6}}(?:{verbs})", re.I)
    return [c for c in own if aim.search(c.sentence.text)]


def _overview(own: Sequence[Claim], subject: str, ctx: Context, aims: bool = False) -> list[Claim]:
    """What the article says of a framework, in brief: a fact about it, its strongest point for and
    against, then what else is nearest, up to the citation limit. Asked what it `aims` at, the
    sentence saying so comes first."""
    mine = [c for c in own if c.mainly_about(subject)] or list(own)
    vocab = ctx.corpus.vocab
    names = "|".join(re.escape(n) for n in sorted(vocab.names_for(subject), key=len, reverse=True))
    # What it is comes first: a sentence that defines it ("Keras是一个…", "与其说Keras是…不如说它是…").
    defining = [
        c
        for c in mine
        if any(re.search(p.replace("{name}", f"(?:{names})"), c.sentence.text, re.I) for p in vocab.definition)
    ]
    if aims:
        defining = _aims(own, subject, ctx)[:1] + defining  # "MegEngine侧重什么?": its aim first
    picks: list[Claim] = defining[:1]
    for wanted in ("neutral", "pro", "con"):
        best = next((c for c in mine if c.stance_of(subject) == wanted and c not in picks), None)
        if best is not None:
            picks.append(best)
    picks += [c for c in mmr(mine, ctx.vectors, ctx.settings.max_citations, ctx.settings.mmr_lambda) if c not in picks]
    first = defining[:1]
    return first + sorted(
        (c for c in picks[: ctx.settings.max_citations] if c not in first), key=lambda c: c.sentence.start
    )


def _stated_values(draft: Draft, q: Question, leads: Sequence[Claim], subject: str) -> list[tuple[str, str]]:
    """The asked facts in plain words, each with its citation ("Google Brain团队[1]", "January 2017 [2]"),
    and the value as the sentence gives it."""
    vocab = draft.ctx.corpus.vocab
    names = list(vocab.names_for(subject))  # "华为Mindspore、旷视MegEngine": MindSpore's maker is 华为, not 旷视
    out = []
    for slot in q.slots:
        # Of the leads giving a value, the one sharing most of the question's words ("When did MXNet
        # join Apache, and who backs it?": the date of the Apache sentence, not of the AWS one).
        giving = [c for c in leads if vocab.slots[slot].value_in(c.sentence.text, names)]
        giving = [c for c in giving if not _backs_another(c, vocab, [slot], names, [subject])]
        if vocab.company_asked(q.text) and not vocab.slots[slot].person:
            # "MXNet是哪个公司开发的?": "创始人李沐…" names a person, no company.
            people = [x for x in vocab.slots.values() if x.person]
            giving = [
                c
                for c in giving
                if not any(
                    p.value_in(c.sentence.text, names) == vocab.slots[slot].value_in(c.sentence.text, names)
                    for p in people
                )
            ]
        for c in sorted(giving, key=lambda c: -round(c.content_overlap, 2))[:1]:
            value = _trim_value(vocab.slots[slot].value_in(c.sentence.text, names))
            if value:
                marks = draft.mark(c, _role(c, subject), subject, _aspect_label(c, q, draft.lang, draft.ctx, subject))
                label = t(draft.lang, f"slot_{vocab.slots[slot].given_as(c.sentence.text, names)}")
                line = t(
                    draft.lang,
                    "stated_fact",
                    name=subject,
                    slot=label,
                    value=shown_value(draft.lang, value, vocab.organizations),
                    marks=marks,
                )
                out.append((line, value))
                break
    return out


def _trim_value(value: str) -> str:
    """A captured value without the time words, adverbs or conjunctions before it ("最近一流科技" → "一流科技")."""
    if not value:
        return value
    import jieba.posseg as posseg  # a declared dependency, loaded by the index already

    tokens = list(posseg.cut(value))
    while len(tokens) > 1 and tokens[0].flag[:1] in ("f", "t", "d", "c", "p"):
        tokens.pop(0)
    return "".join(t.word for t in tokens).strip()


def _quoted_as(draft: Draft, c: Claim, q: Question, subject: str = "") -> tuple[str, str, str]:
    """How a quote of the claim is shown for the question: (role, subject, label)."""
    subject = subject if subject and c.about(subject) else c.reading.subject
    return _role(c, subject, asked=_asked_aspects(q)), subject, _aspect_label(c, q, draft.lang, draft.ctx, subject)


def _parts_named(vocab: Vocabulary, text: str) -> list[str]:
    """The parts of frameworks a sentence names ("TensorFlow Lite"): what it says was made for something."""
    return [f for f in vocab.frameworks_in(text) if vocab.parent(f)]


def _mark_as_quoted(draft: Draft, c: Claim, q: Question, subject: str = "") -> str:
    """The marker of a claim `_quote` shows below the line citing it (numbered, role and label, as it will be)."""
    return draft.mark(c, *_quoted_as(draft, c, q, subject))


def _quote(draft: Draft, c: Claim, q: Question, subject: str = "") -> str:
    return draft.line(c, *_quoted_as(draft, c, q, subject))


def _backs_another(
    c: Claim, vocab: Vocabulary, slots: Sequence[str], names: Sequence[str], about: Sequence[str]
) -> bool:
    """Who makes or backs a framework, asked (only that), given by a sentence about none of `about`:
    "PyTorch是基于Torch并由Facebook强力支持…" names PyTorch's backer, and says nothing of who backs Torch."""
    who = [x for x in slots if x in ("maker", "backer")]
    return (
        bool(who)
        and len(who) == len(slots)
        and not any(c.mainly_about(f) for f in about)
        and any(vocab.slots[x].value_in(c.sentence.text, names) for x in who)
    )


def _bullets(draft: Draft, items: Sequence[Claim], q: Question, subject: str) -> list[str]:
    """One quote line per item of the article's list, whole, as the article sets it out: a bullet of
    two sentences is one item, so that "第四条" counts the article's items, not its sentences."""
    index, corpus = draft.ctx.corpus.index, draft.ctx.corpus
    lines, seen = [], set()
    for c in items:
        if c.sentence.line in seen:
            continue
        seen.add(c.sentence.line)
        bullet = [j for j, x in enumerate(index.sentences) if x.line == c.sentence.line and _one_list(x, c.sentence)]
        lead = next((x for x in items if x.index == bullet[0]), None) or corpus.claim(bullet[0])
        who = subject if subject and lead.about(subject) else lead.reading.subject
        role = _role(lead, who, asked=_asked_aspects(q))
        label = _aspect_label(lead, q, draft.lang, draft.ctx, who)
        lines.append(draft.line(lead, role, who, label, through=bullet[-1] if len(bullet) > 1 else None))
    return lines


def _listed(claims: Sequence[Claim]) -> list[Claim]:
    """The items of the best claim's list (a framework's 优势/踩坑 list), in the article's order;
    empty when the best claim is not a list item."""
    if not claims or not claims[0].sentence.list_head:
        return []
    items = [c for c in claims if _same_list(c, claims[0])]
    return sorted(items, key=lambda c: c.sentence.start)


def _versions_asked(q: Question, vocab) -> list[str]:
    """The versions of the asked frameworks the question names ("2.0" of "TF2.0", "tensorflwo 2.0",
    "version 2", "它的2.0版本")."""
    # (a misspelt name is still the one asked about; "TF2" is a name the vocabulary knows, of version 2)
    versions = []
    for m in vocab.mentions(q.text, question=True):
        if m.name not in q.frameworks:
            continue
        v = re.match(r"\s*v?(\d+(?:\.\d+)*)", q.text[m.end :], re.I)
        v = v or (None if m.name[-1].isdigit() else re.search(r"(\d+(?:\.\d+)*)$", q.text[m.start : m.end]))
        if v:
            versions.append(v.group(1))
    versions += [
        a or b
        for a, b in re.findall(r"(?i)\b(?:version|ver\.?|v)\s*(\d+(?:\.\d+)*)|(\d+(?:\.\d+)+)\s*(?:版|version)", q.text)
    ]
    if len(q.frameworks) == 1:
        # "TensorFlow：那2.0是什么时候出的?" (a follow-up naming the version alone): a dotted number not
        # of another name ("Python 3.6") nor of a date.
        versions += re.findall(r"(?<![A-Za-z\d.])(?<![A-Za-z]\s)(\d+\.\d+(?:\.\d+)*)(?![\d.])(?!\s*[年月%倍])", q.text)
    return versions


def _names_version(text: str, names: Sequence[str], versions: Sequence[str]) -> bool:
    """Does the text name one of the frameworks at one of the versions ("TensorFlow2.0", "TF 2")?"""
    named = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) or r"(?!x)x"
    return any(re.search(rf"(?:{named})\s*v?{re.escape(v)}(?![\d])", text, re.I) for v in versions)


def _leads(q: Question, matching: Sequence[Claim], draft: Draft) -> list[Claim]:
    """The sentence stating each kind of fact asked ("谁开发的，什么时候发布？": a maker and a date),
    else the best one."""
    vocab = draft.ctx.corpus.vocab
    names = [n for f in q.frameworks for n in vocab.names_for(f)]
    leads: list[Claim] = []
    threshold = draft.ctx.settings.stated_overlap
    named = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) or r"(?!x)x"
    versions = _versions_asked(q, vocab)
    for slot in q.slots:
        stating = [
            c for c in matching if c.content_overlap >= threshold or vocab.slots[slot].stated_in(c.sentence.text, names)
        ]
        # One that gives the value itself ("由Google Brain团队研发", not "Google…开发了TensorFlow Lite"),
        # and of the sentences holding a date, the one sharing the question's words ("发布") states it.
        best = (
            max(
                stating,
                key=lambda c: (
                    bool(vocab.slots[slot].value_in(c.sentence.text, names)),
                    # A backer named as one ("被AWS正式选择") before a maker that backs it.
                    vocab.slots[slot].own_value_in(c.sentence.text, names),
                    # The version asked about ("TF2.0哪年出的"); else (below) the framework's first
                    # date, as a later one is a version's ("2019年3月推出TensorFlow2.0").
                    sum(bool(re.search(rf"(?:{named})\s*{re.escape(v)}", c.sentence.text, re.I)) for v in versions),
                    # With no version asked, a sentence dating one ("2019年3月推出TensorFlow2.0") is not
                    # the framework's date, whatever word it shares ("哪一年推出的").
                    bool(versions) or not re.search(rf"(?:{named})\s*\d+(?:\.\d+)+", c.sentence.text, re.I),
                    # The event asked about ("When did it join?": "进入Apache基金会"), in any language.
                    bool(vocab.slots[slot].event_stated(q.text, c.sentence.text)),
                    # "发布" words pick the release date when a release is asked ("Caffe2是啥时候并入
                    # PyTorch的" is settled by the sentence on the merge, not PyTorch's release).
                    bool(vocab.slots[slot].prefer(c.sentence.text)) and _asks_release(q, vocab.slots[slot], stating),
                    # (to a tenth: "发布得早" shares as little with "2019年3月推出TensorFlow2.0" as
                    # with its release, and of those the first date is the release)
                    round(c.content_overlap, 1),
                    _earliness(vocab.slots[slot].value_in(c.sentence.text, names)) if slot == "date" else (),
                    c.relevance,
                ),
            )
            if stating
            else None
        )
        if best is not None and best not in leads:
            leads.append(best)
    return leads or [matching[0]]


def _asks_release(q: Question, slot, stating: Sequence[Claim]) -> bool:
    """Is it the release that is asked about: said so ("发布"), which came first, or no other event
    the question names ("并入" in "Caffe2是啥时候并入PyTorch的") is stated?"""
    if slot.prefer(q.text) or slot.earlier(q.text) or slot.later(q.text):
        return True
    if slot.event_asked(q.text):
        return False  # another event is named ("When did it join?")
    return not any(c.content_overlap > 0 for c in stating)


def _date_order(q: Question, dates: Sequence[tuple[str, str]], vocab) -> tuple[str, str] | None:
    """("earlier", name) for "哪个更老？" when the dates settle it, ("later", name) for "which is newer?"."""
    slot = vocab.slots["date"]
    which = "earlier" if slot.earlier(q.text) else "later" if slot.later(q.text) else ""
    keys = [tuple(int(n) for n in re.findall(r"\d+", value)) for _, value in dates]
    if not which or len(dates) < 2 or not all(keys):
        return None
    ranked = sorted(zip(keys, (name for name, _ in dates), strict=True))
    if which == "later":
        ranked.reverse()
    (a, name), (b, _) = ranked[0], ranked[1]
    if a[: len(b)] == b[: len(a)]:
        return None  # "2017" against "2017年1月": the article does not settle it
    return which, name


def _earliness(value: str) -> tuple[int, ...]:
    """How early a date is ("2015年11月" before "2019年3月"), for sorting latest-first to earliest-last."""
    return tuple(-int(n) for n in re.findall(r"\d+", value)) or (-9999,)


def _in_passing(c: Claim, subject: str, aspects: Sequence[str]) -> bool:
    """Does a sentence about `subject` name these aspects only beside what it claims ("由于不少Bug隐匿于
    封装中,这也使Keras运行速度相对缓慢" claims speed, not debugging)?"""
    return c.reading.subject == subject and not set(aspects) & set(c.reading.claims)


def _asked(q: Question, own: Sequence[Claim], subject: str, draft: Draft) -> tuple[list[Claim], str, str, str]:
    """(the claims that state what is asked, best first; the gap line when none does; the topic;
    the line naming what was asked that none of them speaks to, when some do).

    A fact asked for (a maker, a date, a licence) is stated by a sentence holding that kind of
    fact, or sharing most of the question's words; drawbacks (strengths) by a sentence against
    (for) the framework; a requirement or an aspect by a sentence speaking to it."""
    lang, vocab, s = draft.lang, draft.ctx.corpus.vocab, draft.ctx.settings
    sep = t(lang, "list_sep")
    reqs = q.needs
    if q.slots:
        names = [n for f in q.frameworks for n in vocab.names_for(f)]
        stated = [
            c
            for c in own
            if c.content_overlap >= s.stated_overlap
            or any(vocab.slots[x].stated_in(c.sentence.text, names) for x in q.slots)
        ]
        stated = [c for c in stated if not _backs_another(c, vocab, q.slots, names, q.frameworks or [subject])]
        # Where a sentence states it, that is the answer; one only sharing the question's words is no
        # more evidence ("由哪家公司支持?" is not answered by "…不可能由某个企业、某个产品垄断").
        stated = [c for c in stated if any(vocab.slots[x].stated_in(c.sentence.text, names) for x in q.slots)] or stated
        missing = [x for x in q.slots if not any(vocab.slots[x].stated_in(c.sentence.text, names) for c in stated)]
        label = sep.join(t(lang, f"slot_{x}") for x in missing or q.slots)
        gap = t(lang, "not_slot", name=subject, slot=label) if not stated else ""
        return stated, gap, "", ""
    if q.suits and not q.wants:
        # "TensorFlow适合啥场景？": what the article says it is good for, its uses first.
        good = [c for c in own if c.stance_of(subject) == "pro" and c.mainly_about(subject)]
        uses = set(vocab.suits_aspects)
        on_uses = [c for c in good if uses & set(_aspects_of(c, subject))]
        stated = on_uses or good
        if not stated and vocab.parent(subject):
            # "TensorBoard是拿来做什么的?": a tool is for what the article says it does.
            stated = [c for c in own if c.about(subject)] or list(own[:2])
        return stated, "" if stated else t(lang, "no_suits", name=subject), "", ""
    if q.wants in ("pro", "con"):
        stated = [c for c in own if c.stance_of(subject) == q.wants and c.mainly_about(subject)]
        aims = _aims(own, subject, draft.ctx) if not stated and q.wants == "pro" else []
        # (on the need carried over, where there is one: distributed training, then "MindSpore的强项是啥")
        aims = [c for c in aims if not reqs or any(c.meets(r, subject) for r in reqs)]
        if aims:
            # "Mindspore擅长啥": the article rates none of its points, but says what it works on
            # ("Mindspore深耕自动并行的训练能力"); that, said as such, is the answer.
            return aims, t(lang, "no_pros_aim", name=subject), "", ""
        if not stated:
            return [], t(lang, "no_cons" if q.wants == "con" else "no_pros", name=subject), "", ""
        if reqs:
            on = [c for c in stated if any(c.meets(r, subject) for r in reqs)]
            if not on:
                topic = sep.join(r.label(lang) for r in reqs)
                # "TensorFlow部署上有没有缺点?": it speaks of its deployment, only not against it.
                spoken = any(c.meets(r, subject) and c.mainly_about(subject) for c in own for r in reqs)
                gap = f"no_{q.wants}s_on" if spoken else "not_on_criteria"
                return [], t(lang, gap, name=subject, topic=topic), "", ""
            stated = on
        # "MXNet：这样有什么好处?（混合使用符号编程和命令式编程）": the one sharing its words first.
        stated.sort(key=lambda c: c.content_overlap < s.stated_overlap)
        return stated, "", "", ""
    if q.wants == "both":
        return list(own), "", "", ""
    if reqs:
        topic = sep.join(r.label(lang) for r in reqs)
        stated = [c for c in own if any(c.meets(r, subject) for r in reqs)]
        # "Keras is written in C++, right?": the article may speak of its languages, just not that one.
        gap = "not_language" if all(r.spec.language for r in reqs) else "not_on_criteria"
        if not stated:
            return stated, t(lang, gap, name=subject, topic=topic), topic, ""
        # On a need's core ("科研": research use) before what only bears on it (flexibility); with
        # nothing on the core, the verdict is on what they do speak to, and says the need is unspoken
        # ("我做科研,想用MXNet,靠谱吗": the article never speaks of MXNet for research).
        core = [c for c in stated if any(_speaks_core(c, subject, r) for r in reqs)]
        if not core:
            beside = {
                a: None for c in stated[:3] for r in reqs for a in r.spec.aspects[1:] if a in _aspects_of(c, subject)
            }
            spoken_on = sep.join(vocab.aspect_label(a, lang) for a in beside) or topic
            return stated, "", spoken_on, t(lang, "unspoken", name=subject, topic=topic)
        # (Each group claiming it before naming it beside its claim; see below.)
        firsts = [a for r in reqs for a in r.spec.aspects[:1]]
        # A sentence sharing most of the question's own words states it ("Can I easily modify existing
        # layers?" → "改写现有的神经网络层也十分复杂"), however near the others are.
        # (A need met by its own words: the sentence using more of them first, "忽略底层原理".)
        stated = sorted(
            stated,
            key=lambda c: (
                c.content_overlap < s.stated_overlap,
                c not in core,
                -max(_own_words(c, r) for r in reqs),
                _in_passing(c, subject, firsts),
            ),
        )
        # The verdict names only the requirements its quotes meet (flexibility is not distributed),
        # and says which it found nothing on.
        met = [r.label(lang) for r in reqs if any(c.meets(r, subject) for c in stated[:3])]
        unspoken = [r.label(lang) for r in reqs if r.label(lang) not in met]
        gap_line = t(lang, "unspoken", name=subject, topic=sep.join(unspoken)) if met and unspoken else ""
        return stated, "", sep.join(met) or topic, gap_line
    content = [a for a in q.aspects if a not in FRAME_ASPECTS and a != "origin_facts"]
    if content and not q.overview:
        topic = sep.join(vocab.aspect_label(a, lang) for a in content[:2])
        stated = [c for c in own if set(content) & set(_aspects_of(c, subject))]
        if not stated:
            return stated, t(lang, "not_on_criteria", name=subject, topic=topic), topic, ""
        # Those claiming it before those naming it beside their claim ("由于不少Bug隐匿于封装中,这也使
        # Keras运行速度相对缓慢" is on speed; "…增加了调试难度" answers "好调试吗?").
        stated.sort(key=lambda c: (c.content_overlap < s.stated_overlap, _in_passing(c, subject, content)))
        # The verdict names only the aspects its quotes speak to: flexibility quotes say nothing
        # of distributed training, however the question put the two together.
        spoken = {a for c in stated[:3] for a in _aspects_of(c, subject)}
        said = [vocab.aspect_label(a, lang) for a in content[:2] if a in spoken]
        unsaid = [vocab.aspect_label(a, lang) for a in content[:2] if a not in spoken]
        gap_line = t(lang, "unspoken", name=subject, topic=sep.join(unsaid)) if said and unsaid else ""
        return stated, "", sep.join(said) or topic, gap_line
    return ([] if not q.overview else list(own)), "", "", ""


def _same_list(a: Claim, b: Claim) -> bool:
    return _one_list(a.sentence, b.sentence)


def _one_list(x: Sentence, y: Sentence) -> bool:
    return x.source == y.source and x.section == y.section and x.list_head == y.list_head


# ---------------------------------------------------------------- why


def _why(draft: Draft, q: Question, claims: Sequence[Claim]) -> None:
    lang, s = draft.lang, draft.ctx.settings
    sep = t(lang, "list_sep")
    picks = list(q.candidates or q.frameworks)  # the last pick, not every name its question carries
    table = standings(q, claims, draft.ctx, among=picks)
    # Picked on the needs it was met on, not all the asker stated ("显存只有2G,想做科研": MXNet was the
    # pick for the memory; the article gives research to PyTorch).
    met = {r for st in table.values() if st.name in picks for r in st.met}
    labels = q.requirement_labels(lang)
    on = [r.label(lang) for r in q.requirements if r.name in met and not r.spec.framework_group]
    topic = sep.join([x for x in labels if x in on] or labels)
    reasons = (
        [(n, c, r) for n, c, r in _reasons(picks, table, s.max_citations + 1) if _role(c, n, r) != "caveat"]
        if table
        else []
    )
    caveats = _caveats(picks, table, claims, lang, draft.ctx.corpus.vocab, q.set_aside, _asked_aspects(q))
    if q.no_lean:
        # Why a comparison favoured neither: the article speaks for both, against both, or each way.
        praised = {n for n, _, _ in reasons}
        caveats = [x for x in caveats if x[2]]  # only warnings on what was compared
        warned = [n for n in picks if any(x[0] == n for x in caveats)]
        if not praised and warned and len(warned) < len(picks):
            # "Which one is easier to debug?" of Keras and PyTorch: a warning about one, nothing of
            # the other ("criticises both" had said more than the article).
            silent = [n for n in picks if n not in warned]
            draft.lead(
                t(lang, "why_even_silent", topic=topic or "—", warned=joined(lang, warned), silent=joined(lang, silent))
            )
        else:
            key = "why_even" if praised >= set(picks) else "why_even_mixed" if praised else "why_even_con"
            draft.lead(t(lang, key, names=joined(lang, picks), topic=topic or "—"))
    elif topic:
        draft.lead(t(lang, "why_title", names=sep.join(picks), topic=topic))
    else:
        draft.lead(t(lang, "why_title_plain", names=sep.join(picks)))
    if not reasons and not q.no_lean:
        own = [c for c in claims if c.reading.subject in picks and c.stance_of(c.reading.subject) == "pro"]
        draft.say(
            *[
                draft.line(c, "reason", c.reading.subject, _aspect_label(c, q, lang, draft.ctx, c.reading.subject))
                for c in own[:3]
            ]
        )
    else:
        vocab = draft.ctx.corpus.vocab
        # (Each under what it speaks to: MXNet's "…灵活性和执行效率" is flexibility, not research.)
        draft.say(
            *[
                draft.line(c, role, n, _label(c, n, r, role, lang, vocab))
                for n, c, r in reasons
                for role in [_role(c, n, r)]
            ]
        )
    if caveats:
        _section(draft, t(lang, "caveats"), [draft.line(c, "caveat", n, label) for n, c, label in caveats])
    if not q.no_lean:
        draft.recommendations += [p for p in picks if p not in draft.recommendations]


# ---------------------------------------------------------------- refusing, dating, asking back


def speaks_of_itself(q: Question, c: Claim, vocab: Vocabulary) -> bool:
    """ "文章主要写给谁看的?": asked of the article, and the sentence is where it speaks of itself
    ("本文主要是为部分初学者提供建议"): that answers it."""
    return bool(vocab.document_refers(vocab.normalize(q.text)) and vocab.self_reference(c.sentence.text))


def document_facts(q: Question, doc: Document, keys: dict[str, tuple[str, ...]]) -> Answer | None:
    """When the document was published, where, its title, its author: read off its front matter
    (`keys`: the front-matter keys for each; a title also off the first heading) and quoted there
    verbatim. None when it records none of what is asked."""
    lang = q.lang
    lines: list[str] = []
    citations: list[Citation] = []

    def cite(start: int, end: int, section: str, label: str) -> str:
        citations.append(
            Citation(
                n=len(citations) + 1,
                text=doc.text[start:end],
                source=doc.source,
                section=section,
                start=start,
                end=end,
                score=1.0,
                line=line_of(doc.text, start),
                role="fact",
                subject=GENERAL,
                label=label,
            )
        )
        return f"[{len(citations)}]"

    found = {name: _front_matter_value(doc, names, name == "title") for name, names in keys.items()}
    source = found.get("source")
    if "headings" in q.document:
        # "文章分几部分?", "每个框架的小标题是什么?": its "## " headings, each quoted where it stands.
        body = doc.text[doc.body_start :]
        heads = [(doc.body_start + m.start(1), doc.body_start + m.end(1)) for m in _HEADING.finditer(body)]
        if heads:
            lines.append(t(lang, "doc_headings", count=len(heads)))
            lines += [f"- {doc.text[a:b]} {cite(a, b, doc.text[a:b], 'heading')}" for a, b in heads]
    for field_name in q.document:
        if field_name == "headings":
            continue
        value = found.get(field_name)
        if value is None:
            if field_name == "author" and source is not None:
                lines.append(t(lang, "doc_no_author", value=doc.text[slice(*source)], n=cite(*source, "", "source")))
            continue
        section = "" if value[0] < doc.body_start else doc.title
        lines.append(t(lang, f"doc_{field_name}", value=doc.text[slice(*value)], n=cite(*value, section, field_name)))
    if not lines:
        return None
    lines = list(dict.fromkeys(lines))
    return Answer(
        text="\n".join(lines),
        citations=citations,
        abstained=False,
        recommendations=[],
        question=q.text,
        language=lang,
        kind="fact",
        verdict=lines[0].replace("**", "").strip("* "),
        direct=True,
    )


_HEADING = re.compile(r"^##[ \t]+(\S[^\r\n]*?)[ \t]*\r?$", re.M)


def _front_matter_value(doc: Document, keys: Sequence[str], heading: bool) -> tuple[int, int] | None:
    """The span of the first of these keys' values in the front matter; with `heading`, else the
    document's first "# " heading."""
    head = doc.text[: doc.body_start]
    for key in keys:
        m = re.search(rf"^{re.escape(key)}[ \t]*:[ \t]*(\S[^\r\n]*?)[ \t]*\r?$", head, re.M)
        if m:
            return m.start(1), m.end(1)
    if heading:
        m = re.search(r"^# +(\S[^\r\n]*?)[ \t]*\r?$", doc.text[doc.body_start :], re.M)
        if m:
            return doc.body_start + m.start(1), doc.body_start + m.end(1)
    return None


def refusal(q: Question, ctx: Context) -> Answer:
    reason = {
        "tool": t(q.lang, "refuse_tool", tools=", ".join(q.unknown) or "—"),
        "code": t(q.lang, "refuse_code"),
        "write": t(q.lang, "refuse_write"),
        "install": t(q.lang, "refuse_install"),
        "price": t(q.lang, "refuse_price"),
        "injection": t(q.lang, "refuse_injection"),
    }.get(q.refusal, t(q.lang, "refuse_intro"))
    # "Caffe" when the documents name only "Caffe2": the name they do use, said beside the refusal.
    near = [
        f
        for f in ctx.in_order
        for u in q.unknown
        if f.lower() != u.lower() and len(u) >= 3 and re.fullmatch(rf"{re.escape(u)}\s*[\d.]+", f, re.I)
    ]
    if q.refusal == "tool" and near:
        reason += ("" if q.lang == "zh" else " ") + t(
            q.lang, "refuse_near", names=joined(q.lang, list(dict.fromkeys(near)))
        )
    # (Only asked of frameworks: "比特币现在多少钱?", "how much is a GPU?" get no licences.)
    of_frameworks = bool(q.frameworks or ctx.corpus.vocab.framework_nouns(q.text))
    if q.refusal == "price" and of_frameworks and (free := _open_source(q, ctx)):
        # "Is PyTorch free?": no price in the documents, but what they say about paying for it:
        # that it is open source.
        draft = Draft(q.lang, ctx)
        draft.lead(reason)
        draft.say("", t(q.lang, "price_open_source"))
        draft.say(*[draft.line(c, "fact", _licensed(c, ctx.corpus.vocab)) for c in free])
        return dataclasses.replace(_answer(draft, q, "refusal"), abstained=True, direct=False)
    # Section titles are in the documents' language; an English reader gets the frameworks instead.
    topics = ctx.topics if q.lang == "zh" else ctx.in_order[:8]
    covers = t(q.lang, "covers", topics=joined(q.lang, list(topics)), examples=t(q.lang, "covers_examples"))
    return _uncited(q, f"{reason}\n\n{covers}", "refusal", verdict=reason, abstained=True)


def _licensed(c: Claim, vocab: Vocabulary) -> str:
    """Whom the sentence's licence words are said of: the frameworks listed in their clause
    ("华为Mindspore、旷视MegEngine、腾讯TNN…渐次宣布开源"), else its subject ("PyTorch是基于Torch…的开源
    深度学习库" is PyTorch's, not Torch's)."""
    clause = next((p for p in re.split(r"[,，;；。]", c.sentence.text) if vocab.licence(p)), "")
    names = vocab.frameworks_in(clause)
    return "/".join(names) if len(names) > 1 and "、" in clause else c.reading.subject


def _open_source(q: Question, ctx: Context) -> list[Claim]:
    """The sentences saying a framework asked about (any, when none is named) is open source."""
    vocab = ctx.corpus.vocab
    found = [
        c
        for c in ctx.corpus.quotable_claims()
        if vocab.licence(c.sentence.text) and c.subjects and (not q.frameworks or any(c.about(f) for f in q.frameworks))
    ]
    return found[: ctx.settings.max_citations]


def after_date(plan: Plan) -> Answer:
    """A question about after the documents' date: refused with the date, plus what they said
    then when something speaks to it: the answer the question gets read at that date ("现在还值得
    学TF吗？" → the article's advice then, not its nearest sentences)."""
    q = plan.question
    ctx = plan.context
    date = _published(ctx.sources)
    draft = Draft(q.lang, ctx)
    draft.lead(t(q.lang, "after_date", date=date or "—"))
    if plan.parts and plan.parts[0].direct:
        then = Draft(q.lang, ctx)
        published = int(date[:4]) if date[:4].isdigit() else 0
        for part in plan.parts:
            # Asked at that date: a later year is when it is asked about, not a date it proposes
            # ("2023年用户多吗?" had got "不对…2020年上半年").
            text = re.sub(
                r"(?<!\d)((?:19|20)\d{2})(?!\d)\s*年?",
                lambda m: "" if published and int(m.group(1)) > published else m.group(0),
                part.question.text,
            )
            slots = part.question.slots if text == part.question.text else ()  # (the year had made it a date)
            asked_then = dataclasses.replace(part.question, after_date=False, proposal="", text=text, slots=slots)
            _compose_part(then, dataclasses.replace(part, question=asked_then))
        if then.quotes and then.direct:
            lines = [_reply_then(q.lang, line, date or "—") for line in then.lines]
            draft.say("", t(q.lang, "then_it_said", date=date or "—"), *lines)
            draft.quotes, draft.lined = then.quotes, then.lined
    answer = _answer(draft, q, "after_date")
    return dataclasses.replace(answer, abstained=True, direct=False)


def _reply_then(lang: str, line: str, date: str) -> str:
    """A yes or no asked about now is a yes or no at the documents' date ("Is TensorFlow still hard
    to learn today?" → "As of 2020-09, yes."), not a plain "Yes." about today."""
    for reply in ("yes", "no", "wrong", "partly"):
        word = t(lang, f"reply_{reply}")
        if line.startswith(f"**{word}"):
            return f"**{t(lang, f'reply_{reply}_then', date=date)}{line[2 + len(word) :]}"
    return line


def smalltalk(q: Question, ctx: Context, introduce: bool = False) -> Answer:
    """Thanks get "you're welcome"; a greeting or "who are you?" gets what the advisor is and reads."""
    examples = t(q.lang, "covers_examples")
    if not introduce:
        return _uncited(q, t(q.lang, "smalltalk", examples=examples), "smalltalk")
    titles = [f.get("title", "") for f in sorted(ctx.sources.values(), key=lambda f: -f.get("chunks", 0))]
    text = t(q.lang, "introduce", title=titles[0] if titles else "—", date=_published(ctx.sources) or "—")
    return _uncited(q, f"{text}{examples}", "smalltalk")


def clarify(q: Question, frameworks: Sequence[str]) -> Answer:
    return _uncited(q, t(q.lang, "clarify", names=t(q.lang, "list_sep").join(frameworks[:6])), "clarify")


def _uncited(q: Question, text: str, kind: str, verdict: str = "", abstained: bool = False) -> Answer:
    """An answer that quotes nothing: a refusal, a question back, a reply to thanks."""
    return Answer(
        text=text,
        citations=[],
        abstained=abstained,
        recommendations=[],
        question=q.text,
        language=q.lang,
        kind=kind,
        verdict=verdict or text,
        direct=False,
    )


def _published(sources: dict[str, dict[str, Any]]) -> str:
    dates = sorted(
        f.get("meta", {}).get("published", "")[:7] for f in sources.values() if f.get("meta", {}).get("published")
    )
    return dates[-1] if dates else ""


def _dated(lang: str, quotes: Sequence[Quote], sources: dict[str, dict[str, Any]]) -> str:
    source = sources.get(quotes[0].claim.sentence.source, {}) if quotes else {}
    meta = source.get("meta", {})
    title = meta.get("title") or source.get("title") or (quotes[0].claim.sentence.source if quotes else "")
    date = meta.get("published", "")[:7]
    return t(lang, "dated", title=title, date=date) if date else t(lang, "dated_nodate", title=title)


def _pieces(text: str, size: int = 12) -> Iterator[str]:
    """Split text for streaming without breaking a citation marker like [12]."""
    i = 0
    while i < len(text):
        j = min(len(text), i + size)
        if "[" in text[i:j] and "]" not in text[text.rfind("[", i, j) : j]:
            j = text.find("]", j) + 1 or len(text)
        yield text[i:j]
        i = j
