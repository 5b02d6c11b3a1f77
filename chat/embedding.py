"""Turn text into normalized float32 vectors: the Embedder protocol, the real model and a fake."""

from __future__ import annotations

import hashlib
import logging
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import numpy as np

from .model import ModelError, identity, pinned_for, resolve, resolve_dtype, usable_bfloat16
from .settings import ModelSettings

log = logging.getLogger("chat.embedding")


@runtime_checkable
class Embedder(Protocol):
    """Queries and documents are encoded differently (asymmetric retrieval)."""

    @property
    def model_id(self) -> str: ...

    @property
    def weights_sha256(self) -> str: ...

    @property
    def dim(self) -> int: ...

    def encode_query(self, texts: Sequence[str]) -> np.ndarray: ...

    def encode_documents(self, texts: Sequence[str], titles: Sequence[str]) -> np.ndarray: ...


def _normalize(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


class SentenceTransformerEmbedder:
    """A sentence-transformers model from a verified folder, loaded on first use."""

    def __init__(self, settings: ModelSettings):
        self.settings = settings
        self._model = None
        self._folder = None
        self._lock = threading.Lock()
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._identity = None

    @property
    def model_id(self) -> str:
        return self.settings.name

    @property
    def weights_sha256(self) -> str:
        if self._identity is None:
            self._identity = identity(self.settings)
        return self._identity.weights_sha256

    @property
    def dim(self) -> int:
        model = self.model
        getter = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        return int(getter())

    @property
    def loaded(self) -> bool:
        return self._model is not None

    def warm_up(self) -> None:
        _ = self.model

    @property
    def model(self):
        with self._lock:
            if self._model is None:
                self._model = self._load()
            return self._model

    def _load(self):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        folder = resolve(self.settings)
        try:
            import torch
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise ModelError(
                f"{exc.name} is not installed; install the package with its model extras: "
                "pip install -e . -c constraints.txt (or: make install)"
            ) from exc
        if self.settings.threads:
            torch.set_num_threads(self.settings.threads)
        dtype = resolve_dtype(self.settings.dtype)
        pinned = pinned_for(self.settings)
        if dtype == "bfloat16" and pinned is not None:
            twin = usable_bfloat16(self.settings, folder, pinned)
            if twin is not None:
                folder = twin  # same values, half the file, no float32 peak while loading
            else:
                log.info("no bfloat16 copy of the weights yet; `framework-advisor model fetch` prepares one")
        try:
            return SentenceTransformer(
                str(folder), device="cpu", local_files_only=True, model_kwargs={"dtype": getattr(torch, dtype)}
            )
        except Exception as exc:  # a folder that verified but does not load is still the user's to fix
            raise ModelError(f"could not load the model from {folder}: {exc}") from exc

    def encode_query(self, texts: Sequence[str]) -> np.ndarray:
        out: list[np.ndarray | None] = [self._cache.get(t) for t in texts]
        missing = [t for t, v in zip(texts, out, strict=True) if v is None]
        if missing:
            model = self.model
            with self._lock:  # torch runs one batch at a time anyway; the lock keeps the cache sane
                vectors = _normalize(
                    model.encode_query(list(missing), convert_to_numpy=True, batch_size=self.settings.batch_size)
                )
                for text, vec in zip(missing, vectors, strict=True):
                    self._cache[text] = vec
                    self._cache.move_to_end(text)
                while len(self._cache) > self.settings.query_cache_size:
                    self._cache.popitem(last=False)
            fresh = iter(vectors)
            out = [v if v is not None else next(fresh) for v in out]
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack(out).astype(np.float32)

    def encode_documents(self, texts: Sequence[str], titles: Sequence[str]) -> np.ndarray:
        model = self.model
        if self.settings.doc_title_mode == "prompt":
            inputs = [f"title: {t or 'none'} | text: {x}" for t, x in zip(titles, texts, strict=True)]
        else:
            inputs = [
                f"title: none | text: {t}\n{x}" if t else f"title: none | text: {x}"
                for t, x in zip(titles, texts, strict=True)
            ]
        if not inputs:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            # prompt="" because the document prompt is already in each input.
            vectors = model.encode(inputs, prompt="", convert_to_numpy=True, batch_size=self.settings.batch_size)
        return _normalize(vectors)


class HashEmbedder:
    """Deterministic fake for tests: signed hashed character 1-3-grams, so similar text ranks close."""

    def __init__(self, dim: int = 256):
        self._dim = dim

    @property
    def model_id(self) -> str:
        return f"fake/hash-ngrams-{self._dim}"

    @property
    def weights_sha256(self) -> str:
        return hashlib.sha256(self.model_id.encode()).hexdigest()

    @property
    def dim(self) -> int:
        return self._dim

    def _one(self, text: str) -> np.ndarray:
        vec = np.zeros(self._dim, dtype=np.float32)
        text = re.sub(r"\s+", " ", text.lower())
        for n, weight in ((1, 0.5), (2, 1.0), (3, 1.0)):
            for i in range(max(0, len(text) - n + 1)):
                gram = text[i : i + n]
                if gram.strip() == "":
                    continue
                h = int.from_bytes(hashlib.blake2b(gram.encode(), digest_size=8).digest(), "little")
                vec[h % self._dim] += weight if (h >> 32) & 1 else -weight
        return vec

    def encode_query(self, texts: Sequence[str]) -> np.ndarray:
        return _normalize(np.stack([self._one(t) for t in texts]) if texts else np.zeros((0, self._dim)))

    def encode_documents(self, texts: Sequence[str], titles: Sequence[str]) -> np.ndarray:
        rows = [self._one(x) for x in texts]
        return _normalize(np.stack(rows) if rows else np.zeros((0, self._dim)))


def make_embedder(settings: ModelSettings) -> Embedder:
    """The embedder the settings name: "fake/hash-ngrams[-DIM]" needs no model files (tests, demos)."""
    if settings.name.startswith("fake/"):
        dim = settings.name.rsplit("-", 1)[-1]
        return HashEmbedder(int(dim) if dim.isdigit() else 256)
    return SentenceTransformerEmbedder(settings)
