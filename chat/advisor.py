"""The Advisor: load a fresh index and answer from it. The whole ask path fits on one screen."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from . import retrieval, store
from .corpus import load_corpus
from .embedding import Embedder, make_embedder
from .indexing import expected_manifest_core, staleness
from .lexicon import expand_query
from .settings import Settings
from .types import Hit


class Advisor:
    def __init__(self, index: store.StoredIndex, embedder: Embedder, settings: Settings):
        self.index = index
        self.embedder = embedder
        self.settings = settings

    @classmethod
    def load(
        cls,
        index_dir: str | Path | None = None,
        *,
        settings: Settings | None = None,
        embedder: Embedder | None = None,
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
        return cls(store.read(index_path), embedder, settings)

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
        query = _check_question(query, self.settings.answer.max_question_chars)
        k = k or self.settings.retrieval.k
        query = expand_query(query)
        vector = None if mode == "bm25" else self.embed_query(query)
        ranking = retrieval.rank(self.index, query, vector, self.settings.retrieval, k, mode)
        return [self._hit(i, score) for i, score in ranking]

    def _hit(self, i: int, score: float) -> Hit:
        c = self.index.chunks[i]
        return Hit(
            text=c.text, score=score, section=c.section, source=c.source, start=c.start, end=c.end, chunk_id=c.id
        )


def _check_question(question: object, max_chars: int) -> str:
    if not isinstance(question, str):
        raise ValueError(f"the question must be text, got {type(question).__name__}")
    if not question.strip():
        raise ValueError("the question is empty: type a question about choosing a deep-learning framework")
    if len(question) > max_chars:
        raise ValueError(
            f"the question is {len(question)} characters long; the limit is {max_chars}. Shorten it to the part you want answered."
        )
    return question.strip()
