"""Follow-ups resolved against the conversation state rebuilt from the history."""

import pytest

from chat import conversation, question, vocabulary

V = vocabulary.load()


def reader(text):
    return question.read(text, V, split=False)


def resolve(text, *pairs):
    history = [{"role": r, "content": c} for r, c in pairs]
    state = conversation.state_from(history, reader, V, max_turns=12)
    return conversation.resolve(text, state, reader, V)


PICKED_KERAS = (
    ("user", "我是新手，选哪个？"),
    ("assistant", "**就新手入门而言，文章推荐 Keras。**\n其他可选：PyTorch\n\n理由：…"),
)
PICKED_TWO = ("user", "我是新手，选哪个？"), ("assistant", "**就新手入门而言，文章推荐 PyTorch、Keras。**\n…")


def test_pronouns_point_at_the_last_framework_or_pick():
    assert (
        resolve("那它的缺点呢？", ("user", "TensorFlow有什么优势？"), ("assistant", "…")).text
        == "那TensorFlow的缺点呢？"
    )
    assert resolve("What are its drawbacks?", ("user", "Tell me about PyTorch."), ("assistant", "…")).text == (
        "What are PyTorch's drawbacks?"
    )
    assert resolve("它有什么缺点？", *PICKED_KERAS).text == "Keras有什么缺点？"
    # A singular "it" after two picks is the first pick ("另一个" is then the second); "它们" both.
    assert resolve("它有什么缺点？", *PICKED_TWO).text == "PyTorch有什么缺点？"
    assert resolve("它们有什么缺点？", *PICKED_TWO).text == "PyTorch和Keras有什么缺点？"
    # "Which framework makes it easy…" picks anew; "use all of them" points inside the question.
    assert resolve("Which framework makes it easy to deploy?", *PICKED_KERAS).text.startswith("Which framework")
    long = "I have a workstation with four GPUs and want to use all of them for training. Which framework?"
    assert not resolve(long).clarify


def test_he_and_she_point_back_but_other_does_not():
    made = ("user", "TensorFlow是谁开发的？"), ("assistant", "…")
    assert resolve("他后来怎么样了", *made).text == "TensorFlow后来怎么样了"
    assert resolve("她的缺点呢？", *made).text == "TensorFlow的缺点呢？"
    # "其他/其它" (other) hold the same characters and are no pronoun: other frameworks, on the
    # aspect asked about, without the one just asked about.
    easy = ("user", "PyTorch好用吗？"), ("assistant", "…")
    for other in ("其它框架呢？", "其他框架呢？"):
        r = resolve(other, *easy)
        assert r.kind == "choice" and r.exclude == ("PyTorch",)
        assert "上手难度" in r.text and "PyTorch好用" not in r.text


def test_naming_another_framework_asks_the_previous_question_of_it():
    keras = ("user", "Keras的缺点是什么？"), ("assistant", "…")
    assert resolve("那TensorFlow呢？", *keras).text == "TensorFlow的缺点是什么？"
    assert resolve("飞桨呢", *keras).text == "PaddlePaddle的缺点是什么？"
    # "跟X比呢？" compares the last framework with X on what was asked about it.
    languages = ("user", "MXNet支持哪些编程语言？"), ("assistant", "…")
    assert resolve("跟TensorFlow比呢？", *languages).text == "MXNet跟TensorFlow比呢？（编程语言）"
    assert resolve("跟TensorFlow比呢？", ("user", "PyTorch怎么样？"), ("assistant", "…")).text == (
        "PyTorch跟TensorFlow比呢？"
    )
    # A correction naming the framework meant asks the same question of it.
    when = ("user", "PyTorch是什么时候发布的？"), ("assistant", "…")
    assert resolve("不是这个，我是说TensorFlow", *when).text == "TensorFlow是什么时候发布的？"
    english = ("user", "What are the strengths of MXNet?"), ("assistant", "…")
    assert resolve("And PyTorch?", *english).text == "What are the strengths of PyTorch?"
    # After a pick, "那MXNet呢？" asks how MXNet does on what was required.
    swapped = resolve("那MXNet呢？", *PICKED_KERAS)
    assert "MXNet" in swapped.text and "新手入门" in swapped.text and swapped.kind == "fact"


def test_ordinals_count_through_the_users_list_or_the_answers():
    compared = ("user", "我在TensorFlow和PyTorch之间犹豫。"), ("assistant", "…")
    assert resolve("前者的优势是什么？", *compared).text == "TensorFlow的优势是什么？"
    assert "PyTorch" in resolve("那后者呢？", *compared).text
    english = ("user", "Compare Keras and PyTorch for someone new."), ("assistant", "…")
    assert "PyTorch" in resolve("What are the second one's drawbacks?", *english).text
    assert resolve("第二个怎么样？").clarify  # nothing to count through


def test_why_narrowing_alternatives_and_a_new_criterion_after_a_pick():
    why = resolve("为什么？", *PICKED_KERAS)
    assert why.kind == "why" and "Keras" in why.text
    narrowed = resolve("其中哪个更适合做科研？", *PICKED_TWO)
    assert narrowed.kind == "choice" and set(narrowed.candidates) == {"PyTorch", "Keras"}
    others = resolve("还有别的选择吗？", *PICKED_KERAS)
    assert others.kind == "choice" and others.exclude == ("Keras",) and others.inherit is not None
    assert resolve("除了它，还有别的选择吗？", *PICKED_TWO).exclude == ("PyTorch",)  # "it": the first pick
    assert resolve("And for production?", *PICKED_KERAS).kind == "choice"
    assert resolve("And if my whole team only writes Java?", *PICKED_KERAS).kind == "choice"


def test_asking_for_one_more_so_is_another_framework_on_that_quality():
    hard = ("user", "Keras好学吗？"), ("assistant", "…")
    for more in ("有没有更灵活的？", "有没有灵活一点的？", "Is there anything more flexible?"):
        r = resolve(more, *hard)
        assert r.kind == "choice" and r.exclude == ("Keras",), (more, r)
        assert "Keras" not in r.text.replace("除了Keras", "").replace("Other than Keras", ""), r.text
    # The same words with a framework named ask about that one, and "有没有比X更…" names a rival.
    assert resolve("PyTorch有没有更灵活的用法？", *hard).exclude == ()


@pytest.mark.parametrize("more", ["还有别的建议吗？", "any other tips?", "有没有其他建议？"])
def test_asking_for_more_advice_is_not_asking_for_another_framework(more):
    r = resolve(more, *PICKED_KERAS)
    assert r.kind == "fact" and not r.exclude and "Keras" not in r.text, r
    assert "建议" in r.text or "advice" in r.text


def test_naming_another_framework_after_a_question_of_two_parts_asks_both_again():
    history = [{"role": "user", "content": "MindSpore有什么特点?是谁家的?"}, {"role": "assistant", "content": "…"}]
    split = lambda text: question.read(text, V)  # noqa: E731 (as the advisor reads them: in parts)
    r = conversation.resolve("MegEngine呢?", conversation.state_from(history, split, V, max_turns=12), split, V)
    assert r.text == "MegEngine有什么特点?是谁家的?" and r.parts and not r.kind, r
    assert not resolve("那TensorFlow呢？", ("user", "Keras的缺点是什么？"), ("assistant", "…")).parts


def test_advice_asked_for_a_need_is_that_need_not_more_advice():
    r = resolve("有没有什么建议给做科研的学生？", *PICKED_KERAS)
    assert "建议" in r.text and "文章对选择和学习" not in r.text, r


def test_other_options_after_a_remark_on_one_framework_name_only_the_others():
    # "TensorFlow太大了" asks nothing to choose on: the others, not "除了TensorFlow，TensorFlow太大了".
    r = resolve("还有别的选择吗？", ("user", "TensorFlow太大了"), ("assistant", "…"))
    assert r.kind == "choice" and r.exclude == ("TensorFlow",)
    assert r.text == "除了TensorFlow，还有什么框架可以选？"
    r = resolve("any alternatives?", ("user", "Who made PyTorch?"), ("assistant", "…"))
    assert r.exclude == ("PyTorch",) and r.text.count("PyTorch") == 1, r.text


@pytest.mark.parametrize("first", ["那它的缺点呢？", "What about its community?", "为什么？", "第二个怎么样？"])
def test_a_follow_up_with_nothing_before_it_asks_back(first):
    assert resolve(first).clarify


def test_a_refusal_gives_nothing_to_point_at():
    refused = (
        ("user", "今天北京天气怎么样？"),
        ("assistant", "这篇文章没有涉及这个问题。\n\n文章涵盖：TensorFlow、Keras。"),
    )
    assert resolve("那它的缺点呢？", *refused).clarify


def _run(n):
    run = [("user", "Keras的缺点是什么？"), ("assistant", "…")]
    for name in (("TensorFlow", "PyTorch", "MXNet") * n)[:n]:
        run += [("user", f"那{name}呢？"), ("assistant", "…")]
    return run


def test_long_histories_are_bounded():
    # Ten swaps in a row still carry the first question; three thousand never overflow (the
    # question is then too far back to carry, and the turn is taken as asked).
    assert resolve("那Keras呢？", *_run(10)).text == "Keras的缺点是什么？"
    assert resolve("那Keras呢？", *_run(3000)).text == "那Keras呢？"


def test_history_must_be_chat_messages():
    with pytest.raises(ValueError, match="history must be a list"):
        conversation.check_history("not a list")
    with pytest.raises(ValueError, match=r"history\[0\]"):
        conversation.check_history([{"content": "no role"}])
    parts = [{"role": "user", "content": [{"type": "text", "text": "Keras怎么样？"}]}]
    assert conversation.check_history(parts)[0]["content"] == "Keras怎么样？"


def test_an_ordinal_asks_the_last_question_of_the_one_it_points_at():
    listed = ("user", "我在PyTorch和Keras之间犹豫"), ("assistant", "**PyTorch 与 Keras 对比**")
    second = ("user", "第二个有什么坑？"), ("assistant", "**文章指出了 Keras 的不足。**")
    assert resolve("第二个有什么坑？", *listed).text == "Keras有什么坑？"
    assert resolve("那第一个呢？", *listed, *second).text == "PyTorch有什么坑？"


def test_taking_one_out_of_the_last_list_chooses_among_the_rest():
    three = ("user", "I'm choosing between TensorFlow, PyTorch and MXNet for research."), ("assistant", "…")
    dropped = resolve("drop the first one. which of the remaining two?", *three)
    assert dropped.kind == "choice" and dropped.exclude == ("TensorFlow",)
    assert set(dropped.candidates) == {"PyTorch", "MXNet"}


def test_why_after_a_fact_asks_its_cause_and_thanks_leave_the_state_alone():
    slow = ("user", "Is Keras slow?"), ("assistant", "**The article points out weaknesses in Keras (speed).**")
    why = resolve("why?", *slow)
    assert why.text == "Is Keras slow? Why?" and why.asks_cause
    thanks = ("user", "谢谢！"), ("assistant", "不客气！")
    assert resolve("它的缺点呢？", *PICKED_KERAS, *thanks).text == "Keras的缺点呢？"


def test_a_new_criterion_after_a_pick_replaces_or_adds_and_remembers_the_pick():
    replaced = resolve("And for production?", *PICKED_KERAS)
    assert replaced.kind == "choice" and replaced.inherit is None and replaced.previous_picks == ("Keras",)
    added = resolve("OK, but whatever we build also has to ship to production.", *PICKED_KERAS)
    assert added.accumulate and added.inherit is not None


def test_a_question_that_names_nothing_but_asks_a_side_or_leans_back_is_about_the_last_framework():
    mxnet = ("user", "MXNet有啥优势？"), ("assistant", "**文章对 MXNet持肯定看法。**\n- …[1]")
    assert resolve("缺点呢？", *mxnet).text.startswith("MXNet")
    assert resolve("缺点是啥", *mxnet).text.startswith("MXNet")
    assert resolve("谁开发的？", *mxnet).text.startswith("MXNet")
    assert resolve(
        "那Google怎么应对的？", ("user", "TensorFlow在手机上跑得怎么样？"), ("assistant", "…")
    ).text.startswith("TensorFlow")
    # Nothing to lean on, or a question of its own: left as asked.
    assert resolve("今天天气怎么样？", *mxnet).text == "今天天气怎么样？"
    assert resolve("哪个框架文档最好？", *mxnet).text == "哪个框架文档最好？"
    assert not resolve("缺点呢？").text.startswith("MXNet")


def test_instead_asks_for_another_pick_on_the_same_need_and_why_explains_only_the_pick():
    production = ("user", "Is PyTorch a good fit for production deployment?"), ("assistant", "…")
    instead = resolve("Then what would you suggest instead?", *production)
    assert instead.kind == "choice" and instead.exclude == ("PyTorch",)
    picked = (
        ("user", "Which framework for production, other than PyTorch?"),
        ("assistant", "**For production, the article points to TensorFlow.**\n…"),
    )
    why = resolve("why", *picked)
    assert why.kind == "why" and why.candidates == ("TensorFlow",)


def test_thanks_strung_together_is_smalltalk_not_a_question():
    for text in ("好的谢啦", "嗯嗯，明白了，谢谢！", "ok thanks!", "Great, thank you so much"):
        assert reader(text).kind == "smalltalk", text
    assert reader("好用吗？").kind != "smalltalk"


def test_ordinals_keep_counting_through_the_list_after_a_question_about_one_of_its_items():
    listed = ("user", "TensorFlow和PyTorch哪个适合新手？"), ("assistant", "**TensorFlow 与 PyTorch 对比**\n…")
    about_first = (
        ("user", "第一个的缺点呢？"),
        (
            "assistant",
            "**文章指出了 TensorFlow的不足。**\n- **TensorFlow**：“…(Google针对这一问题又开发了TensorFlow Lite)。”[1]",
        ),
    )
    assert resolve("第二个呢？", *listed, *about_first).text.startswith("PyTorch")
    assert resolve("第一个有什么坑？", *listed, *about_first).text.startswith("TensorFlow")


def test_friendly_to_memory_is_not_friendly_to_beginners_and_a_choice_can_follow_the_noun():
    assert [r.name for r in reader("有没有对显存友好的框架").requirements] == ["low_memory"]
    assert "learn" in [r.name for r in reader("有没有对新手友好的框架？").requirements]
    assert reader("国产框架里，哪个强调训练推理一体化？").kind == "choice"


def test_anything_else_after_a_fact_asks_for_more_of_it_and_after_a_pick_for_another_framework():
    cons = ("user", "Keras的缺点是啥？"), ("assistant", "**文章指出了 Keras的不足。**\n- …[1]")
    more = resolve("还有别的吗", *cons)
    assert more.text == "Keras的缺点是啥？" and more.kind == "fact" and not more.exclude
    other = resolve("还有别的吗", *PICKED_KERAS)
    assert other.kind == "choice" and other.exclude == ("Keras",)


def test_it_after_a_list_of_more_than_two_asks_which_one():
    listed = (
        ("user", "国产框架有哪些？"),
        ("assistant", "**文章提到的国产框架有：MindSpore、MegEngine、TNN、Jittor。**\n- …[1]"),
    )
    back = resolve("它是哪家公司做的", *listed)
    assert back.clarify and set(back.options) >= {"MindSpore", "MegEngine"}
    assert not resolve("它是哪家公司做的", ("user", "PyTorch和Keras哪个好？"), ("assistant", "…")).clarify


def test_a_short_question_pointing_back_is_about_the_framework_just_discussed():
    tf = ("user", "tf的代码量有多大"), ("assistant", "**文章关于 TensorFlow的说法：**\n- …[1]")
    assert resolve("这意味着啥", *tf).text.startswith("TensorFlow")
    assert resolve("如果迁，主要风险是啥", *tf).text.startswith("TensorFlow")
    assert resolve(
        "what does that mean?", ("user", "How big is TensorFlow's code base?"), ("assistant", "…")
    ).text.startswith("TensorFlow")
    cons = ("user", "MXNet有什么缺点？"), ("assistant", "**文章指出了 MXNet的不足。**\n- …[1]")
    why = resolve("为什么会这样？", *cons)
    assert why.text == "MXNet有什么缺点？为什么？" and why.kind == "fact" and why.asks_cause  # its reasons
    assert resolve("今天天气怎么样？", *tf).text == "今天天气怎么样？"  # points at nothing


def test_a_fragment_after_a_choice_without_a_pick_carries_no_guessed_framework():
    no_pick = (
        ("user", "中国有必要自己搞深度学习框架吗？"),
        ("assistant", "**文章没有给出明确的单一推荐**，以下是它最接近的说法：\n- **TensorFlow**（原文）：“…”[1]"),
    )
    assert not resolve("那出路在哪", *no_pick).text.startswith("TensorFlow")


@pytest.mark.parametrize(
    ("first", "correction", "meant"),
    [
        ("TensorFlow的坑有哪些？", "不对，我是说MXNet", "MXNet的坑有哪些？"),
        ("What are the drawbacks of PyTorch?", "no, I meant Keras", "What are the drawbacks of Keras?"),
        ("MXNet的创始人是谁？", "搞错了，我问的是TensorFlow", "TensorFlow的创始人是谁？"),
    ],
)
def test_a_correction_asks_the_previous_question_of_the_framework_meant(first, correction, meant):
    assert resolve(correction, ("user", first), ("assistant", "…")).text == meant


def test_a_name_with_more_than_swap_words_is_not_read_as_a_correction():
    assert resolve("不对，MXNet的文档怎么样？", ("user", "TensorFlow的坑有哪些？"), ("assistant", "…")).text == (
        "不对，MXNet的文档怎么样？"
    )


def test_why_after_a_comparison_that_favoured_neither_asks_why_not_again():
    compared = (
        ("user", "Keras 跟 PyTorch 哪个比较适合新手？"),
        ("assistant", "**Keras 与 PyTorch 对比**\n\n就新手入门而言，文章没有明显偏向哪一方。"),
    )
    why = resolve("为什么？", *compared)
    assert why.kind == "why" and why.no_lean and set(why.candidates) == {"Keras", "PyTorch"}
    favoured = (
        ("user", "Keras和TensorFlow哪个更适合新手？"),
        ("assistant", "**Keras 与 TensorFlow 对比**\n\n就新手入门而言，文章更看好 Keras。"),
    )
    why = resolve("为什么？", *favoured)
    assert why.kind == "why" and not why.no_lean and why.candidates == ("Keras",)


def test_which_of_them_after_questions_about_one_framework_each_chooses_among_those_named():
    history = (
        ("user", "What programming languages does TensorFlow support?"),
        ("assistant", "…"),
        ("user", "And MXNet?"),
        ("assistant", "…"),
    )
    narrowed = resolve("Which of them has R?", *history)
    assert narrowed.kind == "choice" and set(narrowed.candidates) == {"TensorFlow", "MXNet"}


@pytest.mark.parametrize(
    ("first", "follow", "about"),
    [
        ("PyTorch有什么缺点？", "你刚刚说的部署问题，具体是什么意思？", "PyTorch"),
        (
            "What are the weaknesses of TensorFlow?",
            "What did you mean by the compatibility problem you mentioned?",
            "TensorFlow",
        ),
    ],
)
def test_a_question_pointing_at_the_last_answer_is_about_its_framework_however_long(first, follow, about):
    assert resolve(follow, ("user", first), ("assistant", "…")).text.startswith(about)


def test_alternatives_with_a_need_named_now_choose_anew_on_it_without_the_framework_discussed():
    history = (("user", "What are the main complaints about TensorFlow?"), ("assistant", "…"))
    other = resolve("any alternatives for industry use?", *history)
    assert other.kind == "choice" and other.exclude == ("TensorFlow",) and "production" in other.text
    # Without a need named now, "还有别的吗" after a fact asks for more of the same.
    more = resolve("还有别的吗？", ("user", "Keras的缺点是啥？"), ("assistant", "…"))
    assert more.text == "Keras的缺点是啥？" and more.kind == "fact"


def test_why_after_a_fact_asks_for_the_articles_reasons_for_it():
    why = resolve("为什么？", ("user", "Keras 跑得快吗？"), ("assistant", "**不。文章指出了 Keras的速度的不足。**"))
    assert why.asks_cause and why.kind == "fact" and why.text.startswith("Keras 跑得快吗？")


def test_the_nth_point_is_the_nth_quote_of_the_last_answer():
    reply = (
        "**文章对 TensorFlow持肯定看法。**\n"
        "- **TensorFlow**（优势·编程语言）：“支持python、JavaScript、C ++、Java和Go,C#和Julia等多种编程语言;”[1]\n"
        "- **TensorFlow**（优势·灵活性）：“灵活的架构支持多GPU、分布式训练,跨平台运行能力强;”[2]\n"
    )
    second = resolve("你说的第二点是什么意思？", ("user", "TensorFlow有哪些优点？"), ("assistant", reply))
    assert second.text == "TensorFlow：灵活的架构支持多GPU、分布式训练,跨平台运行能力强;" and second.kind == "fact"
    english = reply.replace("（优势·灵活性）：", " (for · flexibility): ").replace("”[2]", "” [2]")
    assert resolve(
        "Explain the second point?", ("user", "TensorFlow strengths?"), ("assistant", english)
    ).text.startswith("TensorFlow: 灵活的架构")


def test_which_one_after_a_comparison_chooses_between_the_two_compared():
    torn = ("user", "I'm torn between TensorFlow and MXNet for training on a multi-GPU cluster."), ("assistant", "…")
    which = resolve("Which one has better documentation?", *torn)
    assert which.kind == "choice" and set(which.candidates) == {"TensorFlow", "MXNet"}
    compared = ("user", "TensorFlow和PyTorch有什么区别？"), ("assistant", "…")
    assert set(resolve("哪个更适合新手？", *compared).candidates) == {"TensorFlow", "PyTorch"}
    assert not resolve("哪个框架文档最好？", *compared).candidates  # asks of every framework


def test_it_that_says_something_is_the_article_and_a_follow_up_keeps_the_topic():
    china = (
        ("user", "Does the article think China needs to build its own deep learning frameworks?"),
        ("assistant", "…"),
    )
    follow = resolve("And what does it say is the key to succeeding?", *china)
    assert "China" in follow.text and "TensorFlow" not in follow.text and not follow.clarify
    # "what does it think" asks the article too, after a question about no framework.
    advice = ("user", "what's the article's overall advice on picking a framework?"), ("assistant", "…")
    assert not resolve("and what does it think about China building its own frameworks?", *advice).clarify


def test_a_pronoun_after_a_name_in_the_same_question_is_that_name():
    # "it" is TensorFlow, not the pick: the question sets TensorFlow against the pick.
    why_not = resolve("why not tensorflow though? everyone uses it", *PICKED_KERAS)
    assert why_not.kind == "compare" and why_not.text.startswith("Why not TensorFlow instead of Keras")
    assert "uses Keras" not in why_not.text
    assert resolve("它和PyTorch比哪个好？", *PICKED_KERAS).text.startswith("Keras和PyTorch比哪个好？")


def test_the_second_reason_of_an_enumeration_in_the_last_quote_is_that_item():
    reply = (
        "**文章关于 TensorFlow的说法：**\n"
        "- **TensorFlow**（原文·地位与热度）：“TensorFlow能有现在的地位,主因有二:一是“背靠大树好乘凉”,"
        "Google几乎在所有应用程序中都使用TensorFlow来实现机器学习;二是由于其本身设计宏大,灵活的数值计算核心"
        "也能广泛应用于其他科学领域。”[1]"
    )
    r = resolve("第二个原因展开说说", ("user", "TensorFlow为啥能当老大？"), ("assistant", reply))
    assert not r.clarify and r.kind == "fact"
    assert r.text.startswith("TensorFlow：二是由于其本身设计宏大") and "背靠大树" not in r.text, r.text


def test_it_after_questions_about_two_frameworks_is_the_last_one_not_a_choice_between_them():
    history = (("user", "讲讲TensorFlow"), ("assistant", "…"), ("user", "PyTorch呢？"), ("assistant", "…"))
    r = resolve("它适合新手吗？", *history)
    assert r.text == "PyTorch适合新手吗？" and not r.candidates, r
    among = resolve("哪个更适合新手？", *history)
    assert set(among.candidates) == {"TensorFlow", "PyTorch"}, among


def test_the_other_end_after_a_superlative_pick_keeps_the_need():
    best = (
        ("user", "哪个框架的官方文档最好？"),
        ("assistant", "**文章没有比较各框架的文档与教程；它肯定的是 PyTorch、Keras。**"),
    )
    worst = resolve("那最差的呢？", *best)
    assert worst.kind == "choice" and "文档" in worst.text, worst
    english = (("user", "Which framework has the best documentation according to the article?"), ("assistant", "…"))
    worst = resolve("And which one has the worst?", *english)  # "which one": still leaning on the last
    assert worst.kind == "choice" and "documentation" in worst.text, worst
    assert "documentation" not in resolve("Which one is the fastest?", *english).text  # a need of its own


def test_the_third_one_after_a_list_of_one_frameworks_strengths_is_the_third_point():
    reply = (
        "**文章对 TensorFlow持肯定看法。**\n"
        "- **TensorFlow**（优势·编程语言）：“支持python、JavaScript等多种编程语言;”[1]\n"
        "- **TensorFlow**（优势·灵活性）：“灵活的架构支持多GPU、分布式训练,跨平台运行能力强;”[2]\n"
        "- **TensorFlow**（优势·可视化）：“自带TensorBoard组件,能可视化计算图;”[3]"
    )
    third = resolve("第三个展开说说", ("user", "TF 有哪些优点"), ("assistant", reply))
    assert not third.clarify and third.text == "TensorFlow：自带TensorBoard组件,能可视化计算图;", third


def test_the_second_one_after_one_pick_per_turn_counts_through_the_picks():
    history = (
        ("user", "Which framework does the article call the leader in industry?"),
        ("assistant", "**For production, the article points to TensorFlow.**\nAlso worth a look: MXNet [4]"),
        ("user", "And in academia?"),
        ("assistant", "**For research, the article points to PyTorch.**"),
    )
    assert resolve("Why did the second one rise so quickly?", *history).text == "Why did PyTorch rise so quickly?"


def test_an_ordinal_after_two_frameworks_were_named_counts_frameworks_not_points():
    history = (
        ("user", "Keras和PyTorch哪个适合新手？"),
        ("assistant", "**Keras 与 PyTorch 对比**"),
        ("user", "第一个有什么缺点？"),
        (
            "assistant",
            "**文章指出了 Keras的不足。**\n- **Keras**（不足）：“高度集成,缺少灵活性;”[1]\n- **Keras**（不足）：“运行速度相对缓慢。”[2]",
        ),
    )
    second = resolve("那第二个呢？", *history)
    assert "PyTorch" in second.text, second


def test_a_why_about_something_named_keeps_it_and_more_of_a_side_stays_on_that_framework():
    keras = ("user", "Tell me about Keras."), ("assistant", "…")
    assert resolve("Why is it slow?", *keras).text == "Why is Keras slow?"
    assert resolve("为啥慢？", ("user", "Keras怎么样？"), ("assistant", "…")).text != "Keras怎么样？为什么？"
    more = resolve("Anything else bad about it?", *keras)
    assert more.text == "Anything else bad about Keras?" and more.kind == "fact"


def test_doubting_what_was_just_said_asks_it_again_as_the_articles_claim():
    said = ("user", "Keras的缺点是什么？"), ("assistant", "…")
    doubt = resolve("这说法靠谱吗，是真的吗？", *said)
    assert doubt.text == "Keras的缺点是什么？" and doubt.doubts
    assert resolve("Is that really true or just the author being snarky?", *said).doubts
    assert not resolve("是真的吗？").doubts  # nothing said yet to doubt


def test_a_correction_naming_both_asks_of_the_new_one_and_an_ordinal_after_a_comparison_is_one_of_them():
    keras = ("user", "Is Keras a good choice for a beginner?"), ("assistant", "…")
    assert resolve("Sorry, I meant MXNet, not Keras.", *keras).text == "Is MXNet a good choice for a beginner?"
    compared = ("user", "Keras和PyTorch哪个更容易上手?"), ("assistant", "…")
    assert resolve("前者适合初学者吗?", *compared).text == "Keras适合初学者吗?"


@pytest.mark.parametrize(
    ("follow", "means"),
    [("Why is the other one weaker there?", "production"), ("另一个在这方面为什么差？", "生产部署")],
)
def test_the_other_one_there_is_the_other_framework_on_what_the_last_turn_was_about(follow, means):
    asked = (
        ("user", "Which is better for putting models into production, PyTorch or TensorFlow?"),
        ("assistant", "**For production, the article favours TensorFlow.**"),
    )
    resolved = resolve(follow, *asked)
    assert "PyTorch" in resolved.text and means in resolved.text, resolved.text
    # "there" that is no place pointed back at adds nothing.
    assert "production" not in resolve("Is there a framework for R?", *asked).text


@pytest.mark.parametrize("follow", ["那分布式训练的话哪个强", "And which is stronger for distributed training?"])
def test_which_one_on_a_need_named_now_after_a_fact_chooses_anew_not_about_that_framework(follow):
    asked = (("user", "PyTorch不行吗?我们组都只会PyTorch"), ("assistant", "**文章关于 PyTorch的说法：**"))
    resolved = resolve(follow, *asked)
    assert resolved.kind == "choice" and "PyTorch" not in resolved.text, resolved


@pytest.mark.parametrize(
    ("doubt", "claim"),
    [
        ("你确定吗？我听说它们现在其实越来越像了", "越来越像"),
        ("Are you sure? I heard they are becoming alike", "alike"),
    ],
)
def test_a_doubt_that_brings_a_claim_of_its_own_asks_that_claim_of_what_was_discussed(doubt, claim):
    asked = (("user", "PyTorch跟TensorFlow最根本的差别是什么?"), ("assistant", "**PyTorch 与 TensorFlow 对比**"))
    resolved = resolve(doubt, *asked)
    assert not resolved.doubts and claim in resolved.text and "PyTorch" in resolved.text, resolved
    # A doubt with nothing of its own asks the last question again, as the article's claim.
    assert resolve("这说法靠谱吗，是真的吗？", *asked).doubts


@pytest.mark.parametrize(
    ("follow", "means", "not_means"),
    [
        ("那社群呢?跟TensorFlow比起来怎样", "MXNet", "文档"),
        ("How is its community compared to Keras?", "MXNet's", "documentation"),
    ],
)
def test_set_against_a_framework_named_now_on_a_topic_named_now(follow, means, not_means):
    asked = (("user", "MXNet的文档写得好不好?"), ("assistant", "**不。文章指出了 MXNet的文档与教程的不足。**"))
    resolved = resolve(follow, *asked)
    assert means in resolved.text and not_means not in resolved.text, resolved.text


def test_which_of_these_frameworks_as_a_first_message_chooses_among_the_articles():
    resolved = resolve("Which of these frameworks can I use from JavaScript?")
    assert not resolved.clarify
    assert resolve("Which of them is best?").clarify  # nothing to narrow, no need named


def test_short_follow_ups_that_name_nothing_keep_the_thread():
    mobile = (
        ("user", "TensorFlow 在手机上表现怎么样?"),
        ("assistant", "**文章指出了 TensorFlow的移动端/嵌入式的不足。**"),
    )
    fix = resolve("有什么解决办法吗?", *mobile)
    assert fix.text.startswith("TensorFlow") and "移动端" in fix.text and fix.kind == "fact"
    turns = (
        ("user", "我是小白,tensorflow和pytorch选哪个好?"),
        ("assistant", "**就新手入门而言，文章更看好 PyTorch。**"),
        ("user", "那以后要部署上线呢?"),
        ("assistant", "**就生产部署而言，文章推荐 TensorFlow。**"),
    )
    verdict = resolve("所以结论到底选哪个", *turns)
    assert verdict.kind == "choice" and "新手入门" in verdict.text and "生产部署" in verdict.text
    cons = (("user", "PyTorch有什么缺点"), ("assistant", "**文章指出了 PyTorch的不足。**"))
    assert resolve("就这一个?", *cons).text == "PyTorch有什么缺点"  # more of the same, not a new pick
    # A pronoun in a short clause of its own points back, however long the question.
    picked = (("user", "我显存很小,该用哪个框架?"), ("assistant", "**就显存/内存小而言，文章推荐 MXNet。**"))
    assert "MXNet" in resolve("那如果我完全是新手呢?还推荐它吗?", *picked).text


def test_a_why_that_says_something_of_its_own_is_not_a_bare_why():
    cons = (("user", "PyTorch有什么缺点"), ("assistant", "**文章指出了 PyTorch的不足。**"))
    resolved = resolve("那学术界为啥不在乎这个", *cons)
    assert "学术界" in resolved.text and not resolved.asks_cause
    assert resolve("为什么会这样？", *cons).asks_cause


@pytest.mark.parametrize("follow", ["PyTorch有类似的工具吗?", "Does PyTorch have something similar?"])
def test_something_similar_asked_of_another_framework_is_like_the_tool_just_discussed(follow):
    resolved = resolve(
        follow, ("user", "TensorBoard是干嘛的"), ("assistant", "**文章关于 TensorBoard（TensorFlow）的说法：**")
    )
    assert "PyTorch" in resolved.text and "TensorBoard" in resolved.text


def test_why_after_a_question_about_no_framework_asks_the_articles_reasons():
    asked = (("user", "作者觉得中国有必要自研深度学习框架吗?"), ("assistant", "**文章的说法：**"))
    resolved = resolve("为什么?", *asked)
    assert not resolved.clarify and resolved.asks_cause and "自研" in resolved.text


def test_which_ones_drawbacks_after_asking_each_in_turn_sets_the_two_against_each_other():
    turns = (
        ("user", "Keras的缺点有哪些"),
        ("assistant", "**文章指出了 Keras的不足。**"),
        ("user", "那PyTorch的呢"),
        ("assistant", "**文章指出了 PyTorch的不足。**"),
    )
    resolved = resolve("哪个的缺点更致命一点?", *turns)
    assert resolved.kind == "compare" and "Keras" in resolved.text and "PyTorch" in resolved.text


def test_the_first_one_you_recommended_counts_through_the_picks_not_the_last_list():
    turns = (
        ("user", "要做大规模分布式训练,多GPU多机器,选哪个?"),
        ("assistant", "**就分布式/多卡而言，文章推荐 MXNet。**\n其他可选：TensorFlow、OneFlow\n\n理由：…"),
        ("user", "还有别的选择吗?"),
        ("assistant", "**就分布式/多卡而言，文章推荐 OneFlow、TensorFlow。**\n其他可选：MindSpore"),
    )
    first = resolve("那你第一个推荐的社区活跃吗?", *turns)
    assert first.text == "那MXNet社区活跃吗?", first
    assert "OneFlow" in resolve("那第一个社区活跃吗?", *turns).text  # the last list, as before
    english = resolve("is the second one you recommended easy to learn?", *turns)
    assert english.text == "is OneFlow easy to learn?", english


def test_the_tool_or_them_named_by_what_was_just_asked_points_back_at_it():
    tool = (
        ("user", "wich framework comes with a built-in tool to visualize training in real time?"),
        ("assistant", "…"),
    )
    resolved = resolve("What's the tool called and what can it show?", *tool)
    assert "visualize training" in resolved.text, resolved
    china = (
        ("user", "Does the article think China needs to build its own deep learning frameworks?"),
        ("assistant", "…"),
    )
    resolved = resolve("What does it say is the key to success for them?", *china)
    assert "China" in resolved.text and not resolved.clarify, resolved


def test_the_other_one_of_a_longer_list_is_the_other_of_the_two_it_leads_with():
    turns = (
        ("user", "What are the two biggest players according to the article?"),
        (
            "assistant",
            "**What the article says:**\n- **TensorFlow** (for): “…” [1]\n- **PyTorch** (for): “…” [2]\n- **OneFlow** (for): “…” [3]",
        ),
        ("user", "which one rules academia?"),
        ("assistant", "**For research, the article points to PyTorch.**"),
    )
    other = resolve("and the other one?", *turns)
    assert "TensorFlow" in other.text and not other.clarify, other


def test_an_ordinal_over_the_questions_own_list_asks_of_that_one_and_the_list_stays_for_later():
    first = "PyTorch和TensorFlow,前者在哪个领域更受欢迎?"
    resolved = resolve(first)
    assert not resolved.clarify and resolved.text == "PyTorch在哪个领域更受欢迎?"
    assert "TensorFlow" in resolve("后者呢?", ("user", first), ("assistant", "…")).text
    assert resolve("Between Keras and PyTorch, is the latter good for beginners?").text == (
        "is PyTorch good for beginners?"
    )
    # The list and the ordinal in one clause: nothing to ask of the one meant apart from the list.
    assert resolve("PyTorch和TensorFlow前者更好吗?").text == "PyTorch和TensorFlow前者更好吗?"


@pytest.mark.parametrize(
    "text", ["Mindspore第一个正式版本的版本号是多少?", "What was the first one released of MindSpore?"]
)
def test_an_ordinal_that_counts_releases_is_no_framework_pointed_at(text):
    assert not resolve(text).clarify


def test_it_after_asking_for_a_tool_is_the_tool_the_answer_named_not_the_framework():
    said = "**Yes.**\n- **TensorFlow** (for · visualization): “自带TensorBoard组件,能可视化计算图;” [1]"
    asked = ("user", "Does TensorFlow have a built-in visualization tool?"), ("assistant", said)
    assert resolve("What does it let you do?", *asked).text == "What does TensorBoard let you do?"
    # Its strengths, the first of them its TensorBoard: "it" is still TensorFlow.
    strengths = ("user", "TensorFlow有哪些优点？"), ("assistant", said)
    assert resolve("它有什么缺点？", *strengths).text == "TensorFlow有什么缺点？"


def test_which_of_the_points_just_listed_stays_with_their_framework():
    said = (
        "**The article points out weaknesses in TensorFlow.**\n"
        "- **TensorFlow** (against · ease of learning): “从框架本身的语言设计来看,入门难度较大。” [1]\n"
        "- **TensorFlow** (against · mobile and embedded): “在移动平台和嵌入式领域中TensorFlow过于“臃肿”。” [2]"
    )
    pitfalls = ("user", "What are TensorFlow's pitfalls?"), ("assistant", said)
    resolved = resolve("Which one is about mobile?", *pitfalls)
    assert resolved.kind == "fact" and resolved.text.startswith("TensorFlow")
    # Which framework is better at something is a new pick, not one of the points.
    strengths = ("user", "Keras的优点有哪些"), ("assistant", said.replace("TensorFlow", "Keras"))
    assert not resolve("哪个更适合部署", *strengths).text.startswith("Keras")


def test_it_after_a_question_on_one_quality_asks_within_that_quality():
    asked = ("user", "TensorFlow在移动端表现如何"), ("assistant", "…")
    assert resolve("What did Google do about it?", *asked).text == (
        "What did Google do about TensorFlow? (mobile and embedded)"
    )
    assert resolve("它是谁开发的", *asked).text == "TensorFlow是谁开发的"  # a fact of its own


def test_a_dispute_that_names_no_quality_is_about_the_one_just_asked():
    asked = ("user", "TensorFlow文档好不好?"), ("assistant", "**文章对 TensorFlow的文档与教程有褒有贬。**")
    resolved = resolve("不对吧,文章不是说很乱吗?", *asked)
    assert resolved.text.startswith("TensorFlow") and "文档" in resolved.text


def test_why_not_after_a_resolved_follow_up_answered_no_asks_the_reasons_for_the_no():
    said = "（理解为：MXNet受欢迎吗？）\n\n**不。文章指出了 MXNet的地位与热度的不足。**"
    turns = ("user", "PyTorch受欢迎吗？"), ("assistant", "**是的。…**"), ("user", "那MXNet呢？"), ("assistant", said)
    resolved = resolve("为什么？", *turns)
    assert resolved.asks_cause and resolved.cause_side == "con"


def test_why_after_a_pick_for_a_small_graphics_card_is_no_question_about_buying_one():
    picked = ("user", "我的显卡内存很小,该用哪个框架?"), ("assistant", "**就显存/内存小而言，文章推荐 MXNet。**")
    resolved = resolve("为什么?", *picked)
    assert "MXNet" in resolved.text and not reader(resolved.text).refusal


def test_one_of_a_list_asked_about_in_overview_is_an_overview_of_it():
    assert reader("其中OneFlow有什么特点?").overview and reader("Of those, what about OneFlow?").overview


def test_what_the_point_just_quoted_means_is_asked_of_that_point():
    said = "**文章關於 TensorFlow的說法：**\n- **TensorFlow**（不足·靈活性）：“系统设计过于复杂,代码总量逾100万行;”[1]"
    resolved = resolve("这代表什么问题?", ("user", "TensorFlow 的代码量有多大?"), ("assistant", said))
    assert resolved.kind == "fact" and "代码总量逾100万行" in resolved.text


def test_what_to_use_then_after_a_no_asks_for_another_framework_on_that_need():
    turns = ("user", "Is PyTorch good for production deployment?"), ("assistant", "**No. …**")
    resolved = resolve("Then what should I use?", *turns)
    assert resolved.kind == "choice" and "PyTorch" in resolved.exclude


def test_it_as_the_subject_of_anything_else_asks_more_about_it_not_for_other_frameworks():
    picked = ("user", "我显卡显存很小,用哪个框架比较好?"), ("assistant", "**就显存/内存小而言，文章推荐 MXNet。**")
    resolved = resolve("它还有什么别的特点?", *picked)
    assert resolved.kind == "fact" and resolved.text.startswith("MXNet") and not resolved.exclude
    assert resolve("除了它还有别的选择吗?", *picked).exclude == ("MXNet",)


def test_other_reasons_after_a_question_about_no_framework_asks_for_more_of_it():
    asked = ("user", "为啥中国要自己搞深度学习框架?"), ("assistant", "**文章的说法：**")
    resolved = resolve("还有别的原因吗?", *asked)
    assert resolved.text == "为啥中国要自己搞深度学习框架?" and "—" not in resolved.text


def test_a_group_named_after_a_pick_narrows_where_to_look_on_the_same_need():
    picked = (
        ("user", "I want to do distributed training across many GPUs and machines. Which framework?"),
        ("assistant", "**For distributed training, the article points to MXNet.**"),
    )
    resolved = resolve("What about the Chinese ones?", *picked)
    q = resolved.apply(reader(resolved.text))
    assert q.kind == "choice" and {r.name for r in q.requirements} >= {"distributed"} | {
        r.name for r in reader("What about the Chinese ones?").requirements
    }


def test_both_of_them_names_the_two_just_compared():
    compared = ("user", "TensorFlow 和 PyTorch 的设计初衷差在哪?"), ("assistant", "…")
    resolved = resolve("那现在两者是不是越来越像?", *compared)
    assert "TensorFlow" in resolved.text and "PyTorch" in resolved.text and "两者" not in resolved.text


def test_it_with_a_question_of_its_own_is_not_narrowed_to_the_last_topic():
    state_turns = ("user", "OneFlow的分布式性能怎么样?"), ("assistant", "…")
    assert resolve("它引入了什么新机制?", *state_turns).text == "OneFlow引入了什么新机制?"


def test_among_them_after_one_frameworks_list_asks_of_that_framework():
    # "其中" after a list said of one framework (its languages) is within that list, not a pick
    # among frameworks: it had asked back which framework was meant.
    resolved = resolve("其中有Rust吗?", ("user", "TensorFlow支持哪些编程语言?"), ("assistant", "…"))
    assert not resolved.clarify and resolved.text == "TensorFlow：其中有Rust吗?"
    # Which one of them, after frameworks were set out, is still a pick among those.
    listed = resolve(
        "其中哪个主打自动并行?",
        ("user", "国内有哪些框架?"),
        ("assistant", "**文章提到的国产框架：MindSpore、MegEngine、TNN。**"),
    )
    assert listed.kind == "choice" and "MindSpore" in listed.candidates


@pytest.mark.parametrize(
    "follow_up", ["我要是只想学一个呢?", "我只能学一个,选哪个?", "If I could only learn one, which?"]
)
def test_only_one_of_the_frameworks_just_discussed_sets_them_against_each_other(follow_up):
    resolved = resolve(follow_up, ("user", "TF 是不是已经被 PyTorch 干掉了?"), ("assistant", "…"))
    assert not resolved.clarify and resolved.kind in ("compare", "choice"), resolved
    assert "TensorFlow" in resolved.text and "PyTorch" in resolved.text, resolved


def test_these_two_are_the_two_just_talked_about_not_every_framework_named_in_passing():
    turns = (
        ("user", "动态计算图是哪个框架的卖点?"),
        (
            "assistant",
            "**就动态计算图而言，文章推荐 PyTorch。**\n- **PyTorch**（优势）：“有TensorFlow的“宏大蓝图”在前,PyTorch…”[1]",
        ),
        ("user", "那MXNet在编程方式上有什么特点?"),
        ("assistant", "**文章关于 MXNet的说法：**"),
    )
    resolved = resolve("这两个哪个更灵活?", *turns)
    assert resolved.kind == "choice" and set(resolved.candidates) == {"PyTorch", "MXNet"}, resolved


def test_alternatives_after_a_turn_that_named_nothing_are_to_the_last_framework_talked_about():
    turns = (
        ("user", "Keras 适合初学者吗?"),
        ("assistant", "**文章关于 Keras的新手入门的说法：**"),
        ("user", "为什么有人反对?"),
        ("assistant", "**文章的说法：**\n- **Keras**（不足）：“反对者认为,…”[1]"),
    )
    resolved = resolve("有没有其他替代方案?", *turns)
    assert not resolved.clarify and resolved.kind == "choice" and "Keras" in resolved.exclude, resolved


def test_the_translations_under_an_english_answers_quotes_are_not_read_as_its_words():
    # The lines a reply picks by are read as the reply wrote them: translation lines beneath its
    # quotes neither push its runners-up out of reach nor name frameworks it listed.
    quotes = []
    for n, (name, text) in enumerate(
        [("Keras", "Keras可能会是最易上手的一个工具。"), ("PyTorch", "足够简单易用")] * 2, 1
    ):
        quotes += [
            f"- **{name}** (for · getting started): “{text}” [{n}]",
            "  - *Translation:* unlike TensorFlow and MXNet, it is easy to get started with.",
        ]
    reply = "\n".join(
        ["**For getting started, the article points to Keras, PyTorch.**", *quotes, "Also worth a look: Jittor"]
    )
    history = [{"role": "user", "content": "I'm a beginner, which framework should I learn?"}]
    history.append({"role": "assistant", "content": reply})
    turn = conversation.state_from(history, reader, V, max_turns=12).turns[-1]
    assert turn.picks == ("Keras", "PyTorch")
    assert turn.runners_up == ("Jittor",)
    assert "TensorFlow" not in turn.listed and "MXNet" not in turn.listed
    assert [quote for _, quote in turn.points][:2] == ["Keras可能会是最易上手的一个工具。", "足够简单易用"]


@pytest.mark.parametrize(
    ("follow_up", "before"),
    [
        ("这篇文章是什么时候写的？", ("TensorFlow现在最新版本是多少？", "**TensorFlow 的说法：**…")),
        ("文章发在哪个网站", ("MindSpore是谁的", "**据文章，MindSpore 的开发方：华为[1]。**")),
        ("What does the article conclude at the end?", ("Can I just learn Keras?", "**Keras:** …")),
        ("那文章说谁的热度最高", ("PyTorch在GitHub上有多少star？", "**PyTorch 的说法：**…")),
        ("文章最后的建议是什么", ("那PyTorch呢?", "**就求职而言，文章推荐 PyTorch。**")),
        ("Why does the article think China needs its own frameworks?", ("OneFlow有什么特别的?", "**OneFlow：** …")),
    ],
)
def test_a_question_about_the_article_or_asking_which_one_is_not_asked_of_the_last_framework(follow_up, before):
    asked, said = before
    resolved = resolve(follow_up, ("user", asked), ("assistant", said)).text
    assert not any(name in resolved for name in ("TensorFlow", "MindSpore", "Keras", "PyTorch", "OneFlow")), resolved


def test_too_before_a_quality_is_no_also_and_for_that_is_the_last_topic():
    # "too bloated" is an intensifier, not "Does Keras do that too?"; "for that" is the need asked before.
    asked = "Our team ships models to Android phones. Which framework does the article suggest for mobile?"
    said = "**According to the article, the frameworks supporting mobile and embedded: MXNet.**"
    resolved = resolve("Isn't TensorFlow too bloated for that?", ("user", asked), ("assistant", said)).text
    assert resolved == "Isn't TensorFlow too bloated for that? (mobile and embedded)"
    assert not V.likewise("Is MXNet too slow?") and V.likewise("Does Keras do that too?")


def test_he_after_a_founder_is_that_person_not_the_author():
    # Blind round 74: "他说过什么?" after "它的创始人是谁?" was read as what the article says.
    resolved = resolve(
        "他说过什么?",
        ("user", "MXNet什么时候进的Apache?"),
        ("assistant", "**据文章，MXNet 的时间：2017年1月[1]。**"),
        ("user", "它的创始人是谁?"),
        ("assistant", "**据文章，MXNet 的创始人：李沐[1]。**"),
    ).text
    assert resolved == "MXNet的创始人说过什么?"


@pytest.mark.parametrize(
    ("first", "second", "which", "expected"),
    [
        (
            "Does TensorFlow support distributed training?",
            "and MXNet?",
            "which is better at it?",
            "which is better at distributed training? (among TensorFlow, MXNet)",
        ),
        (
            "TensorFlow支持分布式吗",
            "MXNet呢",
            "哪个在这方面更强?",
            "在TensorFlow、MXNet中，哪个在这方面更强?（分布式/多卡）",
        ),
    ],
)
def test_which_is_better_after_two_frameworks_in_turn_is_between_them_on_what_was_asked(first, second, which, expected):
    # Blind round 74: "which is better at it?" had been "which is better at MXNet?".
    said = "**Yes.** …"
    resolution = resolve(which, ("user", first), ("assistant", said), ("user", second), ("assistant", said))
    assert resolution.text == expected and set(resolution.candidates) == {"TensorFlow", "MXNet"}


def test_this_after_a_fact_of_one_framework_asks_on_a_need_of_that_framework():
    # Blind round 74: "这对部署有啥帮助?" after AWS was said to have picked MXNet had been asked of
    # no framework, and got TensorFlow's and PyTorch's deployment.
    resolved = resolve(
        "这对部署有啥帮助?",
        ("user", "so which cloud picked MXNet then?"),
        ("assistant", "**According to the article, MXNet's backer: AWS [1].**"),
    ).text
    assert resolved == "MXNet：这对部署有啥帮助?"
