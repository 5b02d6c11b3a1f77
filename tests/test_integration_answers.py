"""The advisor with the real embedding model on the shipped index (integration)."""

import json
import re

import pytest
from click.testing import CliRunner

from chat.cli import main

pytestmark = pytest.mark.integration


def test_eval_holds_the_held_out_part_to_its_floors():
    """CI gate: `framework-advisor eval` exits non-zero when the held-out part falls below the
    regression floors in chat.evaluation.FLOORS (nothing is tuned on that part; see
    tests/golden/README.md). The issue's higher targets are reported, not yet met."""
    from chat.evaluation import FLOORS

    result = CliRunner().invoke(main, ["eval", "--json"])
    print(result.output)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    held = report["parts"]["heldout"]
    assert held["citation_validity"] == 1.0
    assert held["key_fact_accuracy"] >= FLOORS.key_facts
    assert held["quote_role_mismatch"] <= FLOORS.quote_role_mismatch
    assert report["annotation_agreement"]["all"]["subject"] >= 0.95
    assert report["annotation_agreement"]["all"]["stance"] >= 0.90


@pytest.mark.parametrize(
    "question",
    [
        "今天北京天气怎么样？",
        "What is the capital of France?",
        "qxzv wplk ymmb",
        "推荐一部最近好看的电影",
        "比特币现在多少钱一个？",
    ],
)
def test_off_topic_questions_are_refused(real_advisor, question):
    answer = real_advisor.ask(question)
    assert answer.abstained and not answer.citations


def test_english_choice_is_answered_in_english(real_advisor):
    answer = real_advisor.ask("Which framework is best for deploying models in production?")
    assert answer.recommendations[0] == "TensorFlow"
    assert answer.text.startswith("**For production, the article points to TensorFlow")
    assert "Watch out for" in answer.text and "2020-09" in answer.text


def test_low_memory_choice_recommends_mxnet(real_advisor):
    answer = real_advisor.ask("显存小用什么？")
    assert answer.recommendations == ["MXNet"]
    assert any("显存" in c.text for c in answer.citations)


def test_follow_up_after_a_choice(real_advisor):
    first = real_advisor.ask("Which framework should a complete beginner start with?")
    history = [
        {"role": "user", "content": "Which framework should a complete beginner start with?"},
        {"role": "assistant", "content": first.text},
    ]
    answer = real_advisor.ask("What are its drawbacks?", history)
    assert first.recommendations[0] in answer.question
    assert not answer.abstained and answer.language == "en"


@pytest.mark.parametrize(
    ("question", "opens", "says"),
    [
        ("Was PyTorch released in 2016?", "**No. ", "January 2017"),
        ("MXNet的社区活跃吗？", "**不。", "MXNet"),
        ("TensorFlow是Facebook开发的吧？", "**不对。", "Google Brain"),
        ("Is PyTorch easy to learn?", "**Yes. ", "PyTorch"),
    ],
)
def test_yes_no_questions_open_with_yes_or_no(real_advisor, question, opens, says):
    answer = real_advisor.ask(question)
    assert answer.text.startswith(opens) and says in answer.verdict, answer.text[:200]


@pytest.mark.parametrize(
    ("question", "name", "says"),
    [
        ("Which framework uses the Actor model?", "OneFlow", "Actor"),
        ("which framework lets me watch my training in real time with graphs?", "TensorFlow", "TensorBoard"),
    ],
)
def test_which_framework_did_something_in_english_names_it_with_its_sentence(real_advisor, question, name, says):
    answer = real_advisor.ask(question)
    assert name in answer.verdict and not answer.recommendations, answer.text
    assert len(answer.citations) == 1 and says in answer.citations[0].text


def test_a_lookup_for_something_the_article_never_mentions_names_no_framework(real_advisor):
    answer = real_advisor.ask("哪个框架有自动微分？")
    assert not answer.verdict.startswith("据文章，是"), answer.text


def test_a_yes_no_question_about_two_frameworks_quotes_what_the_article_says_of_them_together(real_advisor):
    answer = real_advisor.ask("文章是不是说TF和PyTorch以后会合并？")
    assert answer.kind == "fact" and "对比" not in answer.verdict, answer.text
    assert "融合" in answer.citations[0].text and "垄断" in answer.citations[0].text, answer.text


@pytest.mark.parametrize("question", ["TensorFlow为啥能当老大？", "Keras和TensorFlow有什么区别？", "MXNet的缺点"])
def test_no_heading_is_left_without_a_quote_under_it(real_advisor, question):
    lines = real_advisor.ask(question).text.splitlines()
    for i, line in enumerate(lines):
        if line.endswith(("：", ":")) and not line.startswith(("**", "- ", "  -", "（")):
            below = next((x for x in lines[i + 1 :] if x.strip()), "")
            assert below.lstrip().startswith("- "), (line, lines)


def test_a_warning_off_the_needs_core_is_labelled_by_what_it_is_against(real_advisor):
    answer = real_advisor.ask("有没有能兼顾科研和生产部署的框架？")
    caveats = [c for c in answer.citations if c.role == "caveat"]
    assert caveats, answer.text
    assert all(c.label != "科研" for c in caveats), caveats  # a complex system is not a research flaw
    # (Nor is it one of flexibility: "…希望了解TF的底层运行机制,无疑漫长而艰辛" is about learning its
    # inner workings; it had been shown here as TensorFlow's flexibility caveat, blind round 83.)
    assert not any("底层运行机制" in c.text and "灵活" in c.label for c in answer.citations), answer.text


def test_a_question_about_no_framework_is_led_by_the_sentence_sharing_its_words(real_advisor):
    answer = real_advisor.ask("自研的出路在哪")
    assert "出路" in answer.citations[0].text or "自研之路" in answer.citations[0].text, answer.text


def test_a_clause_about_one_framework_is_labelled_by_what_that_clause_says(real_advisor):
    answer = real_advisor.ask("PaddlePaddle有什么特点？")
    paddle = [c for c in answer.citations if c.text == "PaddlePaddle模型库丰富"]
    assert paddle and all(c.label == "模型库" for c in paddle)  # not what the other clauses speak to


def test_still_worth_learning_is_answered_by_the_articles_advice_not_by_its_complaints(real_advisor):
    answer = real_advisor.ask("那我还值得学TF吗")
    assert answer.verdict.startswith("是的。") and "投入时间学习" in answer.citations[0].text
    # Asked of a quality, the quotes on that quality decide ("TensorFlow好学吗" → 不。).
    assert real_advisor.ask("TensorFlow好学吗").verdict.startswith("不。")


def test_old_code_of_one_version_asks_about_compatibility_and_why_is_the_point_it_instances(real_advisor):
    question = "那我以前写的tf1代码还能直接跑吗"
    answer = real_advisor.ask(question)
    # ("很多开源代码无法在新版本上运行": much of it, so no plain "不"; blind round 79.)
    assert answer.verdict.startswith("不完全是。") and "无法在新版本上运行" in answer.citations[0].text
    why = real_advisor.ask(
        "为啥会这样", [{"role": "user", "content": question}, {"role": "assistant", "content": answer.text}]
    )
    # "尤其在TF2发布后,…" is an instance of the point before it: the interface changes are why.
    assert "版本间不兼容" in why.citations[0].text and "地位" not in why.text, why.text


def test_a_quality_the_article_judges_both_ways_gets_both_sides_not_a_plain_no(real_advisor):
    # "到底适不适合" shares its words with "Keras到底适不适合推荐则是见仁见智", whose neighbours are
    # warnings; the article also calls Keras "最易上手".
    answer = real_advisor.ask("Keras到底适不适合新手?")
    roles = {c.role for c in answer.citations if c.subject == "Keras"}
    assert {"reason", "caveat"} <= roles and not answer.text.startswith("**不。"), answer.text


def test_old_code_after_a_version_question_asks_about_compatibility(real_advisor):
    history = []
    for turn in ("tf2.0啥时候出的", "跟1.0比变化大吗"):
        history += [
            {"role": "user", "content": turn},
            {"role": "assistant", "content": real_advisor.ask(turn, history).text},
        ]
    answer = real_advisor.ask("那老代码还能跑吗", history)
    assert "TensorFlow" in answer.question and "无法在新版本上运行" in answer.citations[0].text, answer.text


def test_old_code_that_should_still_run_is_answered_no_by_the_version_break(real_advisor):
    answer = real_advisor.ask("Will my old TensorFlow code still run?")
    assert answer.text.startswith("**Partly.") and "无法在新版本上运行" in answer.citations[0].text, answer.text


def test_the_way_out_asked_after_why_is_led_by_what_the_article_says_it_is(real_advisor):
    # The follow-up is read with the last question, but the words typed now say what is asked:
    # "差异化…制胜关键", not the reasons for building frameworks again.
    history = [{"role": "user", "content": "為什麼中國要自研深度學習框架?"}, {"role": "assistant", "content": "…"}]
    follow = real_advisor.ask("那出路在哪?", history)
    assert "差异化" in follow.citations[0].text, follow.text[:400]


def test_what_a_framework_runs_on_is_read_in_the_articles_words(real_advisor):
    # "底层用的啥" is "基于…" in the article's words, not "忽略底层原理" by the shared "底层".
    answer = real_advisor.ask("Keras底层用的啥")
    assert "基于以TensorFlow为代表" in answer.citations[0].text, answer.text[:300]


def test_the_framework_a_lookup_finds_is_named_and_its_sentence_stays_its_owners(real_advisor):
    lookup = real_advisor.ask("Keras底层用的是什么框架?")
    # (The sentence says "以TensorFlow为代表的多种…": TensorFlow, as one of several.)
    assert lookup.verdict.startswith("据文章，是以 TensorFlow 为代表的多种") and lookup.citations[0].subject == "Keras"


def test_the_names_an_english_answer_lists_are_those_of_the_quote_as_shown(real_advisor):
    # A clause of a sentence naming several frameworks names only what the clause names.
    history = [{"role": "user", "content": "Tell me about Keras"}, {"role": "assistant", "content": "…"}]
    answer = real_advisor.ask("Is it actually a framework, strictly speaking?", history)
    line = next((x for x in answer.text.splitlines() if x.startswith("Named in the quote:")), "")
    shown = answer.citations[0].text if answer.citations else ""
    names = re.split(r", | and ", line.removeprefix("Named in the quote:").strip(" ."))
    assert all(name in shown for name in names if name), (line, shown)


def test_the_way_forward_asked_in_english_leads_with_what_the_article_says_it_is(real_advisor):
    answer = real_advisor.ask("What is the way forward for Chinese frameworks?")
    assert "差异化" in answer.citations[0].text, answer.text[:300]
    why = "Why does the article think China needs its own deep learning frameworks?"
    history = [{"role": "user", "content": why}, {"role": "assistant", "content": "…"}]
    follow = real_advisor.ask("What does it say is the key to success for them?", history)
    assert "差异化" in follow.citations[0].text, follow.text[:300]


def _turns(*pairs):
    return [{"role": r, "content": c} for r, c in pairs]


def test_he_with_a_verb_of_opinion_is_the_author_and_a_clause_negation_is_a_no(real_advisor):
    first = "作者觉得TensorFlow和PyTorch是不是越来越像了?"
    history = _turns(("user", first), ("assistant", real_advisor.ask(first).text))
    answer = real_advisor.ask("那他认为框架市场最后会被一家垄断吗?", history)
    assert answer.question == "那文章认为框架市场最后会被一家垄断吗?"
    assert answer.verdict.startswith("不。")
    assert any("不可能由某个企业、某个产品垄断" in c.text for c in answer.citations)


def test_which_of_them_did_x_is_the_one_whose_sentence_says_x(real_advisor):
    first = "文章里提到了哪些国产框架?"
    history = _turns(("user", first), ("assistant", real_advisor.ask(first).text))
    answer = real_advisor.ask("其中哪个引入了Actor模型?", history)
    assert "OneFlow" in answer.verdict and "Actor模型" in answer.citations[0].text
    history += _turns(("user", "其中哪个引入了Actor模型?"), ("assistant", answer.text))
    maker = real_advisor.ask("它是哪家公司做的?", history)
    assert maker.question.startswith("OneFlow") and "一流科技" in maker.text


def test_the_first_reason_of_a_quoted_enumeration_is_that_item_and_not_after_the_date(real_advisor):
    first = "TensorFlow 為什麼能這麼紅?"
    history = _turns(("user", first), ("assistant", real_advisor.ask(first).text))
    answer = real_advisor.ask("第一個原因具體是什麼意思?", history)
    assert not answer.abstained and "背靠大树好乘凉" in answer.question
    assert "设计宏大" not in answer.question and "2020-09" not in answer.text.split("\n")[0]


def test_what_a_framework_focuses_on_is_an_overview_of_it(real_advisor):
    answer = real_advisor.ask("MindSpore主打什么能力?")
    assert not answer.abstained and answer.direct
    assert any("自动并行" in c.text for c in answer.citations)


def test_users_said_in_other_words_are_the_articles_users(real_advisor):
    answer = real_advisor.ask("MXNet 的使用者社群很活躍嗎?")
    assert answer.verdict.startswith("不。") and "用户社区活跃度较低" in answer.citations[0].text
    assert "說的是" not in answer.text


def test_one_of_several_is_not_presented_as_the_one(real_advisor):
    answer = real_advisor.ask("Keras可以基于哪些框架来建模?")
    assert "多种" in answer.verdict and "TensorFlow" in answer.verdict


def test_a_general_yes_no_is_led_by_the_sentence_that_denies_it(real_advisor):
    answer = real_advisor.ask("深度学习框架有没有最好的?")
    assert answer.verdict.startswith("不。")
    assert "并无“最好”与“最坏”之分" in answer.citations[0].text


def test_what_a_point_means_is_answered_by_what_the_article_says_around_it(real_advisor):
    first = "What did MXNet's founder say about its early strategy?"
    shown = real_advisor.ask(first)
    answer = real_advisor.ask("What does that mean?", _turns(("user", first), ("assistant", shown.text)))
    assert not {c.text for c in answer.citations} & {c.text for c in shown.citations}  # not the point again
    assert any("推广不给力" in c.text for c in answer.citations)  # the consequence the article gives
    assert "founder" not in answer.verdict  # the point's own words ask for no founder


def test_why_after_a_no_gives_the_cause_the_sentence_states_and_cuts_no_cause_off(real_advisor):
    first = "文章觉得以后深度学习框架会被一家垄断吗?"
    shown = real_advisor.ask(first)
    assert shown.verdict.startswith("不。")
    answer = real_advisor.ask("为什么?", _turns(("user", first), ("assistant", shown.text)))
    assert "用户需求也是多样的" in answer.citations[0].text  # "…这就注定不可能…垄断": its cause
    assert all(c.text != "就像TensorFlow也曾一家独大" for c in answer.citations)  # no clause cut off its cause


def test_a_question_holding_the_articles_own_words_is_answered_and_a_sentence_on_two_quoted_whole(real_advisor):
    answer = real_advisor.ask("為什麼會變成兩強對峙?")
    assert not answer.abstained
    assert any("两强对峙的局面,关键就在于两者设计初衷的差异" in c.text for c in answer.citations)


@pytest.mark.parametrize("question", ["那它底層是架在什麼上面?", "那它底層是靠什麼在跑?"])
def test_what_it_is_built_on_in_other_words_is_what_it_is_based_on(real_advisor, question):
    first = "Keras是什么?"
    answer = real_advisor.ask(question, _turns(("user", first), ("assistant", real_advisor.ask(first).text)))
    assert "基于以TensorFlow为代表的多种深度学习框架" in answer.citations[0].text


def _talk(advisor, turns):
    history, answers = [], []
    for turn in turns:
        answers.append(advisor.ask(turn, history))
        history += _turns(("user", turn), ("assistant", answers[-1].text))
    return answers


def test_for_example_shows_the_list_of_frameworks_the_last_answer_quoted(real_advisor):
    answers = _talk(real_advisor, ["中国为啥非要自己搞深度学习框架?", "那国产框架靠啥突围?", "举个例子"])
    assert any("MegEngine追求训练推理一体化" in c.text for c in answers[1].citations)
    assert answers[2].citations and not answers[2].abstained  # the examples, not "nothing more"


def test_it_after_a_question_about_the_article_is_the_article_and_its_advice(real_advisor):
    answers = _talk(real_advisor, ["文章觉得有没有最好的框架?", "那它建议我根据啥来选?"])
    assert any("技术背景、需求和期望" in c.text for c in answers[1].citations)


def test_how_many_people_use_it_gets_no_figure_but_its_large_community(real_advisor):
    answer = real_advisor.ask("How many people use Keras?")
    assert answer.text.startswith("**The article gives no figures for this**")
    assert "用户社区庞大" in answer.citations[0].text


def test_breaking_old_code_is_asked_as_a_weakness(real_advisor):
    answers = _talk(real_advisor, ["When did TensorFlow 2.0 come out?", "Did it break old code?"])
    assert answers[1].verdict.startswith("Yes"), answers[1].verdict
    assert any("无法在新版本上运行" in c.text or "不兼容" in c.text for c in answers[1].citations)


def test_which_of_them_is_better_on_a_need_is_ranked_not_looked_up(real_advisor):
    # Among the three picked for distributed training, the one the article praises for its community
    # (TensorFlow: "社区庞大"), not MXNet from a sentence saying developers like it (it says MXNet's
    # community is not active).
    answers = _talk(
        real_advisor,
        [
            "I need to do distributed training across many machines. What should I use?",
            "Which of them has the better community?",
        ],
    )
    assert answers[1].recommendations[:1] == ["TensorFlow"], answers[1].text
    assert "社区庞大" in answers[1].citations[0].text


def test_what_runs_underneath_is_what_it_is_built_on(real_advisor):
    answers = _talk(real_advisor, ["Keras是一个框架吗?", "那它底下跑的是什么?"])
    assert "基于以TensorFlow为代表" in answers[1].citations[0].text  # not its speed caveat


def test_english_readers_get_the_makers_and_dates_a_chinese_quote_gives(real_advisor):
    answer = real_advisor.ask("Tell me about Tensorflow's history.")
    line = next((x for x in answer.text.splitlines() if x.startswith("Named in the quote:")), "")
    assert "November 2015" in line and "Google" in line


def test_follow_ups_on_the_articles_view_of_building_frameworks_in_china(real_advisor):
    answers = _talk(real_advisor, ["文章對中國自研框架的看法是什麼?", "為什麼覺得有必要?", "那出路在哪?"])
    assert not any(a.abstained for a in answers)
    assert any("非常必要" in c.text for c in answers[1].citations)
    assert any("差异化" in c.text or "没有出路" in c.text for c in answers[2].citations)


def test_the_best_of_a_group_is_answered_from_its_members_each_shown_as_what_it_is_of(real_advisor):
    # "国产框架里哪个最好?" had ended with TensorFlow's standing, and that quote ("PyTorch面向学术界…。最终
    # 两者…都确立了王者地位。") filed under TensorFlow.
    answer = real_advisor.ask("文章认为国产框架里哪个最好?")
    assert answer.citations
    assert not any(c.subject in ("TensorFlow", "PyTorch") for c in answer.citations), [
        c.subject for c in answer.citations
    ]
    answer = real_advisor.ask("Which framework is the best?")
    for c in answer.citations:
        if "王者地位" in c.text and "TensorFlow" not in c.text:
            assert "PyTorch" in c.subject, c.subject


def test_what_keras_runs_on_is_answered_by_the_sentence_saying_so(real_advisor):
    history = [{"role": "user", "content": "Keras 可以跑在 GPU 上嗎?"}]
    history.append({"role": "assistant", "content": real_advisor.ask(history[0]["content"]).text})
    answer = real_advisor.ask("它底層是用什麼框架?", history)
    assert not answer.recommendations and any("基于以TensorFlow为代表" in c.text for c in answer.citations), answer.text


def test_a_quote_is_not_labelled_with_what_it_says_the_other_way(real_advisor):
    # "虽然性能上也算可圈可点,但终究没有迎来大放异彩的时刻" is against MXNet, but praises its speed: it
    # had been tagged "against · speed".
    shown = [
        c
        for q in ["How much faster is MXNet than TensorFlow in training benchmarks?", "MXNet为什么小众?"]
        for c in real_advisor.ask(q).citations
        if "可圈可点" in c.text and c.role == "caveat"
    ]
    assert shown and all(c.label not in ("speed", "速度与性能") for c in shown), [(c.role, c.label) for c in shown]


@pytest.mark.parametrize(
    "question", ["那 PyTorch 在業界有沒有市場?", "PyTorch在工业界用得多吗?", "Is PyTorch used in industry?"]
)
def test_the_sentence_pairing_frameworks_with_fields_respectively_is_no_claim_of_pytorch_in_industry(
    real_advisor, question
):
    # "PyTorch、TensorFlow已分别成为目前学术界和工业界使用最广泛的…" gives industry to TensorFlow.
    answer = real_advisor.ask(question)
    for c in answer.citations:
        if "分别成为" in c.text and c.subject == "PyTorch":
            assert c.label not in ("工业界应用", "industry", "部署", "deployment", "production"), answer.text


def test_what_a_phrase_means_is_answered_by_the_sentences_saying_it_not_a_date(real_advisor):
    answer = real_advisor.ask(
        "What does the article mean when it says MXNet mixes symbolic and imperative programming?"
    )
    assert "2016" not in answer.verdict and any("命令式编程" in c.text for c in answer.citations), answer.text


@pytest.mark.parametrize(
    "question", ["作者对Keras站哪边?", "What's the author's take on PyTorch?", "文章怎么看TensorFlow?"]
)
def test_the_documents_view_of_a_framework_is_how_they_sum_it_up(real_advisor, question):
    # The framework's 小结 among the first quotes, not any sentence that names it.
    answer = real_advisor.ask(question)
    assert any(c.text.startswith("小结") for c in answer.citations[:2]), answer.text


def _after(advisor, first, question):
    """The answer to question asked after first."""
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": advisor.ask(first).text}]
    return advisor.ask(question, history)


def test_the_articles_advice_after_its_own_conclusion_quotes_the_article(real_advisor):
    answer = _after(real_advisor, "学会了Keras是不是就等于懂深度学习了?", "那文章建议怎么做?")
    assert answer.citations[0].subject == "general" and "Keras" not in answer.citations[0].text, answer.text


@pytest.mark.parametrize(
    ("question", "first", "subject"),
    [
        # 华为 the company, of which the nearest sentence speaks: not MindSpore, its framework.
        ("美国芯片禁令对华为有什么影响?", "芯片禁令", "general"),
        ("华为的框架怎么样?", "Mindspore", "MindSpore"),
    ],
)
def test_a_maker_named_is_its_framework_only_where_the_article_speaks_of_that(real_advisor, question, first, subject):
    answer = real_advisor.ask(question)
    assert first in answer.citations[0].text and answer.citations[0].subject == subject, answer.text


def test_the_examples_it_gave_are_the_sentence_naming_them(real_advisor):
    answer = _after(real_advisor, "文章覺得國產框架的出路在哪?", "舉的例子有哪些?")
    assert any("MegEngine追求训练推理一体化" in c.text for c in answer.citations), answer.text


@pytest.mark.parametrize("question", ["Why did PyTorch grow so fast?", "PyTorch为什么能这么快崛起?"])
def test_why_a_framework_rose_so_fast_is_answered_by_the_reasons_the_article_gives(real_advisor, question):
    # "grow so fast" is how it spread, not how fast it runs (it had been refused: "does not say how
    # PyTorch does on speed").
    answer = real_advisor.ask(question)
    assert not answer.abstained, answer.text
    assert any("快速崛起" in c.text for c in answer.citations[:2]), answer.text


def test_only_the_one_named_in_english_is_asked_of_the_framework_asked_about(real_advisor):
    # "build on" is the article's "基于": the lookup answers TensorFlow among several, and "Only
    # TensorFlow?" then asks it of Keras (blind round 58, c17, in English).
    first = real_advisor.ask("What frameworks can Keras build on?")
    assert first.verdict.startswith("According to the article, several, TensorFlow"), first.text
    answer = _after(real_advisor, "What frameworks can Keras build on?", "Only TensorFlow?")
    assert "Keras" in answer.question and "以TensorFlow为代表的多种" in answer.citations[0].text, answer.text


def test_which_frameworks_several_makers_back_in_english(real_advisor):
    answer = real_advisor.ask("Which frameworks are backed by Google, Facebook and Amazon respectively?")
    assert answer.verdict == "According to the article: Google: TensorFlow; Facebook: PyTorch; Amazon: MXNet.", (
        answer.text
    )
    then = _after(
        real_advisor,
        "Which frameworks are backed by Google, Facebook and Amazon respectively?",
        "Which of them is an Apache project?",
    )
    assert then.verdict == "According to the article, it is MXNet:", then.text


def test_it_after_an_english_question_about_no_framework_is_that_topic(real_advisor):
    # Blind round 59 (c24): "Who did it hurt?" asked "Which framework do you mean?".
    first = 'What is the "chip ban" the article mentions?'
    answer = _after(real_advisor, first, "Who did it hurt?")
    assert answer.kind == "fact" and "华为" in answer.citations[0].text, answer.text
    third = real_advisor.ask(
        "Which country's government issued it?",
        [
            {"role": "user", "content": first},
            {"role": "assistant", "content": real_advisor.ask(first).text},
            {"role": "user", "content": "Who did it hurt?"},
            {"role": "assistant", "content": answer.text},
        ],
    )
    assert third.kind == "fact" and "美国政府" in third.citations[0].text, third.text


def test_examples_from_the_text_after_the_way_forward_are_the_ones_it_names(real_advisor):
    # Blind round 60 (c15): "举几个文中的例子" was refused as off topic.
    answer = _after(real_advisor, "文章认为国产框架应该怎么突围?", "举几个文中的例子")
    assert any("MegEngine追求训练推理一体化" in c.text for c in answer.citations), answer.text


def test_the_key_to_succeeding_is_the_articles_key_to_success(real_advisor):
    # Blind round 59 (c05, SERIOUS): the closing paragraph's "关键" (advice to a learner) was shown as the
    # key to success for China's frameworks; "key to succeeding" is the article's "制胜关键".
    answer = _after(
        real_advisor,
        "Why does the article think China needs to build its own deep learning frameworks?",
        "So what does it see as the key to succeeding?",
    )
    assert "制胜关键" in answer.citations[0].text, answer.text


def test_what_the_article_concludes_from_a_topic_in_english(real_advisor):
    # Blind round 61 (SERIOUS): the closing paragraph (on understanding frameworks) was shown as what
    # the article concludes from the chip ban.
    answer = real_advisor.ask("What does the article conclude from the chip ban?")
    assert "自研深度学习框架是非常必要的" in answer.citations[0].text, answer.text
    assert not answer.citations[0].text.startswith("【结语】"), answer.text


@pytest.mark.parametrize(
    "question", ["国产框架模仿TensorFlow就够了吗?", "Is copying TensorFlow enough for a Chinese framework?"]
)
def test_a_framework_named_as_what_a_group_would_copy_is_no_subject_of_the_question(real_advisor, question):
    # Blind round 62 (c12): "is copying TensorFlow enough?" was answered with TensorFlow's own sides, or
    # refused as "TensorFlow 在自主可控方面" unspoken; the article says "单纯依靠模仿的框架肯定是没有出路的".
    answer = real_advisor.ask(question)
    assert not answer.abstained and "单纯依靠模仿的框架肯定是没有出路的" in answer.citations[0].text, answer.text


def test_the_ending_of_the_article_in_english_is_its_closing_words(real_advisor):
    # Blind round 65 (c10): the article's ending was refused as not covered.
    answer = real_advisor.ask("What does the ending of the article say?")
    assert answer.citations and answer.citations[0].text.startswith("【结语】"), answer.text


def test_why_old_code_breaks_in_english_is_the_versions_incompatibility(real_advisor):
    # Blind round 66 (q34, SERIOUS): why TensorFlow is popular ("主因有二…") was given as the reason.
    answer = real_advisor.ask("Why does old TensorFlow code break after TF2?")
    assert answer.text.startswith("**The reasons the article gives"), answer.text
    assert "版本间不兼容" in answer.citations[0].text, answer.text
    assert not any("主因有二" in c.text for c in answer.citations), answer.text


def test_which_of_two_is_easier_to_understand_shows_each_side_not_a_lookup_by_nearness(real_advisor):
    # Blind round 63 (SERIOUS): "据文章，是 Keras" with "Keras可能会是最易上手的一个工具".
    history = []
    for turn in ("Keras和PyTorch都适合新手吗?", "那哪个更容易理解代码?"):
        answer = real_advisor.ask(turn, history)
        history += [{"role": "user", "content": turn}, {"role": "assistant", "content": answer.text}]
    assert "据文章，是 Keras" not in answer.text, answer.text
    assert any("代码易于理解" in c.text and c.subject == "PyTorch" for c in answer.citations), answer.text


@pytest.mark.parametrize("question", ["文章主要写给谁看的?", "Who is the article written for?"])
def test_what_the_article_says_of_itself_answers_a_question_about_it(real_advisor, question):
    # Blind round 74: refused, though "本文主要是为部分初学者提供建议" says it (the sentence nearest in
    # meaning, which only the real model finds).
    answer = real_advisor.ask(question)
    assert not answer.abstained and answer.direct
    assert "本文主要是为部分初学者提供建议" in answer.citations[0].text


@pytest.mark.parametrize("question", ["文章里为什么提到华为和芯片禁令？", "Why does the article mention the chip ban?"])
def test_why_the_article_brings_something_up_is_what_it_draws_from_it(real_advisor, question):
    # Blind round 75 (SERIOUS): "文章给出的原因" over the list of Chinese frameworks; 华为 there is the
    # company the ban hit ("…将华为逼到了非常被动的境地"), not MindSpore.
    answer = real_advisor.ask(question)
    assert any("因此自研深度学习框架是非常必要的" in c.text for c in answer.citations), answer.text[:300]
    assert not any("渐次宣布开源" in c.text for c in answer.citations), answer.text[:300]


@pytest.mark.parametrize("question", ["TF2能跑TF1的代码吗？", "Will old TF1 code still run on TF2?"])
def test_what_cannot_run_for_many_is_no_plain_no(real_advisor, question):
    # "…很多开源代码无法在新版本上运行": much of it, not all of it.
    answer = real_advisor.ask(question)
    assert answer.verdict.startswith(("不完全是", "Partly")), answer.verdict


def test_a_rather_not_answers_no_though_the_sentence_uses_the_questions_words(real_advisor):
    # "与其说Keras是一个深度学习框架,不如说它是…一种高级API": not "Yes" for sharing "深度学习框架".
    for question in ("Is Keras a deep learning framework?", "Keras算是深度学习框架吗"):
        assert real_advisor.ask(question).verdict.startswith(("No", "不")), question


def test_a_warning_said_only_of_phones_is_no_caveat_for_a_server(real_advisor):
    # Blind round 79: "在移动平台和嵌入式领域中TensorFlow过于“臃肿”" was the caveat for a server-side product.
    answer = real_advisor.ask(
        "We're a 3-person startup building a recommendation product and need to ship to production fast. Which framework?"
    )
    assert "TensorFlow" in answer.recommendations, answer.text
    assert not any(c.role == "caveat" and "移动平台" in c.text for c in answer.citations), answer.text


def test_why_after_a_choice_between_two_that_picked_neither_says_what_it_says_of_each(real_advisor):
    # Blind round 80: this "why?" crashed (KeyError), then read as why the article points to both.
    turns = [
        "Compare Keras and PyTorch for a beginner who already knows Python.",
        "Which one is easier to debug?",
        "why?",
    ]
    why = _talk(real_advisor, turns)[-1]
    assert not why.recommendations and "criticises both" not in why.text, why.text
    assert any(c.subject == "Keras" and c.role == "caveat" and "调试" in c.text for c in why.citations), why.text


def test_short_follow_ups_stay_on_the_framework_talked_about(real_advisor):
    # Blind round 80: "难在哪" was refused, "那为什么还值得学" became a pick for beginners, and "它" then
    # meant PyTorch (its quotes were the last), so "代码有多少行" found no figure.
    hard, worth, lines = _talk(real_advisor, ["TensorFlow难学吗", "难在哪", "那为什么还值得学", "它代码有多少行"])[1:]
    assert not hard.abstained and all(c.subject == "TensorFlow" for c in hard.citations), hard.text
    assert not worth.recommendations and "无可争议的标杆" in worth.citations[0].text, worth.text
    assert "100万行" in lines.verdict, lines.text


def test_a_cause_stated_before_an_outcome_word_mid_clause_is_still_the_cause(real_advisor):
    # "这种高度封装…也缺乏灵活性,经常导致…": the encapsulation is why it is inflexible.
    answer = real_advisor.ask("Keras为什么不灵活")
    assert answer.direct and any("高度封装" in c.text for c in answer.citations), answer.text


def test_a_speed_warning_about_phones_gives_no_plain_no_at_large(real_advisor):
    answer = real_advisor.ask("Is TensorFlow fast?")
    assert not answer.verdict.startswith(("No", "Yes")), answer.verdict
    assert real_advisor.ask("TensorFlow在手机上快吗").verdict.startswith("不。")


def test_at_least_is_no_least(real_advisor):
    # Blind round 83: "is it at least the most popular framework on GitHub?" was answered "No" over
    # "到目前为止也是github上热度最高…": "least" had read it as asking about a weakness.
    answer = real_advisor.ask("Is TensorFlow at least the most popular framework on GitHub?")
    assert answer.verdict.startswith("Yes"), answer.text
    assert any("github上热度最高" in c.text for c in answer.citations), answer.text


def test_a_question_that_denies_what_the_sentence_denies_is_answered_yes(real_advisor):
    # Blind round 84: "是不是说框架没有最好的?" was answered "不。" over "框架并无“最好”与“最坏”之分",
    # which says what the question says. ("有没有最好的?" asks, A-not-A, and stays "不。")
    answer = real_advisor.ask("是不是说框架没有最好的？")
    assert answer.verdict.startswith("是的"), answer.text
    assert "框架并无" in answer.citations[0].text, answer.text
    asked = real_advisor.ask("深度学习框架有没有最好的?")
    assert asked.verdict.startswith("不"), asked.text


def test_a_question_that_denies_and_asks_is_still_a_denial(real_advisor):
    # "是不是没有最好的框架?": A-not-A, then a denial of its own; the article says so (是的).
    answer = real_advisor.ask("是不是没有最好的框架？")
    assert answer.verdict.startswith("是的"), answer.text


def test_why_after_a_pick_on_a_need_nothing_ranks_gives_its_reasons(real_advisor):
    # Blind round 85: "why?" after "The article does not rank frameworks on documentation; it speaks
    # for PyTorch, Keras." asked back which framework was meant.
    _, answer = _talk(real_advisor, ["Which framework has the best docs?", "why?"])
    assert answer.kind == "why" and "PyTorch" in answer.question, answer.text


def test_a_dummy_it_before_a_named_framework_points_at_nothing(real_advisor):
    # Blind round 85: "Is it worth investing time to learn TF?" after a turn quoting Keras was asked of Keras.
    turns = ["OK, what did the article recommend back then?", "Is it worth investing time to learn TF?"]
    _, answer = _talk(real_advisor, turns)
    assert "Keras" not in answer.question, answer.question


def test_which_of_two_is_older_compares_their_release_dates(real_advisor):
    # Blind round 86: "which one is older?" after comparing TensorFlow and PyTorch was a lookup that
    # named PyTorch, on the year Caffe2 merged into it (2018).
    _, answer = _talk(real_advisor, ["Compare TensorFlow and PyTorch briefly.", "which one is older?"])
    assert answer.verdict.startswith("According to the article, TensorFlow came first"), answer.text
    assert "2015" in answer.verdict and "2017" in answer.verdict, answer.text
