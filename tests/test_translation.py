"""Translation twins: placed in their document, and shown for a quote only when they cover all of it."""

import json

from chat.translation import Translations, place
from chat.types import Document

TEXT = "甲框架很快。乙框架很慢,但是文档很好。丙框架一般。"


def _twin(root, lines, source="doc.md"):
    (root / f"{source}.en.jsonl").write_text("\n".join(lines) + "\n", "utf-8")


def _doc(source="doc.md", text=TEXT):
    return Document(source=source, text=text, sha256="x")


def _entry(zh, en):
    return json.dumps({"zh": zh, "en": en}, ensure_ascii=False)


def test_passages_are_placed_where_the_document_has_them(tmp_path):
    _twin(tmp_path, [_entry("甲框架很快。", "A is fast."), _entry("丙框架一般。", "C is average.")])
    spans, problems = place(tmp_path, [_doc()])
    assert problems == []
    assert [(TEXT[s.start : s.end], s.text) for s in spans] == [
        ("甲框架很快。", "A is fast."),
        ("丙框架一般。", "C is average."),
    ]


def test_a_passage_the_document_no_longer_has_is_reported_and_the_rest_still_used(tmp_path):
    _twin(tmp_path, [_entry("甲框架很快。", "A is fast."), _entry("丁框架消失了。", "D is gone.")])
    spans, problems = place(tmp_path, [_doc()])
    assert [s.text for s in spans] == ["A is fast."]
    assert len(problems) == 1 and "1 passage(s) no longer in doc.md" in problems[0]


def test_a_broken_line_is_reported_by_line_number_and_skipped(tmp_path):
    _twin(tmp_path, ["{not json", _entry("甲框架很快。", "A is fast."), json.dumps({"zh": "丙框架一般。"})])
    spans, problems = place(tmp_path, [_doc()])
    assert [s.text for s in spans] == ["A is fast."]
    assert [p.split(":")[1] for p in problems] == ["1", "3"]


def test_an_undecodable_twin_is_reported_and_loses_nothing_else(tmp_path):
    (tmp_path / "doc.md.en.jsonl").write_bytes(b"\xff\xfe\x00bad")
    spans, problems = place(tmp_path, [_doc()])
    assert spans == [] and "unreadable" in problems[0]


def _spans(tmp_path, entries):
    _twin(tmp_path, entries)
    spans, _ = place(tmp_path, [_doc()])
    return Translations(spans)


def test_a_whole_sentence_prefers_its_own_translation_to_its_clauses(tmp_path):
    tr = _spans(
        tmp_path,
        [
            _entry("乙框架很慢,但是文档很好。", "B is slow, but its docs are good."),
            _entry("乙框架很慢", "B is slow"),
            _entry("但是文档很好。", "but its docs are good."),
        ],
    )
    start = TEXT.index("乙")
    whole = "乙框架很慢,但是文档很好。"
    assert tr.render("en", "doc.md", start, start + len(whole), whole) == "B is slow, but its docs are good."
    part = "乙框架很慢"
    assert tr.render("en", "doc.md", start, start + len(part), part) == "B is slow"


def test_a_quote_of_two_sentences_joins_their_translations(tmp_path):
    tr = _spans(
        tmp_path,
        [_entry("甲框架很快。", "A is fast."), _entry("乙框架很慢,但是文档很好。", "B is slow, but good docs.")],
    )
    quote = "甲框架很快。乙框架很慢,但是文档很好。"
    assert tr.render("en", "doc.md", 0, len(quote), quote) == "A is fast. B is slow, but good docs."


def test_a_quote_with_untranslated_words_shows_no_translation(tmp_path):
    # Half a translation would present the quote as saying less than it does.
    tr = _spans(tmp_path, [_entry("甲框架很快。", "A is fast."), _entry("乙框架很慢", "B is slow")])
    quote = "甲框架很快。乙框架很慢,但是文档很好。"
    assert tr.render("en", "doc.md", 0, len(quote), quote) == ""
    start = TEXT.index("乙")
    assert tr.render("en", "doc.md", start, start + len("乙框架很慢,但是"), "乙框架很慢,但是") == ""


def test_other_documents_and_languages_have_no_translation(tmp_path):
    tr = _spans(tmp_path, [_entry("甲框架很快。", "A is fast.")])
    assert tr.render("en", "other.md", 0, 6, "甲框架很快。") == ""
    assert tr.render("fr", "doc.md", 0, 6, "甲框架很快。") == ""
    assert tr.render("en", "doc.md", 0, 6, "甲框架很快。") == "A is fast."
