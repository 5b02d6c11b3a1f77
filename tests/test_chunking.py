import hashlib
import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chat.chunking import chunk_document, parse_blocks, split_sentences
from chat.corpus import load_corpus, parse_front_matter
from chat.settings import ChunkSettings
from chat.types import Document
from tests.conftest import ARTICLE

SETTINGS = ChunkSettings()


def _doc(text: str, source: str = "t.md") -> Document:
    meta, body_start = parse_front_matter(text)
    return Document(source, text, hashlib.sha256(text.encode()).hexdigest(), meta.get("title", "T"), body_start, meta)


def article():
    return load_corpus(ARTICLE.parent).documents[0]


def test_article_chunks_follow_its_sections():
    chunks, _ = chunk_document(article(), SETTINGS)
    sections = list(dict.fromkeys(c.section for c in chunks))
    assert sections == [
        "2020年深度学习框架对比速读",
        "TensorFlow:出身豪门的工业界霸主",
        "Keras:用户友好的极简主义拥趸",
        "MXNet:低调规矩的轻量级选手",
        "PyTorch:以动态图崛起的学术界宠儿",
        "国内深度学习框架自研之路",
    ]
    for c in chunks:
        assert "## " not in c.text  # never two sections in one chunk


def test_list_items_stay_with_their_head_and_section():
    doc = article()
    chunks, sentences = chunk_document(doc, SETTINGS)
    tf_cons = [c for c in chunks if c.list_head == "踩坑预警:" and c.section.startswith("TensorFlow")]
    assert len(tf_cons) == 1
    assert tf_cons[0].text.startswith("踩坑预警:\n- 从框架本身的语言设计来看")
    assert "TensorFlow Lite" in tf_cons[0].text
    item = next(s for s in sentences if s.text.startswith("在移动平台和嵌入式领域中"))
    assert item.list_head == "踩坑预警:" and item.section.startswith("TensorFlow")
    assert not item.text.startswith("-")  # the Markdown marker is not part of the quote
    summary = next(c for c in chunks if c.text.startswith("小结:MXNet"))
    assert summary.list_head == ""


def test_sentences_keep_quotes_and_brackets_whole():
    text = "小结:TensorFlow发展到如今,多少有点“始于宏大,囿于宏大”的意味。虽然吐槽者甚多;但也“说明了。使用者众多”。(括号里;不断)结尾!"
    spans = split_sentences(text, 0, len(text))
    got = [text[a:b] for a, b in spans]
    assert got == [
        "小结:TensorFlow发展到如今,多少有点“始于宏大,囿于宏大”的意味。",
        "虽然吐槽者甚多;",
        "但也“说明了。使用者众多”。",
        "(括号里;不断)结尾!",
    ]


def test_english_sentences_split_on_periods_before_capitals():
    text = "PyTorch is easy. It came out in 2017, e.g. for research. TF 2.0 changed a lot"
    got = [text[a:b] for a, b in split_sentences(text, 0, len(text))]
    assert got == ["PyTorch is easy.", "It came out in 2017, e.g. for research.", "TF 2.0 changed a lot"]


def test_long_blocks_split_with_declared_overlap():
    body = "".join(f"第{i}句话讲的是一个相当长的观点，需要一些字数来凑够长度。" for i in range(40))
    doc = _doc(f"# 标题\n\n{body}\n")
    chunks, sentences = chunk_document(doc, ChunkSettings(max_chars=120, overlap_sentences=1))
    assert len(chunks) > 5
    for prev, cur in itertools.pairwise(chunks):
        assert cur.overlap == prev.end - cur.start > 0
    assert len({s.text for s in sentences}) == len(sentences) == 40


def test_plain_text_articles_get_the_same_structure():
    doc = _doc(
        "文章标题\nTensorFlow:出身豪门\n正文第一段。\n优势归因:\n支持多语言;\n社区庞大。\n小结:不错。\n官方网站:https://x.org/\nKeras:极简\n第二节。\n",
        "a.txt",
    )
    chunks, sentences = chunk_document(doc, SETTINGS)
    # Small blocks merge, but never across the section line.
    assert [c.section for c in chunks] == ["TensorFlow:出身豪门", "Keras:极简"]
    assert "优势归因:\n支持多语言;\n社区庞大。" in chunks[0].text and "Keras" not in chunks[0].text
    assert [s.list_head for s in sentences if s.list_head] == ["优势归因:", "优势归因:"]


# ---------------------------------------------------------------- properties

_alphabet = st.sampled_from(
    list("的框架深度学习。！？；，、“”‘’（）()《》:：;!?. \n\n\n-#*")
    + list("abcXYZ019")
    + ["體", "機", "學", "😀", "🧠", "\u200b", "\t", "\r\n", "## ", "- ", "优势归因:\n", "```\n", "小结:"]
)
_texts = st.lists(_alphabet, max_size=400).map("".join)


def _body_chars(doc: Document) -> set[int]:
    """Offsets of content characters: everything but whitespace, heading lines and front matter."""
    _, headings = parse_blocks(doc)
    in_heading = {off for a, b in headings for off in range(a, b)}
    return {
        off for off in range(doc.body_start, len(doc.text)) if not doc.text[off].isspace() and off not in in_heading
    }


def _check(doc: Document, chunk_settings: ChunkSettings) -> None:
    chunks, sentences = chunk_document(doc, chunk_settings)
    covered: dict[int, int] = {}
    for i, c in enumerate(chunks):
        assert doc.text[c.start : c.end] == c.text
        assert c.text.strip() == c.text and c.text
        for off in range(c.start, c.end):
            covered[off] = covered.get(off, 0) + 1
        if i:
            prev = chunks[i - 1]
            assert c.start >= prev.start
            assert c.overlap == max(0, prev.end - c.start)
    declared = {off for i, c in enumerate(chunks) if c.overlap for off in range(c.start, c.start + c.overlap)}
    for off in _body_chars(doc):
        # Headings aside, nothing is lost ...
        assert covered.get(off, 0) >= 1, (off, doc.text[max(0, off - 5) : off + 5])
    # ... and nothing is duplicated outside the declared overlap.
    assert {off for off, n in covered.items() if n > 1} <= declared
    ids = [c.id for c in chunks]
    assert len(set(ids)) == len(ids)
    last_end = -1
    by_id = {c.id: c for c in chunks}
    for s in sentences:
        assert doc.text[s.start : s.end] == s.text and s.text.strip() == s.text and s.text
        assert s.start >= last_end  # sentences never overlap each other
        assert s.line == doc.text.count("\n", 0, s.start) + 1
        last_end = s.end
        owner = by_id[s.chunk_id]
        assert owner.start <= s.start and s.end <= owner.end
        assert owner.section == s.section


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_texts, markdown=st.booleans(), max_chars=st.integers(20, 400), overlap=st.integers(0, 2))
def test_offsets_are_exact_and_nothing_is_lost(text, markdown, max_chars, overlap):
    _check(_doc(text, "t.md" if markdown else "t.txt"), ChunkSettings(max_chars=max_chars, overlap_sentences=overlap))


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=300), markdown=st.booleans())
def test_any_unicode_at_all(text, markdown):
    _check(_doc(text, "t.md" if markdown else "t.txt"), ChunkSettings(max_chars=80))


def test_edge_inputs():
    for text in [
        "",
        "   \n\n  ",
        "😀🧠🚀",
        "深度學習框架的選擇。機器學習！",
        "Plain English only. Two sentences.",
        "中文和English混合; mixed!",
    ]:
        _check(_doc(text, "t.md"), SETTINGS)
        _check(_doc(text, "t.txt"), SETTINGS)
    chunks, _ = chunk_document(_doc("深度學習框架的選擇。機器學習！", "t.md"), SETTINGS)
    assert chunks[0].text == "深度學習框架的選擇。機器學習！"


def test_chunk_ids_are_stable_and_content_addressed():
    a, _ = chunk_document(article(), SETTINGS)
    b, _ = chunk_document(article(), SETTINGS)
    assert [c.id for c in a] == [c.id for c in b]
    shifted = article()
    shifted = Document(
        shifted.source, shifted.text.replace("众所周知", "众所周知!"), "x", shifted.title, shifted.body_start
    )
    c, _ = chunk_document(shifted, SETTINGS)
    assert a[0].id != c[0].id and a[-1].id != c[-1].id  # offsets moved: ids follow
