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
class EvidenceSettings:
    """How sentences are scored as evidence for a question (chat/evidence.py)."""

    candidates: int = 200  # sentences nearest the question that are scored (besides the best chunks')
    requirement_pool: int = 60  # sentences speaking to the question's requirements, however far, nearest first
    lexical_weight: float = 0.1  # idf-weighted share of the question's words found in the sentence
    chunk_weight: float = 0.04  # agreement with the hybrid chunk ranking (which saw BM25)
    subject_bonus: float = 0.06  # the sentence is about a framework the question names
    off_subject_penalty: float = 0.08  # a fact question about X, a sentence about another framework
    compare_bonus: float = 0.05  # the sentence sets two compared frameworks side by side
    stance_bonus: float = 0.08  # asked for drawbacks (strengths), the sentence is one
    stance_penalty: float = 0.03  # asked for drawbacks (strengths), the sentence is the opposite
    aspect_bonus: float = 0.04  # per aspect shared with the question (at most two)
    passing_aspect_share: float = 0.5  # of that, where the sentence names the aspects only beside its claim
    requirement_bonus: float = 0.06  # the sentence speaks to one of the question's requirements
    slot_bonus: float = 0.08  # the sentence holds the kind of fact asked (a date, a maker, a licence)
    summary_bonus: float = 0.05  # per summary level, when the question asks for a conclusion
    dependent_penalty: float = 0.02  # a sentence that does not stand alone leads less readily


@dataclass(frozen=True)
class AnswerSettings:
    max_citations: int = 4
    mmr_lambda: float = 0.7
    # Abstain when the best evidence sentence scores below this (cosine); 0 = the model's calibrated value.
    min_score: float = 0.0
    max_question_chars: int = 2000
    # Calibrated on tests/golden/dev.jsonl (benchmarks/calibrate.py); never on the held-out part.
    calibrated_min_score: str = "google/embeddinggemma-300m=0.31,fake/hash-ngrams-256=0.10"
    default_min_score: float = 0.35
    floor_gap: float = 0.12  # quotes weaker than the best by more than this are filler, not evidence
    # A yes/no question on a quality the article judges both ways gets the other side too, from a
    # sentence on that quality this close to the best: farther, a word shared in passing
    # ("受到开发者的喜爱" is no answer to "is MXNet's community active?").
    other_side_gap: float = 0.2
    con_weight: float = 0.5  # a warning counts this much against a framework (a reason counts 1)
    neutral_weight: float = 0.3  # a plain statement that meets a requirement counts this much for
    advice_weight: float = 2.0  # the document's own recommendation ("…或许会是你的首选") counts this many times
    strong_weight: float = 1.5  # a superlative claim ("使用人数最多") counts this many times
    runner_up_share: float = 0.5  # a second pick needs this share of the first one's score
    compare_margin: float = 0.25  # a comparison names a favourite only this far ahead (share of its score)
    list_limit: int = 8  # quotes from one list (a framework's drawbacks) in a single answer
    max_quote_chars: int = 220  # a fragment is quoted with the sentence it continues up to this length
    note_quote_chars: int = 24  # a point asked about again is named in the "read as" note by this many characters
    stated_overlap: float = 0.4  # a sentence sharing this much of a fact question's words states the fact
    # A request for a framework that names no need the vocabulary knows ("符号式和命令式编程混着用")
    # is met by the one framework whose own sentences share this much of its words.
    capability_overlap: float = 0.25
    # A yes/no question most of whose words a sentence repeats, none of them negated there
    # ("Keras支持RNN吗？" / "支持实现卷积神经网络和循环神经网络"), is answered yes by that sentence.
    affirm_overlap: float = 0.6
    # In an English answer, up to this many of a Chinese quote's evaluative words in English beside
    # it ("against · mobile and embedded: bloated, unsatisfactory"); 0 shows none.
    quote_glosses: int = 3
    # "Which framework did X?" is answered with one name only when its sentence scores this far above
    # the best one about any other framework.
    lookup_margin: float = 0.03
    # ... or when it shares the question's own words ("Actor模型") at least capability_overlap and
    # more than this many times as much as any sentence about another framework near it.
    lookup_overlap_lead: float = 2.0
    # A sentence speaking of several frameworks in turn ("A模型库丰富,B追求训练推理一体化,…") answers
    # "which one does X?" by the clause the question repeats this much of (idf-weighted).
    clause_coverage: float = 0.25
    history_turns: int = 12  # user turns looked back over to resolve a follow-up
    # "这代表什么?" after a point of at least this many clauses quotes it again (it says what it means
    # itself); a shorter point is explained by what is around it.
    point_clauses: int = 3
    # "为什么要自研?" against "因此自研深度学习框架是非常必要的": at most this many sentences before it in
    # its paragraph are shown as what it follows from.
    cause_context: int = 3
    # "工业界的那个": a sentence describes a framework so when it uses this share of the description's
    # words (idf-weighted).
    description_share: float = 0.5
    # "What does it conclude from the chip ban?": the conclusion drawn from a sentence ("因此…") is
    # looked for this many sentences after it, in its section.
    inference_reach: int = 3

    def min_score_for(self, model: str) -> float:
        if self.min_score > 0:
            return self.min_score
        table = dict(pair.split("=", 1) for pair in self.calibrated_min_score.split(",") if "=" in pair)
        return float(table.get(model, self.default_min_score))


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
    # Questions answered at once by one process (the Gradio queue and the /v1 and /ask routes each);
    # more wait their turn. Concurrent questions share model calls through the batching group.
    concurrency: int = 16

    def login(self) -> tuple[str, str] | None:
        """(user, password) from `auth`, None without one; ValueError unless it is USER:PASS."""
        if not self.auth:
            return None
        user, sep, password = self.auth.partition(":")
        if not sep or not user or not password:
            raise ValueError("--auth must look like USER:PASS (both non-empty)")
        return user, password


@dataclass(frozen=True)
class APISettings:
    """The OpenAI-compatible /v1 routes and the one-shot JSON /ask route."""

    key: str = ""  # bearer key for /v1 and POST /ask; empty: no key needed
    max_messages: int = 200  # messages in one chat completion request
    max_message_chars: int = 20_000  # one earlier message (the question itself: answer.max_question_chars)
    max_request_bytes: int = 1_000_000


@dataclass(frozen=True)
class BatchSettings:
    """Queries that arrive together are embedded in one model call (chat.batching)."""

    max_size: int = 16  # at most this many queries per model call; 1 turns batching off
    # How long the first query of a batch waits for others to join (only while others are on their way).
    max_wait_ms: float = 5.0


@dataclass(frozen=True)
class DeploySettings:
    """`make serve` / deploy/cluster.py: N replicas of the chat server behind HAProxy on this machine."""

    replicas: int = 2
    host: str = "127.0.0.1"  # where HAProxy listens
    port: int = 8080  # HAProxy's port; replicas take first_port, first_port + 1, …
    first_port: int = 7861
    haproxy: str = "haproxy"  # the haproxy executable (Debian: apt-get install haproxy)


@dataclass(frozen=True)
class Settings:
    paths: PathSettings = field(default_factory=PathSettings)
    model: ModelSettings = field(default_factory=ModelSettings)
    chunking: ChunkSettings = field(default_factory=ChunkSettings)
    retrieval: RetrievalSettings = field(default_factory=RetrievalSettings)
    evidence: EvidenceSettings = field(default_factory=EvidenceSettings)
    answer: AnswerSettings = field(default_factory=AnswerSettings)
    llm: LLMSettings = field(default_factory=LLMSettings)
    ui: UISettings = field(default_factory=UISettings)
    api: APISettings = field(default_factory=APISettings)
    batching: BatchSettings = field(default_factory=BatchSettings)
    deploy: DeploySettings = field(default_factory=DeploySettings)

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
    "evidence": EvidenceSettings,
    "answer": AnswerSettings,
    "llm": LLMSettings,
    "ui": UISettings,
    "api": APISettings,
    "batching": BatchSettings,
    "deploy": DeploySettings,
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
    ("api", "key"): "ADVISOR_API_KEY",
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
