"""Rank chunks for a query: dense (FAISS inner product), BM25 (jieba), and their reciprocal rank fusion."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .bm25 import tokenize
from .settings import RetrievalSettings
from .store import StoredIndex

Ranking = list[tuple[int, float]]  # (chunk index, score), best first

MODES = ("hybrid", "dense", "bm25")


def dense(index: StoredIndex, query_vector: np.ndarray, k: int, among: Sequence[int] | None = None) -> Ranking:
    """Chunks by max(cosine to the chunk, cosine to its best sentence); only `among` when given.

    A broad chunk that mentions every framework is close to every question; a precise sentence
    deep inside a chunk is often closer still, and lifts its chunk.
    """
    if not index.chunks or k <= 0:
        return []
    return _top(_dense_scores(index, query_vector), k, among)


def _top(scores: np.ndarray, k: int, among: Sequence[int] | None = None) -> Ranking:
    if among is not None:
        allowed = np.full(len(scores), -np.inf, np.float32)
        allowed[list(among)] = scores[list(among)]
        scores = allowed
    top = [i for i in np.argsort(-scores, kind="stable")[:k] if np.isfinite(scores[i])]
    return [(int(i), float(scores[i])) for i in top]


def _dense_scores(index: StoredIndex, query_vector: np.ndarray) -> np.ndarray:
    query = np.asarray(query_vector, np.float32).reshape(1, -1)
    chunk_scores, ids = index.faiss_index.search(query, len(index.chunks))
    scores = np.empty(len(index.chunks), np.float32)
    scores[ids[0]] = chunk_scores[0]
    if len(index.sentences):
        best_sentence = np.full(len(index.chunks), -1.0, np.float32)
        np.maximum.at(best_sentence, index.sentence_chunk, index.sentence_vectors @ query[0])
        scores = np.maximum(scores, best_sentence)
    return scores


def bm25(index: StoredIndex, query: str, k: int) -> Ranking:
    scores = index.bm25.scores(tokenize(query))
    if not len(scores) or k <= 0:
        return []
    top = np.argsort(-scores, kind="stable")[:k]
    return [(int(i), float(scores[i])) for i in top if scores[i] > 0]


def fuse(rankings: list[tuple[Ranking, float]], rrf_k: int, k: int) -> Ranking:
    """Reciprocal rank fusion: sum of weight / (rrf_k + rank) over the rankings a chunk appears in."""
    fused: dict[int, float] = {}
    for ranking, weight in rankings:
        for rank, (i, _) in enumerate(ranking, start=1):
            fused[i] = fused.get(i, 0.0) + weight / (rrf_k + rank)
    return sorted(fused.items(), key=lambda item: (-item[1], item[0]))[:k]


def rank(
    index: StoredIndex,
    query: str,
    query_vector: np.ndarray | None,
    settings: RetrievalSettings,
    k: int,
    mode: str = "hybrid",
    focus: Sequence[int] = (),
) -> Ranking:
    """The k best chunks. In hybrid mode, `focus` (the chunks about the frameworks the query names)
    adds a third ranking, dense among them: "MegEngine的缺点" must reach the one passage on
    MegEngine, not only the caveat lists of frameworks the article does criticise."""
    if mode not in MODES:
        raise ValueError(f"unknown retrieval mode {mode!r}; use one of {', '.join(MODES)}")
    if mode == "bm25":
        return bm25(index, query, k)
    assert query_vector is not None
    if mode == "dense":
        return dense(index, query_vector, k)
    depth = max(k, settings.candidates)
    if not index.chunks:
        return []
    scores = _dense_scores(index, query_vector)
    rankings = [(_top(scores, depth), settings.dense_weight), (bm25(index, query, depth), 1.0)]
    if focus:
        rankings.append((_top(scores, depth, among=focus), settings.focus_weight))
    return fuse(rankings, settings.rrf_k, k)
