"""Claims for a question: the sentences worth quoting, scored by nearness and by what their
reading says (subject, aspects, stance) against what the question asks and requires.

Candidates are the sentences nearest the question, those in the best chunks, those about the
frameworks it names and those speaking to its requirements, so the work per question stays
bounded whatever the size of the corpus.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from .bm25 import function_pair, tokenize
from .question import Question, Requirement
from .reading import GENERAL, Reading, clause_run
from .settings import EvidenceSettings
from .store import StoredIndex
from .translation import Translations
from .types import Sentence
from .vocabulary import Vocabulary, has_cjk, to_simplified

# Aspects that say what kind of answer is wanted rather than what it is about.
FRAME_ASPECTS = frozenset({"advice", "conclusion"})


@dataclass(frozen=True)
class Claim:
    """A sentence as evidence for one question."""

    index: int  # position in index.sentences
    sentence: Sentence
    reading: Reading
    similarity: float  # cosine to the question
    relevance: float  # similarity adjusted for what the question asks
    overlap: float = 0.0  # idf-weighted share of the question's words the sentence contains
    content_overlap: float = 0.0  # the same, for the question's words other than framework names

    @property
    def subjects(self) -> tuple[str, ...]:
        return tuple(s for s in self.reading.subjects if s != GENERAL)

    def about(self, framework: str) -> bool:
        return framework in self.reading.subjects

    def mainly_about(self, framework: str) -> bool:
        """The sentence is about this framework, not naming it in passing: its primary subject,
        or one of the frameworks a sentence speaks of in turn."""
        return framework == self.reading.subject or (self.reading.per_clause and framework in self.reading.subjects)

    def stance_of(self, framework: str) -> str:
        return self.reading.stance_of(framework)

    def stance_asked(self, framework: str, aspects: Sequence[str]) -> str:
        """The stance toward framework on the asked aspects the sentence speaks to, else overall:
        "PyTorch能在学界一枝独秀,…而不太注重部署的问题" warns of deployment, not of research."""
        overall = self.stance_of(framework)
        on = [a for a in aspects if a in self.reading.aspects]
        if not on:
            return overall
        stance = self.reading.stance_on(framework, on)
        # No clause carries the stance: it is the list's ("踩坑预警:" … "但在业界,部署的快速和
        # 稳定是必要的。"), and holds for the whole item.
        carried = overall in self.reading.aspect_stance.get(framework, {}).values()
        return overall if stance == "neutral" and self.sentence.list_head and not carried else stance

    def meets(self, requirement: Requirement, subject: str = "") -> bool:
        """Does the sentence speak to the requirement (about `subject`, when given: in a sentence
        about several frameworks, only the clauses about that one count)?"""
        if requirement.spec.framework_group:
            return False  # a filter on frameworks, not something a sentence says
        aspects = self.reading.aspects
        if subject and (self.reading.per_clause or subject in self.reading.aspect_stance):
            aspects = tuple(self.reading.aspect_stance.get(subject, ()))
        return requirement.spec.met_by(self.sentence.text, aspects)


class Corpus:
    """Per-index tables for scoring, computed once: readings by subject and by aspect, idf."""

    def __init__(self, index: StoredIndex, vocab: Vocabulary):
        self.index = index
        self.vocab = vocab
        self._terms: dict[int, frozenset[str]] = {}

    @cached_property
    def translations(self) -> Translations:
        return Translations(self.index.translations)

    @cached_property
    def quotable(self) -> np.ndarray:
        return np.asarray([not r.rhetorical for r in self.index.readings], dtype=bool)

    @cached_property
    def by_subject(self) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for i, r in enumerate(self.index.readings):
            for name in dict.fromkeys([*r.subjects, *r.mentions]):
                out.setdefault(name, []).append(i)
        return out

    @cached_property
    def by_aspect(self) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for i, r in enumerate(self.index.readings):
            for a in r.aspects:
                out.setdefault(a, []).append(i)
        return out

    @cached_property
    def chunk_subjects(self) -> list[set[str]]:
        """Per chunk, the frameworks its sentences are about or its section title names."""
        out = [set(self.vocab.frameworks_in(c.section)) for c in self.index.chunks]
        for i, r in enumerate(self.index.readings):
            out[int(self.index.sentence_chunk[i])].update(s for s in r.subjects if s != GENERAL)
        return out

    @cached_property
    def known_names(self) -> frozenset[str]:
        """The frameworks and tools the corpus names."""
        names = {n for r in self.index.readings for n in (*r.subjects, *r.mentions) if n != GENERAL}
        text_names = {m.name for c in self.index.chunks for m in self.vocab.mentions(c.text) if m.kind != "framework"}
        return frozenset(names | text_names)

    def claim(self, i: int) -> Claim:
        """Sentence i as an unscored claim: one quoted for where it stands, not for its nearness."""
        return Claim(i, self.index.sentences[i], self.index.readings[i], 0.0, 0.0)

    def quotable_claims(self) -> Iterator[Claim]:
        """Every quotable sentence as an unscored claim, in document order (read lazily)."""
        return (self.claim(i) for i in range(len(self.index.sentences)) if self.quotable[i])

    def terms_of(self, i: int) -> frozenset[str]:
        terms = self._terms.get(i)
        if terms is None:
            terms = self._terms[i] = frozenset(tokenize(self.index.sentences[i].text))
        return terms

    def idf(self, terms: set[str]) -> dict[str, float]:
        """Each term's inverse document frequency over the index's passages."""
        return self._idf(terms)

    def _idf(self, terms: set[str]) -> dict[str, float]:
        n = max(self.index.bm25.n, 1)
        return {w: math.log(1 + n / (1 + len(self.index.bm25.postings.get(w, ())))) for w in terms}

    def term_overlap(self, question: str, sentences: Sequence[int]) -> list[float]:
        """For each sentence: idf-weighted share of the question's terms it contains (0..1)."""
        # ("是基于Torch的吗" asks of 基于, not of "的吗", which no sentence has and rare words weigh most.)
        terms = {t for t in tokenize(question) if not function_pair(t)}
        idf = self._idf(terms)
        total = sum(idf.values())
        if not total:
            return [0.0] * len(sentences)
        return [sum(idf[w] for w in terms & self.terms_of(i)) / total for i in sentences]

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one corpus per process; a question's and its passages' words recur per ask
    def content_terms(self, text: str) -> frozenset[str]:
        """The text's words, framework names aside."""
        return frozenset(tokenize(self.vocab.without_names(text)))

    def coverage(self, asked: frozenset[str], text: str) -> float:
        """idf-weighted share of the text's words (names aside) that the asked words repeat (0..1).
        The text is a passage of the documents (a sentence, a clause of one), so its words are kept."""
        own = self.content_terms(text)
        idf = self._idf(own)
        total = sum(idf.values())
        return sum(idf[w] for w in own & asked) / total if total else 0.0

    def novel_terms(self, question: str) -> list[str]:
        """Names in the question (frameworks aside) that the corpus never uses: a place, a person, a
        product ("火星", "ResNet"). A question about a framework that asks about such a thing is not
        answered by what the documents say of the framework."""

        words = []
        tagged = self._tagged(question)
        chinese = bool(re.search(r"[\u4e00-\u9fff]", question))  # (as asked, not as the documents' words)
        for word, flag in tagged:
            word = word.strip()
            # A two-character "person name" is a cut through other words the tagger made up or knows
            # only as a rare word ("手机端太臃肿" → "端太", "塞进"), or a common word it tags so in
            # context ("社区那么冷清" → "冷清"), not a name asked about.
            guessed = flag == "nr" and len(word) == 2
            # ("新手入门" is tagged a proper noun, "VRAM" is written as a name: a quality this
            # vocabulary knows is not a new name.)
            plain = word in self.vocab.common_nouns or bool(self.vocab.aspects_in(word))
            if flag in ("ns", "nr", "nz") and len(word) >= 2 and not plain and not guessed:
                words.append(word.lower())
            elif (
                flag == "eng"
                and len(word) >= 3
                and not plain
                and (
                    re.fullmatch(r"[A-Za-z][a-z]*[A-Z][A-Za-z0-9]*", word)
                    # (in a Chinese question a capitalised Latin word is a name: "Keras支持Transformer吗")
                    or (
                        chinese
                        and word[:1].isupper()
                        and not self.vocab.mentions(word, question=True)
                        # (not a word said before a comma: "Hello，Keras适合新手吗?", "Sorry，…")
                        and not re.search(rf"{re.escape(word)}\s*[，,!！.。:：]", question)
                    )
                )
            ):
                # "ResNet", "GitHub", "CUDA": a name, as English writes one; two capitals are a
                # word of the sentence more often ("这样OK吗", "做AI"), not a thing asked about.
                words.append(word.lower())
        known = self.index.bm25.postings
        # "APIs" is the article's "API": an English plural of a word it uses is no new name.
        return [w for w in dict.fromkeys(words) if w not in known and not (w.endswith("s") and w[:-1] in known)]

    def said_of_others_only(self, question: str, frameworks: Sequence[str]) -> list[str]:
        """The question's nouns that the corpus uses only of other frameworks ("循环神经网络" only in a
        Keras sentence, asked of PyTorch): what it says of them is no answer for these frameworks."""
        if not frameworks:
            return []
        # Nouns, and Latin words in a Chinese question (a term: "Actor", "SBP"; in an English one
        # every word is Latin).
        tagged = self._tagged(question)
        chinese = any(re.search(r"[\u4e00-\u9fff]", word) for word, _ in tagged)
        nouns = [
            word.lower()
            for word, flag in tagged
            if (flag[:1] == "n" and len(word.strip()) >= 2) or (chinese and flag == "eng" and len(word) >= 3)
        ]
        wanted = set(frameworks)
        out = []
        for word in dict.fromkeys(nouns):
            if word in self.vocab.common_nouns:
                continue
            holders = self.said_of(word)
            if holders and self._only_inside_words(word):
                continue  # "作者" only in "科研工作者": another word, not the author asked about
            # A sentence using the word beside the asked name says it of that too ("Google针对这一
            # 问题又开发了TensorFlow Lite" is TensorFlow's sentence, and speaks of its Lite).
            if any(wanted & set(self.index.readings[i].mentions) for i in self._using(word)):
                continue
            # A word said of three frameworks or more ("模型") is the domain's, not a thing of theirs.
            if len({f for subjects in holders for f in subjects} - {GENERAL}) >= 3:
                continue
            if (
                holders
                and not any(wanted & set(subjects) for subjects in holders)
                and all(set(subjects) - {GENERAL} for subjects in holders)
            ):
                out.append(word)
        return out

    def _tagged(self, question: str) -> list[tuple[str, str]]:
        """The question's words with their parts of speech, framework names aside, in the plain and
        the documents' words ("內建" as "自带", "RNNs" as "循环神经网络")."""
        try:
            import jieba
            import jieba.posseg as posseg
        except ImportError as exc:  # pragma: no cover - a declared dependency
            raise ImportError("jieba is needed to read questions: pip install jieba") from exc
        jieba.setLogLevel(60)
        return [(t.word, t.flag) for t in posseg.cut(self.vocab.without_names(self.vocab.normalize(question)))]

    @functools.lru_cache(maxsize=1024)  # noqa: B019 - one corpus per process; a question's nouns recur
    def _only_inside_words(self, word: str) -> bool:
        """Does every sentence using the word hold it only inside a longer word ("作者" in
        "工作者", as jieba reads the sentence whole)?"""
        import jieba  # a declared dependency, loaded by the index already

        using = self._using(word)
        for i in using:
            plain = to_simplified(self.index.sentences[i].text).lower()
            longer = [(s, e) for tok, s, e in jieba.tokenize(plain) if len(tok) > len(word)]
            for m in re.finditer(re.escape(word), plain):
                if not any(s <= m.start() and m.end() <= e for s, e in longer):
                    return False
        return bool(using)

    @functools.lru_cache(maxsize=1024)  # noqa: B019 - one corpus per process; a question's nouns recur
    def using(self, word: str) -> tuple[int, ...]:
        """The sentences whose words include this one."""
        return self._using(word)

    def _using(self, word: str) -> tuple[int, ...]:
        """The sentences whose words include this one."""
        return tuple(i for i in range(len(self.index.sentences)) if word in self.terms_of(i))

    def said_of(self, word: str) -> list[tuple[str, ...]]:
        """What each sentence using the word (or, where none does, all of its parts: "动态图" in
        "支持动态计算图") says it of: its main subject, or each framework it speaks of in turn."""
        import jieba  # a declared dependency, loaded by the index already

        def said(r) -> tuple[str, ...]:  # of its main subject, or each one it speaks of in turn
            return r.subjects if r.per_clause else (r.subject,)

        holding = [said(self.index.readings[i]) for i in self._using(word)]
        parts = [p for p in jieba.lcut_for_search(word) if p != word and len(p) >= 2]
        if holding or not parts:
            return holding
        return [said(r) for i, r in enumerate(self.index.readings) if set(parts) <= self.terms_of(i)]

    def described(
        self,
        terms: frozenset[str],
        aspects: Sequence[str],
        pool: Sequence[str],
        min_share: float,
        beside: str = "",
        against: bool = False,
    ) -> str | None:
        """The one framework of the pool the documents describe so ("工业界的那个", "the one backed by
        Facebook"): the most sentences mainly about it, not against it, that use most (min_share,
        idf-weighted) of the description's words (in its own clause, where a sentence speaks of
        several in turn) or speak for it on the description's aspects. Described beside another
        ("Caffe2并入的那个框架"): the other framework its sentences using those words name. None when
        no one framework leads. A description by a weakness ("文档比较差的那个") is `against`: the
        sentences speaking against it on those aspects describe it, and none for it."""
        terms = frozenset(w for w in terms if w in self.index.bm25.postings)  # words it never uses match nothing
        idf = self._idf(set(terms))
        total = sum(idf.values())

        def share(words: frozenset[str]) -> float:
            return sum(idf[w] for w in terms & words) / total if total else 0.0

        counts = dict.fromkeys(pool, 0)
        if beside:
            for i in self.by_subject.get(beside, ()):
                r = self.index.readings[i]
                if not r.rhetorical and share(self.terms_of(i)) >= min_share:
                    for name in dict.fromkeys([*r.subjects, *r.mentions]):
                        if name != beside and name in counts:
                            counts[name] += 1
        worded = dict.fromkeys(pool, 0)  # sentences using the description's words
        for name in pool if not beside else ():
            for i in self.by_subject.get(name, ()):
                r = self.index.readings[i]
                if r.rhetorical or not (r.subject == name or (r.per_clause and name in r.subjects)):
                    continue
                stance = r.stance_on(name, aspects) if aspects else r.stance_of(name)
                wanted, opposite = ("con", "pro") if against else ("pro", "con")
                if stance == opposite:
                    continue
                text = self.index.sentences[i].text
                run = clause_run(text, name, self.vocab) if r.per_clause else None
                words = frozenset(tokenize(text[run[0] : run[1]])) if run else self.terms_of(i)
                worded[name] += share(words) >= min_share
                counts[name] += stance == wanted and bool(set(aspects) & set(r.aspects))
        for name in pool if not beside else ():
            # The documents' own titles for it ("TensorFlow:出身豪门的工业界霸主") describe it too.
            titles = {c.section for c in self.index.chunks if name in self.vocab.frameworks_in(c.section)}
            worded[name] += sum(share(frozenset(tokenize(title))) >= min_share for title in titles)
        if any(worded.values()):
            counts = worded  # its own words ("AWS…官方…平台") before a need they name ("云" is deployment)
        ranked = sorted(counts, key=lambda name: -counts[name])
        if len(ranked) < 2 or not counts[ranked[0]] or counts[ranked[0]] == counts[ranked[1]]:
            return None
        return ranked[0]

    def partner(self, name: str) -> str | None:
        """The framework the documents most often name in one sentence with this one ("the other big
        one" after PyTorch: TensorFlow); None when none leads."""
        counts: dict[str, int] = {}
        for i in self.by_subject.get(name, ()):
            r = self.index.readings[i]
            for other in dict.fromkeys([*r.subjects, *r.mentions]):
                if other not in (name, GENERAL) and not self.vocab.parent(other) and self.vocab.parent(name) != other:
                    counts[other] = counts.get(other, 0) + 1
        ranked = sorted(counts, key=lambda n: -counts[n])
        if not ranked or (len(ranked) >= 2 and counts[ranked[0]] == counts[ranked[1]]):
            return None
        return ranked[0]

    def continues(self, question: str, quotes: Sequence[str]) -> bool:
        """Does the question use a word (two Chinese characters or more) that the sections these
        quotes come from use ("为什么觉得有必要?" after quotes from the section saying "…是非常必要的")?"""
        sentences = self.index.sentences
        sections = {x.section for x in sentences if any(q and (q in x.text or x.text in q) for q in quotes)}
        if not sections:
            return False
        text = "".join(x.text for x in sentences if x.section in sections)
        terms = self.content_terms(self.vocab.normalize(question))
        return any(len(w) >= 2 and has_cjk(w) and w in text for w in terms)

    def focus_chunks(self, frameworks: Sequence[str]) -> list[int]:
        """The chunks about the frameworks a question names."""
        wanted = set(frameworks)
        return [i for i, names in enumerate(self.chunk_subjects) if wanted & names] if wanted else []


def gather(
    corpus: Corpus,
    query_vector: np.ndarray,
    chunk_ranking: Sequence[tuple[int, float]],
    q: Question,
    settings: EvidenceSettings,
) -> list[Claim]:
    """The quotable sentences worth considering for q, best first."""
    index = corpus.index
    if not len(index.sentences):
        return []
    similarity = index.sentence_vectors @ np.asarray(query_vector, np.float32)
    chunk_rank = {i: r for r, (i, _) in enumerate(chunk_ranking)}
    depth = max(len(chunk_ranking), 1)
    n = settings.candidates
    nearest = np.argsort(-similarity)[:n] if len(similarity) > n else np.arange(len(similarity))
    in_chunks = np.flatnonzero(np.isin(index.sentence_chunk, list(chunk_rank)))
    pool = set(nearest.tolist()) | set(in_chunks.tolist())
    for name in q.frameworks:
        pool.update(corpus.by_subject.get(name, ()))
    required = {a for r in q.requirements for a in r.spec.aspects}
    speaking = {i for a in required for i in corpus.by_aspect.get(a, ())}
    if speaking:
        pool.update(sorted(speaking, key=lambda i: -similarity[i])[: settings.requirement_pool])
    candidates = sorted(i for i in pool if corpus.quotable[i])
    # Slang and regional words as the documents write them; a need set aside ("I don't care about
    # deployment") shares no words with what is asked.
    text = corpus.vocab.needed(corpus.vocab.normalize(q.text))
    overlap = corpus.term_overlap(text, candidates)
    content = corpus.term_overlap(corpus.vocab.without_names(text), candidates)
    out = []
    for i, lexical, own_words in zip(candidates, overlap, content, strict=True):
        reading = index.readings[i]
        sentence = index.sentences[i]
        rank = chunk_rank.get(int(index.sentence_chunk[i]))
        relevance = float(similarity[i]) + settings.lexical_weight * lexical
        relevance += settings.chunk_weight * (1 - rank / depth) if rank is not None else 0.0
        relevance += _fit(q, sentence, reading, corpus, settings)
        out.append(Claim(i, sentence, reading, float(similarity[i]), relevance, lexical, own_words))
    out.sort(key=lambda c: -c.relevance)
    return out


def _fit(q: Question, sentence: Sentence, reading: Reading, corpus: Corpus, s: EvidenceSettings) -> float:
    """How much what the sentence says suits what the question asks, beyond nearness."""
    bonus = 0.0
    named = [f for f in q.frameworks if f in reading.subjects]
    if q.frameworks:
        if named:
            bonus += s.subject_bonus
        elif reading.subject != GENERAL and q.kind in ("fact", "why"):
            bonus -= s.off_subject_penalty  # a sentence about another framework does not answer this one
    if q.kind == "compare" and len([f for f in q.frameworks if f in reading.subjects]) >= 2:
        bonus += s.compare_bonus
    if q.wants in ("pro", "con"):
        targets = named or [reading.subject]
        stances = {reading.stance_of(f) for f in targets}
        if q.wants in stances:
            bonus += s.stance_bonus
        elif stances & {"pro", "con"}:
            bonus -= s.stance_penalty
    shared = (set(q.aspects) - FRAME_ASPECTS) & set(reading.aspects)
    # An aspect the sentence names only beside its claim ("由于不少Bug隐匿于封装中,这也使Keras运行速度
    # 相对缓慢" claims speed) is less its answer than one it claims ("…增加了调试难度").
    passing = not shared & set(reading.claims)
    bonus += s.aspect_bonus * min(2, len(shared)) * (s.passing_aspect_share if passing else 1.0)
    if any(r.spec.met_by(sentence.text, reading.aspects) for r in q.needs):
        bonus += s.requirement_bonus
    if q.slots and named:
        names = [n for f in q.frameworks for n in corpus.vocab.names_for(f)]
        if any(corpus.vocab.slots[slot].stated_in(sentence.text, names) for slot in q.slots):
            bonus += s.slot_bonus
    if "conclusion" in q.aspects:
        bonus += s.summary_bonus * reading.summary
    if not reading.standalone:
        bonus -= s.dependent_penalty
    return bonus


def mmr(claims: Sequence[Claim], vectors: np.ndarray, n: int, lam: float, floor: float | None = None) -> list[Claim]:
    """Maximal marginal relevance: relevant, and unlike what is already chosen."""
    pool = [c for c in claims[:40] if floor is None or c.relevance >= floor]
    chosen: list[Claim] = []
    while pool and len(chosen) < n:
        if chosen:
            sel = vectors[[c.index for c in chosen]]
            best = max(pool, key=lambda c: lam * c.relevance - (1 - lam) * float(np.max(sel @ vectors[c.index])))
        else:
            best = pool[0]
        chosen.append(best)
        pool.remove(best)
    return chosen
