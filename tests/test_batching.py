"""Concurrent queries share model calls: batches are bounded, results never cross callers, errors reach them."""

import threading
import time

import numpy as np
import pytest

from chat.batching import BatchingEmbedder, batched
from chat.embedding import HashEmbedder
from chat.settings import BatchSettings


class SlowEmbedder(HashEmbedder):
    """The fake embedder with a model call that takes a while, recording each call's texts."""

    def __init__(self, seconds: float = 0.03):
        super().__init__()
        self.seconds = seconds
        self.calls: list[list[str]] = []
        self.loaded = True

    def encode_query(self, texts):
        self.calls.append(list(texts))
        if "boom" in texts:
            raise RuntimeError("model exploded")
        time.sleep(self.seconds)
        return super().encode_query(texts)


def _concurrently(fn, args):
    barrier = threading.Barrier(len(args))
    results: dict[int, object] = {}

    def run(i, arg):
        barrier.wait()
        try:
            results[i] = fn(arg)
        except Exception as exc:
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i, a)) for i, a in enumerate(args)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    return [results[i] for i in range(len(args))]


def test_concurrent_queries_share_model_calls_and_each_gets_its_own_vector():
    inner = SlowEmbedder()
    embedder = BatchingEmbedder(inner, BatchSettings(max_size=16, max_wait_ms=20))
    texts = [f"问题{i}：哪个框架适合新手？" for i in range(8)]
    vectors = _concurrently(lambda t: embedder.encode_query([t]), texts)
    reference = HashEmbedder()
    for text, vector in zip(texts, vectors, strict=True):
        assert vector.shape == (1, 256)
        np.testing.assert_allclose(vector[0], reference.encode_query([text])[0])
    assert sum(len(c) for c in inner.calls) == 8
    assert len(inner.calls) < 8 and max(len(c) for c in inner.calls) > 1
    assert list(embedder.batch_sizes) == [len(c) for c in inner.calls]


def test_batches_are_bounded_by_max_size():
    inner = SlowEmbedder()
    embedder = BatchingEmbedder(inner, BatchSettings(max_size=4, max_wait_ms=20))
    texts = [f"q{i}" for i in range(20)]
    vectors = _concurrently(lambda t: embedder.encode_query([t]), texts)
    assert all(isinstance(v, np.ndarray) for v in vectors)
    assert max(len(c) for c in inner.calls) <= 4 and sum(len(c) for c in inner.calls) == 20


def test_duplicate_queries_in_one_batch_are_embedded_once():
    inner = SlowEmbedder()
    embedder = BatchingEmbedder(inner, BatchSettings(max_size=16, max_wait_ms=50))
    vectors = _concurrently(lambda t: embedder.encode_query([t]), ["同一个问题"] * 6)
    assert sum(len(c) for c in inner.calls) < 6
    for v in vectors:
        np.testing.assert_allclose(v, vectors[0])


def test_a_failing_model_call_reaches_its_callers_and_the_batcher_lives_on():
    inner = SlowEmbedder()
    embedder = BatchingEmbedder(inner, BatchSettings(max_size=16, max_wait_ms=0))
    with pytest.raises(RuntimeError, match="model exploded"):
        embedder.encode_query(["boom"])
    assert embedder.encode_query(["still works"]).shape == (1, 256)


def test_a_lone_query_does_not_wait_when_max_wait_is_zero():
    embedder = BatchingEmbedder(SlowEmbedder(seconds=0), BatchSettings(max_size=16, max_wait_ms=0))
    embedder.encode_query(["warm"])
    started = time.perf_counter()
    for i in range(20):
        embedder.encode_query([f"q{i}"])
    assert time.perf_counter() - started < 1.0


def test_batching_off_or_twice_is_the_embedder_itself():
    inner = HashEmbedder()
    assert batched(inner, BatchSettings(max_size=1)) is inner
    wrapped = batched(inner, BatchSettings(max_size=8))
    assert isinstance(wrapped, BatchingEmbedder) and batched(wrapped, BatchSettings(max_size=8)) is wrapped
    assert wrapped.model_id == inner.model_id and wrapped.dim == 256
    assert wrapped.encode_documents(["正文"], ["标题"]).shape == (1, 256)
    assert wrapped.encode_query([]).shape == (0, 256)


def test_the_advisor_answers_the_same_through_the_batcher(built):
    from chat import Advisor

    plain = Advisor.load(settings=built)
    wrapped = Advisor.load(settings=built, embedder=batched(HashEmbedder(), BatchSettings(max_size=8, max_wait_ms=5)))
    questions = ["MXNet的创始人是谁？", "显存小用什么框架？", "Keras的缺点是什么？", "PyTorch适合新手吗？"]
    answers = _concurrently(lambda q: wrapped.ask(q).to_dict(), questions * 3)
    for q, a in zip(questions * 3, answers, strict=True):
        assert a == plain.ask(q).to_dict()
    assert wrapped.ready
