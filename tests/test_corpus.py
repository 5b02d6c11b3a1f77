import hashlib
from pathlib import Path

import pytest

from chat.corpus import line_of, load_corpus, parse_front_matter
from tests.conftest import ARTICLE, ROOT, SHARED

SEED = SHARED / "seed" / "article-2020-dl-frameworks.txt"


def test_shipped_article_has_front_matter_and_sections():
    corpus = load_corpus(ARTICLE.parent)
    assert not corpus.problems
    doc = corpus.by_source()["2020-dl-frameworks.md"]
    assert doc.meta["title"] == "2020年深度学习框架对比速读"
    assert doc.meta["source"] == "可思数据"
    assert doc.meta["published"] == "2020-09-02"
    assert doc.meta["original_file"] == "article-2020-dl-frameworks.txt"
    for heading in (
        "## TensorFlow:出身豪门的工业界霸主",
        "## Keras:用户友好的极简主义拥趸",
        "## 国内深度学习框架自研之路",
    ):
        assert heading in doc.text
    for boilerplate in ("声明:", "相关文章", "相关推荐", "网友评论", "转发量"):
        assert boilerplate not in doc.text[doc.body_start :]


@pytest.mark.skipif(not SEED.is_file(), reason="the seed article is not on this machine")
def test_cleaning_is_reproducible_and_the_dropped_part_is_recorded_exactly():
    import importlib.util

    spec = importlib.util.spec_from_file_location("clean_article", ROOT / "scripts" / "clean_article.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    raw = SEED.read_text("utf-8")
    assert module.clean(raw, SEED.name) == ARTICLE.read_text("utf-8")
    meta, _ = parse_front_matter(ARTICLE.read_text("utf-8"))
    first, last = (int(x) for x in meta["dropped_lines"].split(" ")[0].split("-"))
    dropped = "\n".join(raw.split("\n")[first - 1 : last])
    assert hashlib.sha256(dropped.encode()).hexdigest() == meta["dropped_sha256"]
    assert dropped.splitlines()[1].startswith("声明:") and dropped.endswith("网友评论:")
    # Every kept line of the article is in the corpus file, in order.
    body = ARTICLE.read_text("utf-8")
    pos = 0
    for line in raw.split("\n")[: first - 1]:
        pos = body.index(line, pos)


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_bad_files_are_named_and_the_rest_still_load(tmp_path):
    _write(tmp_path / "good.md", "# 标题\n\n正文一句。\n".encode())
    _write(tmp_path / "gbk.txt", "国产框架很多。\n".encode("gbk"))
    _write(tmp_path / "empty.md", b"  \n\n")
    _write(tmp_path / "binary.txt", b"\x00\x01\x02\xff")
    _write(tmp_path / "latin1.txt", "caf\xe9 \x81\x8d".encode("latin-1"))
    _write(tmp_path / "notes.pdf", b"%PDF")  # not a corpus type: ignored
    _write(tmp_path / ".hidden" / "x.md", b"# hidden")
    _write(tmp_path / "sub" / "nested.md", "# 子目录\n\n也会被读取。\n".encode())
    corpus = load_corpus(tmp_path)
    loaded = {d.source for d in corpus.documents}
    problems = {p.source: p.message for p in corpus.problems}
    assert loaded == {"good.md", "gbk.txt", "sub/nested.md"}
    assert corpus.by_source()["gbk.txt"].text == "国产框架很多。\n"
    assert corpus.by_source()["gbk.txt"].meta["encoding"] == "gb18030"
    assert "empty" in problems["empty.md"]
    assert "binary" in problems["binary.txt"]
    assert "UTF-8" in problems["latin1.txt"] and "iconv" in problems["latin1.txt"]
    assert set(problems) == {"empty.md", "binary.txt", "latin1.txt"}


def test_unreadable_file_is_reported(tmp_path):
    import os

    path = _write(tmp_path / "locked.md", b"# x\n\ny\n")
    path.chmod(0)
    _write(tmp_path / "ok.md", b"# ok\n\nfine.\n")
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as a user that can read mode-000 files")
        corpus = load_corpus(tmp_path)
        assert [p.source for p in corpus.problems] == ["locked.md"]
        assert "cannot be read" in corpus.problems[0].message
        assert [d.source for d in corpus.documents] == ["ok.md"]
    finally:
        path.chmod(0o644)


def test_missing_or_empty_corpus_folder_says_so(tmp_path):
    assert "does not exist" in load_corpus(tmp_path / "nope").problems[0].message
    assert "no .md or .txt" in load_corpus(tmp_path).problems[0].message


def test_front_matter_and_bom_and_crlf(tmp_path):
    _write(tmp_path / "a.md", "\ufeff---\r\ntitle: 标题\r\n---\r\n正文。\r\n".encode())
    doc = load_corpus(tmp_path).documents[0]
    assert doc.title == "标题"
    assert doc.text[doc.body_start :].startswith("正文")
    assert parse_front_matter("---\nno closing fence\n") == ({}, 0)


def test_line_of_counts_from_one():
    assert line_of("a\nb\nc", 0) == 1
    assert line_of("a\nb\nc", 4) == 3
