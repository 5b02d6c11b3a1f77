"""Turn text into normalized float32 vectors: the Embedder protocol, the real model and a fake.

The real model is tokenizer → transformer (token states, on the backend `backends.choose` picks)
→ mean pooling → the model's Dense layers → L2 normalization, done here the same way for every
backend. `encode_passages` also gives a passage's sentences vectors from the same pass ("late
chunking"): each pools the passage's token states over the sentence's exact character span, with
the prompt and special tokens a sentence embedded on its own would have.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

import numpy as np

from .model import ModelError, identity
from .settings import ModelSettings

log = logging.getLogger("chat.embedding")

Span = tuple[int, int]  # [start, end) character offsets into a passage's text


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

    def encode_passages(
        self, texts: Sequence[str], titles: Sequence[str], spans: Sequence[Sequence[Span]]
    ) -> tuple[np.ndarray, list[np.ndarray]]:
        """One vector per passage, and one per span of it (spans index the passage's text), from one pass."""
        ...

    def token_counts(self, texts: Sequence[str], titles: Sequence[str]) -> list[int]:
        """How many tokens each document input is, as the model would see it (no model load)."""
        ...


def _normalize(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


def token_batches(counts: Sequence[int], budget: int) -> list[list[int]]:
    """Positions of `counts` grouped shortest first so that each batch's padded size (its longest
    text x its number of texts) stays within `budget` tokens; a text longer than the budget runs alone."""
    order = sorted(range(len(counts)), key=lambda i: counts[i])
    batches: list[list[int]] = []
    current: list[int] = []
    for i in order:
        if current and counts[i] * (len(current) + 1) > budget:
            batches.append(current)
            current = []
        current.append(i)
    if current:
        batches.append(current)
    return batches


def document_input(title: str, text: str, mode: str) -> str:
    """The model's document prompt around `text`; `text` is always the input's tail."""
    if mode == "prompt":
        return f"title: {title or 'none'} | text: {text}"
    return f"title: none | text: {title}\n{text}" if title else f"title: none | text: {text}"


QUERY_PROMPT = "task: search result | query: "


@dataclass
class _Tokens:
    ids: list[int]
    offsets: list[tuple[int, int]]
    special: list[int]


class _Head:
    """Mean pooling's output → the model's Dense layers (no bias, identity activation) → unit length."""

    def __init__(self, weights: list[np.ndarray]):
        self.weights = [np.ascontiguousarray(w, dtype=np.float32) for w in weights]

    @property
    def dim(self) -> int:
        return int(self.weights[-1].shape[0])

    def __call__(self, pooled: np.ndarray) -> np.ndarray:
        out = np.asarray(pooled, dtype=np.float32)
        for w in self.weights:
            out = out @ w.T
        return _normalize(out)


class ModelEmbedder:
    """The pinned (or a named) sentence-transformers model, run on the chosen backend; loads on first use."""

    def __init__(self, settings: ModelSettings):
        self.settings = settings
        self._lock = threading.Lock()
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._identity = None
        self._tokenizer = None
        self._encoder = None
        self._head: _Head | None = None
        self._folder = None
        self.max_tokens = 2048
        self.separately_embedded = 0  # spans that fell past a truncated passage and got their own pass

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
        return self.head.dim

    @property
    def loaded(self) -> bool:
        return self._encoder is not None

    @property
    def backend(self) -> str:
        """e.g. "openvino/bfloat16" once loaded."""
        encoder = self.encoder
        return f"{encoder.backend}/{encoder.precision}"

    def warm_up(self) -> None:
        self.encode_query(["warm up"])

    # ------------------------------------------------------------------ loading

    def _model_folder(self):
        from .model import resolve

        if self._folder is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            self._folder = resolve(self.settings)
        return self._folder

    @property
    def tokenizer(self):
        with self._lock:
            if self._tokenizer is None:
                self._tokenizer = self._load_tokenizer()
            return self._tokenizer

    def _load_tokenizer(self):
        try:
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise ModelError("tokenizers is not installed: pip install -e . -c constraints.txt") from exc
        folder = self._model_folder()
        path = folder / "tokenizer.json"
        if not path.is_file():
            raise ModelError(f"{folder} has no tokenizer.json (a fast tokenizer is needed)")
        tokenizer = Tokenizer.from_file(str(path))
        self.max_tokens = _max_seq_length(folder)
        tokenizer.enable_truncation(self.max_tokens)
        tokenizer.no_padding()
        return tokenizer

    @property
    def head(self) -> _Head:
        with self._lock:
            if self._head is None:
                self._head = _Head(_dense_weights(self._model_folder()))
            return self._head

    @property
    def encoder(self):
        _ = self.tokenizer, self.head
        with self._lock:
            if self._encoder is None:
                from .backends import load_encoder

                self._encoder = load_encoder(self.settings, self._model_folder())
                log.info("embedding with %s on %s", self.model_id, f"{self._encoder.backend}/{self._encoder.precision}")
            return self._encoder

    # ------------------------------------------------------------------ running

    def _tokenize(self, inputs: Sequence[str]) -> list[_Tokens]:
        encodings = self.tokenizer.encode_batch(list(inputs))
        return [_Tokens(e.ids, e.offsets, e.special_tokens_mask) for e in encodings]

    def _states(self, batch: list[_Tokens]) -> np.ndarray:
        length = max(len(t.ids) for t in batch)
        ids = np.zeros((len(batch), length), np.int64)  # 0 is <pad>
        mask = np.zeros((len(batch), length), np.int64)
        for row, t in enumerate(batch):
            ids[row, : len(t.ids)] = t.ids
            mask[row, : len(t.ids)] = 1
        encoder = self.encoder
        with self._lock:  # one forward at a time: the runtimes use every core already
            return encoder(ids, mask)

    def _pooled(self, tokens: list[_Tokens]) -> np.ndarray:
        """Mean of each input's token states (prompt and special tokens included, as the model was trained)."""
        out = np.zeros((len(tokens), self._hidden()), np.float32)
        for idx in token_batches([len(t.ids) for t in tokens], self.settings.batch_tokens):
            states = self._states([tokens[i] for i in idx])
            for row, i in enumerate(idx):
                out[i] = states[row, : len(tokens[i].ids)].mean(axis=0)
        return out

    def _hidden(self) -> int:
        return int(self.head.weights[0].shape[1])

    def encode_query(self, texts: Sequence[str]) -> np.ndarray:
        out: list[np.ndarray | None] = [self._cache.get(t) for t in texts]
        missing = list(dict.fromkeys(t for t, v in zip(texts, out, strict=True) if v is None))
        if missing:
            vectors = self.head(self._pooled(self._tokenize([QUERY_PROMPT + t for t in missing])))
            fresh = dict(zip(missing, vectors, strict=True))
            with self._lock:
                for text, vec in fresh.items():
                    self._cache[text] = vec
                    self._cache.move_to_end(text)
                while len(self._cache) > self.settings.query_cache_size:
                    self._cache.popitem(last=False)
            out = [v if v is not None else fresh[t] for t, v in zip(texts, out, strict=True)]
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack(out).astype(np.float32)

    def _document_inputs(self, texts: Sequence[str], titles: Sequence[str]) -> list[str]:
        return [document_input(t, x, self.settings.doc_title_mode) for t, x in zip(titles, texts, strict=True)]

    def token_counts(self, texts: Sequence[str], titles: Sequence[str]) -> list[int]:
        return [len(t.ids) for t in self._tokenize(self._document_inputs(texts, titles))]

    def encode_documents(self, texts: Sequence[str], titles: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self.head(self._pooled(self._tokenize(self._document_inputs(texts, titles))))

    def encode_passages(
        self, texts: Sequence[str], titles: Sequence[str], spans: Sequence[Sequence[Span]]
    ) -> tuple[np.ndarray, list[np.ndarray]]:
        if not texts:
            return np.zeros((0, self.dim), np.float32), []
        inputs = self._document_inputs(texts, titles)
        tokens = self._tokenize(inputs)
        passages = np.zeros((len(texts), self._hidden()), np.float32)
        pooled_spans: list[np.ndarray] = [np.zeros((len(s), self._hidden()), np.float32) for s in spans]
        lost: list[tuple[int, int]] = []  # (passage, span) past the truncation
        for idx in token_batches([len(t.ids) for t in tokens], self.settings.batch_tokens):
            states = self._states([tokens[i] for i in idx])
            for row, i in enumerate(idx):
                n = len(tokens[i].ids)
                passages[i] = states[row, :n].mean(axis=0)
                offset = len(inputs[i]) - len(texts[i])
                # A sentence pools what its own input would hold: <bos>, prompt and title, its tokens, <eos>.
                prompt = prompt_tokens(tokens[i].offsets, tokens[i].special, offset)
                for j, (a, b) in enumerate(spans[i]):
                    picked = span_tokens(tokens[i].offsets, tokens[i].special, offset + a, offset + b)
                    if picked.size:
                        pooled_spans[i][j] = states[row, np.concatenate([prompt, picked])].mean(axis=0)
                    else:
                        lost.append((i, j))
        span_vectors = [self.head(p) if len(p) else np.zeros((0, self.dim), np.float32) for p in pooled_spans]
        if lost:
            # Only past the model's window (a passage over max_seq_length tokens): no context to pool from.
            again = self.encode_documents(
                [texts[i][slice(*spans[i][j])] for i, j in lost], [titles[i] for i, _ in lost]
            )
            for (i, j), vec in zip(lost, again, strict=True):
                span_vectors[i][j] = vec
            self.separately_embedded += len(lost)
        return self.head(passages), span_vectors


def span_tokens(offsets: Sequence[tuple[int, int]], special: Sequence[int], start: int, end: int) -> np.ndarray:
    """Positions of the non-special tokens whose characters overlap [start, end)."""
    return np.asarray(
        [k for k, ((a, b), s) in enumerate(zip(offsets, special, strict=True)) if not s and b > start and a < end],
        dtype=np.int64,
    )


def prompt_tokens(offsets: Sequence[tuple[int, int]], special: Sequence[int], body: int) -> np.ndarray:
    """Positions of the special tokens and of those before character `body` (the prompt and title)."""
    return np.asarray(
        [k for k, ((_, b), s) in enumerate(zip(offsets, special, strict=True)) if s or b <= body], np.int64
    )


def _max_seq_length(folder) -> int:
    import json

    try:
        return int(json.loads((folder / "sentence_bert_config.json").read_text("utf-8"))["max_seq_length"])
    except (OSError, ValueError, KeyError, TypeError):
        return 512


def _dense_weights(folder) -> list[np.ndarray]:
    """The Dense layers after pooling, in modules.json order (none for a plain pooling model)."""
    import json

    try:
        from safetensors.numpy import load_file
    except ImportError as exc:
        raise ModelError("safetensors is not installed: pip install -e . -c constraints.txt") from exc
    try:
        modules = json.loads((folder / "modules.json").read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"{folder}/modules.json is missing or unreadable: {exc}") from exc
    weights = []
    for module in modules:
        kind = module.get("type", "")
        if kind.endswith(".Pooling"):
            config = json.loads((folder / module["path"] / "config.json").read_text("utf-8"))
            if not config.get("pooling_mode_mean_tokens") or not config.get("include_prompt", True):
                raise ModelError(f"{folder}: only mean pooling over every token is supported")
        elif kind.endswith(".Dense"):
            config = json.loads((folder / module["path"] / "config.json").read_text("utf-8"))
            if config.get("bias") or not config.get("activation_function", "").endswith("Identity"):
                raise ModelError(f"{folder}/{module['path']}: only bias-free linear Dense layers are supported")
            tensors = load_file(str(folder / module["path"] / "model.safetensors"))
            weights.append(tensors["linear.weight"])
        elif not kind.endswith((".Transformer", ".Normalize")):
            raise ModelError(f"{folder}: module {kind} is not supported")
    if not weights:
        raise ModelError(f"{folder}: no Dense layers found; cannot tell the embedding size")
    return weights


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

    def encode_passages(
        self, texts: Sequence[str], titles: Sequence[str], spans: Sequence[Sequence[Span]]
    ) -> tuple[np.ndarray, list[np.ndarray]]:
        """The passages go through encode_documents once; a span's vector hashes the span's own text."""
        passages = self.encode_documents(texts, titles)
        return passages, [
            _normalize(np.stack([self._one(x[a:b]) for a, b in s]) if s else np.zeros((0, self._dim)))
            for x, s in zip(texts, spans, strict=True)
        ]

    def token_counts(self, texts: Sequence[str], titles: Sequence[str]) -> list[int]:
        return [len(x) + 2 for x in texts]  # about a token per CJK character, plus <bos> and <eos>


def make_embedder(settings: ModelSettings) -> Embedder:
    """The embedder the settings name: "fake/hash-ngrams[-DIM]" needs no model files (tests, demos)."""
    if settings.name.startswith("fake/"):
        dim = settings.name.rsplit("-", 1)[-1]
        return HashEmbedder(int(dim) if dim.isdigit() else 256)
    return ModelEmbedder(settings)
