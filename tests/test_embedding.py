"""One pass per chunk: token-budget batches, sentence vectors pooled over exact spans, progress, dry runs."""

import json
from types import SimpleNamespace

import numpy as np
import pytest
from click.testing import CliRunner

from chat import store
from chat.chunking import chunk_document
from chat.cli import main
from chat.corpus import load_corpus
from chat.embedding import HashEmbedder, ModelEmbedder, _Head, span_tokens, token_batches
from chat.indexing import BuildError, Progress, build, passages_of, plan
from chat.settings import ChunkSettings, ModelSettings
from tests.conftest import cli_env


def quiet(_m):
    pass


# ---------------------------------------------------------------- batching by tokens


def test_token_batches_keep_every_batch_within_the_budget_shortest_first():
    counts = [5, 300, 40, 41, 39, 1000, 7, 120, 120, 119]
    batches = token_batches(counts, budget=250)
    assert sorted(i for b in batches for i in b) == list(range(len(counts)))  # each text exactly once
    for batch in batches:
        longest = max(counts[i] for i in batch)
        assert longest * len(batch) <= 250 or len(batch) == 1  # padded size within the budget
    lengths = [counts[i] for b in batches for i in b]
    assert lengths == sorted(lengths)  # similar lengths together: little padding
    assert [counts[i] for i in batches[-1]] == [1000]  # too long for the budget: alone, not dropped


def test_span_tokens_picks_the_tokens_overlapping_the_span_and_never_special_ones():
    offsets = [(0, 0), (0, 2), (2, 3), (3, 6), (6, 7), (0, 0)]
    special = [1, 0, 0, 0, 0, 1]
    assert span_tokens(offsets, special, 2, 6).tolist() == [2, 3]
    assert span_tokens(offsets, special, 4, 5).tolist() == [3]  # a token straddling the span counts
    assert span_tokens(offsets, special, 0, 7).tolist() == [1, 2, 3, 4]


# ---------------------------------------------------------------- late chunking in the real embedder's code


class CharTokenizer:
    """One token per character (id = code point); <bos>=2 and <eos>=1 around it, truncated like the real one."""

    def __init__(self, max_tokens=64):
        self.max_tokens = max_tokens

    def encode_batch(self, inputs):
        out = []
        for text in inputs:
            body = list(enumerate(text))[: self.max_tokens - 2]
            out.append(
                SimpleNamespace(
                    ids=[2] + [ord(c) for _, c in body] + [1],
                    offsets=[(0, 0)] + [(i, i + 1) for i, _ in body] + [(0, 0)],
                    special_tokens_mask=[1] + [0] * len(body) + [1],
                )
            )
        return out


class ContextEncoder:
    """Token states that depend on the whole input (its mean id) as well as on the token: context matters."""

    backend, precision = "fake", "float32"

    def __init__(self):
        self.calls = []

    def __call__(self, ids, mask):
        self.calls.append(ids.shape)
        states = np.zeros((*ids.shape, 4), np.float32)
        for row in range(ids.shape[0]):
            real = ids[row][mask[row] == 1]
            states[row, : len(real), 0] = real % 7
            states[row, : len(real), 1] = real % 3
            states[row, : len(real), 2] = real.mean() / 1000
            states[row, : len(real), 3] = 1
        return states


def fake_model_embedder(max_tokens=64, batch_tokens=64):
    embedder = ModelEmbedder(ModelSettings(name="test/fake", batch_tokens=batch_tokens))
    embedder._tokenizer = CharTokenizer(max_tokens)
    embedder._head = _Head([np.eye(4, dtype=np.float32)[[0, 1, 2, 3, 0, 1]], np.ones((3, 6), np.float32) * 0.5])
    embedder._head.weights[1][0, 0] = 2.0
    embedder._encoder = ContextEncoder()
    return embedder


def test_a_sentence_vector_pools_its_own_tokens_from_the_chunks_pass():
    embedder = fake_model_embedder()
    text = "ab。cde。"
    vectors, spans = embedder.encode_passages([text], ["T"], [[(0, 3), (3, 7)]])
    assert len(embedder._encoder.calls) == 1  # one pass for the chunk and both sentences
    tokens = embedder._tokenize(["title: none | text: T\n" + text])[0]
    states = embedder._encoder(np.asarray([tokens.ids]), np.ones((1, len(tokens.ids)), np.int64))[0]
    offset = len("title: none | text: T\n")
    np.testing.assert_allclose(vectors[0], embedder.head(states.mean(axis=0, keepdims=True))[0], rtol=1e-6)
    # Like the sentence embedded on its own: <bos>, the prompt and title, the sentence, <eos>.
    prompt = [*range(1 + offset), len(tokens.ids) - 1]
    for (a, b), got in zip([(0, 3), (3, 7)], spans[0], strict=True):
        picked = [*prompt, *range(1 + offset + a, 1 + offset + b)]
        expected = embedder.head(states[picked].mean(axis=0, keepdims=True))[0]
        np.testing.assert_allclose(got, expected, rtol=1e-6)
    # The same sentence in another chunk gets another vector: its context is part of it.
    _, elsewhere = embedder.encode_passages(["ab。zzzzzz。"], ["T"], [[(0, 3)]])
    assert not np.allclose(elsewhere[0][0], spans[0][0])


def test_batches_respect_the_token_budget_and_padding_does_not_leak_into_vectors():
    embedder = fake_model_embedder(batch_tokens=120)
    texts = ["短。", "一句稍长一点的话。", "短句。"]
    together, _ = embedder.encode_passages(texts, ["", "", ""], [[], [], []])
    assert all(shape[0] * shape[1] <= 120 for shape in embedder._encoder.calls)
    alone = np.stack([embedder.encode_passages([t], [""], [[]])[0][0] for t in texts])
    np.testing.assert_allclose(together, alone, rtol=1e-6)


def test_a_sentence_past_the_models_window_gets_its_own_pass_not_a_zero_vector():
    embedder = fake_model_embedder(max_tokens=40)
    text = "第一句很短。" + "后" * 40 + "。最后一句在窗口之外。"
    last = (text.index("最后"), len(text))
    _, spans = embedder.encode_passages([text], [""], [[(0, 6), last]])
    alone = embedder.encode_documents([text[slice(*last)]], [""])[0]
    np.testing.assert_allclose(spans[0][1], alone, rtol=1e-6)
    assert embedder.separately_embedded == 1
    assert np.linalg.norm(spans[0][0]) == pytest.approx(1.0)


# ---------------------------------------------------------------- the build: one pass over the text


class CountingEmbedder(HashEmbedder):
    def __init__(self):
        super().__init__()
        self.passes = 0

    def encode_documents(self, texts, titles):
        self.passes += len(texts)
        return super().encode_documents(texts, titles)


def test_sentences_are_exact_spans_of_the_text_the_model_reads(corpus_dir):
    items = "".join(f"- 第{i}条：这个框架的文档不够完善，社区的回答也比较少，新手会遇到很多麻烦。\n" for i in range(12))
    (corpus_dir / "list.md").write_text(f"# 列表\n\n踩坑预警:\n\n{items}", "utf-8")
    docs = load_corpus(corpus_dir).documents
    assert [d.source for d in docs] == ["2020-dl-frameworks.md", "list.md"]
    chunks, sentences = [], []
    for doc in docs:
        c, s = chunk_document(doc, ChunkSettings())
        chunks, sentences = chunks + c, sentences + s
    chunks, sentences = chunk_document(doc, ChunkSettings())
    passages = passages_of([(0, chunks, sentences)])
    assert len(passages) == len(chunks)
    assert sorted(j for p in passages for j in p.sentences) == list(range(len(sentences)))  # each once
    heads = 0
    for p in passages:
        assert p.text == chunks[p.chunk].embedding_text()
        heads += p.text != chunks[p.chunk].text
        for (a, b), j in zip(p.spans, p.sentences, strict=True):
            assert p.text[a:b] == sentences[j].text
    assert heads > 0  # the article has list chunks whose head is prepended: offsets shift for them


def test_with_context_vectors_each_chunk_goes_through_the_model_once(fake_settings):
    fake_settings = fake_settings.replace(**{"model.sentence_vectors": "context"})
    embedder = CountingEmbedder()
    report = build(fake_settings, embedder, log=quiet)
    index = store.read(fake_settings.paths.index_dir)
    assert embedder.passes == len(index.chunks) == report.embedded_chunks
    assert report.embedded_sentences == len(index.sentences) > len(index.chunks)
    # Every sentence vector is the one its chunk's pass gives it.
    position = {c.id: i for i, c in enumerate(index.chunks)}
    for s, vec in list(zip(index.sentences, index.sentence_vectors, strict=True))[:40]:
        chunk = index.chunks[position[s.chunk_id]]
        text = chunk.embedding_text()
        shift = len(text) - len(chunk.text) - chunk.start
        _, spans = HashEmbedder().encode_passages([text], [chunk.section], [[(s.start + shift, s.end + shift)]])
        np.testing.assert_allclose(vec, spans[0][0], rtol=1e-6)
    assert json.loads((fake_settings.paths.index_dir / "manifest.json").read_text())["model"]["sentence_vectors"] == (
        "context"
    )


def test_chunks_from_sentences_embeds_each_sentence_once_and_averages_them_per_chunk(fake_settings):
    fake_settings = fake_settings.replace(**{"model.sentence_vectors": "chunks-from-sentences"})
    embedder = CountingEmbedder()
    build(fake_settings, embedder, log=quiet)
    index = store.read(fake_settings.paths.index_dir)
    owners = {s.chunk_id for s in index.sentences}
    # One pass: each sentence, plus only the chunks that own no sentence.
    assert embedder.passes == len(index.sentences) + sum(c.id not in owners for c in index.chunks)
    reference = HashEmbedder()
    for s, vec in list(zip(index.sentences, index.sentence_vectors, strict=True))[:20]:
        np.testing.assert_allclose(vec, reference.encode_documents([s.text], [s.section])[0], rtol=1e-6)
    for chunk, vec in zip(index.chunks, index.chunk_vectors, strict=True):
        own = [i for i, s in enumerate(index.sentences) if s.chunk_id == chunk.id]
        if not own:
            continue
        weights = reference.token_counts(
            [index.sentences[i].text for i in own], [index.sentences[i].section for i in own]
        )
        mean = sum(w * index.sentence_vectors[i] for w, i in zip(weights, own, strict=True))
        np.testing.assert_allclose(vec, mean / np.linalg.norm(mean), rtol=1e-5, atol=1e-6)
    assert json.loads((fake_settings.paths.index_dir / "manifest.json").read_text())["model"]["sentence_vectors"] == (
        "chunks-from-sentences"
    )


def test_an_unknown_way_of_making_vectors_is_named_in_the_error(fake_settings):
    with pytest.raises(BuildError, match="chunks-from-sentences"):
        build(fake_settings.replace(**{"model.sentence_vectors": "sideways"}), HashEmbedder(), log=quiet)


def test_separate_sentence_vectors_by_default_and_switching_makes_the_index_stale(fake_settings):
    embedder = CountingEmbedder()
    report = build(fake_settings, embedder, log=quiet)
    assert embedder.passes == report.embedded_chunks + report.embedded_sentences  # two passes over the text
    manifest = json.loads((fake_settings.paths.index_dir / "manifest.json").read_text())
    assert manifest["model"]["sentence_vectors"] == "separate"
    env = cli_env(fake_settings) | {"ADVISOR_MODEL_SENTENCE_VECTORS": "context"}
    result = CliRunner().invoke(main, ["index", "status"], env=env)
    assert result.exit_code == 1 and "sentence_vectors" in result.output
    embedder = CountingEmbedder()
    report = build(fake_settings.replace(**{"model.sentence_vectors": "context"}), embedder, log=quiet)
    assert report.changed and embedder.passes == report.embedded_chunks
    assert not report.reused_files  # other vectors: nothing carried over


def test_the_build_reports_rate_and_time_to_go(fake_settings):
    logs: list[str] = []
    build(fake_settings, HashEmbedder(), log=logs.append)
    progress = [m for m in logs if "texts/s" in m]
    assert progress and "tokens/s" in progress[-1]
    assert "to go" in progress[0] and "to go" not in progress[-1]
    index = store.read(fake_settings.paths.index_dir)
    assert progress[-1].lstrip().startswith(f"{len(index.chunks) + len(index.sentences)}/")


def test_progress_eta_comes_from_the_tokens_left():
    now = [0.0]
    lines: list[str] = []
    progress = Progress(texts=4, tokens=1000, log=lines.append, clock=lambda: now[0])
    now[0] = 10.0
    progress.update(2, 200)  # 200 tokens in 10 s: 800 left at 20 tokens/s = 40 s
    assert lines == ["  2/4 texts (20% of the tokens) in 10 s: 0.2 texts/s, 20 tokens/s, about 40 s to go"]
    now[0] = 50.0
    progress.update(2, 800)
    assert lines[-1] == "  4/4 texts (100% of the tokens) in 50 s: 0.1 texts/s, 20 tokens/s"


# ---------------------------------------------------------------- dry run


def test_dry_run_counts_texts_and_tokens_measures_a_rate_and_writes_nothing(fake_settings):
    result = CliRunner().invoke(main, ["index", "build", "--dry-run"], env=cli_env(fake_settings))
    assert result.exit_code == 0, result.output
    assert not fake_settings.paths.index_dir.exists()
    the_plan = plan(fake_settings, HashEmbedder(), log=quiet)
    assert the_plan.texts == the_plan.chunks + the_plan.sentences and the_plan.chunks > 20
    assert the_plan.tokens > the_plan.texts
    assert the_plan.tokens_per_second > 0 and the_plan.seconds > 0
    assert f"{the_plan.texts:,} texts, {the_plan.tokens:,} tokens" in result.output
    assert "tokens/s" in result.output and "measured here" in result.output


def test_dry_run_after_a_build_names_only_what_changed(built):
    assert plan(built, HashEmbedder(), log=quiet).summary() == "index is up to date: nothing would be embedded"
    (built.paths.corpus_dir / "notes.md").write_text("# 笔记\n\nJAX是另一个框架。它很快。\n", "utf-8")
    the_plan = plan(built, HashEmbedder(), log=quiet, measure=False)
    assert the_plan.embed_files == ["notes.md"] and the_plan.reused_files == ["2020-dl-frameworks.md"]
    assert (the_plan.chunks, the_plan.sentences, the_plan.texts) == (1, 2, 3)
    context = built.replace(**{"model.sentence_vectors": "context"})
    again = plan(context, HashEmbedder(), log=quiet, measure=False)
    assert again.texts == again.chunks == 27 and again.sentences == 106  # other vectors: every file, once
    assert "whose 106 sentences' vectors come from the same pass" in again.summary()


def test_an_index_from_before_the_setting_counts_as_separate_sentence_vectors(built):
    path = built.paths.index_dir / "manifest.json"
    manifest = json.loads(path.read_text("utf-8"))
    del manifest["model"]["sentence_vectors"]
    path.write_text(json.dumps(manifest), "utf-8")
    env = cli_env(built)
    assert CliRunner().invoke(main, ["index", "status"], env=env).exit_code == 0  # no rebuild needed
    stale = CliRunner().invoke(main, ["index", "status"], env=env | {"ADVISOR_MODEL_SENTENCE_VECTORS": "context"})
    assert stale.exit_code == 1 and "sentence_vectors" in stale.output
