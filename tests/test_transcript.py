"""Answers as plain Markdown: the API reply's sources list, history without it, the conversation download."""

from chat.transcript import cited, conversation_markdown, reply, sources_list, strip_sources


def _answer(text="甲[1]，丙[3]。", language="zh", abstained=False):
    citations = [
        {"n": n, "text": f"引文{n}", "source": "a.md", "section": f"节{n}", "line": 10 * n, "start": 0, "end": 3}
        for n in (1, 2, 3)
    ]
    return {"text": text, "citations": citations, "abstained": abstained, "language": language, "question": "q"}


def test_only_what_the_text_cites_is_listed():
    assert [c["n"] for c in cited(_answer())] == [1, 3]
    assert sources_list(_answer()) == "来源：\n- [1] 节1 · a.md 第 10 行\n- [3] 节3 · a.md 第 30 行"
    assert sources_list(_answer("A [2].", language="en")) == "Sources:\n- [2] 节2 · a.md line 20"


def test_a_refusal_lists_no_sources():
    refusal = _answer("文章没有谈到这个问题。", abstained=True)
    assert cited(refusal) == [] and sources_list(refusal) == "" and reply(refusal) == refusal["text"]


def test_history_gets_the_answer_back_without_its_sources_list():
    answer = _answer()
    assert strip_sources(reply(answer)) == answer["text"]
    assert strip_sources(reply(_answer("A [1].", language="en"))) == "A [1]."
    # A reply a user wrote that merely mentions 来源 is left alone.
    own = "我的看法\n\n来源：\n朋友说的"
    assert strip_sources(own) == own


def test_the_conversation_download_numbers_each_turns_sources():
    turns = [
        {"question": "第一个\n问题", "answer": _answer()},
        {"question": "JAX呢？", "answer": _answer("文章没写。", abstained=True)},
    ]
    md = conversation_markdown(turns, "2020年深度学习框架对比速读", "2020-09-02")
    assert md.startswith("# 深度学习框架选型顾问：对话记录\n")
    assert "《2020年深度学习框架对比速读》（2020-09-02）" in md
    assert "## 1. 第一个 问题\n\n甲[1]，丙[3]。" in md
    assert "- [1] 节1 · a.md 第 10 行：“引文1”\n- [3] 节3 · a.md 第 30 行：“引文3”" in md
    assert "引文2" not in md
    second = md.split("## 2. JAX呢？", 1)[1]
    assert "文章没写。" in second and "来源" not in second
    assert "还没有对话" in conversation_markdown([])
