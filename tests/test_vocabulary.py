"""The vocabulary file as matchers: names (nicknames, typos), requirements, Traditional Chinese."""

import pytest

from chat import vocabulary

V = vocabulary.load()


def test_names_and_aliases():
    assert V.frameworks_in("飞桨和tf.keras比PyTorch呢") == ["PaddlePaddle", "TensorFlow", "Keras", "PyTorch"]
    assert V.frameworks_in("pytorch lightning") == ["PyTorch"]
    # The longest name wins: TensorFlow Lite is not TensorFlow.
    assert V.frameworks_in("Google又开发了TensorFlow Lite") == ["TensorFlow Lite"]
    assert V.frameworks_in("TensorFlow2.0 和 TF2") == ["TensorFlow"]
    tools = [m.name for m in V.mentions("pytorch lightning on an RTX card, not ChatGPT") if m.kind != "framework"]
    assert tools == ["Lightning", "RTX", "ChatGPT"]


def test_a_users_torch_is_pytorch_a_documents_torch_is_the_lua_framework():
    assert V.frameworks_in("PyTorch是基于Torch的") == ["PyTorch", "Torch"]
    assert V.frameworks_in("torch适合新手吗", question=True) == ["PyTorch"]


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("pytroch适合新手吗", "PyTorch"),
        ("is tensorflw good for production", "TensorFlow"),
        ("Tensor Flow 和 PyTorch", "TensorFlow"),
        ("kears的缺点", "Keras"),
        ("does mxnt support R?", "MXNet"),
        ("mindspor 是哪家公司的？", "MindSpore"),
    ],
)
def test_misspelt_names_in_questions_are_read(typed, meant):
    assert meant in V.frameworks_in(typed, question=True)
    assert meant not in V.frameworks_in(typed)  # documents are read as written


@pytest.mark.parametrize("text", ["I drink coffee while training", "stack overflow says", "deploy to porch"])
def test_fuzzy_matching_does_not_invent_frameworks(text):
    assert V.frameworks_in(text, question=True) == []


def test_slang_reads_as_plain_words():
    assert V.normalize("小白一枚，用啥框架好使？") == "新手一枚，用什么框架好用？"


def test_java_is_not_javascript_and_avoiding_is_not_requiring():
    def required(text):
        return {name for name, spec in V.requirements.items() if spec.words(text)}

    assert "java" not in required("Our team only writes JavaScript")
    assert "javascript" in required("Our team only writes JavaScript")
    assert {"java"} <= required("我们后端全是Java")
    for text, language in (("支持python、JavaScript、C ++、Java和Go", "cpp"), ("R语言、Scala", "r")):
        assert V.requirements[language].met_by(text, ["languages"])
    assert not V.requirements["java"].met_by("包括C++、Python、R语言、Scala、Julia、Matlab和JavaScript", [])


def test_traditional_chinese_reads_as_simplified():
    assert vocabulary.to_simplified("我是新手，應該選哪個框架？") == "我是新手，应该选哪个框架？"
    assert vocabulary.to_simplified("TensorFlow 2 and PyTorch") == "TensorFlow 2 and PyTorch"


def test_the_vocabulary_is_data_a_new_framework_needs_no_code(tmp_path):
    text = vocabulary.VOCABULARY_FILE.read_text("utf-8")
    text = text.replace("[frameworks.TNN]", '[frameworks.Flux]\nnames = ["Flux", "Flux.jl"]\n\n[frameworks.TNN]')
    custom = tmp_path / "vocabulary.toml"
    custom.write_text(text, "utf-8")
    assert vocabulary.load(custom).frameworks_in("Flux.jl和PyTorch哪个好") == ["Flux", "PyTorch"]
    assert V.frameworks_in("Flux.jl和PyTorch哪个好") == ["PyTorch"]


def test_a_broken_vocabulary_file_is_a_clear_error(tmp_path):
    broken = tmp_path / "vocabulary.toml"
    broken.write_text("[frameworks\nnames = ", "utf-8")
    with pytest.raises(ValueError, match="not valid TOML"):
        vocabulary.load(broken)


def test_a_dynamic_graph_is_flexibility_and_a_graph_to_look_at_is_visualization():
    v = vocabulary.load()
    assert "visualization" not in v.aspects_in("支持动态计算图,提供了很好的灵活性;")
    assert "flexibility" in v.aspects_in("支持动态计算图,提供了很好的灵活性;")
    assert "visualization" in v.aspects_in("哪个框架能看计算图？")
    assert "visualization" in v.aspects_in("Which framework shows the computation graph?")
    assert "visualization" not in v.aspects_in("Does PyTorch use a dynamic computation graph?")


def test_low_level_control_is_flexibility_but_the_underlying_principles_are_not():
    """Blind rounds 79/80: "忽略底层原理" (missing the fundamentals) was shown as a flexibility caveat."""
    v = vocabulary.load()
    assert "flexibility" in v.aspects_in("想改底层的实现,哪个框架好?")
    assert "flexibility" in v.aspects_in("获取底层数据信息时过于困难")
    assert "flexibility" not in v.aspects_in("初学者容易因框架的易用性而忽略底层原理。")
    assert "flexibility" not in v.aspects_in("想先打好底层知识的基础")
    assert "flexibility" not in v.aspects_in("想弄清底层的原理")
    assert "flexibility" not in v.aspects_in("Keras会让人搞不懂底层吗?")


@pytest.mark.parametrize(
    ("text", "side", "glosses"),
    [
        ("在移动平台和嵌入式领域中TensorFlow过于“臃肿”,计算速度也不尽如人意", "", ["bloated", "unsatisfactory"]),
        ("高度集成,缺少灵活性,深入学习时容易遇到瓶颈;", "con", ["not flexible", "bottleneck"]),  # not "easy"
        ("不够灵活", "", ["not flexible"]),
        ("文档没那么高不可攀", "", ["not out of reach"]),
        ("Keras到底适不适合", "", []),  # asked both ways, said neither
        ("官方文档非常详尽,可查询资料众多;", "con", []),
    ],
)
def test_glosses_say_a_passages_evaluative_words_in_english(text, side, glosses):
    assert V.glosses_in(text, 3, side) == glosses


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("MXNet的第一个踩坑预警是什么?", (1, "con")),
        ("第三条缺点", (3, "con")),
        ("Keras的第二大优势", (2, "pro")),
        ("the second pitfall", (2, "con")),
        ("What's the 3rd strength?", (3, "pro")),
        ("我的第二个问题是", None),  # the user's own question, no list
        ("the second one", None),
    ],
)
def test_an_ordinal_before_a_lists_name_asks_an_item_of_that_side(text, asked):
    found = V.item_asked(V.normalize(text))
    assert (found[:2] if found else None) == asked


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        ("系统设计过于复杂,代码总量逾100万行,学习者…", "en", ["over 1,000,000 lines"]),
        ("系统设计过于复杂,代码总量逾100万行,学习者…", "zh", ["逾100万行"]),
        ("训练快了约1.5倍,只用了30秒", "en", ["about 1.5 times", "30 seconds"]),
        ("2015年11月面世", "en", []),  # a date is no figure
    ],
)
def test_figures_are_said_in_the_answers_language(text, lang, figures):
    assert V.figures_in(text, lang) == figures


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Isn't TensorFlow hard to learn?", "is TensorFlow hard to learn?"),
        ("OK. Doesn't Keras run slowly?", "OK. does Keras run slowly?"),
        # Inside a question, a negative is what the user rules out, not an opener.
        ("I don't want C++, which framework?", "I don't want C++, which framework?"),
    ],
)
def test_an_english_question_opening_in_the_negative_reads_as_the_positive_one(text, plain):
    assert V.normalize(text) == plain


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("系统设计过于复杂,代码总量逾100万行,", [(1_000_000.0, "lines")]),
        ("Does TensorFlow have 10 million lines of code?", [(10_000_000.0, "lines")]),
        ("over 1,000,000 lines", [(1_000_000.0, "lines")]),
        ("it took 5 minutes", [(5.0, "minutes")]),
        ("a 2 m cable", []),  # "m" is no unit of the vocabulary's (only "ms")
    ],
)
def test_figures_are_read_as_number_and_unit(text, values):
    assert V.figure_values(text) == values


@pytest.mark.parametrize(
    ("text", "term", "direction"),
    [
        ("PyTorch在设计上更直观,追求尽量少的封装,建模过程透明", "封装", "less"),
        ("为了提供简洁一致的API,尽可能为用户减少重复造轮子的顾虑,Keras做了层层封装。", "封装", "more"),
        ("过度封装在一定程度上增加了调试难度;", "封装", ""),
        # (an amount in another clause is not said of it)
        ("代码总量逾100万行,封装复杂", "封装", ""),
    ],
)
def test_how_much_of_a_thing_a_sentence_says_is_read_beside_it(text, term, direction):
    assert V.direction_of(text, term) == direction


def test_the_amount_a_question_asks_for():
    assert [d for d, *_ in V.direction_asked("哪个封装更少?")] == ["less"]
    assert [d for d, *_ in V.direction_asked("Which has fewer layers of abstraction?")] == ["less"]
    assert V.direction_asked("哪个更好?") == []


def test_a_word_of_amount_is_no_thing_to_have_an_amount_of():
    assert V.says_amount("更少") and V.says_amount("多") and not V.says_amount("封装")


def test_a_respectively_clause_pairs_each_framework_with_its_own_item():
    from chat.vocabulary import load

    vocab = load()
    clause = "PyTorch、TensorFlow已分别成为目前学术界和工业界使用最广泛的两大实力玩家"
    pairs = vocab.paired_aspects(clause, vocab.subjects_in(clause))
    assert "research_use" in pairs["PyTorch"] and "research_use" not in pairs["TensorFlow"]
    assert "industry_use" in pairs["TensorFlow"] and "industry_use" not in pairs["PyTorch"]
    assert all("market_position" in aspects for aspects in pairs.values())  # said of each
    # Items that do not pair one to one with the names pair nothing.
    assert (
        vocab.paired_aspects("TensorFlow、PyTorch和MXNet分别侧重部署与科研", ["TensorFlow", "PyTorch", "MXNet"]) == {}
    )


@pytest.mark.parametrize(
    ("asked", "plain"),
    [
        ("一百多万行", "100多万行"),
        ("两千五百", "2500"),
        ("一百零八", "108"),
        ("十分好用", "十分好用"),
        ("一个框架", "一个框架"),
    ],
)
def test_numbers_in_chinese_digits_are_read_as_the_documents_write_them(asked, plain):
    # ("十分" is "very" and "一个" is "one": words, not numbers.)
    assert plain in V.normalize(asked)


@pytest.mark.parametrize(
    ("asked", "plain"), [("两千五", "2500"), ("一百五", "150"), ("一百零五", "105"), ("一万五千颗星", "一万五千")]
)
def test_a_last_digit_after_a_unit_counts_in_the_next_unit_down(asked, plain):
    # "两千五" is 2500, not 2005; "一万五千" is left whole rather than read as "一万" and 5000.
    assert plain in V.normalize(asked)


def test_at_least_ranks_nothing_and_asks_no_weakness():
    # "Is it at least the most popular one?" is "minimally", not "the least popular" (it had been
    # read as asking about a weakness, and answered "No" over the sentence saying yes).
    asked = "is it at least the most popular framework on GitHub?"
    assert not V.avoid(asked) and not V.asks_rank(asked.replace("the most ", "")), asked
    assert V.avoid("which one is the least popular?") and V.asks_rank("the least popular one?")
