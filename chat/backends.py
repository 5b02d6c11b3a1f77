"""Which runtime runs the embedding model here: torch, ONNX Runtime or OpenVINO, in float32 or bfloat16.

`model fetch` derives an ONNX export and an OpenVINO IR from the verified weights (each file's
sha256 recorded and checked again on every load), runs every runtime this CPU allows on the
golden questions and the article's sentences, keeps the ones whose vectors agree with the
reference (torch float32 on the verified weights, cosine >= 0.999 on every text), times them,
and records the fastest. ADVISOR_BACKEND=auto uses that record; naming a backend overrides it.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from . import model as model_files
from .encoder import BACKENDS, Encoder, EncoderError
from .model import ModelError, PinnedModel, native_bfloat16, pinned_for, resolve_dtype
from .settings import ModelSettings

Log = Callable[[str], None]
log = logging.getLogger("chat.backends")

RECORD_FORMAT = 3
AGREEMENT = 0.999  # least cosine to the reference, over every checked text
ONNX_OPSET = 18


@dataclass(frozen=True)
class Candidate:
    backend: str
    precision: str

    def __str__(self) -> str:
        return f"{self.backend}/{self.precision}"


REFERENCE = Candidate("torch", "float32")


@dataclass
class Measurement:
    backend: str
    precision: str
    # Least cosine to the reference over the questions, the passages and the sentences embedded on
    # their own; and over the sentences pooled from their passage's pass (sentence_vectors=context).
    min_cosine: float = 0.0
    min_cosine_context: float = 0.0
    tokens_per_second: float = 0.0
    query_ms: float = 0.0
    load_seconds: float = 0.0
    error: str = ""

    def agrees(self, sentence_vectors: str = "separate") -> bool:
        """Every checked vector, as the index would hold it, within AGREEMENT of the reference."""
        if self.error:
            return False
        worst = self.min_cosine if sentence_vectors != "context" else min(self.min_cosine, self.min_cosine_context)
        return worst >= AGREEMENT


@dataclass
class CalibrationTexts:
    """What the runtimes are compared on: questions (as queries) and passages with their sentences."""

    questions: list[str]
    passages: list[str]
    titles: list[str]
    spans: list[list[tuple[int, int]]]
    source: str = ""

    @property
    def sentences(self) -> int:
        return sum(len(s) for s in self.spans)


@dataclass
class Record:
    model: str
    weights_sha256: str
    cpu: str
    measured: list[Measurement] = field(default_factory=list)
    chosen: str = ""
    texts: str = ""
    format: int = RECORD_FORMAT


# ---------------------------------------------------------------- which backends this CPU allows


def cpu_signature() -> str:
    """Model name and the instruction-set flags that decide which kernels run."""
    name, flags = platform.processor() or platform.machine(), []
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name") and name in ("", platform.machine(), platform.processor()):
                name = line.split(":", 1)[1].strip()
            if line.startswith("flags"):
                flags = sorted(
                    f for f in line.split(":", 1)[1].split() if f.startswith(("avx", "amx", "fma", "f16c", "sse4"))
                )
                break
    except OSError:
        pass
    return f"{name} | {' '.join(flags)}"


def candidates(settings: ModelSettings) -> list[Candidate]:
    """Every (backend, precision) the settings allow on this CPU; bfloat16 only where it is native."""
    if settings.backend not in ("auto", *BACKENDS):
        raise ModelError(f"unknown backend {settings.backend!r}: use auto, torch, onnx or openvino")
    if settings.dtype == "auto":
        precisions = ["float32", "bfloat16"] if native_bfloat16() else ["float32"]
    else:
        precisions = [resolve_dtype(settings.dtype)]
    backends = BACKENDS if settings.backend == "auto" else (settings.backend,)
    allowed = [
        Candidate(b, p)
        for b in backends
        for p in precisions
        if not (b == "onnx" and p == "bfloat16")  # ONNX Runtime's CPU kernels are float32
    ]
    if _one_thread(settings) and "amx_bf16" in cpu_signature().split():
        # OpenVINO's CPU plugin (2026.4) dies of SIGFPE compiling bfloat16 for one thread on an AMX CPU
        # (seen on a 2-core Xeon, as the two-replica cluster runs each replica); a signal cannot be
        # caught, so that pair is never run there, nor measured.
        crashing = Candidate("openvino", "bfloat16")
        if allowed == [crashing]:
            raise ModelError(
                "OpenVINO in bfloat16 on one thread crashes on this CPU: "
                "set ADVISOR_MODEL_THREADS to 2 or more, or ADVISOR_DTYPE=float32"
            )
        allowed = [c for c in allowed if c != crashing]
    return allowed


def _one_thread(settings: ModelSettings) -> bool:
    """Does the model run on a single thread (set so, or by default on a single core)?"""
    if settings.threads:
        return settings.threads == 1
    try:
        return len(os.sched_getaffinity(0)) == 1
    except (AttributeError, OSError):  # (not Linux)
        return (os.cpu_count() or 1) == 1


# ---------------------------------------------------------------- converted copies of the verified weights


def onnx_folder(settings: ModelSettings, pinned: PinnedModel) -> Path:
    return settings.cache_dir / f"{pinned.slug}-onnx"


def openvino_folder(settings: ModelSettings, pinned: PinnedModel) -> Path:
    return settings.cache_dir / f"{pinned.slug}-openvino"


def record_path(settings: ModelSettings, pinned: PinnedModel) -> Path:
    return settings.cache_dir / f"{pinned.slug}-backends.json"


def usable_onnx(settings: ModelSettings, source: Path, pinned: PinnedModel) -> Path | None:
    folder = model_files.usable_derived(onnx_folder(settings, pinned), source, pinned, settings.cache_dir, "onnx")
    return folder / "model.onnx" if folder else None


OPENVINO_KIND = "openvino-f16-weights"


def usable_openvino(settings: ModelSettings, source: Path, pinned: PinnedModel) -> Path | None:
    folder = model_files.usable_derived(
        openvino_folder(settings, pinned), source, pinned, settings.cache_dir, OPENVINO_KIND
    )
    return folder / "openvino_model.xml" if folder else None


def export_onnx(settings: ModelSettings, source: Path, pinned: PinnedModel, log: Log = print) -> Path:
    """The transformer of the verified float32 weights as ONNX (input_ids, attention_mask → last_hidden_state)."""
    existing = usable_onnx(settings, source, pinned)
    if existing is not None:
        return existing
    try:
        import torch
        from transformers import AutoModel
    except ImportError as exc:
        raise ModelError(f"{exc.name} is needed to export the model to ONNX") from exc
    target = onnx_folder(settings, pinned)
    log(f"exporting the model to ONNX in {target} (once; a minute or two) …")
    staging = model_files.fresh_folder(target)
    model = AutoModel.from_pretrained(
        str(source), dtype=torch.float32, local_files_only=True, attn_implementation="sdpa"
    ).eval()
    wrapped = _ExportableEncoder(model)
    ids = torch.tensor([[2, 1596, 236787, 5196, 1], [2, 1596, 236787, 1, 0]], dtype=torch.int64)
    mask = (ids != 0).to(torch.int64)
    batch, length = torch.export.Dim("batch", min=1, max=4096), torch.export.Dim("length", min=2, max=8192)
    try:
        torch.onnx.export(
            wrapped,
            (ids, mask),
            str(staging / "model.onnx"),
            input_names=["input_ids", "attention_mask"],
            output_names=["last_hidden_state"],
            dynamic_shapes={"input_ids": {0: batch, 1: length}, "attention_mask": {0: batch, 1: length}},
            opset_version=ONNX_OPSET,
            dynamo=True,
            external_data=True,
            optimize=True,
            verbose=False,
        )
    except Exception as exc:  # the exporter raises many kinds; all mean "no ONNX here"
        raise ModelError(f"the ONNX export failed: {type(exc).__name__}: {str(exc).splitlines()[0][:300]}") from exc
    files = sorted(p.name for p in staging.iterdir() if p.is_file())
    return (
        model_files.install_derived(staging, target, source, pinned, settings.cache_dir, "onnx", files) / "model.onnx"
    )


def convert_openvino(settings: ModelSettings, source: Path, pinned: PinnedModel, onnx: Path, log: Log = print) -> Path:
    """The ONNX export converted to OpenVINO IR. Its weights are stored in float16 and widened when the
    model is compiled (float32 or bfloat16 compute): that halves the file, and OpenVINO then keeps the
    262k-token embedding table compressed instead of in float32, so the process holds ~700 MB less.
    Whether the vectors still agree with the reference is measured like any runtime's."""
    existing = usable_openvino(settings, source, pinned)
    if existing is not None:
        return existing
    try:
        import openvino as ov
    except ImportError as exc:
        raise ModelError("openvino is needed to convert the model to OpenVINO IR") from exc
    target = openvino_folder(settings, pinned)
    log(f"converting the model to OpenVINO IR in {target} …")
    staging = model_files.fresh_folder(target)
    try:
        converted = ov.convert_model(str(onnx))
        ov.save_model(converted, str(staging / "openvino_model.xml"), compress_to_fp16=True)
    except Exception as exc:
        raise ModelError(f"the OpenVINO conversion failed: {type(exc).__name__}: {str(exc)[:300]}") from exc
    files = ["openvino_model.bin", "openvino_model.xml"]
    return (
        model_files.install_derived(staging, target, source, pinned, settings.cache_dir, OPENVINO_KIND, files)
        / "openvino_model.xml"
    )


class _ExportableEncoder:  # a torch.nn.Module, built lazily so that importing this module needs no torch
    def __new__(cls, model):
        import torch

        class Exportable(torch.nn.Module):
            """The model with its attention masks built from plain tensor ops, which every exporter
            handles: every token sees every other one (bidirectional) in the full-attention layers,
            and those within `sliding_window` positions in the sliding ones; padding is never seen."""

            def __init__(self, inner):
                super().__init__()
                self.inner = inner
                self.window = int(inner.config.sliding_window)

            def forward(self, input_ids, attention_mask):
                length = input_ids.shape[1]
                keep = attention_mask.bool()[:, None, None, :]
                pos = torch.arange(length, device=input_ids.device)
                near = (pos[None, :] - pos[:, None]).abs() < self.window
                masks = {
                    "full_attention": keep.expand(-1, 1, length, -1),
                    "sliding_attention": keep & near[None, None],
                }
                return self.inner(input_ids=input_ids, attention_mask=masks, use_cache=False).last_hidden_state

        return Exportable(model).eval()


# ---------------------------------------------------------------- choosing and loading


def read_record(settings: ModelSettings, pinned: PinnedModel) -> Record | None:
    try:
        data = json.loads(record_path(settings, pinned).read_text("utf-8"))
        record = Record(**{**data, "measured": [Measurement(**m) for m in data.get("measured", [])]})
    except (OSError, ValueError, TypeError):
        return None
    if record.format != RECORD_FORMAT or record.weights_sha256 != pinned.weights_sha256:
        return None
    return record


def choose(settings: ModelSettings) -> Candidate:
    """The backend and precision to run: the named one, or (auto) the recorded fastest agreeing one."""
    allowed = candidates(settings)
    if len(allowed) == 1:
        return allowed[0]
    pinned = pinned_for(settings)
    record = read_record(settings, pinned) if pinned and settings.model_dir is None else None
    if record is not None and record.cpu == cpu_signature():
        ranked = sorted(
            (
                m
                for m in record.measured
                if m.agrees(settings.sentence_vectors) and Candidate(m.backend, m.precision) in allowed
            ),
            key=lambda m: -m.tokens_per_second,
        )
        if ranked:
            return Candidate(ranked[0].backend, ranked[0].precision)
    # Not measured on this CPU (or not a pinned model): torch, in bfloat16 where that is native.
    fallback = [c for c in allowed if c.backend == "torch"] or allowed
    return max(fallback, key=lambda c: c.precision == "bfloat16")


def load_encoder(settings: ModelSettings, folder: Path, candidate: Candidate | None = None) -> Encoder:
    """Load `candidate` (default: choose(settings)) from the verified folder or its checked converted copy."""
    from .encoder import OnnxEncoder, OpenVinoEncoder, TorchEncoder

    candidate = candidate or choose(settings)
    pinned = pinned_for(settings) if settings.model_dir is None or pinned_for(settings) else None
    try:
        if candidate.backend == "torch":
            source = folder
            if candidate.precision == "bfloat16" and pinned is not None:
                twin = model_files.usable_bfloat16(settings, folder, pinned)
                source = twin or folder  # same values, half the file, no float32 peak while loading
            return TorchEncoder(source, candidate.precision, settings.threads)
        if pinned is None:
            raise ModelError(
                f"the {candidate.backend} backend runs a converted copy made by `framework-advisor model fetch`, "
                "which only converts the pinned model; use ADVISOR_BACKEND=torch for other folders"
            )
        if candidate.backend == "onnx":
            path = usable_onnx(settings, folder, pinned)
            if path is None:
                raise ModelError(_not_converted("ONNX"))
            return OnnxEncoder(path, settings.threads)
        path = usable_openvino(settings, folder, pinned)
        if path is None:
            raise ModelError(_not_converted("OpenVINO"))
        return OpenVinoEncoder(path, candidate.precision, settings.threads)
    except EncoderError as exc:
        raise ModelError(str(exc)) from exc


def _not_converted(what: str) -> str:
    return (
        f"no checked {what} copy of the model on this machine (missing, or its sha256 no longer matches). "
        "Make it with:  framework-advisor model fetch"
    )


# ---------------------------------------------------------------- measuring at fetch time


def calibrate(
    settings: ModelSettings, folder: Path, pinned: PinnedModel, texts: CalibrationTexts, log: Log = print
) -> Record:
    """Run every candidate on `texts`, compare with the reference, time it; write and return the record."""
    from .embedding import ModelEmbedder

    existing = read_record(settings, pinned)
    wanted = {str(c) for c in candidates(dataclasses.replace(settings, backend="auto"))}
    if (
        existing is not None
        and existing.cpu == cpu_signature()
        and existing.texts == texts.source
        and wanted <= {f"{m.backend}/{m.precision}" for m in existing.measured}
    ):
        return existing
    log(
        f"measuring the runtimes on {len(texts.questions)} questions and {len(texts.passages)} passages "
        f"({texts.sentences} sentences) …"
    )
    order = [REFERENCE] + [Candidate(*w.split("/")) for w in sorted(wanted) if w != str(REFERENCE)]
    reference: tuple[np.ndarray, ...] | None = None
    measured: list[Measurement] = []
    for candidate in order:
        m = Measurement(candidate.backend, candidate.precision)
        try:
            embedder = ModelEmbedder(settings)
            started = time.perf_counter()
            embedder._encoder = load_encoder(settings, folder, candidate)
            m.load_seconds = time.perf_counter() - started
            vectors, m.tokens_per_second, m.query_ms = _run(embedder, texts)
        except ModelError as exc:
            m.error = str(exc).splitlines()[0][:300]
            log(f"  {candidate}: unavailable ({m.error})")
            measured.append(m)
            continue
        if reference is None:
            reference = vectors
        cosines = [float(np.min(np.sum(a * b, axis=1))) for a, b in zip(vectors, reference, strict=True)]
        m.min_cosine, m.min_cosine_context = min(cosines[:3]), cosines[3]
        measured.append(m)
        log(
            f"  {candidate}: {m.tokens_per_second:.0f} tokens/s, one query {m.query_ms:.0f} ms, "
            f"load {m.load_seconds:.1f} s; least cosine to {REFERENCE}: {m.min_cosine:.5f}"
            f" (sentences pooled from their chunk's pass: {m.min_cosine_context:.5f})"
            + ("" if m.agrees(settings.sentence_vectors) else f" < {AGREEMENT}: not used")
        )
        del embedder
    record = Record(pinned.name, pinned.weights_sha256, cpu_signature(), measured, texts=texts.source)
    ok = sorted((m for m in measured if m.agrees(settings.sentence_vectors)), key=lambda m: -m.tokens_per_second)
    record.chosen = f"{ok[0].backend}/{ok[0].precision}" if ok else ""
    path = record_path(settings, pinned)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(record), indent=2) + "\n", "utf-8")
    tmp.replace(path)
    if record.chosen:
        log(f"fastest runtime that agrees with the reference: {record.chosen} (ADVISOR_BACKEND=auto)")
    return record


def _run(embedder, texts: CalibrationTexts) -> tuple[tuple[np.ndarray, ...], float, float]:
    """(queries, passages, sentences on their own, sentences pooled from their passage's pass),
    tokens/s over the passages, and the median latency of one query."""
    embedder.encode_query(["warm up"])
    latencies = []
    queries = []
    for q in texts.questions:
        started = time.perf_counter()
        queries.append(embedder.encode_query([q])[0])
        latencies.append(time.perf_counter() - started)
    tokens = sum(embedder.token_counts(texts.passages, texts.titles))
    started = time.perf_counter()
    passages, in_context = embedder.encode_passages(texts.passages, texts.titles, texts.spans)
    seconds = time.perf_counter() - started
    alone = embedder.encode_documents(
        [text[a:b] for text, spans in zip(texts.passages, texts.spans, strict=True) for a, b in spans],
        [title for title, spans in zip(texts.titles, texts.spans, strict=True) for _ in spans],
    )
    context = np.concatenate([s for s in in_context if len(s)])
    return (np.stack(queries), passages, alone, context), tokens / seconds, statistics.median(latencies) * 1000


def article_texts(corpus_dir: Path, golden: Path | None) -> CalibrationTexts:
    """The corpus' chunks with the spans of their sentences (what the index embeds) and the golden
    questions (`golden`: a JSON-lines file, or a folder of them)."""
    from .chunking import chunk_document
    from .corpus import load_corpus
    from .indexing import passages_of
    from .settings import ChunkSettings

    todo = []
    for doc in load_corpus(corpus_dir).documents:
        chunks, sentences = chunk_document(doc, ChunkSettings())
        todo.append((len(todo), chunks, sentences))
    passages = passages_of(todo)
    questions: list[str] = []
    files = sorted(golden.glob("*.jsonl")) if golden is not None and golden.is_dir() else [golden]
    for path in files:
        if path is None or not path.is_file():
            continue
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                questions += case.get("turns") or [case.get("question", "")]
    questions = [q for q in dict.fromkeys(questions) if isinstance(q, str) and q]
    return CalibrationTexts(
        questions or [p.text[:200] for p in passages[:50]],
        [p.text for p in passages],
        [p.title for p in passages],
        [p.spans for p in passages],
        source=f"{corpus_dir.name}+{golden.name if golden else '-'}",
    )


def prepare(settings: ModelSettings, folder: Path, texts: CalibrationTexts | None, log: Log = print) -> Record | None:
    """At fetch: the converted copies this machine can make, then the measurement (when texts are given)."""
    pinned = pinned_for(settings)
    if pinned is None or settings.model_dir is not None:
        return None
    onnx = None
    try:
        onnx = export_onnx(settings, folder, pinned, log)
    except ModelError as exc:
        log(f"ONNX backend unavailable: {exc}")
    if onnx is not None:
        try:
            convert_openvino(settings, folder, pinned, onnx, log)
        except ModelError as exc:
            log(f"OpenVINO backend unavailable: {exc}")
    if texts is None or not texts.passages:
        return None
    return calibrate(settings, folder, pinned, texts, log)
