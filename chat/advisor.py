"""The Advisor: load a fresh index and answer from it. The whole ask path fits on one screen."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from . import llm, retrieval, store
from .answering import (
    DEFAULT_MIN_SUPPORT,
    MIN_SUPPORT,
    Question,
    SentenceFacts,
    check_history,
    compose,
    rank_evidence,
    refusal,
    resolve_followup,
    understand,
)
from .corpus import load_corpus
from .embedding import Embedder, make_embedder
from .indexing import expected_manifest_core, staleness
from .lexicon import expand_query, to_simplified
from .settings import Settings
from .types import Answer, Chunk, Hit


class Advisor:
    def __init__(
        self,
        index: store.StoredIndex,
        embedder: Embedder,
        settings: Settings,
        generator: llm.Generator | None = None,
    ):
        self.index = index
        self.embedder = embedder
        self.settings = settings
        self.generator = generator  # None: the extractive answer is the answer

    @classmethod
    def load(
        cls,
        index_dir: str | Path | None = None,
        *,
        settings: Settings | None = None,
        embedder: Embedder | None = None,
        generator: llm.Generator | None = None,
    ) -> Advisor:
        """Open the index (the repo's index/, ADVISOR_INDEX_DIR, or index_dir) after checking it is current.

        Raises store.IndexProblem, naming `framework-advisor index build`, when it is missing,
        corrupt, or stale against the corpus, the model or the chunker settings.
        """
        settings = settings or Settings.load()
        if index_dir is not None:
            settings = settings.replace(**{"paths.index_dir": Path(index_dir)})
        embedder = embedder or make_embedder(settings.model)
        index_path = settings.paths.index_dir
        manifest = store.read_manifest(index_path)
        core = expected_manifest_core(settings, embedder.model_id, embedder.weights_sha256)
        reasons = staleness(manifest, core, load_corpus(settings.paths.corpus_dir))
        if reasons:
            raise store.IndexProblem(
                f"the index in {index_path} is stale:\n  - " + "\n  - ".join(reasons) + f"\nRebuild it: {store.REBUILD}"
            )
        return cls(store.read(index_path), embedder, settings, generator or llm.make_generator(settings.llm))

    # ------------------------------------------------------------------ answering

    def ask(self, question: str, history: list[dict] | None = None) -> Answer:
        """A cited answer in the question's language, or an honest refusal (abstained=True).

        history is the conversation so far in the chat "messages" format; follow-ups such as
        "那它的缺点呢？" resolve to the framework discussed before (see Answer.question).
        """
        *_, answer = self.ask_stream(question, history)
        return answer

    def ask_stream(self, question: str, history: list[dict] | None = None) -> Iterator[str | Answer]:
        """Yields the answer text as it grows (str), then the finished Answer."""
        answer = self._grounded(question, history)
        if self.generator is not None and not answer.abstained:
            yield from llm.reword(self.generator, answer)
            return
        shown = ""
        for piece in _pieces(answer.text):
            shown += piece
            yield shown
        yield answer

    def _grounded(self, question: str, history: list[dict] | None) -> Answer:
        """retrieve → select evidence → compose → cite: the extractive answer, or a refusal."""
        question = to_simplified(_check_question(question, self.settings.answer.max_question_chars))
        history = [{**m, "content": to_simplified(m["content"])} for m in check_history(history)]
        resolved = resolve_followup(question, history)
        q = understand(resolved, question, self.facts.known_names)
        if q.refusal:
            return refusal(q, self.facts.topics)
        query = expand_query(resolved)
        vector = self.embed_query(query)  # the only model call
        chunks = retrieval.rank(
            self.index, query, vector, self.settings.retrieval, self.settings.retrieval.candidates, focus=self.focus(q)
        )
        evidence = rank_evidence(self.index, self.facts, vector, chunks, q)
        direct = bool(evidence) and max(e.similarity for e in evidence) >= self.min_support
        # A question about a framework the corpus names is in scope even when no sentence is
        # close to it ("What is TNN?"): the answer then says so and quotes what it says of TNN.
        if not evidence or not (direct or q.frameworks):
            return refusal(q, self.facts.topics)
        return compose(q, evidence, self.index.sentence_vectors, self.settings.answer, self.sources, direct)

    # ------------------------------------------------------------------ for the UI

    @property
    def ready(self) -> bool:
        """True once the embedding model is in memory (questions then answer at full speed)."""
        return bool(getattr(self.embedder, "loaded", True))

    def warm_up(self) -> None:
        """Load the model and the lazily computed tables, so the first real question is fast."""
        self.ask("新手应该选TensorFlow还是PyTorch？")

    def passage(self, source: str, start: int, end: int) -> Chunk | None:
        """The chunk that holds source[start:end] (to show a quote in its context)."""
        return next((c for c in self.index.chunks if c.source == source and c.start <= start and end <= c.end), None)

    def article_title(self) -> tuple[str, str]:
        """Title and publication date of the main document (the one with the most chunks)."""
        files = self.index.manifest.get("files", [])
        if not files:
            return "", ""
        main = max(files, key=lambda f: f.get("chunks", 0))
        meta = main.get("meta", {})
        return meta.get("title") or main.get("title", main["source"]), meta.get("published", "")

    def focus(self, q: Question) -> list[int]:
        """The chunks about the frameworks the question names (by their text or section title)."""
        wanted = set(q.frameworks)
        return [i for i, names in enumerate(self.facts.chunk_subjects) if wanted & names] if wanted else []

    @cached_property
    def facts(self) -> SentenceFacts:
        return SentenceFacts(self.index)

    @cached_property
    def sources(self) -> dict[str, dict[str, Any]]:
        return {f["source"]: f for f in self.index.manifest.get("files", [])}

    @property
    def min_support(self) -> float:
        configured = self.settings.answer.min_score
        return configured if configured > 0 else MIN_SUPPORT.get(self.embedder.model_id, DEFAULT_MIN_SUPPORT)

    # ------------------------------------------------------------------ retrieval

    def embed_query(self, query: str) -> np.ndarray:
        vector = self.embedder.encode_query([query])[0]
        if vector.shape[0] != self.index.dim:
            raise store.IndexProblem(
                f"the embedder gives {vector.shape[0]}-d vectors but the index holds {self.index.dim}-d ones. "
                f"Rebuild it: {store.REBUILD}"
            )
        return vector

    def retrieve(self, query: str, k: int | None = None, mode: str = "hybrid") -> list[Hit]:
        """The k best chunks for query; mode "hybrid" (RRF of dense and BM25), "dense" or "bm25"."""
        query = to_simplified(_check_question(query, self.settings.answer.max_question_chars))
        k = k or self.settings.retrieval.k
        query = expand_query(query)
        vector = None if mode == "bm25" else self.embed_query(query)
        focus = self.focus(understand(query, query, self.facts.known_names))
        ranking = retrieval.rank(self.index, query, vector, self.settings.retrieval, k, mode, focus)
        return [self._hit(i, score) for i, score in ranking]

    def _hit(self, i: int, score: float) -> Hit:
        c = self.index.chunks[i]
        return Hit(
            text=c.text, score=score, section=c.section, source=c.source, start=c.start, end=c.end, chunk_id=c.id
        )


def _pieces(text: str, size: int = 12) -> Iterator[str]:
    """Split text for streaming without breaking a citation marker like [12]."""
    i = 0
    while i < len(text):
        j = min(len(text), i + size)
        if "[" in text[i:j] and "]" not in text[text.rfind("[", i, j) : j]:
            j = text.find("]", j) + 1 or len(text)
        yield text[i:j]
        i = j


def _check_question(question: object, max_chars: int) -> str:
    if not isinstance(question, str):
        raise ValueError(f"the question must be text, got {type(question).__name__}")
    question = question.strip()
    if not question:
        raise ValueError("the question is empty: type a question about choosing a deep-learning framework")
    if len(question) > max_chars:
        raise ValueError(
            f"the question is {len(question)} characters long; the limit is {max_chars}. Shorten it to the part you want answered."
        )
    return question
