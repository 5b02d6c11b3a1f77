"""From a question and the index to a cited answer: understand, resolve follow-ups, pick evidence
(MMR), decide whether the article supports an answer, and compose it around verbatim quotes."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np

from . import lexicon
from .bm25 import tokenize
from .settings import AnswerSettings
from .store import StoredIndex
from .templates import t
from .types import Answer, Citation, Sentence

# Calibrated on tests/golden (see `framework-advisor eval`): below this cosine between the
# question and its best sentence, the article is taken not to answer the question.
MIN_SUPPORT = {
    "google/embeddinggemma-300m": 0.31,
    "fake/hash-ngrams-256": 0.10,  # the fake separates poorly; tests of the threshold use the real model
}
DEFAULT_MIN_SUPPORT = 0.35
# Weight of exact term overlap (idf-weighted share of the question's words found in a sentence):
# "Java" in the question should favour the sentence that says Java.
LEXICAL_WEIGHT = 0.1
# Recommendations weigh the sentences (among the STANCE_DEPTH best) that speak to the question's
# criteria; a warning counts CON_WEIGHT of a favourable sentence, and a second framework is named
# when its net stance reaches RUNNER_UP_SHARE of the first one's.
STANCE_DEPTH = 40
CON_WEIGHT = 0.5
RUNNER_UP_SHARE = 0.6
CANDIDATES = 200  # sentences nearest the question that are scored (besides those in the best chunks)
LIST_LIMIT = 8  # quotes from one list (a framework's 踩坑预警) in a single answer


# ---------------------------------------------------------------- understanding the question


@dataclass(frozen=True)
class Question:
    text: str  # after follow-up resolution
    original: str
    lang: str
    kind: str  # choice | compare | fact
    choice: bool
    frameworks: tuple[str, ...]
    aspects: tuple[str, ...]
    refusal: str = ""  # code | install | price | injection | tool
    unknown_tools: tuple[str, ...] = ()


def understand(question: str, original: str, known: frozenset[str] | None = None) -> Question:
    """Classify the (resolved) question.

    `known` holds the framework and tool names the corpus mentions (SentenceFacts.known_names);
    a question about a name outside it is refused rather than answered with another's words.
    None (tests of the classifier alone) takes every framework as known and no other tool.
    """
    subjects = lexicon.subjects_in(question)
    if known is None:
        known = frozenset(lexicon.frameworks_in(question))
    unknown = tuple(name for name in subjects if name not in known)
    # A tool the user's own documents cover is a subject like any framework.
    frameworks = tuple(name for name in subjects if name in known)
    aspects = tuple(a.name for a in lexicon.aspects_in(question))
    choice = lexicon.is_choice(question, len(frameworks))
    # Two named frameworks are answered side by side, whatever the wording.
    kind = "compare" if len(frameworks) >= 2 else ("choice" if choice else "fact")
    refusal = ""
    if lexicon.is_injection(original):
        refusal = "injection"
    elif lexicon.asks_for_code(original) and not (choice and re.search(r"框架|framework", original, re.I)):
        refusal = "code"
    elif unknown:
        refusal = "tool"
    elif lexicon.asks_to_install(original):
        refusal = "install"
    elif lexicon.asks_price(original):
        refusal = "price"
    return Question(
        text=question,
        original=original,
        lang=lexicon.language(original),
        kind=kind,
        choice=choice,
        frameworks=frameworks,
        aspects=aspects,
        refusal=refusal,
        unknown_tools=unknown,
    )


_PRONOUN_ZH = re.compile(r"它们的|它的|它们|它|这个框架|那个框架|该框架|这款框架|这个工具")
_PRONOUN_EN = re.compile(r"\b(its|it's|it|they|them|their|this one|that one|this framework|that framework)\b", re.I)
_ELLIPSIS_ZH = re.compile(r"^(那|那么|还有|再说说)?.{0,12}呢[？?]?$")
_PICKS_ANEW = re.compile(r"\s*(which|what) (framework|library|tool|one)s?\b", re.I)


def message_text(content: Any) -> str:
    """Text of a chat message's content, whether a string or a list of typed parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        return str(content.get("text") or content.get("content") or "")
    if isinstance(content, list | tuple):
        return " ".join(message_text(part) for part in content)
    return "" if content is None else str(content)


def check_history(history: Any) -> list[dict[str, str]]:
    if history is None:
        return []
    if not isinstance(history, list | tuple):
        raise ValueError('history must be a list of {"role": "user"|"assistant", "content": str} messages')
    out = []
    for i, message in enumerate(history):
        if not isinstance(message, dict) or message.get("role") not in ("user", "assistant", "system"):
            raise ValueError(
                f'history[{i}] is not a chat message: expected {{"role": "user"|"assistant", "content": str}}'
            )
        out.append({"role": message["role"], "content": message_text(message.get("content"))})
    return out


# What is left of "那TensorFlow呢？" / "And PyTorch?" once the framework is taken out.
_SWAP_ZH = re.compile(r"^(那么?|还有|换成|换作|如果是|要是)?呢?$")
_SWAP_EN = re.compile(r"^(and|what about|how about|and what about|same for|same question for)?$", re.I)
HISTORY_TURNS = 12  # user turns looked back over to resolve a follow-up


def resolve_followup(question: str, history: Sequence[dict[str, str]]) -> str:
    """Rewrite "那它的缺点呢？" / "What are its drawbacks?" to name the framework discussed before,
    and "那TensorFlow呢？" after "Keras的缺点是什么？" to "TensorFlow的缺点是什么？"."""
    swapped = _swap_subject(question, history)
    if swapped:
        return swapped
    if lexicon.frameworks_in(question) and not re.search(
        r"^(和|跟|与|同|compared? (to|with)|vs\.?|versus|what about)", question.strip(), re.I
    ):
        return question
    zh = lexicon.language(question) == "zh"
    # "Which framework makes it easy to deploy?" picks anew: its "it" points at nothing before.
    refers = (
        bool(_PRONOUN_ZH.search(question))
        if zh
        else bool(_PRONOUN_EN.search(question)) and not _PICKS_ANEW.match(question)
    )
    # "缺点呢？" / "And for beginners?": short, and about an aspect of choosing a framework.
    short = bool(_ELLIPSIS_ZH.match(question.strip())) if zh else len(question.split()) <= 5
    elliptic = short and bool(lexicon.aspects_in(question))
    if not (refers or elliptic or lexicon.frameworks_in(question)):
        return question
    previous = _previous_frameworks(history)
    if not previous:
        return question
    mentioned = lexicon.frameworks_in(question)
    if mentioned:  # "和PyTorch比呢？" → "Keras和PyTorch比呢？"
        others = [f for f in previous if f not in mentioned]
        if not others:
            return question
        return f"{others[0]}{question.strip()}" if zh else f"{others[0]} {question.strip()}"
    names = previous[:2]  # "它" after "推荐：PyTorch、Keras" means both
    joined = ("和" if zh else " and ").join(names)
    if zh and _PRONOUN_ZH.search(question):
        return _PRONOUN_ZH.sub(lambda m: joined + ("的" if m.group(0).endswith("的") else ""), question, count=1)
    if not zh and len(names) == 1 and _PRONOUN_EN.search(question):
        return _PRONOUN_EN.sub(
            lambda m: f"{joined}'s" if m.group(0).lower() in ("its", "their") else joined, question, count=1
        )
    return f"{joined}：{question}" if zh else f"{joined}: {question}"


def _swap_subject(question: str, history: Sequence[dict[str, str]]) -> str:
    """The previous question asked again of the framework this bare "那X呢？" names, or ""."""
    named = lexicon.frameworks_in(question)
    if not named:
        return ""
    rest = re.sub(r"[\s\W_]+", " ", lexicon.without_frameworks(question)).strip()
    zh = lexicon.language(question) == "zh"
    if not (_SWAP_ZH.match(rest.replace(" ", "")) if zh else _SWAP_EN.match(rest)):
        return ""
    previous = _previous_question(history)
    before = lexicon.frameworks_in(previous)
    if len(before) != 1 or before == named:
        return ""  # after a comparison, "那Keras呢？" could mean either side: leave it as asked
    return lexicon.replace_framework(previous, before[0], ("和" if zh else " and ").join(named))


def _previous_question(history: Sequence[dict[str, str]]) -> str:
    """The latest user turn, itself resolved against the turns before it."""
    users = [i for i, m in enumerate(history) if m["role"] == "user"][-HISTORY_TURNS:]
    if not users:
        return ""
    # Each level of this recursion sees one user turn fewer of a bounded window, so a long run
    # of "那X呢？" costs at most HISTORY_TURNS levels.
    window = history[users[0] : users[-1] + 1]
    return resolve_followup(window[-1]["content"], window[:-1])


def _previous_frameworks(history: Sequence[dict[str, str]]) -> list[str]:
    """Frameworks of the latest user turn that named one; for a choice, those the reply recommended."""
    for i in range(len(history) - 1, -1, -1):
        message = history[i]
        if message["role"] != "user":
            continue
        named = lexicon.frameworks_in(message["content"])
        if named:
            return named
        reply = next((m["content"] for m in history[i + 1 :] if m["role"] == "assistant"), "")
        first_line = next((line for line in reply.splitlines() if line.strip()), "")
        # Our replies lead with the pick ("**推荐：Keras**") or the subjects; quotes further down
        # name other frameworks in passing and say nothing about what "it" is.
        recommended = lexicon.frameworks_in(first_line)
        if recommended:
            return recommended
    return []


# ---------------------------------------------------------------- evidence


@dataclass(frozen=True)
class Evidence:
    index: int  # position in index.sentences
    sentence: Sentence
    similarity: float  # cosine to the question
    relevance: float  # similarity adjusted for what the question asks
    about: tuple[str, ...]  # frameworks the sentence is about
    polarity: str  # pro | con | neutral
    mentions: tuple[str, ...] = ()  # frameworks it is about or names


@dataclass
class SentenceFacts:
    """Per-sentence facts that do not depend on the question, computed once per index."""

    index: StoredIndex
    about: list[tuple[str, ...]] = field(init=False)
    mentions: list[tuple[str, ...]] = field(init=False)
    polarity: list[str] = field(init=False)
    summary: list[int] = field(init=False)
    quotable: np.ndarray = field(init=False)
    _terms: dict[int, frozenset[str]] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.about, self.mentions, self.polarity, quotable = [], [], [], []
        self.summary = [lexicon.summary_level(s.text) for s in self.index.sentences]
        for s in self.index.sentences:
            in_text = lexicon.subjects_in(s.text)
            in_section = [f for f in lexicon.subjects_in(s.section) if f not in lexicon.CHINESE_FRAMEWORKS]
            about = in_section[:1] if len(in_section) == 1 else in_text
            self.about.append(tuple(about if len(about) <= 2 else ()))
            self.mentions.append(tuple(dict.fromkeys([*self.about[-1], *in_text])))
            if lexicon.is_caveat_head(s.list_head) or (
                not lexicon.is_pro_head(s.list_head) and lexicon.has_negative_cue(s.text)
            ):
                self.polarity.append("con")
            elif lexicon.is_pro_head(s.list_head):
                self.polarity.append("pro")
            else:
                self.polarity.append("neutral")
            words = len(re.findall(r"[\u3400-\u9fff]|[A-Za-z0-9]+", s.text))
            quotable.append(words >= 6 and not re.fullmatch(r"[^:：]{0,8}[:：]\s*https?://\S+", s.text))
        self.quotable = np.asarray(quotable, dtype=bool)

    def terms_of(self, i: int) -> frozenset[str]:
        """The BM25 terms of sentence i (tokenized on first need: large corpora never need most)."""
        terms = self._terms.get(i)
        if terms is None:
            terms = self._terms[i] = frozenset(tokenize(self.index.sentences[i].text))
        return terms

    def term_overlap(self, question: str, sentences: Sequence[int]) -> list[float]:
        """For each given sentence: idf-weighted share of the question's terms it contains (0..1)."""
        terms = set(tokenize(question))
        n = max(self.index.bm25.n, 1)
        idf = {w: math.log(1 + n / (1 + len(self.index.bm25.postings.get(w, ())))) for w in terms}
        total = sum(idf.values())
        if not total:
            return [0.0] * len(sentences)
        return [sum(idf[w] for w in terms & self.terms_of(i)) / total for i in sentences]

    @cached_property
    def chunk_subjects(self) -> list[set[str]]:
        """Per chunk, the frameworks its text or its section title names."""
        return [set(lexicon.subjects_in(f"{c.section}\n{c.text}")) for c in self.index.chunks]

    @cached_property
    def sentences_naming(self) -> dict[str, list[int]]:
        """Subject name -> the quotable sentences that are about it or name it."""
        out: dict[str, list[int]] = {}
        for i, names in enumerate(self.mentions):
            if self.quotable[i]:
                for name in names:
                    out.setdefault(name, []).append(i)
        return out

    @cached_property
    def known_names(self) -> frozenset[str]:
        """The frameworks and other tools the corpus mentions by name (as lexicon.subjects_in names them)."""
        return frozenset().union(*self.chunk_subjects)

    @cached_property
    def topics(self) -> list[str]:
        titles = {f.get("title", "") for f in self.index.manifest.get("files", [])}
        seen = [c.section for c in self.index.chunks if c.section not in titles]
        return list(dict.fromkeys(re.split(r"[:：]", s)[0].strip() for s in seen))


def rank_evidence(
    index: StoredIndex,
    facts: SentenceFacts,
    query_vector: np.ndarray,
    chunk_ranking: Sequence[tuple[int, float]],
    q: Question,
) -> list[Evidence]:
    """The quotable sentences worth considering, scored for this question, best first.

    Candidates are the sentences closest to the question plus those in the best chunks, so the
    per-sentence work stays the same whatever the size of the corpus.
    """
    similarity = index.sentence_vectors @ np.asarray(query_vector, np.float32)
    chunk_rank = {i: r for r, (i, _) in enumerate(chunk_ranking)}
    depth = max(len(chunk_ranking), 1)
    nearest = np.argsort(-similarity)[:CANDIDATES] if len(similarity) > CANDIDATES else np.arange(len(similarity))
    in_chunks = np.flatnonzero(np.isin(index.sentence_chunk, list(chunk_rank)))
    # Whatever the corpus says of a framework the question names is a candidate, however far.
    naming = [i for name in q.frameworks for i in facts.sentences_naming.get(name, ())]
    candidates = [
        int(i)
        for i in np.union1d(np.union1d(nearest, in_chunks), np.asarray(naming, dtype=np.int64))
        if facts.quotable[i]
    ]
    overlap = facts.term_overlap(q.text, candidates)
    wanted = set(q.frameworks)
    out = []
    for i, lexical in zip(candidates, overlap, strict=True):
        s = index.sentences[i]
        rel = float(similarity[i]) + LEXICAL_WEIGHT * lexical
        rank = chunk_rank.get(int(index.sentence_chunk[i]))
        # Agreement with the hybrid chunk ranking (which saw BM25) nudges ties, never dominates.
        rel += 0.04 * (1 - rank / depth) if rank is not None else 0.0
        about = facts.about[i]
        if wanted:
            if wanted & set(about):
                rel += 0.06
            elif about and q.kind == "fact":
                rel -= 0.08  # a sentence about another framework does not answer this one
        if q.kind == "compare" and len(wanted & facts.chunk_subjects[int(index.sentence_chunk[i])]) >= 2:
            rel += 0.05  # passages that discuss the compared frameworks together contrast them best
        polarity = facts.polarity[i]
        if "cons" in q.aspects:
            rel += 0.08 if polarity == "con" else -0.03
            if lexicon.is_caveat_head(s.list_head):
                rel += 0.03  # the article's own caveat list is the canonical answer
        elif "pros" in q.aspects and polarity == "pro":
            rel += 0.04
        if "summary" in q.aspects:
            rel += 0.05 * facts.summary[i]  # the article's own conclusions answer "what is the conclusion"
        out.append(Evidence(i, s, float(similarity[i]), rel, about, polarity, facts.mentions[i]))
    out.sort(key=lambda e: -e.relevance)
    return out


def mmr(
    ranked: Sequence[Evidence], vectors: np.ndarray, n: int, lam: float, floor: float | None = None
) -> list[Evidence]:
    """Maximal marginal relevance: relevant, and unlike what is already chosen."""
    pool = [e for e in ranked[:40] if floor is None or e.relevance >= floor]
    chosen: list[Evidence] = []
    while pool and len(chosen) < n:
        if chosen:
            sel = vectors[[c.index for c in chosen]]
            best = max(pool, key=lambda e: lam * e.relevance - (1 - lam) * float(np.max(sel @ vectors[e.index])))
        else:
            best = pool[0]
        chosen.append(best)
        pool.remove(best)
    return chosen


# ---------------------------------------------------------------- composing


@dataclass
class Draft:
    """An answer under construction: lines of Markdown and the quotes they cite."""

    lang: str
    lines: list[str] = field(default_factory=list)
    cited: list[Evidence] = field(default_factory=list)

    def quote(self, e: Evidence) -> str:
        if e not in self.cited:
            self.cited.append(e)
        return t(self.lang, "quote", text=e.sentence.text, n=self.cited.index(e) + 1)


def compose(
    q: Question,
    ranked: Sequence[Evidence],
    vectors: np.ndarray,
    settings: AnswerSettings,
    sources: dict[str, dict[str, Any]],
    direct: bool = True,
) -> Answer:
    """Choice → recommendation, reasons, caveats; comparison → both sides; fact → the quote first.

    direct=False: no sentence is close enough to answer the question itself (it names a
    framework, so it is not refused); a fact answer then says so before quoting.
    """
    draft = Draft(q.lang)
    if q.text != q.original:
        draft.lines += [t(q.lang, "resolved_note", question=q.text), ""]
    top = ranked[0].relevance
    floor = top - 0.12  # weaker sentences would be filler, not evidence
    stances = _stances(q, ranked) if q.choice else {}
    recommendations = _recommend(stances, ranked[min(STANCE_DEPTH, len(ranked)) - 1].relevance)
    if q.kind == "compare":
        _compare(draft, q, ranked, vectors, settings, floor, recommendations)
    elif q.kind == "choice":
        _choice(draft, q, ranked, vectors, settings, floor, recommendations, stances)
    else:
        _fact(draft, q, ranked, vectors, settings, floor, direct)
    if draft.cited:
        draft.lines += ["", _dated(q.lang, draft.cited, sources)]
    citations = [
        Citation(
            n=n,
            text=e.sentence.text,
            source=e.sentence.source,
            section=e.sentence.section,
            start=e.sentence.start,
            end=e.sentence.end,
            score=round(e.similarity, 4),
            line=e.sentence.line,
        )
        for n, e in enumerate(draft.cited, start=1)
    ]
    return Answer(
        text="\n".join(draft.lines).strip(),
        citations=citations,
        abstained=not citations,  # "the article says nothing specific about X" is a refusal
        recommendations=recommendations,
        question=q.text,
        language=q.lang,
    )


def _stances(q: Question, ranked: Sequence[Evidence]) -> dict[str, list[Evidence]]:
    """Per framework, the sentences about it alone that speak to the question's criteria, best first."""
    terms = lexicon.criteria_terms(q.aspects)
    out: dict[str, list[Evidence]] = {}
    if not terms:
        return out
    for e in ranked[:STANCE_DEPTH]:
        if len(e.about) != 1 or (q.frameworks and e.about[0] not in q.frameworks):
            continue
        text = e.sentence.text.lower()
        if any(term in text for term in terms):
            out.setdefault(e.about[0], []).append(e)
    return out


def _recommend(stances: dict[str, list[Evidence]], baseline: float) -> list[str]:
    """Frameworks the article speaks for, on the question's criteria, more than against.

    Each sentence weighs by how far its relevance stands above `baseline` (the STANCE_DEPTH-th
    sentence's), favourable ones for and warnings (× CON_WEIGHT) against. A question with no
    criterion ("哪个框架最好？") gets no pick: the article itself says there is no best.
    """
    net = {
        name: sum((e.relevance - baseline) * (1 if e.polarity != "con" else -CON_WEIGHT) for e in evidence)
        for name, evidence in stances.items()
    }
    ordered = sorted((f for f in net if net[f] > 0), key=lambda f: -net[f])
    return [f for f in ordered[:2] if net[f] >= RUNNER_UP_SHARE * net[ordered[0]]]


def _choice(draft: Draft, q, ranked, vectors, settings, floor, recommendations, stances) -> None:
    sep = t(q.lang, "list_sep")
    if recommendations:
        draft.lines.append(t(q.lang, "recommend", names=sep.join(recommendations)))
        pool = [e for e in ranked if e.polarity != "con" and set(e.about) & set(recommendations)]
    else:
        draft.lines.append(t(q.lang, "recommend_none"))
        pool = [e for e in ranked if e.polarity != "con"]
    # Each recommended framework's best on-criteria reason first; MMR fills the rest.
    reasons = [next(e for e in stances[name] if e.polarity != "con") for name in recommendations]
    room = max(len(reasons), settings.max_citations - len(recommendations))
    reasons += mmr([e for e in pool if e not in reasons], vectors, room - len(reasons), settings.mmr_lambda, floor)
    draft.lines += ["", t(q.lang, "reasons")] + [f"- {draft.quote(e)}" for e in reasons]
    caveats = []
    for name in recommendations:
        on_criteria = [e for e in stances.get(name, []) if e.polarity == "con"]
        con = next(iter(on_criteria), None) or next(
            (e for e in ranked if e.polarity == "con" and name in e.about), None
        )
        if con is not None:
            caveats.append(con)
    if caveats:
        draft.lines += ["", t(q.lang, "caveats")] + [
            f"- **{c.about[0]}**：{draft.quote(c)}" if q.lang == "zh" else f"- **{c.about[0]}**: {draft.quote(c)}"
            for c in caveats
        ]


def _compare(draft: Draft, q, ranked, vectors, settings, floor, recommendations) -> None:
    sep = t(q.lang, "list_sep")
    names = list(q.frameworks[:3])
    draft.lines.append(t(q.lang, "compare_title", names=(" 与 " if q.lang == "zh" else " vs ").join(names)))
    if recommendations:
        draft.lines += ["", t(q.lang, "recommend", names=sep.join(recommendations))]
    if len(set(ranked[0].mentions) & set(names)) >= 2:
        draft.lines += ["", draft.quote(ranked[0])]  # one sentence already sets them side by side
    per = max(1, settings.max_citations // len(names))
    colon = "：" if q.lang == "zh" else ": "
    for name in names:
        side = [e for e in ranked if name in e.mentions and e not in draft.cited]
        # Sentences about this framework alone first; shared ones only when nothing else speaks of it.
        side = [e for e in side if e.about == (name,)] or side
        picks = mmr(side, vectors, per, settings.mmr_lambda)
        if picks:
            draft.lines += ["", f"- **{name}**{colon}" + " ".join(draft.quote(e) for e in picks)]


def _fact(draft: Draft, q: Question, ranked, vectors, settings, floor, direct: bool = True) -> None:
    wanted = set(q.frameworks)
    if wanted:
        # Only what the article says of the named framework answers a question about it: the
        # caveats it lists for Keras are not PaddlePaddle's.
        own = [e for e in ranked if wanted & set(e.mentions)]
        gap = _unanswered_aspect(q, own) or ("" if direct else "not_direct")
        if gap or not own:
            names = t(q.lang, "list_sep").join(q.frameworks)
            draft.lines.append(t(q.lang, gap or "not_said", name=names))
            if own:
                picks = mmr(own, vectors, min(3, settings.max_citations), settings.mmr_lambda)
                draft.lines += ["", t(q.lang, "what_it_says", name=names)] + [f"- {draft.quote(e)}" for e in picks]
            return
        ranked = own
        floor = min(floor, own[0].relevance - 0.12)
    top = ranked[0]
    if top.sentence.list_head and {"cons", "pros"} & set(q.aspects):
        # "TensorFlow有哪些缺点？" is answered by the whole list the article gives, in its order.
        items = [e for e in ranked if _same_list(e.sentence, top.sentence)]
        items.sort(key=lambda e: e.sentence.start)
        draft.lines.append(top.sentence.list_head)
        draft.lines += [f"- {draft.quote(e)}" for e in items[:LIST_LIMIT]]
        return
    picks = mmr(ranked, vectors, min(3, settings.max_citations), settings.mmr_lambda, floor)
    draft.lines.append(draft.quote(picks[0]))
    if len(picks) > 1:
        draft.lines += ["", t(draft.lang, "also")] + [f"- {draft.quote(e)}" for e in picks[1:]]


def _unanswered_aspect(q: Question, own: Sequence[Evidence]) -> str:
    """The template key saying the article is silent on what is asked of the named framework, or ""."""
    wanted = set(q.frameworks)
    if "cons" in q.aspects and not any(e.polarity == "con" and wanted & set(e.about) for e in own):
        return "no_cons"
    if "pros" in q.aspects and not any(e.polarity == "pro" and wanted & set(e.about) for e in own):
        return "no_pros"
    terms = lexicon.criteria_terms(q.aspects)
    if own and terms and not any(term in e.sentence.text.lower() for e in own for term in terms):
        return "not_on_criteria"  # "OneFlow适合新手吗？": nothing about OneFlow speaks of beginners
    return ""


def _same_list(a: Sentence, b: Sentence) -> bool:
    return a.source == b.source and a.section == b.section and a.list_head == b.list_head


def _dated(lang: str, cited: Sequence[Evidence], sources: dict[str, dict[str, Any]]) -> str:
    source = sources.get(cited[0].sentence.source, {}) if cited else {}
    meta = source.get("meta", {})
    title = meta.get("title") or source.get("title") or (cited[0].sentence.source if cited else "")
    date = meta.get("published", "")[:7]
    return t(lang, "dated", title=title, date=date) if date else t(lang, "dated_nodate", title=title)


def refusal(q: Question, topics: Sequence[str]) -> Answer:
    reason = {
        "tool": t(q.lang, "refuse_tool", tools=", ".join(q.unknown_tools)),
        "code": t(q.lang, "refuse_code"),
        "install": t(q.lang, "refuse_install"),
        "price": t(q.lang, "refuse_price"),
        "injection": t(q.lang, "refuse_injection"),
    }.get(q.refusal, t(q.lang, "refuse_intro"))
    covers = t(
        q.lang,
        "covers",
        topics=t(q.lang, "list_sep").join(topics),
        examples=t(q.lang, "covers_examples"),
    )
    return Answer(
        text=f"{reason}\n\n{covers}",
        citations=[],
        abstained=True,
        recommendations=[],
        question=q.text,
        language=q.lang,
    )
