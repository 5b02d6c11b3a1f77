"""Index build, incremental reuse, staleness, atomic swap and broken files."""

import json
import shutil

import numpy as np
import pytest
from click.testing import CliRunner

from chat import Advisor, store
from chat.chunking import CHUNKER_VERSION
from chat.cli import main
from chat.embedding import HashEmbedder
from chat.indexing import BuildError, build
from tests.conftest import FAKE_MODEL, cli_env


class CountingEmbedder(HashEmbedder):
    def __init__(self):
        super().__init__()
        self.documents = 0

    def encode_documents(self, texts, titles):
        self.documents += len(texts)
        return super().encode_documents(texts, titles)


def quiet(_m):
    pass


def test_build_writes_every_file_with_a_readable_manifest(built):
    index_dir = built.paths.index_dir
    assert {p.name for p in index_dir.iterdir()} == {*store.FILES, "manifest.json"}
    manifest = json.loads((index_dir / "manifest.json").read_text("utf-8"))
    assert manifest["format"] == "framework-advisor-index" and manifest["version"] == store.VERSION
    assert manifest["model"]["name"] == FAKE_MODEL and manifest["model"]["dim"] == 256
    assert manifest["chunking"] == {"max_chars": 360, "overlap_sentences": 1, "version": CHUNKER_VERSION}
    [entry] = manifest["files"]
    assert entry["source"] == "2020-dl-frameworks.md" and len(entry["sha256"]) == 64
    assert manifest["counts"]["chunks"] == entry["chunks"] > 20
    assert manifest["built_at"]
    lines = (index_dir / "chunks.jsonl").read_text("utf-8").splitlines()
    first = json.loads(lines[0])
    assert set(first) >= {"id", "source", "section", "start", "end", "text"}
    text = (built.paths.corpus_dir / "2020-dl-frameworks.md").read_text("utf-8")
    for line in lines + (index_dir / "sentences.jsonl").read_text("utf-8").splitlines():
        row = json.loads(line)
        assert text[row["start"] : row["end"]] == row["text"]
    assert np.load(index_dir / "sentences.npy", allow_pickle=False).dtype == np.float32


def test_rebuild_with_nothing_changed_embeds_nothing(built):
    embedder = CountingEmbedder()
    before = (built.paths.index_dir / "manifest.json").read_text()
    report = build(built, embedder, log=quiet)
    assert not report.changed and embedder.documents == 0
    assert "nothing embedded" in report.summary()
    assert (built.paths.index_dir / "manifest.json").read_text() == before


def test_an_edited_translation_twin_makes_the_index_stale_and_rebuilds_without_embedding(built):
    from chat.corpus import load_corpus
    from chat.indexing import expected_manifest_core, staleness

    source = "2020-dl-frameworks.md"
    twin = built.paths.corpus_dir / f"{source}.en.jsonl"
    sentence = json.loads((built.paths.index_dir / "sentences.jsonl").read_text("utf-8").splitlines()[5])["text"]
    twin.write_text(json.dumps({"zh": sentence, "en": "A new wording."}, ensure_ascii=False) + "\n", "utf-8")
    embedder = CountingEmbedder()
    core = expected_manifest_core(built, embedder.model_id, embedder.weights_sha256)
    manifest = store.read_manifest(built.paths.index_dir)
    reasons = staleness(manifest, core, load_corpus(built.paths.corpus_dir))
    assert reasons == ["a translation twin changed (rebuilding re-places translations only)"]
    report = build(built, embedder, log=quiet)
    assert report.changed and embedder.documents == 0
    spans = store.read(built.paths.index_dir).translations
    assert [(s.source, s.text) for s in spans] == [(source, "A new wording.")]


def test_only_changed_and_new_files_are_embedded(built):
    corpus = built.paths.corpus_dir
    (corpus / "notes.md").write_text("# 我的笔记\n\nJAX是谷歌推出的另一个框架。\n", "utf-8")
    embedder = CountingEmbedder()
    report = build(built, embedder, log=quiet)
    assert report.embedded_files == ["notes.md"] and report.reused_files == ["2020-dl-frameworks.md"]
    assert embedder.documents == 2  # one chunk + one sentence
    (corpus / "notes.md").write_text("# 我的笔记\n\nJAX是谷歌推出的框架。它很快。\n", "utf-8")
    embedder = CountingEmbedder()
    report = build(built, embedder, log=quiet)
    assert report.embedded_files == ["notes.md"] and embedder.documents == 3
    (corpus / "notes.md").unlink()
    report = build(built, CountingEmbedder(), log=quiet)
    assert report.removed_files == ["notes.md"] and report.changed
    advisor = Advisor.load(settings=built)
    assert {c.source for c in advisor.index.chunks} == {"2020-dl-frameworks.md"}


def test_reused_vectors_equal_fresh_ones(built, tmp_path):
    (built.paths.corpus_dir / "extra.md").write_text("# 附录\n\n补充一句话。\n", "utf-8")
    build(built, HashEmbedder(), log=quiet)
    incremental = store.read(built.paths.index_dir)
    fresh_settings = built.replace(**{"paths.index_dir": tmp_path / "fresh"})
    build(fresh_settings, HashEmbedder(), log=quiet, force=True)
    fresh = store.read(fresh_settings.paths.index_dir)
    assert [c.id for c in incremental.chunks] == [c.id for c in fresh.chunks]
    assert [s.id for s in incremental.sentences] == list(range(len(fresh.sentences)))
    np.testing.assert_allclose(incremental.sentence_vectors, fresh.sentence_vectors)


def test_changed_chunker_settings_make_the_index_stale_and_re_embed(built):
    changed = built.replace(**{"chunking.max_chars": 200})
    with pytest.raises(store.IndexProblem, match="chunker settings changed"):
        Advisor.load(settings=changed)
    embedder = CountingEmbedder()
    assert build(changed, embedder, log=quiet).changed and embedder.documents > 0
    Advisor.load(settings=changed)


def test_stale_index_is_refused_with_the_rebuild_command(built):
    with open(built.paths.corpus_dir / "2020-dl-frameworks.md", "a", encoding="utf-8") as fh:
        fh.write("\n新增的一段话。\n")
    with pytest.raises(store.IndexProblem) as err:
        Advisor.load(settings=built)
    assert "corpus file changed: 2020-dl-frameworks.md" in str(err.value)
    assert "framework-advisor index build" in str(err.value)


def test_other_model_is_refused(built):
    with pytest.raises(store.IndexProblem, match="model name"):
        Advisor.load(settings=built, embedder=HashEmbedder(dim=128))


@pytest.mark.parametrize(
    ("name", "damage"),
    [
        ("faiss.index", lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2])),
        ("chunks.jsonl", lambda p: p.write_text(p.read_text("utf-8")[:-50], "utf-8")),
        ("sentences.npy", lambda p: p.write_bytes(b"garbage")),
        ("bm25.json", lambda p: p.unlink()),
        ("manifest.json", lambda p: p.write_text("{not json", "utf-8")),
        ("manifest.json", lambda p: p.unlink()),
    ],
)
def test_broken_index_files_give_a_clear_error(built, name, damage):
    damage(built.paths.index_dir / name)
    with pytest.raises(store.IndexProblem) as err:
        Advisor.load(settings=built)
    assert "framework-advisor index build" in str(err.value)
    # ... and a rebuild repairs it.
    build(built, HashEmbedder(), log=quiet)
    Advisor.load(settings=built)


def test_future_format_version_is_refused(built):
    path = built.paths.index_dir / "manifest.json"
    manifest = json.loads(path.read_text("utf-8"))
    path.write_text(json.dumps({**manifest, "version": 99}), "utf-8")
    with pytest.raises(store.IndexProblem, match="format version 99"):
        store.read(built.paths.index_dir)


def test_failed_build_leaves_the_previous_index_working(built, monkeypatch):
    (built.paths.corpus_dir / "new.md").write_text("# 新\n\n新内容。\n", "utf-8")

    class Exploding(HashEmbedder):
        def encode_documents(self, texts, titles):
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError, match="power cut"):
        build(built, Exploding(), log=quiet)
    old = store.read(built.paths.index_dir)  # still readable, still the old one
    assert {c.source for c in old.chunks} == {"2020-dl-frameworks.md"}

    def crash_during_swap(new, target):
        raise OSError("disk gone")

    monkeypatch.setattr(store, "_swap_in", crash_during_swap)
    with pytest.raises(OSError):
        build(built, HashEmbedder(), log=quiet)
    assert {c.source for c in store.read(built.paths.index_dir).chunks} == {"2020-dl-frameworks.md"}
    assert not list(built.paths.index_dir.parent.glob(".index.build-*"))


def test_build_with_no_usable_documents_keeps_the_old_index(built):
    for p in built.paths.corpus_dir.iterdir():
        p.write_bytes(b"")
    with pytest.raises(BuildError, match="no usable documents"):
        build(built, HashEmbedder(), log=quiet)
    assert store.read(built.paths.index_dir).chunks


def test_unreadable_corpus_file_is_skipped_and_reported(built):
    (built.paths.corpus_dir / "bad.txt").write_bytes("caf\xe9 \x81\x8d".encode("latin-1"))
    logs: list[str] = []
    report = build(built, HashEmbedder(), log=logs.append)
    assert any("bad.txt" in m and "UTF-8" in m for m in logs)
    assert [p.source for p in report.problems] == ["bad.txt"]
    Advisor.load(settings=built)  # the readable corpus is indexed and current


# ---------------------------------------------------------------- CLI


def test_cli_build_and_status(fake_settings):
    runner = CliRunner()
    env = cli_env(fake_settings)
    result = runner.invoke(main, ["index", "status"], env=env)
    assert result.exit_code == 1 and "manifest.json missing" in result.output
    result = runner.invoke(main, ["index", "build"], env=env)
    assert result.exit_code == 0, result.output
    assert "indexed" in result.output
    result = runner.invoke(main, ["index", "build"], env=env)
    assert result.exit_code == 0 and "nothing embedded" in result.output
    result = runner.invoke(main, ["index", "status"], env=env)
    assert result.exit_code == 0 and result.output.startswith("fresh:")
    (fake_settings.paths.corpus_dir / "more.md").write_text("# 更多\n\n内容。\n", "utf-8")
    result = runner.invoke(main, ["index", "status"], env=env)
    assert result.exit_code == 1
    assert "new corpus file: more.md" in result.output and "framework-advisor index build" in result.output


def test_cli_flags_beat_environment(fake_settings, tmp_path):
    runner = CliRunner()
    env = cli_env(fake_settings) | {"ADVISOR_INDEX_DIR": str(tmp_path / "elsewhere")}
    result = runner.invoke(main, ["index", "build", "--index-dir", str(fake_settings.paths.index_dir)], env=env)
    assert result.exit_code == 0, result.output
    assert (fake_settings.paths.index_dir / "manifest.json").exists()
    assert not (tmp_path / "elsewhere").exists()


def test_cli_build_error_is_one_clear_line(tmp_path):
    result = CliRunner().invoke(
        main,
        ["index", "build", "--corpus-dir", str(tmp_path / "missing"), "--index-dir", str(tmp_path / "i")],
        env={"ADVISOR_MODEL": FAKE_MODEL},
    )
    assert result.exit_code == 1
    assert "error: no usable documents" in result.output and "Traceback" not in result.output


# ---------------------------------------------------------------- the shipped index


def test_shipped_index_is_fresh():
    """index/ in the repo matches corpus/, the default model and the default settings."""
    result = CliRunner().invoke(main, ["index", "status"])
    assert result.exit_code == 0, result.output
    assert "fresh" in result.output


def test_copied_index_dir_still_loads(built, tmp_path):
    copy = tmp_path / "copied-index"
    shutil.copytree(built.paths.index_dir, copy)
    advisor = Advisor.load(copy, settings=built)
    assert advisor.index.chunks


def test_a_killed_builds_leftover_folder_is_removed_by_the_next_build(built):
    leftover = built.paths.index_dir.parent / ".index.build-killed"
    (leftover / "sub").mkdir(parents=True)
    (leftover / "faiss.index").write_bytes(b"half")
    (built.paths.corpus_dir / "new.md").write_text("# 新\n\n新内容一句。\n", "utf-8")
    build(built, HashEmbedder(), log=quiet)
    assert not leftover.exists()
    Advisor.load(settings=built)
