"""A question read as requirements: what kind of answer it wants, which frameworks it names
(typos and nicknames too), what it requires of a framework (goal, constraints, criteria), what
fact it asks for, whether it asks about after the documents' date, and each of its parts."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace

from .vocabulary import CLAUSE as _CLAUSE
from .vocabulary import RequirementKind, Vocabulary, language

# A part of a two-part question ends at a question mark or a semicolon with more text after it.
_PARTS = re.compile(r"(?<=[?？])\s*(?=[^\s?？!！])")  # ("哪个更好??", "真的吗?!" are one question)
_QUESTIONISH = re.compile(r"[?？]\s*$")
# The topic a follow-up was read within, in brackets at its end ("那TF在这块儿咋样？（生产部署）").
WITHIN_TOPIC = re.compile(r"\s*[（(]([^（）()]*)[）)]\s*$")
# Two clauses that each ask what ("…是谁家的,主打什么?"), between them one comma.
_WH = r"(?:谁|什么|啥|哪(?:个|些|家|里|儿|种|款|一)|几(?:个|种|家|款|年|月|成|倍)|多少|怎么|如何|为什么|为啥)"
_WH_HALVES = re.compile(rf"([^,，?？]*{_WH}[^,，?？]*)[,，]\s*([^,，?？]*{_WH}[^,，?？]*[?？]?)")
_YEAR = re.compile(r"(?<!\d)(19|20)(\d{2})(?!\d)")
_VERSIONED = re.compile(r"([A-Za-z][A-Za-z.]*)\s?v?(\d+(?:\.(?:\d+|x))*)", re.I)


@dataclass(frozen=True)
class Requirement:
    """One thing a question requires of a framework (a goal, a criterion or a constraint)."""

    spec: RequirementKind
    exclusive: bool = False  # "only Python": a claim naming many languages says little about it
    asked: bool = True  # stated in the clause that asks (not in the situation around it)

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def hard(self) -> bool:
        return self.spec.hard

    def label(self, lang: str) -> str:
        return self.spec.label(lang)


@dataclass(frozen=True)
class Question:
    text: str  # the question as resolved (what Answer.question shows)
    original: str  # as typed (Simplified)
    lang: str
    kind: str  # choice | compare | fact | why | smalltalk
    frameworks: tuple[str, ...] = ()  # named frameworks the corpus knows, in order
    requirements: tuple[Requirement, ...] = ()
    aspects: tuple[str, ...] = ()  # every aspect the question speaks of
    wants: str = ""  # pro | con | both | "": asks for strengths, drawbacks or both
    slots: tuple[str, ...] = ()  # maker | date | license | founder: the kinds of fact asked
    overview: bool = False  # asks only what the documents say of the named framework
    suits: bool = False  # asks what the named framework is suited for ("适合啥场景？")
    listing: bool = False  # asks which frameworks there are ("国内有哪些框架？")
    superlative: bool = False  # asks for the best/fastest/…: a ranking the documents may not give
    yes_no: bool = False  # a yes/no question ("Keras难学吗？"); negative: it asks about a weakness ("难", "slow")
    negative: bool = False
    what_to_do: bool = False  # asks what to do ("…要上线，咋整？")
    no_lean: bool = False  # asks why a comparison favoured neither side
    asks_cause: bool = False  # asks why what was just said holds ("为什么？" after a fact)
    supposes: bool = False  # a what-if ("如果没有Google撑腰…还会这么红吗?"): answered by the causes given
    unfamiliar: tuple[str, ...] = ()  # languages the user barely knows ("连Python都不太会")
    negated: bool = False  # a yes/no asked in the negative ("不支持Go吗？"): no bare yes or no
    seen: tuple[str, ...] = ()  # quotes already shown, not to show again ("还有别的吗？")
    set_aside: tuple[str, ...] = ()  # aspects the user does not care about ("I don't care about deployment")
    doubts: bool = False  # doubts what was just said ("是真的吗？"): the same answer, as the article's claim
    proposal: str = ""  # a value the user puts against the last answer ("不对吧，我记得是2016年")
    quantity: bool = False  # asks for a figure ("多少秒", "how many stars")
    ignored_instructions: bool = False  # sentences instructing the advisor were dropped from it
    avoid: bool = False  # asks which fits worst
    after_date: bool = False
    document: tuple[str, ...] = ()  # published | source | title | author: asks this of the document itself
    refusal: str = ""  # injection | code | write | tool | install | price
    unknown: tuple[str, ...] = ()  # tools named that the corpus never mentions
    candidates: tuple[str, ...] = ()  # pick only among these (narrowing a previous list)
    exclude: tuple[str, ...] = ()  # do not pick these (asking for alternatives)
    previous_picks: tuple[str, ...] = ()  # what the conversation picked before a new criterion
    premise: str = ""  # what the question states as given ("Since TensorFlow is the easiest…")
    item: int = 0  # which item of the article's list of pros or cons ("第一个踩坑预警"), 1-based
    quoted: bool = False  # the text is the article's own words, asked what they mean (not a request)
    left_open: bool = False  # asks why of a yes/no the last answer could not say yes or no to
    parts: tuple[Question, ...] = field(default=(), compare=False)

    @property
    def choice(self) -> bool:
        return self.kind == "choice"

    @property
    def needs(self) -> list[Requirement]:
        """The requirements a sentence can meet: all but a group of frameworks ("国产框架")."""
        return [r for r in self.requirements if not r.spec.framework_group]

    def requirement_labels(self, lang: str | None = None) -> list[str]:
        return [r.label(lang or self.lang) for r in self.requirements]


def _without_context(text: str) -> str:
    """The question without the topic it is asked within, as the conversation adds it in brackets at
    its end ("那出路在哪?（为什么觉得有必要?（文章对…?））" → "那出路在哪?")."""
    stripped = text.rstrip()
    if not stripped.endswith(("）", ")")):
        return text
    depth = 0
    for i in range(len(stripped) - 1, -1, -1):
        depth += stripped[i] in "）)"
        depth -= stripped[i] in "（("
        if depth == 0:
            return stripped[:i]
    return text


def _asks_why(plain: str, vocab: Vocabulary, yes_no: bool, premise: str) -> bool:
    """Does the question ask why, of its own accord (not "…, right? Why?" checking a premise)?"""
    return bool(vocab.why_alone(plain.replace(premise, " ") if premise else plain)) and not yes_no


def _makers_asked(plain: str, vocab: Vocabulary) -> str:
    """For a question asking which framework each of several makers has ("腾讯和旷视的框架分别叫什么"),
    the question without the makers' names (what else it asks, to read needs from); else ""."""
    makers = vocab.organizations_in(plain)
    if len(makers) < 2 or vocab.frameworks_in(plain) or not vocab.identifies(plain):
        return ""
    rest = plain
    for n in sorted((n for names in makers for n in names), key=len, reverse=True):
        rest = re.sub(re.escape(n), " ", rest, flags=re.I)
    return "" if vocab.aspects_in(rest) else rest


def read(
    text: str,
    vocab: Vocabulary,
    *,
    original: str | None = None,
    known: Collection[str] | None = None,
    published_year: int = 0,
    known_versions: Collection[str] = (),
    split: bool = True,
) -> Question:
    """Read a (Simplified, follow-up-resolved) question.

    known: the framework and tool names the corpus mentions; a question about another tool is
    refused by name. None (tests of the reader alone) takes every framework as known.
    published_year / known_versions: a question about a later year, or about a version the
    documents never name ("PyTorch 2.1"), is about after the documents' date.
    """
    original = text if original is None else original
    text = vocab.claim_asked(text)
    if split:
        pieces = [p.strip() for p in _PARTS.split(text) if p.strip()]
        if len(pieces) == 1 and (halves := _WH_HALVES.fullmatch(text.strip())) and vocab.frameworks_in(halves[1]):
            # "MegEngine是谁家的,主打什么?": two questions of one framework, between them a comma.
            pieces = [f"{halves[1]}?", halves[2]]
        # "…说Keras慢吗？If so, why?", "…是谁？文章有提吗？": a tail that only leans on the part before.
        for i in range(len(pieces) - 1, 0, -1):
            if vocab.part_tail(pieces[i]):
                pieces[i - 1 : i + 1] = [f"{pieces[i - 1]}{'' if language(pieces[i]) == 'zh' else ' '}{pieces[i]}"]
        # "…哪个适合新手？做部署呢？" has two questions; "…？列一下" and "…; we have 8 GPUs" do not.
        if len(pieces) > 1 and all(_QUESTIONISH.search(p) or (p is pieces[-1] and _ASKING.search(p)) for p in pieces):
            return _multi_part(text, original, pieces, vocab, known, published_year, known_versions)
    plain = vocab.normalize(text)
    mentions = vocab.mentions(plain, question=True)
    # "别给我推荐MXNet", "新手用，不要PyTorch，选哪个？": a framework ruled out is no subject, and
    # not to be picked.
    rejected = tuple(
        dict.fromkeys(
            m.name
            for m in mentions
            if m.kind == "framework"
            and (vocab.rejects(plain[max(0, m.start - 16) : m.start]) or vocab.rejects_after(plain[m.end : m.end + 16]))
        )
    )
    # "那MegEngine呢？是百度的？": a maker proposed as the owner names no framework of its own (百度 is
    # also how a user names PaddlePaddle); "哪一个是清华的?" asks which one that is.
    owners = () if vocab.asks_which.search(plain) else _proposed_owners(plain, mentions, vocab)
    names = list(
        dict.fromkeys(m.name for m in mentions if m.kind == "framework" and m.name not in rejected and m not in owners)
    )
    if (
        rejected
        and not names
        and vocab.yes_no(plain)
        and (
            vocab.avoid(plain)
            # (asking no other one: "那PyTorch是不是完全不能用在生产上?"; but "不想用PyTorch,有没有好上手的?"
            # asks for another)
            or (
                # (a name in the question's own last clause: "那工业界就完全不用PyTorch吗?"; not one set
                # aside in a clause before it, "不考虑TensorFlow的话,能做移动端部署吗?")
                set(rejected)
                <= {m.name for m in mentions if m.kind == "framework" and not re.search(r"[，,;；]", plain[m.end :])}
                and not (vocab.choice(plain) or vocab.selecting(plain) or vocab.existence(plain))
                and not vocab.alternatives(plain)
            )
        )
    ):
        # "Should I avoid MXNet?" asks about MXNet, whether to stay away from it; it rules nothing out.
        names, rejected = list(rejected), ()
    tools = list(dict.fromkeys(m.name for m in mentions if m.kind == "tool"))
    platforms = list(dict.fromkeys(m.name for m in mentions if m.kind == "platform"))
    known_set = set(names) if known is None else set(known)
    # A tool the documents cover (a user's own notes on JAX) is a subject like any framework.
    frameworks = tuple(n for n in [*names, *tools] if n in known_set)
    unknown = tuple(n for n in [*names, *tools] if n not in known_set)
    requirements, unfamiliar = _requirements(plain, vocab)
    # "Should I learn just one framework?": the words of a question about frameworks in general
    # ("learn just one") state no need (not ease of learning).
    # A quality a name carries asks nothing: "Is TF Lite fast?" asks its speed, not its mobile use.
    unnamed = blank_spans(plain, [(m.start, m.end) for m in mentions if m.kind in ("framework", "tool")])
    named_aspects = vocab.aspects_in(unnamed)
    general = vocab.general_aspects(named_aspects)
    beyond_general = unnamed
    for a in general:
        for said in vocab.aspects[a].words.matched(beyond_general):
            beyond_general = beyond_general.replace(said, " ")
    requirements = [r for r in requirements if r.spec.asked_in(beyond_general)]
    # "完全不在乎上线部署": a quality set aside names no aspect asked (a need it states, "can't afford a
    # bigger GPU", is among the requirements above).
    spoken = vocab.needed(unnamed)
    spoken_aspects = vocab.aspects_in(spoken)
    if general:
        spoken_aspects = [a for a in spoken_aspects if a in general or a in vocab.aspects_in(beyond_general)]
    set_aside = tuple(a for a in named_aspects if a not in spoken_aspects) if spoken != unnamed else ()
    aspects = list(dict.fromkeys([*spoken_aspects, *(a for r in requirements for a in r.spec.aspects)]))
    if vocab.view_aspect and frameworks and not aspects and vocab.document_view(plain):
        # "作者对Keras站哪边?": how the documents sum it up, not any sentence naming it.
        aspects.append(vocab.view_aspect)
    if vocab.versions_aspect and (
        _two_versions(plain, vocab, frameworks)
        or (vocab.old_code(plain) and (_versions(plain, vocab, frameworks) or vocab.old_code_aged(plain)))
    ):
        # "TF1的代码能在TF2上跑吗", "我以前写的tf1代码还能直接跑吗", "那老代码还能跑吗" ask whether
        # versions are compatible.
        aspects.append(vocab.versions_aspect)
    # "推不推荐", "适不适合", "值不值得": asked whether; its "不推荐" denies nothing.
    undenied = re.sub(r"([\u4e00-\u9fff])不\1", r"\1", plain)
    # "Should I still learn TensorFlow given all the complaints?": what is conceded asks for nothing.
    asked_for = vocab.unconceded(undenied)
    if vocab.both_ways(asked_for) or (vocab.wants_pro(asked_for) and vocab.wants_con(asked_for)):
        wants = "both"
    elif vocab.wants_con(asked_for):
        wants = "con"
    elif vocab.wants_pro(asked_for):
        wants = "pro"
    else:
        wants = ""
    # "MXNet的第一个踩坑预警是什么?": one item of its list of that side.
    item = vocab.item_asked(plain) if len(frameworks) <= 1 else None
    wants = item[1] if item and wants != item[1] else wants
    # ("有什么解决办法吗？" asks what, not whether; "Can you explain…?" asks for it.)
    yes_no = bool(vocab.yes_no(plain)) and not (
        vocab.fix(plain) or vocab.request(plain) or vocab.wh_ending(plain) or vocab.alternative(plain)
    )
    # "如果没有Google撑腰,TensorFlow还会这么红吗?": a what-if has no yes or no in the documents, only
    # the causes they give for what it supposes away.
    supposes = bool(frameworks) and bool(vocab.counterfactual(plain))
    yes_no = yes_no and not supposes
    # ("Since PyTorch was made by Google, is it good for production?" proposes no maker: the premise
    # states it, the question asks another thing.)
    premise = vocab.premise(plain)
    asked_part = plain.replace(premise, " ") if premise else plain
    last_clause = re.split(r"[，,;；]", asked_part.strip())[-1]
    if not yes_no and frameworks and vocab.intonation(last_clause) and _owned_by_org(last_clause, vocab):
        yes_no = True  # "那Jittor呢，是腾讯的？": a maker proposed with a rising tone, as with "吗"
    slots = tuple(name for name, s in vocab.slots.items() if s.words(asked_part) or (yes_no and s.proposed(asked_part)))
    slots = tuple(x for x in slots if not any(x in vocab.slots[y].supersedes for y in slots))
    if any(r.spec.language for r in requirements):
        # "它们俩谁支持R语言?", "who supports Java?": supporting a language, not backing.
        slots = tuple(x for x in slots if x != "backer")
    if yes_no and not slots and _owned_by_org(asked_part, vocab):
        # "OneFlow是华为的吗?", "MXNet是亚马逊的吗?": whose it is, made or backed; the backer falls back
        # on the maker, so a company that picked it is not denied for not having made it.
        slots = next(((x,) for x in ("backer", "maker") if x in vocab.slots), ())
    about_frameworks = bool(frameworks or requirements or vocab.framework_nouns(plain))
    # ("哪一个是清华的?", "腾讯的那个叫什么?": the one framework read off its maker's name is what is
    # looked up, not asked about; "华为的框架适合新手吗?" asks about it.)
    by_maker_only = bool(frameworks) and all(
        vocab.organizations_in(plain[m.start : m.end]) for m in mentions if m.kind == "framework"
    )
    # ("为什么有人反对推荐给初学者?" asks why a side holds its view, not which one to pick; "什么是动态计算图"
    # what a term means. "新手选什么框架？为什么？" still asks for a pick.)
    why_not_which = (
        (bool(vocab.why(plain)) and bool(vocab.voices_asked(plain))) or bool(vocab.term_asked(plain))
    ) and not vocab.asks_which.search(plain)
    choosing = (
        vocab.choice(plain)
        and about_frameworks
        and (len(frameworks) != 1 or vocab.selecting(plain))
        and not why_not_which
    ) or (len(frameworks) == 1 and by_maker_only and bool(vocab.identifies(plain)))
    # "…听说TensorFlow很肥,还能用吗?有没有别的选择": needs, and other frameworks asked for.
    choosing = choosing or bool(
        frameworks
        and vocab.alternatives(plain)
        and not vocab.than_the_rest(plain)
        and [r for r in requirements if not r.spec.framework_group]
    )
    choosing = choosing or (not frameworks and bool(vocab.how_to_choose(plain)))  # "How should I choose?"
    # "框架都有啥?": which ones the documents cover, a list of them.
    choosing = choosing or (not frameworks and bool(vocab.covers(plain) and vocab.listing(plain)))
    if (
        not yes_no
        and not slots
        and not wants
        and aspects
        and frameworks
        and vocab.intonation(plain)
        and vocab.quality(vocab.without_names(plain))
    ):
        yes_no = True  # "听说TensorFlow很难学？": a statement asked, about a quality of a framework
    # A situation with no question in it ("我要做科研发论文", "只有一台没显卡的电脑") asks what to use.
    needs = [r for r in requirements if not r.spec.framework_group]
    # ("代码有多少行来着" asks a figure, not what to use.)
    if (
        needs
        and not frameworks
        and not slots
        and not vocab.listing(plain)
        and not vocab.why(plain)
        and not vocab.quantity(plain)
    ):
        # ("换到CPU上要改代码不": a question, its "不" as good as a question mark.) A need's own words
        # ("what's going on under the hood") and a supposing "what if" ask nothing.
        stated = plain
        for r in needs:
            for said in r.spec.words.matched(stated):
                stated = stated.replace(said, " ")
        stated = re.sub(r"(?i)\bwhat if\b([^?]*)\?", r"\1", stated)  # (and its question mark)
        choosing = choosing or not re.search(
            r"[?？吗呢]|(不|没|没有)\s*$|什么|啥|怎么|如何|谁|\b(what|how|when|who|is|are|does|do)\b", stated, re.I
        )
    # "除了TensorFlow,其他框架有可视化工具吗?": one ruled out and a quality asked, of the rest: which.
    choosing = choosing or (bool(rejected) and not frameworks and bool(needs) and not slots)
    # "只学一个框架够吗?", "Is it worth learning both?": how many to learn, no pick and no comparison.
    in_general = vocab.general(aspects) and not requirements
    if vocab.smalltalk(plain.strip()) or (vocab.about_me(plain) and not frameworks and not requirements):
        kind = "smalltalk"  # "谢谢！", "thanks, bye": nothing to look up
    elif (rest := _makers_asked(plain, vocab)) and not (yes_no or vocab.compare_explicit(plain)):
        kind = "choice"  # "百度和华为分别出了哪个框架": each maker's, looked up; not the two compared
        # (and "Amazon" asks for no cloud: the need is read off the maker's name, not asked)
        requirements = [r for r in requirements if r.spec.asked_in(rest)]
        aspects = []
    elif (
        len(frameworks) >= 2
        and not (slots and not vocab.compare_explicit(plain))
        # "TensorFlow的TensorBoard有什么用？": a framework and its own part are one thing asked about.
        and not (len(frameworks) == 2 and {vocab.parent(f) for f in frameworks} & set(frameworks))
        # "两个都支持哪些语言？" asks what their lists have in common, a fact of both.
        and not (vocab.common(plain) and set(aspects) & vocab.language_aspects)
        # "Keras是基于TensorFlow的吗？" asks a fact of the two, "哪个更好？" sets them against each other.
        and not (yes_no and not (vocab.compare_explicit(plain) or vocab.ranks(plain) or choosing))
        and not vocab.asks_link(plain)  # "PyTorch和MegEngine的官网": an address of each
        and not in_general  # "Is it worth learning both?"
        # "为什么说TensorFlow和PyTorch越来越像了?" asks why of what is said of the two together; "为什么
        # PyTorch比TensorFlow好上手?" sets them against each other.
        and not (vocab.why(plain) and not (vocab.compare_explicit(plain) or vocab.ranks(plain) or choosing))
    ):
        kind = "compare"  # "When were MindSpore and MegEngine open-sourced?" asks a fact of both
    elif slots and len(frameworks) >= 2:
        kind = "fact"  # "TensorFlow和PyTorch哪个更老？": a fact of each, not a pick
    elif choosing and not in_general:
        kind = "choice"  # (not "只学一个框架够吗?": how many to learn picks no framework)
    else:
        kind = "fact"
    if kind == "choice" and not requirements:
        requirements = [Requirement(vocab.aspect_criteria[a]) for a in aspects if a in vocab.aspect_criteria]
    beyond = functools.reduce(lambda text, p: text.replace(p, " "), platforms, plain)
    if kind != "choice" and not frameworks and not any(r.spec.words(beyond) for r in requirements):
        # "How do I install CUDA on Windows?": platforms the documents never name are not answerable
        # (but "我是做安卓App的,想在手机上跑模型" states a need they do speak to: mobile).
        unknown += tuple(p for p in platforms if p not in known_set)
    refusal = _refusal(original, plain, vocab, kind, frameworks, unknown, platforms, requirements)
    document: tuple[str, ...] = ()
    if not frameworks and not requirements and kind == "fact" and vocab.document_refers(plain):
        document = vocab.document_asks(plain)
    return Question(
        text=text,
        original=original,
        lang=language(original),
        kind=kind,
        frameworks=frameworks,
        requirements=tuple(requirements),
        aspects=tuple(aspects),
        wants=wants,
        slots=slots if kind == "fact" and not supposes else (),
        supposes=supposes and kind == "fact",
        set_aside=set_aside,
        # "TensorFlow为什么能成为工业界霸主?": the causes the documents give ("主因有二…"), not any
        # sentence near its words.
        # ("那出路在哪?(为什么中国要自研…?)": the why of the topic it is asked within is not its own.)
        asks_cause=kind == "fact"
        and (
            supposes
            or (bool(frameworks) and _asks_why(plain, vocab, yes_no, premise))
            or (bool(aspects) and _asks_why(_without_context(plain), vocab, yes_no, premise))
        ),
        overview=bool(frameworks) and vocab.is_overview(plain),
        suits=bool(frameworks) and not requirements and bool(vocab.asks_suits(plain)),
        exclude=rejected,
        negated=yes_no and bool(vocab.negated(undenied)),
        listing=bool(vocab.listing(plain)),
        superlative=bool(vocab.superlative(plain)),
        yes_no=yes_no and kind == "fact",
        # "是不是该避开Keras?": yes where the article speaks against it.
        negative=_weakness(asked_for, vocab) or bool(vocab.wants_con(asked_for) or vocab.avoid(undenied)),
        what_to_do=bool(vocab.what_to_do(plain)),
        # (or a figure proposed: "文章说TensorFlow代码有1000万行,对吧?"; "我只有4GB显存,MXNet够用吗?"
        # states the asker's own need instead)
        quantity=bool(vocab.quantity(plain) or (yes_no and not requirements and vocab.figure_values(plain)))
        and "date" not in slots,
        unfamiliar=unfamiliar,
        avoid=bool(vocab.avoid(undenied)),  # used where a choice or a comparison is composed
        after_date=_after_date(plain, vocab, frameworks, published_year, known_versions),
        document=document,
        refusal=refusal,
        unknown=unknown,
        premise=premise,
        item=item[0] if item else 0,
    )


def _multi_part(text, original, pieces, vocab, known, published_year, known_versions) -> Question:
    """ "X和Y哪个适合新手？做部署呢？": each part read alone, a part that names no framework takes
    the frameworks of the part before it."""
    parts: list[Question] = []
    for piece in pieces:
        q = read(piece, vocab, known=known, published_year=published_year, known_versions=known_versions, split=False)
        if (
            parts
            and vocab.about_document(piece)
            and not (q.frameworks or q.requirements or q.aspects or q.slots or q.wants or q.refusal or q.document)
        ):
            continue  # "华为为什么要做Mindspore?文章怎么说的?": what the article says of the part before
        if parts and q.frameworks and _elliptic_part(piece, q, vocab):
            # "Keras的官网地址是啥?还有PyTorch的呢?": the part before, asked of the one named now.
            before = parts[-1].text
            for name in parts[-1].frameworks:
                before = vocab.replace_framework(before, name, "\x00")
            said = re.sub("\x00+", "、".join(q.frameworks), before) if "\x00" in before else ""
            if said:
                q = read(said, vocab, original=piece, known=known, published_year=published_year,
                         known_versions=known_versions, split=False)  # fmt: skip
        # (a thing the documents never name is asked of that framework too: "…?能跑在昇腾芯片上吗?")
        elif parts and not q.frameworks and parts[-1].frameworks and q.refusal in ("", "tool"):
            names = "、".join(parts[-1].frameworks)
            # "…?它主打什么", "…? Does it support Go?": the pronoun is the framework of the part
            # before; searched for as named (a question word in front keeps its place: a yes/no
            # question still opens with "Does").
            english = " and ".join(parts[-1].frameworks)
            if re.match(r"\s*(它们|它|其)", piece):
                said = re.sub(r"^\s*(它们|它|其)", names, piece)
            elif re.search(r"(?i)\b(it|they|them|its|their)\b", piece):
                said = re.sub(
                    r"(?i)\b(it|they|them|its|their)\b",
                    lambda m, english=english: f"{english}'s" if m.group(1).lower() in ("its", "their") else english,
                    piece,
                    count=1,
                )
            else:
                said = f"{names} {piece}"
            if q.slots and parts[-1].yes_no and (context := _asked_of(parts[-1].text, vocab)):
                # "MXNet不是Apache的项目吗?什么时候进去的?": when it went into Apache, not its first date.
                said = f"{said}（{context}）"
            q = read(
                said,
                vocab,
                original=piece,
                known=known,
                published_year=published_year,
                known_versions=known_versions,
                split=False,
            )
        parts.append(q)
    useful = [p for p in parts if p.frameworks or p.requirements or p.aspects or p.refusal]
    if len(useful) <= 1:
        return read(text, vocab, original=original, known=known, published_year=published_year,
                    known_versions=known_versions, split=False)  # fmt: skip
    whole = read(text, vocab, original=original, known=known, published_year=published_year,
                 known_versions=known_versions, split=False)  # fmt: skip
    return replace(whole, parts=tuple(useful))


def _asked_of(text: str, vocab: Vocabulary) -> str:
    """What a yes/no part is about, without its names and the words that make it a question or
    deny it ("MXNet不是Apache的项目吗?" → "Apache的项目"); "" when nothing is left."""
    rest = vocab.without_names(vocab.normalize(text))
    for said in sorted(vocab.yes_no.matched(rest), key=len, reverse=True):
        rest = rest.replace(said, " ")
    for word in vocab.negators:  # longest first
        rest = rest.replace(word, " ")
    rest = re.sub(r"[\s\W_]+", " ", rest).strip()
    return rest if re.search(r"\w{2,}", rest) else ""


def _elliptic_part(piece: str, q: Question, vocab: Vocabulary) -> bool:
    """ "还有PyTorch的呢?", "and PyTorch?": a part that names frameworks and asks nothing of its own."""
    if q.requirements or q.aspects or q.slots or q.refusal:
        return False
    rest = piece
    for name in q.frameworks:
        rest = vocab.replace_framework(rest, name, " ")
    rest = rest.lower()
    for word in sorted(vocab.swap_words, key=len, reverse=True):
        rest = re.sub(rf"(?<![a-z]){re.escape(word)}(?![a-z])", " ", rest)
    return not re.sub(r"[\s\W_的呢吗]+", "", rest)


def _requirements(text: str, vocab: Vocabulary) -> tuple[list[Requirement], tuple[str, ...]]:
    """What the question requires, each marked as asked when it stands in the clause that asks
    ("…Windows桌面程式，…哪个框架有C#介面？": C# is asked, Windows is the situation); and the
    languages the user says they barely know ("连Python都不太会")."""
    out: list[Requirement] = []
    unfamiliar: list[str] = []
    exclusive_words = vocab.only_words(text)
    # Clauses end at Chinese and English punctuation; a full stop only before a space ("2.0" stays).
    clauses = [(m.start(), m.end()) for m in _CLAUSE.finditer(text)]
    asking = [c for c in clauses if _ASKING.search(text[c[0] : c[1]])]
    for spec in vocab.requirements.values():
        if not spec.asked_in(text):
            continue
        where = spec.words.first(text)
        clause = next((text[a:b] for a, b in clauses if a <= where < b), text)
        if any(
            said.lower() not in map(str.lower, spec.words.matched(said)) for said in vocab.not_needed.matched(clause)
        ):
            # "花里胡哨的自定义功能用不上": not something to meet; but "can't afford a bigger GPU"
            # states the need for little memory, whose own words they are.
            continue
        asked = not asking or any(spec.words(text[a:b]) for a, b in asking)
        if spec.language:
            start = next((a for a, b in clauses if a <= where < b), 0)
            before = text[max(start, where - 12) : where]  # in its own clause: "只会Go，不想学Python"
            avoided = vocab.avoid_lead(text[start:where])  # "don't want to learn Python"
            if (avoided or vocab.avoid_words(before)) and not vocab.only_words(before):
                if vocab.unfamiliar_before(before):
                    unfamiliar.append(spec.name)  # "I don't know Python yet": not something it knows
                continue  # "avoid C++", "not Java": not something to meet
            # Right after it ("Python不太熟", "Python isn't my thing"); not "Matlab person … barely know Python".
            if vocab.unfamiliar(re.split(r"[,，。;；!！?？]", text[where : where + 24], maxsplit=1)[0]):
                unfamiliar.append(spec.name)
                continue
            out.append(Requirement(spec, exclusive=exclusive_words, asked=asked))
        else:
            out.append(Requirement(spec, asked=asked))
    return out, tuple(unfamiliar)


# A clause that asks something; also a last part typed without its question mark ("MegEngine是哪家
# 公司的?它主打什么": "么" of "什么").
_ASKING = re.compile(r"[?？]|[哪吗么]|(?i:\b(which|what|should|can|could|is there|are there|best)\b)")


def _refusal(original, plain, vocab, kind, frameworks, unknown, platforms, requirements) -> str:
    if vocab.injection(original):
        return "injection"
    for_frameworks = kind == "choice" and re.search(r"框架|framework", original, re.I)
    if vocab.write(original) and not for_frameworks:  # ("用什么框架写诗歌生成模型?" is a pick)
        return "write"  # "写一首关于PyTorch的诗": nothing the documents say, only what they say
    if vocab.code(original) and not for_frameworks:
        return "code"
    if unknown:
        return "tool"
    # ("…without installing extra tools. Which framework ships with that?" rules installing out.)
    if vocab.install(functools.reduce(lambda text, p: p.sub(" ", text), vocab.install_ruled_out, plain)):
        return "install"
    if vocab.other_topic(plain):
        return "topic"  # books, courses, hardware to buy: not a framework
    if vocab.price(plain):
        return "price"
    if platforms and not frameworks and kind != "choice" and not requirements:
        return "tool"  # "What is CUDA?": nothing to choose, no framework, a platform the article never covers
    return ""


def _weakness(text: str, vocab: Vocabulary) -> bool:
    """Does the question ask about a weakness ("难学吗", "is it slow?"), said other than denied
    ("TensorFlow不难学吗?" asks whether it is easy: yes where the article praises it)?"""
    for said_so in vocab.asks_weakness.matched(text):
        for m in re.finditer(re.escape(said_so), text):
            if said_so.startswith(("不", "没")) or not text[: m.start()].endswith(vocab.negators):
                return True
    return False


def _owner_spans(plain: str, vocab: Vocabulary) -> list[tuple[int, int]]:
    """Where the question says a framework is an organization's ("是华为的吗", "is it Google's"):
    the span of each organization's name proposed so."""
    return [m.span("org") for pattern in vocab.owner_proposed for m in pattern.finditer(plain)]


def _proposed_owners(plain: str, mentions, vocab: Vocabulary) -> tuple:
    """The mentions that are a company proposed as a framework's owner ("是百度的?", "Is it Baidu's?"),
    not a framework asked about, though the company's name is also how users name its framework."""
    spans = _owner_spans(plain, vocab)
    return tuple(m for m in mentions if m.kind == "framework" and any(a <= m.start < b for a, b in spans))


def _owned_by_org(plain: str, vocab: Vocabulary) -> bool:
    """Does the question say a framework is an organization's ("是华为的吗", "is it Google's")?"""
    return bool(_owner_spans(plain, vocab))


def _after_date(plain: str, vocab: Vocabulary, frameworks, published_year: int, known_versions) -> bool:
    if published_year and any(int(m.group(1) + m.group(2)) > published_year for m in _YEAR.finditer(plain)):
        return True
    if _unknown_version(plain, vocab, frameworks, known_versions):
        return True
    if vocab.about_document(plain):
        return False  # what the documents themselves say is never after their date
    for said in vocab.after_date_not.matched(plain):  # "复现最新论文", "which can I still use?"
        plain = plain.replace(said, " ")
    if vocab.after_strong(plain):
        return True
    # "TensorFlow有现在的地位的原因?": why it stands where it stood then is what the documents explain.
    return bool(vocab.after_weak(plain) and vocab.after_state(plain) and not vocab.why(plain))


def _unknown_version(plain: str, vocab: Vocabulary, frameworks, known_versions) -> bool:
    if frameworks and known_versions is not None:
        aliases = {f: {n.lower() for n in vocab.names_for(f)} for f in frameworks}
        for m in _VERSIONED.finditer(plain):
            # "TensorFlow2" and "TF2.0" are known when the documents say "TensorFlow2.0"; "TF 2.15" is not.
            same = next((a for a in aliases.values() if m.group(1).lower() in a), None)
            if same is None:
                continue
            version = re.sub(r"\.x$", "", _version_key(m.group(2)))  # "TF 1.x": any 1.*
            if any(k.startswith(name + version) for name in same for k in known_versions):
                continue
            # A version older than one the documents name ("TF 1.5" beside "TensorFlow2.0") came before them.
            latest = [_numbers(k[len(name) :]) for name in same for k in known_versions if k.startswith(name)]
            if not any(n and _numbers(version) < n for n in latest):
                return True
    return False


def _numbers(version: str) -> tuple[int, ...]:
    """ "2.0" → (2, 0); "" where the text after the name is no version."""
    return tuple(int(n) for n in re.findall(r"\d+", version)) if re.match(r"\d", version) else ()


def _versions(plain: str, vocab: Vocabulary, frameworks) -> set[str]:
    """The major versions of a framework the question names ("TF1…TF2" → {"1", "2"})."""
    out: set[str] = set()
    for f in frameworks:
        names = {n.lower() for n in vocab.names_for(f)}
        versions = {_version_key(m.group(2)) for m in _VERSIONED.finditer(plain) if m.group(1).lower() in names}
        majors = {v.split(".")[0] for v in versions}
        if len(majors) > len(out):
            out = majors
    return out


def _two_versions(plain: str, vocab: Vocabulary, frameworks) -> bool:
    """Does the question name two versions of one framework ("TF1…TF2", "TensorFlow 1.x和2.0")?"""
    return len(_versions(plain, vocab, frameworks)) >= 2


def _version_key(text: str) -> str:
    return re.sub(r"v(?=\d)", "", re.sub(r"\s+", "", text.lower()))


def versions_in(texts) -> frozenset[str]:
    """Every "Name 2.0"-like string the texts contain, as question versions are compared."""
    return frozenset(_version_key(m.group(0)) for t in texts for m in _VERSIONED.finditer(t))


def blank_spans(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """text with these spans (which may overlap) blanked, each character in place (offsets kept)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
