"""Every tunable of the advisor in one frozen dataclass, read from flags > ADVISOR_* env > defaults."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MODEL = "google/embeddinggemma-300m"


def _cache_root() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("framework-advisor"))


@dataclass(frozen=True)
class PathSettings:
    corpus_dir: Path = PROJECT_ROOT / "corpus"
    index_dir: Path = PROJECT_ROOT / "index"


@dataclass(frozen=True)
class ModelSettings:
    # The model name selects the pinned file table; model_dir points at any
    # sentence-transformers folder (verified only when the name is pinned).
    name: str = DEFAULT_MODEL
    model_dir: Path | None = None
    cache_dir: Path = field(default_factory=lambda: _cache_root() / "models")
    # "prefix": "title: none | text: {section}\n{text}"; "prompt": "title: {section} | text: {text}".
    doc_title_mode: str = "prefix"
    # "auto": bfloat16 where the CPU has native bf16 (AMX / AVX512-BF16), else float32.
    dtype: str = "auto"
    # Which runtime runs the model: torch, onnx (ONNX Runtime) or openvino. "auto" takes the
    # fastest one that `model fetch` measured on this machine and found to agree with the reference.
    backend: str = "auto"
    threads: int = 0  # 0 = the runtime's default (one per core)
    batch_size: int = 16  # queries per model call
    # Documents are batched by tokens (longest text in the batch x texts, padding included), not by count.
    batch_tokens: int = 4096
    # "separate": each sentence is embedded on its own after its chunk (two passes over the text);
    # "context": pooled from its chunk's pass over the sentence's tokens (one pass, about half the
    # build time, but answers got worse on the golden set: see README, "Index build").
    sentence_vectors: str = "separate"
    query_cache_size: int = 256


@dataclass(frozen=True)
class ChunkSettings:
    max_chars: int = 360
    overlap_sentences: int = 1


@dataclass(frozen=True)
class RetrievalSettings:
    k: int = 5
    rrf_k: int = 60
    candidates: int = 30
    # Weight of the dense ranking in the fusion; BM25 gets 1.
    dense_weight: float = 1.0
    # Weight of the ranking among chunks about the frameworks a query names (0 turns it off).
    focus_weight: float = 1.0


@dataclass(frozen=True)
class AnswerSettings:
    max_citations: int = 4
    mmr_lambda: float = 0.7
    # Abstain when the best evidence sentence scores below this (cosine, real model).
    min_score: float = 0.0
    max_question_chars: int = 2000


@dataclass(frozen=True)
class LLMSettings:
    backend: str = "none"  # none | openai | transformers
    base_url: str = "http://127.0.0.1:11434/v1"
    model: str = ""
    api_key: str = ""
    local_path: Path | None = None
    timeout: float = 60.0
    max_new_tokens: int = 400


@dataclass(frozen=True)
class UISettings:
    host: str = "127.0.0.1"
    port: int = 7860
    auth: str = ""  # "user:pass"
    feedback_path: Path = field(default_factory=lambda: _cache_root() / "feedback.jsonl")

    def login(self) -> tuple[str, str] | None:
        """(user, password) from `auth`, None without one; ValueError unless it is USER:PASS."""
        if not self.auth:
            return None
        user, sep, password = self.auth.partition(":")
        if not sep or not user or not password:
            raise ValueError("--auth must look like USER:PASS (both non-empty)")
        return user, password


@dataclass(frozen=True)
class Settings:
    paths: PathSettings = field(default_factory=PathSettings)
    model: ModelSettings = field(default_factory=ModelSettings)
    chunking: ChunkSettings = field(default_factory=ChunkSettings)
    retrieval: RetrievalSettings = field(default_factory=RetrievalSettings)
    answer: AnswerSettings = field(default_factory=AnswerSettings)
    llm: LLMSettings = field(default_factory=LLMSettings)
    ui: UISettings = field(default_factory=UISettings)

    @classmethod
    def load(cls, env: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        """Defaults, then ADVISOR_<GROUP>_<FIELD> (or a short alias) from env, then overrides.

        overrides use "group.field" keys (e.g. {"paths.index_dir": "/x"}); None means "not given".
        """
        env = os.environ if env is None else env
        values: dict[str, dict[str, object]] = {}
        for group in dataclasses.fields(cls):
            group_cls = _GROUPS[group.name]
            for f in dataclasses.fields(group_cls):
                key = f"{group.name}.{f.name}"
                raw: object | None = None
                for env_name in _env_names(group.name, f.name):
                    if env.get(env_name, "") != "":
                        raw = env[env_name]
                        source = env_name
                        break
                if overrides.get(key) is not None:
                    raw, source = overrides[key], key
                if raw is None:
                    continue
                values.setdefault(group.name, {})[f.name] = _coerce(raw, f, source)
        unknown = set(overrides) - {f"{g}.{f.name}" for g, c in _GROUPS.items() for f in dataclasses.fields(c)}
        if unknown:
            raise ValueError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        return cls(**{g: _GROUPS[g](**kw) for g, kw in values.items()})

    def replace(self, **overrides: object) -> Settings:
        """A copy with "group.field" keys replaced."""
        groups: dict[str, dict[str, object]] = {}
        for key, value in overrides.items():
            group, name = key.split(".", 1)
            groups.setdefault(group, {})[name] = value
        return dataclasses.replace(
            self,
            **{g: dataclasses.replace(getattr(self, g), **kw) for g, kw in groups.items()},
        )


_GROUPS: dict[str, type] = {
    "paths": PathSettings,
    "model": ModelSettings,
    "chunking": ChunkSettings,
    "retrieval": RetrievalSettings,
    "answer": AnswerSettings,
    "llm": LLMSettings,
    "ui": UISettings,
}

# Short, documented names for the settings people set most often.
_ALIASES = {
    ("paths", "corpus_dir"): "ADVISOR_CORPUS_DIR",
    ("paths", "index_dir"): "ADVISOR_INDEX_DIR",
    ("model", "name"): "ADVISOR_MODEL",
    ("model", "model_dir"): "ADVISOR_MODEL_DIR",
    ("model", "cache_dir"): "ADVISOR_CACHE_DIR",
    ("model", "dtype"): "ADVISOR_DTYPE",
    ("model", "backend"): "ADVISOR_BACKEND",
    ("llm", "backend"): "ADVISOR_LLM",
    ("llm", "base_url"): "ADVISOR_LLM_BASE_URL",
    ("llm", "model"): "ADVISOR_LLM_MODEL",
    ("llm", "api_key"): "ADVISOR_LLM_API_KEY",
    ("ui", "feedback_path"): "ADVISOR_FEEDBACK_PATH",
}


def _env_names(group: str, name: str) -> list[str]:
    names = [f"ADVISOR_{group.upper()}_{name.upper()}"]
    if (group, name) in _ALIASES:
        names.insert(0, _ALIASES[(group, name)])
    return names


def _coerce(raw: object, f: dataclasses.Field, source: str) -> object:
    kind = str(f.type)  # annotations are strings under `from __future__ import annotations`
    if "Path" in kind:
        return Path(os.fspath(raw)).expanduser()  # type: ignore[arg-type]
    if not isinstance(raw, str):
        return raw
    try:
        if kind == "bool":
            return raw.strip().lower() in {"1", "true", "yes", "on"}
        if kind == "int":
            return int(raw)
        if kind == "float":
            return float(raw)
    except ValueError as exc:
        raise ValueError(f"{source}={raw!r} is not a valid {kind}") from exc
    return raw
