import pytest

from chat import Hit
from chat.evaluation import golden_paths, load_golden, retrieval_metrics
from chat.retrieval import dense, fuse


def test_rrf_rewards_agreement_between_rankers():
    dense = [(1, 0.9), (2, 0.8), (3, 0.7)]
    bm25 = [(2, 12.0), (9, 11.0), (3, 1.0)]
    fused = fuse([(dense, 1.0), (bm25, 1.0)], rrf_k=60, k=4)
    assert [i for i, _ in fused] == [2, 3, 1, 9]
    assert fused[0][1] == pytest.approx(1 / 62 + 1 / 61)


def test_rrf_weights_and_ties_are_deterministic():
    fused = fuse([([(5, 1.0)], 2.0), ([(4, 1.0)], 1.0)], rrf_k=60, k=2)
    assert [i for i, _ in fused] == [5, 4]
    assert [i for i, _ in fuse([([(7, 1.0)], 1.0), ([(3, 1.0)], 1.0)], 60, 2)] == [3, 7]


def test_retrieve_returns_hits_that_point_into_the_source(fake_advisor, corpus_dir):
    text = (corpus_dir / "2020-dl-frameworks.md").read_text("utf-8")
    for mode in ("hybrid", "dense", "bm25"):
        hits = fake_advisor.retrieve("MXNet的创始人是谁？", k=3, mode=mode)
        assert 1 <= len(hits) <= 3
        for hit in hits:
            assert isinstance(hit, Hit)
            assert text[hit.start : hit.end] == hit.text
            assert hit.source == "2020-dl-frameworks.md" and hit.chunk_id
        assert any("李沐" in h.text for h in hits), mode
    scores = [h.score for h in fake_advisor.retrieve("PyTorch部署", k=5)]
    assert scores == sorted(scores, reverse=True)


def test_each_ranker_can_be_called_alone(fake_advisor):
    bm25 = fake_advisor.retrieve("TensorBoard", k=2, mode="bm25")
    assert "TensorBoard" in bm25[0].text
    assert fake_advisor.retrieve("完全无关的火星文zzqx", k=3, mode="bm25") == []
    with pytest.raises(ValueError, match="unknown retrieval mode"):
        fake_advisor.retrieve("x", mode="magic")


@pytest.mark.parametrize("bad", ["", "   \n\t", None, 42])
def test_empty_or_non_text_queries_are_refused(fake_advisor, bad):
    with pytest.raises(ValueError, match="empty|must be text"):
        fake_advisor.retrieve(bad)


def test_huge_query_is_refused_clearly(fake_advisor):
    with pytest.raises(ValueError, match="limit is 2000"):
        fake_advisor.retrieve("框架" * 1500)


def test_english_query_reaches_chinese_text_through_the_lexicon(fake_advisor):
    hits = fake_advisor.retrieve("drawbacks of PyTorch in production deployment", k=3, mode="bm25")
    assert any("生产环境部署仍存在大问题" in h.text for h in hits)


@pytest.mark.integration
def test_golden_retrieval_with_the_real_model(real_advisor):
    """The retrieval target (hit@3 >= 0.95 hybrid, 0.9 dense) on the first golden questions (ids
    without a prefix: the set it was set on); the newer cases' figures are eval's to report."""
    cases = [c for c in load_golden(golden_paths("dev")) if not c.id.startswith(("s-", "m-", "d2-"))]
    hybrid = retrieval_metrics(cases, lambda q, d: [h.text for h in real_advisor.retrieve(q, d)], ks=(1, 3))
    dense = retrieval_metrics(
        cases, lambda q, d: [h.text for h in real_advisor.retrieve(q, d, mode="dense")], ks=(1, 3)
    )
    assert hybrid["n"] >= 40
    assert hybrid["hit@3"] >= 0.95, hybrid
    assert dense["hit@3"] >= 0.9, dense


def test_a_named_framework_reaches_the_passage_about_it(fake_advisor):
    # "缺点" pulls towards the caveat lists of the frameworks the article criticises; the one
    # passage that names MegEngine must still come first.
    question = "MegEngine的缺点是什么？"
    assert "MegEngine" in fake_advisor.retrieve(question, k=3)[0].text
    focus = fake_advisor.corpus.focus_chunks(fake_advisor.read(question).frameworks)
    assert focus and all("MegEngine" in fake_advisor.index.chunks[i].text for i in focus)
    vector = fake_advisor.embed_query(question)
    among = dense(fake_advisor.index, vector, k=10, among=focus)
    assert {i for i, _ in among} == set(focus)
