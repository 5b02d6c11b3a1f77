"""Concurrent queries share model calls: an Embedder wrapper whose encode_query batches callers.

A server answers many questions at once, each needing one query vector. Called one by one, the
model runs one forward pass per question and the others queue behind it; gathered, the queries
waiting at that moment go through the model in one batch (at most `max_size` texts, the first
waiting at most `max_wait_ms` for company), which costs little more than a single one.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from .embedding import Embedder
from .settings import BatchSettings


@dataclass
class _Request:
    texts: list[str]
    done: threading.Event = field(default_factory=threading.Event)
    vectors: np.ndarray | None = None
    error: BaseException | None = None


class BatchingEmbedder:
    """Any Embedder, with concurrent encode_query calls gathered into one call of it.

    Documents (index builds) pass straight through; so does everything else the wrapped embedder
    offers (model, loaded, warm_up, …).
    """

    def __init__(self, inner: Embedder, settings: BatchSettings | None = None):
        self.inner = inner
        self.settings = settings or BatchSettings()
        self._cond = threading.Condition()
        self._pending: list[_Request] = []
        self._worker: threading.Thread | None = None
        self.batch_sizes: deque[int] = deque(maxlen=1000)  # texts per model call (for tests and benchmarks)
        self.calls = 0  # model calls made, and the texts they embedded (reported by /healthz)
        self.texts = 0

    # The Embedder protocol: identity and documents are the wrapped embedder's.
    @property
    def model_id(self) -> str:
        return self.inner.model_id

    @property
    def weights_sha256(self) -> str:
        return self.inner.weights_sha256

    @property
    def dim(self) -> int:
        return self.inner.dim

    def encode_documents(self, texts: Sequence[str], titles: Sequence[str]) -> np.ndarray:
        return self.inner.encode_documents(texts, titles)

    def __getattr__(self, name: str):
        # Only reached for attributes this class lacks (loaded, warm_up, model, …).
        return getattr(self.__dict__["inner"], name)

    def encode_query(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        if not texts or self.settings.max_size <= 1:
            return self.inner.encode_query(texts)
        request = _Request(texts)
        with self._cond:
            self._pending.append(request)
            if self._worker is None:
                self._worker = threading.Thread(target=self._run, name="query-batcher", daemon=True)
                self._worker.start()
            self._cond.notify_all()
        request.done.wait()
        if request.error is not None:
            raise request.error
        assert request.vectors is not None
        return request.vectors

    def _run(self) -> None:
        while True:
            batch = self._next_batch()
            try:
                unique = list(dict.fromkeys(t for r in batch for t in r.texts))
                vectors = self.inner.encode_query(unique)
                row = {t: i for i, t in enumerate(unique)}
                for r in batch:
                    r.vectors = vectors[[row[t] for t in r.texts]]
                self.batch_sizes.append(len(unique))
                self.calls += 1
                self.texts += len(unique)
            except BaseException as exc:  # every caller of this batch gets the error; the worker lives on
                for r in batch:
                    r.error = exc
            finally:
                for r in batch:
                    r.done.set()

    def _next_batch(self) -> list[_Request]:
        """The waiting requests, up to max_size texts (always at least one request)."""
        limit, wait = self.settings.max_size, self.settings.max_wait_ms / 1000
        with self._cond:
            while not self._pending:
                self._cond.wait()
            deadline = time.monotonic() + wait
            while sum(len(r.texts) for r in self._pending) < limit:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._cond.wait(left)
            batch, size = [], 0
            while self._pending and (not batch or size + len(self._pending[0].texts) <= limit):
                request = self._pending.pop(0)
                batch.append(request)
                size += len(request.texts)
            return batch


def batched(embedder: Embedder, settings: BatchSettings) -> Embedder:
    """embedder wrapped for batching, or embedder itself when batching is off (max_size 1)."""
    if settings.max_size <= 1 or isinstance(embedder, BatchingEmbedder):
        return embedder
    return BatchingEmbedder(embedder, settings)
