"""The conversation so far as state, and a follow-up resolved against it.

State, rebuilt from the chat history on every question (no server-side sessions): the questions
as resolved, the frameworks each answer picked and named as runners-up, the lists it set out,
and every framework named in order. A follow-up is resolved against it: pronouns ("它的缺点呢？"),
subject swaps ("那MXNet呢？"), ordinals ("第二个", "the former"), a bare "why?", narrowing
("其中哪个…"), alternatives ("还有别的选择吗？") and a new criterion after a pick ("and for
production?"). A follow-up with nothing to point at is answered with a question back.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .question import _VERSIONED, WITHIN_TOPIC, Question, Requirement
from .settings import AnswerSettings
from .templates import CITATION_MARKER, GENERAL_SUBJECT, QUOTE_LINE, REPLY_MARKERS, TRANSLATION_LINE, T, joined, t
from .vocabulary import Vocabulary, language

Reader = Callable[[str], Question]
# (description, frameworks; none: all the documents name) → the one meant
Describe = Callable[[str, Sequence[str]], "str | None"]
# a framework → the one the documents most often set beside it ("the other big one"), if one leads
Partner = Callable[[str], "str | None"]
# Does a question use the words of the passages these quotes come from (the topic the last answer
# was on)? The corpus answers it (Corpus.continues).
Continues = Callable[[str, Sequence[str]], bool]
_PUNCT = re.compile(r"[\s\W_]+")


@dataclass(frozen=True)
class Turn:
    question: Question
    picks: tuple[str, ...] = ()
    runners_up: tuple[str, ...] = ()
    listed: tuple[str, ...] = ()  # what an ordinal ("the second one") counts through
    points: tuple[tuple[str, str], ...] = ()  # the quoted points of its answer: (subject, quote)
    reply: str = ""  # yes | no: the plain answer its verdict opened with
    part: str = ""  # the part of a framework the answer named when asked for one ("…a tool?" → TensorBoard)
    typed: str = ""  # the user's own words, before they were read in the conversation
    quoted: bool = False  # asked of one point of an answer before, by its number ("第四条说的是什么?")
    examples: tuple[str, ...] = ()  # found as one of several ("以TensorFlow为代表的多种"): no pick
    # The one framework every quote of its answer was about, where the question named none ("Does
    # Keras support RNNs?" → "CNN too?", answered of Keras → "is it fast?").
    quoted_one: tuple[str, ...] = ()

    @property
    def quotes(self) -> tuple[str, ...]:
        """The quotes its answer showed ("还有别的吗？" shows others)."""
        return tuple(quote for _, quote in self.points)

    @property
    def focus(self) -> tuple[str, ...]:
        """What "it" means after this turn: the part it was asked for and named, else the pick(s),
        else the frameworks asked about."""
        return (
            (self.part,) if self.part else self.picks or self.question.frameworks or self.listed[:1] or self.quoted_one
        )


@dataclass
class State:
    turns: list[Turn] = field(default_factory=list)
    point_clauses: int = AnswerSettings.point_clauses  # (see settings)

    @property
    def last(self) -> Turn | None:
        return self.turns[-1] if self.turns else None

    @property
    def quotes(self) -> tuple[str, ...]:
        """Every quote the answers showed ("还有别的吗?" after "除了这个还有啥优势" shows neither
        turn's again)."""
        return tuple(dict.fromkeys(q for turn in self.turns for q in turn.quotes))

    @property
    def mentioned(self) -> list[str]:
        """Every framework the conversation has named, in order of first mention."""
        names: list[str] = []
        for turn in self.turns:
            names += [*turn.question.frameworks, *turn.picks, *turn.runners_up]
        return list(dict.fromkeys(names))


@dataclass(frozen=True)
class Resolution:
    """How to read a question in its conversation: its text as resolved, plus what the text
    alone cannot carry (pick among / not among these, the previous requirements, the kind)."""

    text: str
    clarify: bool = False
    kind: str = ""
    candidates: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    inherit: Question | None = None  # take its requirements when the text states none
    accumulate: bool = False  # add the text's requirements to the inherited ones ("…also production")
    previous_picks: tuple[str, ...] = ()  # after a pick, what was picked (to say how it fares now)
    options: tuple[str, ...] = ()  # when asking back: the frameworks it could mean
    no_lean: bool = False  # "why?" after a comparison that favoured neither side
    asks_cause: bool = False  # "why?" after a fact: the reasons the article gives for it
    cause_side: str = ""  # pro | con: after a plain yes or no, the side whose reasons are asked
    left_open: bool = False  # "why?" after a yes/no the article gave no yes or no to
    doubts: bool = False  # "是真的吗？": the last question again, said to be the article's claim
    proposal: str = ""  # "不对吧，我记得是2016年": the last question again, with the user's value
    seen: tuple[str, ...] = ()  # "还有别的吗？": the quotes the last answer showed, not to show again
    listed: tuple[str, ...] = ()  # the list the question itself set out, for later ordinals
    quoted: bool = False  # the text carries the article's own words: only the user's typed ones say when
    parts: bool = False  # the last question of several parts, asked again: read in its parts as it was

    def apply(self, q: Question) -> Question:

        changes: dict[str, Any] = {}
        if self.kind:
            changes["kind"] = self.kind
        if self.candidates:
            changes["candidates"] = self.candidates
        if self.exclude:
            changes["exclude"] = self.exclude
        if self.inherit is not None and (self.accumulate or not q.requirements):
            have = {r.name for r in q.requirements}
            changes["requirements"] = (*q.requirements, *(r for r in self.inherit.requirements if r.name not in have))
            changes["aspects"] = tuple(dict.fromkeys([*q.aspects, *self.inherit.aspects]))
        if self.previous_picks:
            changes["previous_picks"] = self.previous_picks
        if self.no_lean:
            changes["no_lean"] = True
        if self.asks_cause:
            changes["asks_cause"] = True
            if self.cause_side:
                changes["wants"] = self.cause_side
            changes["yes_no"] = False
            changes["left_open"] = self.left_open
        if self.seen:
            changes["seen"] = self.seen
        if self.quoted:
            # The article's own words ("创始人李沐…", "…理解TF的底层运行机制") ask for no kind of fact
            # and state no need: what is asked is what they mean.
            changes.update(slots=(), aspects=(), requirements=(), quoted=True)
        if self.doubts:
            changes["doubts"] = True
            changes["yes_no"] = False
        if self.proposal:
            changes["proposal"] = self.proposal
            changes["yes_no"] = True
        return replace(q, **changes) if changes else q


def check_history(history: Any) -> list[dict[str, str]]:
    """The history as {"role", "content": str} messages; ValueError saying what is wrong otherwise."""
    if history is None:
        return []
    if not isinstance(history, list | tuple):
        raise ValueError('history must be a list of {"role": "user"|"assistant", "content": str} messages')
    out = []
    for i, message in enumerate(history):
        if not isinstance(message, dict) or message.get("role") not in ("user", "assistant", "system"):
            raise ValueError(
                f'history[{i}] is not a chat message: expected {{"role": "user"|"assistant", "content": str}}'
            )
        out.append({"role": message["role"], "content": message_text(message.get("content"))})
    return out


def message_text(content: Any) -> str:
    """Text of a chat message's content, whether a string or a list of typed parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        return str(content.get("text") or content.get("content") or "")
    if isinstance(content, list | tuple):
        return " ".join(message_text(part) for part in content)
    return "" if content is None else str(content)


def state_from(
    history: Sequence[dict[str, str]],
    reader: Reader,
    vocab: Vocabulary,
    max_turns: int,
    describe: Describe | None = None,
    partner: Partner | None = None,
    continues: Continues | None = None,
    point_clauses: int = AnswerSettings.point_clauses,
) -> State:
    """Replay the last `max_turns` user turns (each resolved against the ones before it) and read
    what each answer picked from its lead lines."""
    state = State(point_clauses=point_clauses)
    users = [i for i, m in enumerate(history) if m["role"] == "user"][-max_turns:]
    for n, i in enumerate(users):
        end = users[n + 1] if n + 1 < len(users) else len(history)
        reply = next((m["content"] for m in history[i + 1 : end] if m["role"] == "assistant"), "")
        resolution = resolve(history[i]["content"], state, reader, vocab, describe, partner, continues)
        if resolution.clarify:
            continue
        q = resolution.apply(reader(resolution.text))
        if q.kind == "smalltalk" or (q.refusal and (q.refusal == "injection" or not q.frameworks)):
            continue  # thanks and refusals leave the conversation as it was
        # (One refused of a framework still names it: "tensorflow要多少钱?" → "那它是什么协议发布的".)
        # (One point picked by its number: "第四条说的是什么?"; a later number still counts the list.)
        typed = vocab.normalize(history[i]["content"])
        picked = resolution.quoted and (_point(typed, vocab) is not None or _ordinal(typed, vocab) is not None)
        turn = replace(_turn(q, reply, vocab), typed=history[i]["content"], quoted=picked)
        state.turns.append(replace(turn, listed=resolution.listed) if resolution.listed else turn)
    return state


def _turn(q: Question, reply: str, vocab: Vocabulary) -> Turn:
    # A quote's translation is the product's wording, not the reply's: it names nothing the reply picked.
    reply = "\n".join(line for line in reply.splitlines() if not TRANSLATION_LINE.match(line))
    lines = [line for line in reply.splitlines() if line.strip()][:8]
    pick_line = next((line for line in lines if any(m in line for m in REPLY_MARKERS["pick"])), "")
    runner_line = next((line for line in lines if any(m in line for m in REPLY_MARKERS["runners_up"])), "")
    picks = tuple(vocab.frameworks_in(pick_line))
    runners = tuple(f for f in vocab.frameworks_in(runner_line) if f not in picks)
    parents = tuple(dict.fromkeys(vocab.parent(f) for f in q.frameworks if vocab.parent(f)))
    if parents and not picks and (vocab.listing(q.text) or vocab.choice(q.text)):
        picks = parents  # "Which framework ships with TensorBoard?": the answer is TensorFlow
    opening = next((line for line in lines if line.startswith("**")), "")  # (after any "read as" note)
    # ("Keras能基于哪些框架?" → "是以 TensorFlow 为代表的多种" → "它支持Theano吗?": it is still Keras.)
    among = any(m in opening for m in REPLY_MARKERS["among"])
    examples = tuple(f for f in vocab.frameworks_in(opening) if f not in q.frameworks) if among else ()
    if not picks and q.kind in ("choice", "compare") and not among:
        # "其中哪个主打自动并行？", "哪个框架能实时看训练过程？", "TensorFlow和PyTorch,哪个侧重训练?"
        # answered by looking it up: the one framework its lead names. Asked of one framework
        # ("PyTorch的接口沿用了哪个框架?" → "据文章，是 Torch："), the one found is another, and
        # "那个框架" after it is that one.
        named = vocab.frameworks_in(opening)
        if len(q.frameworks) != 1:
            found = [f for f in named if f in q.frameworks or not q.frameworks]
        else:
            found = [f for f in named if f not in q.frameworks] if q.kind == "choice" else []
        if len(found) == 1:
            picks = tuple(found)
    points = tuple((m["subject"], m["quote"]) for m in map(QUOTE_LINE.match, reply.splitlines()) if m)
    if not picks and q.kind == "choice" and not q.frameworks and not vocab.listing(q.text) and points:
        # "同一个月还有哪个框架发布?" answered by what the article says, no name in its lead: the
        # framework its first quote is about (one alone) is the one it found.
        first = vocab.frameworks_in(points[0][0])
        if len(first) == 1:
            picks = tuple(first)
    if len(q.frameworks) >= 2:
        listed = q.frameworks  # the user's own list: "前者" is the first one the user named
    elif picks:
        contrast = [
            f
            for line in lines
            if any(m in line for m in REPLY_MARKERS["other_need"])
            for f in vocab.frameworks_in(line)
        ]
        listed = tuple(dict.fromkeys([*picks, *contrast, *runners]))
    elif len(q.frameworks) == 1 and not (vocab.listing(q.text) and not (q.wants or q.slots)):
        # A question about one framework sets out no list, whatever its quotes name ("前者的缺点主要有
        # 哪些?" lists drawbacks, not the TensorFlow Lite one of them names).
        listed = q.frameworks
    else:
        # The frameworks its quotes set out, in order ("国内有哪些框架？" → 其中哪个…); a reply that
        # quotes nothing (a refusal) sets out nothing.
        first = lines[0] if lines else None
        quoted = [line for line in lines[:1] + reply.splitlines() if CITATION_MARKER.search(line) or line is first]
        listed = tuple(dict.fromkeys([*q.frameworks, *(f for line in quoted for f in vocab.frameworks_in(line))]))
    said = next((word for word in ("yes", "no") if opening.startswith(REPLY_MARKERS[word])), "")
    part = ""
    if len(q.frameworks) == 1 and vocab.part_nouns(q.text) and points:
        # "Does TensorFlow have a visualization tool?": the one part of it the lead quote names.
        named = [f for f in vocab.frameworks_in(points[0][1]) if vocab.parent(f) == q.frameworks[0]]
        part = named[0] if len(named) == 1 else ""
    about = {tuple(vocab.frameworks_in(subject)) for subject, _ in points}
    quoted_one = next(iter(about)) if len(about) == 1 and len(next(iter(about))) == 1 else ()
    return Turn(q, picks, runners, listed, points, said, part, examples=examples, quoted_one=quoted_one)


def resolve(
    text: str,
    state: State,
    reader: Reader,
    vocab: Vocabulary,
    describe: Describe | None = None,
    partner: Partner | None = None,
    continues: Continues | None = None,
) -> Resolution:
    """The question as meant in this conversation (see the module docstring). `describe` finds the
    framework a description points at among those named ("工业界的那个"); `partner` the one set
    beside a framework ("the other big one" after one pick)."""
    plain = vocab.normalize(text)
    zh = language(text) == "zh"
    lang = "zh" if zh else "en"
    last = state.last
    asked = reader(text)  # the question read alone, once
    named = asked.frameworks

    if last is not None and not named and plain.strip() and not _PUNCT.sub("", vocab.unconceded(plain)).strip():
        # "Is TensorFlow still worth learning?" → "Even though so many people complain about it?": the
        # last question again, conceding that (the article's "虽然吐槽者甚多,但…" answers it).
        concession = text.strip().rstrip("?？。.!！ ")
        again = last.question.text.strip().rstrip("?？。.!！ ")
        if zh:  # ("即使吐槽的人那么多，TensorFlow还值得学吗？": the concession first, as said in Chinese)
            return Resolution(f"{concession}，{again}？")
        return Resolution(f"{again}, {concession[:1].lower()}{concession[1:]}?")
    picked = next((m for p in vocab.picked_reference if (m := p.search(text))), None)
    chosen = next((turn.picks for turn in reversed(state.turns) if turn.picks), ()) if picked else ()
    if picked is not None and len(chosen) == 1 and not named:
        # "any downside to the one you picked?" after a question about another: the pick, named.
        named_text = text[: picked.start()] + chosen[0] + text[picked.end() :]
        return resolve(named_text, state, reader, vocab, describe, partner, continues)
    # ("第一个问题" is the conversation's first question, no first framework or point.)
    ordinal = None if vocab.first_question(plain) else _ordinal(plain, vocab)
    if ordinal is not None and _named_beside(plain, ordinal[0], named, vocab):
        ordinal = None  # "does the other one, mxnet, support R?": the name says which
    pronoun = _pronoun(plain, vocab, zh)
    why = _bare(plain, vocab.why, vocab, zh) or bool(
        vocab.why(plain)
        and vocab.anaphora(plain)
        and not named
        and _short(plain, vocab, zh, 12, loose=True)
        and not _says_more(plain, vocab, zh)
    )  # "为什么会这样？", "why is that?"; not "那学术界为啥不在乎这个" (a why about something said)
    if not why and last is not None and last.reply == "no" and not named and vocab.why(plain):
        # "TensorFlow行不行?" → "不。…" → "为啥不太行?": why the no, however it is said again.
        why = not (asked.aspects or asked.requirements) and _short(plain, vocab, zh, 8, loose=True)
    narrowing = _leading(plain, vocab.narrowing, zh)
    only_one = bool(vocab.only_one(plain)) and not named  # "这是唯一的原因吗?": more of it, not a why
    why = why and not only_one
    if why and last is not None and last.picks and asked.aspects:
        # "招聘要求里经常提到哪个框架" → TensorFlow → "它为啥热度这么高": why it is popular (the
        # causes the article gives), not why it was picked for a job.
        # (Only of how it fares, an outcome; "why is it easier?" still asks why it was picked.)
        picked_on = {a for r in last.question.requirements for a in r.spec.aspects}
        why = not ((set(asked.aspects) - picked_on) & vocab.outcome_aspects)
    alternatives = _leading(plain, vocab.alternatives, zh) and not named
    # "还有别的建议吗?": more of the article's advice, not another framework.
    more_advice = _leading(plain, vocab.more_advice, zh) and not (named or asked.requirements)
    alternatives = alternatives and not more_advice
    elliptic = not named and _elliptic(plain, asked, vocab, zh)
    point = None if named or vocab.first_question(plain) else _point(plain, vocab)
    about_document = (
        last is not None
        and not last.question.frameworks
        and bool(vocab.document_refers(vocab.normalize(last.typed or last.question.text)))
    )
    # ("它的创始人是谁?" → "他说过什么?": he is that person, not the author.)
    person_asked = last is not None and any(vocab.slots[x].person for x in last.question.slots if x in vocab.slots)
    if (
        zh
        and (pronoun in vocab.author_pronouns_zh or about_document)
        and pronoun
        and not person_asked
        and _author(text, pronoun, vocab)
    ):
        # "作者觉得…越来越像了?" → "那他认为框架市场最后会被一家垄断吗?": he is the author; asked of the
        # article. "文章觉得有没有最好的框架?" → "那它建议我根据啥来选?": it is the article.
        at = _masked(text, vocab).find(pronoun)
        # (Read on as a question about the article: "那他觉得还值得花时间学吗?" asks of the framework
        # talked about.)
        return resolve(
            text[:at] + t(lang, "the_article") + text[at + len(pronoun) :],
            state,
            reader,
            vocab,
            describe,
            partner,
            continues,
        )

    if last is not None and asked.document and not (named or pronoun):
        # "这篇文章是什么时候写的?", "文章发在哪个网站?" ask of the article, whatever came before.
        return Resolution(text)
    if last is not None and vocab.narrowing_two(plain) and not any(r.spec.language for r in asked.requirements):
        # "Go…" → "那Julia呢?" → "这两个语言MXNet都支持吗?": the last two languages named, both asked
        # (only the last had been, and its yes stood for both).
        languages = [r for turn in reversed(state.turns) for r in turn.question.requirements if r.spec.language]
        spoken = list(dict.fromkeys(r.label(lang) for r in languages))[:2]
        if len(spoken) == 2 and set(asked.aspects) & {a for r in languages for a in r.spec.aspects}:
            return Resolution(
                t(lang, "resolve_languages", question=text.strip(), names=t(lang, "list_sep").join(reversed(spoken)))
            )
    if (
        last is not None
        and not named
        and not pronoun
        and not narrowing  # ("Which of the two does the article praise more?": of the two, not of the article)
        and vocab.about_document(plain)
        # ("作者最后还推荐学吗?": whether it recommends the one talked about, no pick among all)
        and (asked.kind == "fact" or (asked.yes_no and asked.kind == "choice"))
    ):
        if last.points and all(subject in GENERAL_SUBJECT.values() for subject, _ in last.points):
            # "学会Keras就等于懂深度学习了吗?" → the article's own conclusion → "那文章建议怎么做?":
            # asked of the article, not of Keras.
            return Resolution(text)
        talked = _talked_about(last, vocab)
        # "文章最后的建议是什么", "What does the article conclude at the end?", "Why does the article think
        # China needs its own frameworks?": what it says in general, not of the one talked about.
        # ("作者最后还推荐学吗?" asks the article's advice on the one talked about.)
        in_general = (
            vocab.of_documents(asked.aspects)
            or bool(vocab.general_aspects(asked.aspects))
            or (vocab.why(plain) and bool(asked.aspects))
        )
        if talked and in_general and not asked.requirements:
            return Resolution(text, kind="fact")
        # ("那文章说谁的热度最高" asks which one the article ranks so, not what it says of the last one.)
        if talked and not (
            asked.requirements
            or asked.slots
            or asked.document
            or asked.refusal
            or vocab.which_most(plain)
            or in_general
        ):
            # "支持者和反对者分别怎么说?" → "作者本人站哪边?": the author's view of the framework
            # talked about (it had been refused as off-topic).
            return Resolution(_of(talked, text.strip(), zh), kind="fact")

    if describe is not None and not named and not vocab.described_unless(plain):
        # "TF和PyTorch分别在哪个圈子用得最多?" … "那工业界的那个有啥缺点?": the one the documents
        # describe so, among those the conversation named (else among all), read as if named.
        found = _description(text, vocab)
        pool = [f for f in state.mentioned if not vocab.parent(f)]
        if found and pronoun and pronoun in found[1] and last is not None and len(last.focus) == 1:
            # "它并入的那个框架" after Caffe2: the one described beside Caffe2 ("…并入PyTorch").
            found = (found[0], _replace_pronoun(found[1], pronoun, last.focus, zh, vocab))
        target = describe(found[1], pool if len(pool) >= 2 else ()) if found else None
        if found and target:
            return resolve(text.replace(found[0], target, 1), state, reader, vocab, describe, partner, continues)

    if (
        last is not None
        and last.question.slots
        and set(named) <= set(last.question.frameworks)
        and vocab.correction(plain)
        and (re.search(r"(?:19|20)\d{2}", plain) or vocab.organizations_in(plain))
    ):
        # "MXNet什么时候进的Apache?" → "不对吧,我记得是2016年": the same question, with the user's
        # value put against what the article states.
        base = last.question
        return Resolution(base.text, kind=base.kind, inherit=base, proposal=text.strip())
    if last is not None and not named and _leading(plain, vocab.doubt, zh):
        rest = plain
        for said in vocab.doubt.matched(plain):
            rest = rest.replace(said, " ")
        rest = re.sub(r"^[\W_你您]*", "", rest).strip()
        claim = len(_PUNCT.sub("", rest)) >= 6 if zh else len(rest.split()) >= 4
        if claim and _pronoun(rest, vocab, zh):
            # "你確定嗎？我聽說它們現在其實越來越像了": the user's own claim about them is the question.
            return resolve(
                rest.rstrip("。.!！?？") + ("吗？" if zh else "?"), state, reader, vocab, describe, partner, continues
            )
        # "Is that really true?": what the article said, again, as its claim (it gives no evidence).
        base = last.question
        return Resolution(base.text, kind=base.kind, candidates=base.candidates, inherit=base, doubts=True)
    if last is not None and vocab.exclusion(plain) and (named or ordinal is not None):
        # "drop the first one. which of the remaining two?" / "去掉TensorFlow，剩下的哪个…": choose
        # among the last list without the ones taken out, on what was asked before.
        pool = list(last.listed) if len(last.listed) >= 2 else state.mentioned
        out = list(named)
        if ordinal is not None and (target := _pick(pool, ordinal[1], last)):
            out.append(target)
        rest = tuple(f for f in pool if f not in out)
        if len(rest) >= 1 and out:
            names = t(lang, "list_sep").join(rest)
            return Resolution(
                t(lang, "resolve_among", names=names, question=text.strip()),
                kind="choice",
                candidates=rest,
                exclude=tuple(out),
                inherit=last.question,
            )
    ruled_out = named or asked.exclude  # "不想用PyTorch": named to be ruled out
    if ruled_out and alternatives_named(plain, ruled_out, vocab) and last is not None:
        # "不想用PyTorch，还有别的选择吗？": the same question, without the framework named.
        base = last.question
        labels = base.requirement_labels(lang)
        names = t(lang, "list_sep").join(ruled_out)
        return Resolution(
            t(lang, "resolve_alternatives", names=names, topic=joined(lang, labels)) if labels else text,
            kind="choice",
            exclude=tuple(ruled_out),
            inherit=base,
        )
    if ordinal is not None and len(named) >= 2 and (own := _own_list(text, named, ordinal, vocab)) is not None:
        return own
    if named and pronoun and last is None and zh and not _after_name(plain, pronoun, named, vocab):
        # "它和PyTorch比哪个好？" as the first message; but in "既然TensorFlow是Google做的，那选它…"
        # "它" is TensorFlow.
        return Resolution(text, clarify=True)
    # ("为什么不选MXNet?" reads MXNet as ruled out: "不选" is part of the why-not here.)
    why_not = (named or asked.exclude) if vocab.why_not(plain) else ()
    if (
        why_not
        and last is not None
        and not vocab.why(plain)  # ("为什么不选MXNet?它分布式不是很强吗": the need is the asker's argument)
        and {r.name for r in asked.needs} - {r.name for r in last.question.needs}
    ):
        # "Is TensorFlow good enough for production?" after a pick for research asks it on the need
        # named now, not why it was not picked for research.
        why_not = ()
    # (After a comparison that picked neither, the ones compared: "Keras or PyTorch for a beginner?"
    # → "Why not TensorFlow?" had been answered with the reasons for TensorFlow's standing.)
    chosen = ()
    if last is not None:
        compared_before = last.question.kind == "compare" and len(last.question.frameworks) >= 2
        chosen = last.picks or (last.question.frameworks if compared_before and last.question.needs else ())
    if why_not and chosen and set(why_not) - set(chosen):
        # "why not tensorflow though?" after PyTorch was picked for research: the two compared on it.
        others = [f for f in why_not if f not in chosen]
        labels = last.question.requirement_labels(lang)
        return Resolution(
            t(
                lang,
                "resolve_why_not",
                name=t(lang, "list_sep").join(others[:1]),
                picks=chosen[0],
                topic=joined(lang, labels) if labels else last.question.text.strip(),
            ),
            kind="compare",
            inherit=last.question,
        )
    problem = bool(vocab.about_the_problem(plain)) and asked.kind == "fact" and not named
    if last is not None and vocab.topic_back(plain) and (not asked.needs or problem):
        # "Pytorch最大的短板是啥？" … "那TF在这块儿咋样？", "国产框架里有主打这个方向的吗？": asked on
        # what the last answer was about; after a why asked into it ("为什么研究人员不在乎这个?"),
        # on what the why asked into. "这个问题在学术界很重要吗?" after PyTorch's deployment problem
        # is that problem, asked where it names (it had been PyTorch on research alone).
        topic = _topic(_asked_into(state, vocab), reader, vocab, lang)
        if problem and asked.needs:
            topic = [x for x in topic if x not in {r.label(lang) for r in asked.needs}]
        if topic and (named or asked.kind == "choice" or asked.requirements) and not (problem and asked.needs):
            labels = joined(lang, topic)
            return Resolution(_within(text, labels, zh))
        if (
            topic
            and not named
            and (among := _which_of_two(_within(text, joined(lang, topic), zh), plain, state, vocab, lang))
        ):
            return among
        one = last.question.frameworks if len(last.question.frameworks) == 1 and not last.picks else ()
        if topic and one and not named and _short(plain, vocab, zh, 16, loose=True):
            # "TF1的代码能在TF2上跑吗？" → "这个问题严重吗，为啥": that problem of that framework.
            return Resolution(_within(_of(one[0], text.strip(), zh), joined(lang, topic), zh), kind="fact")
    if last is not None and last.picks and not (named or asked.requirements) and vocab.plans_ahead(plain):
        # "…only CPU servers for now… What does the article suggest?" → Keras → "What if we get GPUs
        # later?": the pick, in the asker's next situation (it had been refused as off topic).
        return Resolution(_of(last.picks[0], text.strip(), zh), kind="fact")
    if (
        last is not None
        and last.picks
        and not named
        and asked.needs
        and asked.yes_no
        and asked.kind == "fact"
        # ("Is there one that's good for deployment?" asks for another; "会有问题吗" asks of this one.)
        and not (vocab.choice(plain) or (vocab.existence(plain) and not asked.negative) or vocab.alternatives(plain))
    ):
        # "我是研究生…用哪个框架好?" → PyTorch → "那之后要上线部署会有问题吗?": whether the pick does
        # on the new need (it had been a new pick on it, TensorFlow, leading).
        return Resolution(_of(last.picks[0], text.strip(), zh), kind="fact")
    if (
        named
        and last is not None
        # (the one the answer gave, or one its quotes named: "keras是基于啥的" → "…以TensorFlow为代表的…")
        and (
            set(named) <= {*last.picks, *last.examples}
            or all(any(f in vocab.frameworks_in(quote) for _, quote in last.points) for f in named)
        )
        and len(last.question.frameworks) == 1
        and last.question.frameworks[0] not in named
        and (asked.yes_no or _short(plain, vocab, zh, 12, loose=True))  # ("Only TensorFlow?")
        and vocab.only(plain)
    ):
        # "Keras可以基于哪些框架?" → "以TensorFlow为代表的多种" → "只能用TensorFlow吗?": asked of Keras
        # (it had been what the article says of TensorFlow).
        return Resolution(_of_typed(last.question.frameworks[0], text.strip(), zh, vocab), kind="fact")
    if named and last is not None and vocab.similar(plain):
        # "TensorBoard是干嘛的" → "PyTorch有类似的工具吗?": like that tool (another framework's part).
        parts = [f for f in last.question.frameworks if vocab.parent(f) and f not in named]
        if not parts and last.points:
            # "Which framework has a tool for watching training live?" → TensorBoard, in the quote that
            # answered it → "Does Keras have something similar?": like that tool.
            parts = [f for f in vocab.frameworks_in(last.points[0][1]) if vocab.parent(f) and f not in named]
        if parts:
            return Resolution(_within(text, joined(lang, parts), zh))
    if named:
        swapped = _swap(text, named, state, vocab, lang)
        if swapped is not None:
            return swapped
        if (
            last is not None
            and len(named) == 1
            and named[0] not in last.question.frameworks
            and vocab.likewise(plain)
            and not (asked.aspects or asked.requirements or asked.slots or asked.wants)
            and (thing := _thing_asked(last.question, vocab))
        ):
            # "…混合使用符号编程和命令式编程…" → "Keras也可以吗?", "Does Keras do that too?": that
            # thing, asked of Keras (it had been all the article says of Keras).
            return Resolution(_within(text, thing, zh), kind="fact")
        if last is not None and (
            re.match(r"^\s*(和|跟|与|同|比起|比(?!较)|compared? (to|with)|vs\.?|versus)", plain, re.I)
            or _set_against(plain, named, vocab)
        ):
            others = [f for f in last.focus if f not in named]
            if others:
                if pronoun and not _after_name(plain, pronoun, named, vocab):
                    resolved = _replace_pronoun(text, pronoun, others[:1], zh, vocab)  # "its community"
                else:
                    resolved = f"{others[0]}{text.strip()}" if zh else f"{others[0]} {text.strip()}"
                # "MXNet支持哪些语言？" → "跟TensorFlow比呢？": compared on what was asked (on
                # nothing in particular after "PyTorch怎么样？"), unless a topic is named now ("社群呢？").
                asked_on = not (asked.requirements or asked.aspects) and (
                    last.question.requirements or last.question.aspects
                )
                topic = _topic(last, reader, vocab, lang) if asked_on else []
                return Resolution(_within(resolved, joined(lang, topic), zh) if topic else resolved)
        if pronoun and last is not None and ordinal is None and not _after_name(plain, pronoun, named, vocab):
            # "它和PyTorch比哪个好？"; but in "why not tensorflow? everyone uses it", "it" is TensorFlow.
            focus = _running(pronoun, [f for f in last.focus if f not in named], state, vocab)
            if focus:
                return Resolution(_replace_pronoun(text, pronoun, focus, zh, vocab))
        if ordinal is None:
            if (
                last is not None
                and last.question.requirements
                and not asked.requirements
                and not asked.aspects  # "pytorch在业界就没人用吗?" after a question about jobs asks its own
                and (_short(plain, vocab, zh, 16) or (pronoun and asked.yes_no))
                and not vocab.asks_worth(plain)  # "那我还要不要学TF?" asks for the advice on it as a whole
            ):
                # "那用Keras可以吗？" after a no-GPU question: is Keras right for what was required? So is
                # "Is TensorFlow also good at it?" after a pick for distributed training ("it": the need).
                return Resolution(text, kind="fact", inherit=last.question)
            if (
                last is not None
                and last.question.kind == "choice"
                and last.question.needs
                and asked.kind == "compare"
                and len(asked.frameworks) >= 2
                and not (asked.requirements or set(asked.aspects) & set(vocab.aspect_criteria))
                # (said in passing, "那X和Y比呢?"; "TensorFlow和PyTorch有什么区别?" is a question of its own)
                and vocab.in_passing(plain)
            ):
                # "多机多卡选哪个?" → "MXNet和TensorFlow比呢?": the two set against each other on that need
                # (it had been a general comparison: memory, industry standing, version churn).
                labels = [r.label(lang) for r in last.question.needs]
                return Resolution(_within(text.strip(), joined(lang, labels), zh), kind="compare")
            return Resolution(text)

    compared = last.question.frameworks if last is not None and last.question.kind == "compare" else ()
    asked_before = [f for turn in state.turns[-2:] for f in turn.question.frameworks if not vocab.parent(f)]
    if (
        not compared
        and len(state.turns) >= 2
        and len(asked_before) == 2 == len(set(asked_before))
        and all(len(turn.question.frameworks) == 1 for turn in state.turns[-2:])
        and vocab.narrowing_two(plain)
    ):
        # "TensorFlow的官方文档好不好?" → "那PyTorch的呢?" → "两个比起来哪个对新手比较友善?": the two
        # asked about in turn, compared as one would two named together.
        compared = tuple(asked_before)
    if len(compared) == 2 and not named and vocab.common(plain) and (asked.aspects or asked.requirements):
        # "…TensorFlow…" → "what about mxnet?" → "so which languages are supported by both?": what the
        # two have in common on what it names, not which of them.
        return Resolution(_of(("和" if zh else " and ").join(compared), text.strip(), zh), kind="compare")
    if (
        len(compared) >= 2
        and not named
        and ordinal is None  # "前者适合初学者吗？" asks of the first one, not which of the two
        and not pronoun
        and asked.kind == "choice"
        and not re.search(r"框架|库|(?i:framework|librar)", plain)
    ):
        # "I'm torn between TensorFlow and MXNet…" → "Which one has better documentation?": of those two.
        # ("which one is older?" asks a fact of each, their dates, not a pick: it had named PyTorch, on
        # the year Caffe2 merged into it.)
        among = t(lang, "resolve_among", names=t(lang, "list_sep").join(compared), question=text.strip())
        looked_up = bool(reader(among).slots)
        return Resolution(among, kind="" if looked_up else "choice", candidates=() if looked_up else compared)
    if (
        len(compared) >= 2
        and not (named or pronoun or ordinal is not None or why or alternatives)
        and (asked.needs or any(a in vocab.aspect_criteria for a in asked.aspects))
        and asked.kind == "fact"  # ("哪个框架文档最好？", "Which is the industry one?" are questions of their own)
        and not vocab.framework_nouns(plain)
        and _short(plain, vocab, zh, 20, loose=True)
    ):
        # "Keras还是PyTorch?我是研究生…" → "如果我只是想快速做个小实验呢?": the same two, on the new need,
        # compared again ("and the community?" after "which has better docs?" had been a lookup of
        # the one sentence naming one of them on it); "Which is the industry one?" picks one of them.
        return Resolution(
            t(lang, "resolve_among", names=t(lang, "list_sep").join(compared), question=text.strip()),
            kind="choice" if vocab.ranks(plain) else "",
            candidates=compared,
        )
    if (
        last is not None
        and len(last.listed) >= 3
        and not last.picks
        and not (named or pronoun or ordinal is not None or why or alternatives)
        and vocab.which_one(plain)
        and not _framework_nouns(plain, vocab)
    ):
        # "Tell me about the Chinese frameworks mentioned" → "Which one focuses on distributed
        # performance?": one of the frameworks just set out.
        return Resolution(
            t(lang, "resolve_among", names=t(lang, "list_sep").join(last.listed), question=text.strip()),
            kind="choice",
            candidates=last.listed,
        )
    asked_one = [turn.question.frameworks for turn in state.turns[-2:] if not turn.picks]
    pair = tuple(dict.fromkeys(f for fs in asked_one if len(fs) == 1 for f in fs))
    if (
        len(asked_one) == 2
        and len(pair) == 2
        and not named
        and asked.wants
        and vocab.ranks(plain)
        and not (pronoun or ordinal is not None or why)
    ):
        # "Keras的缺点有哪些" → "那PyTorch的呢" → "哪个的缺点更致命?": the two set against each other.
        return Resolution(f"{joined(lang, list(pair))}{'：' if zh else ': '}{text.strip()}", kind="compare")
    if (
        len(asked_one) == 2
        and len(pair) == 2
        and not named
        and (asked.kind == "choice" or asked.slots)
        and vocab.ranks(plain)  # "哪个更老？", "which one…": one of them, not "它适合新手吗？"
        and not (pronoun or ordinal is not None or why)
        and not vocab.framework_nouns(plain)
    ):
        # "PyTorch是啥时候发布的？" → "那TensorFlow呢？" → "所以哪个更老？": of the two just asked about.
        return Resolution(
            t(lang, "resolve_among", names=t(lang, "list_sep").join(pair), question=text.strip()),
            kind="" if asked.slots else "choice",
            candidates=pair,
        )
    recent = tuple(dict.fromkeys(f for turn in state.turns[-2:] for f in turn.question.frameworks))
    if (
        len(recent) >= 2
        and not any(turn.picks for turn in state.turns[-2:])  # (after picks: on the needs they were made for)
        and not (named or pronoun or ordinal is not None or why or alternatives)
        and vocab.choice(plain)
        and not (asked.needs or asked.slots or asked.wants or vocab.framework_nouns(plain))
    ):
        # "TF是不是已经被PyTorch干掉了?" → "我要是只想学一个呢?": the ones talked about, set
        # against each other (no need named to pick by); on what they were asked about, if anything
        # ("What languages does TensorFlow support?" → "And MXNet?" → "Which ones do both support?").
        resolved = _of(joined(lang, list(recent)), text.strip(), zh)
        topic = _topic(last, reader, vocab, lang) if last is not None and not asked.aspects else []
        return Resolution(_within(resolved, joined(lang, topic), zh) if topic else resolved, kind="compare")
    if (
        last is not None
        and not named
        and not (asked.requirements or asked.aspects)
        and vocab.anaphora(plain)
        and vocab.framework_nouns(plain)
        and _short(plain, vocab, zh, 16, loose=True)
        and not (ordinal is not None or point is not None or pronoun or why or narrowing or alternatives)
    ):
        # "what's that tool called again?" names no framework and no need: it points back at what
        # was just asked ("which framework lets me watch training live?"), so ask it there.
        topic = last.question.text.strip()
        return Resolution(_within(text, topic, zh))
    if (
        last is not None
        and not (named or pronoun or ordinal is not None or point is not None or why or alternatives)
        and last.question.kind == "fact"
        and last.question.needs
        and not asked.requirements
        and not set(asked.aspects) - {"advice"}
        and vocab.asks_advice(plain)
        and not (vocab.fix(plain) or vocab.about_the_problem(plain))  # "有什么解决办法吗？": a fix of it
        # "那还值得用吗?", "那为什么还值得学": whether (why) that one is worth it, not "which is"
        and not (vocab.asks_worth(plain) and (asked.yes_no or vocab.why(plain)))
        and _short(plain, vocab, zh, 12, loose=True)
    ):
        # "我做科研,想用MXNet,靠谱吗" → "那你推荐啥": a pick on that need, saying how MXNet fares.
        return Resolution(text, kind="choice", inherit=last.question, previous_picks=last.question.frameworks)

    if (
        last is not None
        and not named
        and (vocab.fix(plain) or vocab.what_to_do(plain))  # "那我手上一堆老代码咋整?"
        and not asked.requirements
        and last.focus
    ):
        # "TensorFlow在手机上表现怎么样？" → "有什么解决办法吗？": a fix for that, of that framework.
        topic = _topic(last, reader, vocab, lang)
        resolved = _of(joined(lang, list(last.focus)), text.strip(), zh)
        return Resolution(_within(resolved, joined(lang, topic), zh) if topic else resolved, kind="fact")
    if (
        last is not None
        and not (named or pronoun or asked.requirements or asked.aspects)
        and vocab.insist(plain)
        and _only(plain, vocab.insist.matched(plain), zh)
        and last.question.text
        and not last.question.refusal
    ):
        # "深度学习框架哪个最好" → "别绕弯子，就给我一个答案": the same question, answered again as
        # plainly as the article allows (it had been refused as off-topic).
        return Resolution(last.question.text, kind=last.question.kind)
    own_conclusion = vocab.sum_up(plain) and vocab.document_refers(plain) and not vocab.asks_which.search(plain)
    if last is not None and not (named or pronoun) and own_conclusion and not asked.requirements:
        # "那文章最后的结论是什么?" asks for the article's own conclusion, whatever came before: not
        # which one to pick on the needs so far, nor within the last topic.
        return Resolution(text)
    if last is not None and not (named or pronoun) and vocab.sum_up(plain) and not asked.requirements:
        # ("ok so which languages does it support?" asks of it, not for the conclusion.)
        # "新手选哪个？" → "以后要部署呢？" → "所以结论到底选哪个": on every need the turns named.
        needs = _recent_needs(state, reader, vocab, lang)
        if needs:
            return Resolution(_within(text, joined(lang, needs), zh), kind="choice")
    if last is not None and not named and vocab.both_needs(plain):
        # "想做科研" → "它部署有问题不？" → "那有没有能兼顾两头的？": one framework for the needs of
        # the last turns together (their questions', else what their answers were about).
        needs = _recent_needs(state, reader, vocab, lang)
        if len(needs) >= 2:
            labels = joined(lang, needs)
            return Resolution(_within(text, labels, zh), kind="choice")
        # "TensorFlow支持哪些语言？" → "MXNet呢？" → "两个都支持的有哪几种": of the two, on that topic.
        two = compared or (pair if len(asked_one) == 2 and len(pair) == 2 else ())
        if two and not (pronoun or ordinal is not None):
            names = joined(lang, list(two))
            resolved = f"{names}{text.strip()}" if zh else f"{names}: {text.strip()}"
            topic = [] if (asked.aspects or asked.requirements) else needs
            return Resolution(_within(resolved, joined(lang, topic), zh) if topic else resolved, kind="fact")
    # "Which has the best documentation?" → "And which one has the worst?": the same need, the other
    # end (a whole question by its words, "which one", but one leaning on the last: "and…", "那…呢").
    other_end = (
        last is not None
        and (asked.avoid or asked.superlative)
        and not (asked.requirements or named)
        and last.question.kind in ("choice", "why", "compare")
        and bool(last.question.requirements)
        and _short(plain, vocab, zh)
    )
    if (
        last is not None
        and not (named or ordinal is not None or point is not None or pronoun)
        and vocab.which_point(plain)
        and (asked.aspects or asked.requirements)
        and len(last.question.frameworks) == 1
        and last.question.kind == "fact"
        and not last.picks
        and len(last.points) >= 2
        # ("Which one…" names no framework noun; "哪个框架更适合部署" asks for a new pick.)
        and not _framework_nouns(plain, vocab)
        and _short(plain, vocab, zh, 16, loose=True)
    ):
        # "What are TensorFlow's pitfalls?" → "Which one is about mobile?": which of the points just
        # listed, all of one framework; not a new pick among frameworks.
        return Resolution(_of_typed(last.question.frameworks[0], text.strip(), zh, vocab), kind="fact")
    if (
        last is not None
        and last.points
        and not (named or asked.aspects or asked.requirements)
        and vocab.examples(plain)
        and _short(plain, vocab, zh, 16, loose=True)
    ):
        # "出路在哪?" → "差异化…是制胜关键" → "举几个例子?": what the article says beside that point,
        # not the point again.
        subject, quote = last.points[0]
        # A quote that names several frameworks is the examples, shown beside the point again.
        seen = tuple(q for q in last.quotes if q == quote or len(vocab.frameworks_in(q)) < 3)
        return Resolution(_of(subject, quote, zh), kind="fact", seen=seen, quoted=True)
    if (
        last is not None
        and last.points
        and not (named or asked.aspects or asked.requirements)
        and ((vocab.implication(plain) and vocab.anaphora(plain)) or vocab.outcome(plain))
        and _short(plain, vocab, zh, 16, loose=True)
    ):
        # ("“舍推广保技术”这句话是谁说的?" → "结果怎么样?": how it turned out, said after it.)
        # "TensorFlow 的程式碼量有多大?" → "這代表什麼問題?": what the point just quoted means, asked of it.
        # A point of several clauses says it itself ("…代码总量逾100万行,学习者如果希望了解TF的底层运行
        # 机制,无疑漫长而艰辛"; "支持动态计算图,提供了很好的灵活性"), so it is quoted again, with what is
        # near; a one-clause point ("…是“舍推广保技术”。") is explained by what the article says around it.
        subject, quote = last.points[0]
        own = len([x for x in re.split(r"[,，;；:：]", quote) if x.strip()]) >= state.point_clauses
        return Resolution(_of(subject, quote, zh), kind="fact", seen=() if own else (quote,), quoted=True)
    if (
        last is not None
        and not (named or pronoun or ordinal or point)
        and len(last.question.frameworks) == 1
        and not last.picks
        and vocab.elaboration(plain)
    ):
        # "TF2.0和1.0比有什么区别?" → "具体改了哪些API?": the details asked are of that framework.
        return Resolution(_of_typed(last.question.frameworks[0], text.strip(), zh, vocab), kind="fact")
    if (
        last is not None
        and not (named or pronoun)
        and len(last.question.frameworks) == 1
        and vocab.parent(last.question.frameworks[0])
        and vocab.object_missing(plain)
        and vocab.which_framework(plain)  # ("还有哪些工具是框架自带?" has its own object)
    ):
        # "TensorBoard是啥?" → "哪个框架自带?": comes with TensorBoard (it had been read with no object,
        # and answered with three unrelated sentences).
        part = last.question.frameworks[0]
        core = text.strip().rstrip("？?。.！! ")
        return Resolution(f"{core}{part}？" if zh else f"{core} {part}?")
    if last is not None and not named and len(last.question.frameworks) == 1 and vocab.asks_link(plain):
        # "Keras是构建在哪些框架之上的?" → "文章给的官网是哪个?": the site of the one asked about (not of
        # TensorFlow, which the answer named).
        return Resolution(_of_typed(last.question.frameworks[0], text.strip(), zh, vocab), kind="fact")
    if (
        last is not None
        and not (named or pronoun or asked.aspects or asked.requirements)
        and vocab.about_the_problem(plain)
        and last.question.aspects
        and len(whose := _whose_problem(last, plain, vocab)) == 1
        and _short(plain, vocab, zh, 16, loose=True)
        and (topic := _topic(last, reader, vocab, lang))
    ):
        # "TensorFlow在手机上表现咋样?" → "谷歌咋整的?": what was done about that problem of it.
        return Resolution(_within(_of(whose[0], text.strip(), zh), joined(lang, topic), zh), kind="fact")
    # Asked yes or no with no name and no "which" ("适合新手吗?"): of what the conversation is about.
    yes_no_form = not vocab.asks_which.search(plain) and bool(vocab.yes_no_end(plain))
    if more_advice and last is not None:
        return Resolution(t(lang, "resolve_more_advice"), kind="fact", seen=state.quotes)
    if not (
        ordinal is not None or point is not None or pronoun or why or narrowing or alternatives or elliptic or only_one
    ):
        if other_end:
            return _other_end(text, last, lang, zh)
        if (
            last is not None
            and last.question.kind in ("choice", "why")
            and asked.requirements
            and not asked.wants
            and not asked.asks_cause  # "为什么要自研框架?" after a pick asks its own why, not anew which
        ):
            return _new_criterion(text, last, vocab, asked)  # "And if my whole team only writes Java?": choose anew
        if (
            continues is not None
            and last is not None
            and last.question.kind == "fact"
            and not (last.question.frameworks or last.question.needs or last.question.refusal)
            and asked.kind == "fact"
            and not (named or asked.requirements or asked.aspects or asked.refusal or asked.document or asked.slots)
            # (or too short to be a question of its own: "为什么中国要自研?" → "难点在哪？" had been the
            # difficulties of learning TensorFlow and Keras)
            and (continues(plain, [quote for _, quote in last.points]) or _too_short_alone(plain, vocab, zh))
        ):
            # "文章对中国自研框架的看法是什么?" → "为什么觉得有必要?": no name, no need, but the words of
            # the passages just quoted; asked within that topic (it had been refused as off-topic).
            return Resolution(_within(text, last.question.text.strip(), zh), kind="fact")
        if (
            last is not None
            and last.question.kind == "fact"
            and len(last.question.frameworks) == 1  # (asked about by the user, not only quoted)
            and not named
            # ("适合新手吗" after three turns on MXNet: whether it suits, not which does)
            and (asked.kind == "fact" or (asked.kind == "choice" and yes_no_form))
            and not asked.refusal
            and not vocab.ranks(plain)  # "哪个专注分布式?" picks among them
            and not asked.document
            and not any(r.spec.framework_group for r in asked.requirements)  # ("国产框架里…": another group)
            # a constraint is a new situation ("要是团队更熟R语言呢?"), a criterion a quality of it;
            # asked yes or no, it is asked of that framework ("Keras能用GPU跑吗" → "换到CPU上要改代码不")
            # ("Is there a fix for the mobile one?": a remedy for one of its problems)
            # ("这对部署有啥帮助?" after who chose MXNet: this, the point just made of it, on deployment)
            and (
                asked.yes_no
                or yes_no_form
                or vocab.fix(plain)
                or vocab.anaphora(plain)
                or all(r.spec.group == "criterion" for r in asked.needs)
            )
            and (
                asked.yes_no
                or yes_no_form
                or asked.needs
                or asked.wants
                or any(a in vocab.aspect_criteria for a in asked.aspects)
            )
        ):
            # "TensorFlow 2.0是什么时候推出的?" → "升级之后会遇到什么问题?": a quality asked with no name,
            # of the one framework just asked about (it had been refused as off-topic).
            return Resolution(_of_typed(last.question.frameworks[0], text.strip(), zh, vocab), kind="fact")
        same_again = bool(vocab.likewise(plain))  # "Does Keras support RNNs?" → "CNN too?"
        if (
            last is not None
            and last.question.kind == "fact"
            and len(last.question.frameworks) == 1
            and not named
            and asked.kind == "fact"
            and not (asked.refusal or asked.document or asked.slots or asked.requirements)
            and _too_short_alone(plain, vocab, zh)
            # (a term of its own: "什么是SBP" is OneFlow's; but "CNN too?" asks the same of it again)
            and (not re.search(r"[A-Za-z]{2,}", text) or same_again)
            # (the same asked again of another thing is not on what the last answer's quotes were about;
            # nor is anything after a fact looked up: "PyTorch是哪家公司支持的?" → "基于什么?" asks
            # what it is built on, not on its "公司" topic, industry use)
            and (
                (topic := [] if same_again or last.question.slots else _topic(last, reader, vocab, lang))
                or same_again
                or last.question.slots
            )
        ):
            # "TensorFlow难学吗" → "难在哪": too short to be a question of its own; of that framework, on
            # what was asked of it (it had been refused as off-topic). "Does Keras support RNNs?" →
            # "CNN too?" asks the same of it, on no topic.
            subject = last.question.frameworks[0]
            typed = _of_typed(subject, text.strip(), zh, vocab)
            return Resolution(_within(typed, joined(lang, topic), zh) if topic else typed, kind="fact")
        return Resolution(text)
    if last is None:
        # A follow-up as the first message (or after turns that named nothing) points at nothing;
        # but "我除了深度学习还要做科学计算，哪个框架合适" is a whole question of its own.
        if (alternatives or narrowing) and asked.kind == "choice" and not (pronoun or why or ordinal is not None):
            return Resolution(text)  # "Which of these frameworks can I use from JavaScript?": the article's
        if elliptic and not (pronoun or why or ordinal is not None):
            # ("动态计算图是什么？" asks what a term means, not which framework has it.)
            choice = asked.requirements and not vocab.term_asked(plain)
            return Resolution(text, kind="choice" if choice else "")
        return Resolution(text, clarify=True)

    # "第一个原因是什么意思?" after "主因有二:一是…二是…": that item of the quoted enumeration; "你说的
    # 第二点" is the second point the answer quoted, unless it quoted fewer.
    # ("第四条是什么?" → "那最后一条呢?": the points counted are the list's, not the one point's.)
    counted = next((turn for turn in reversed(state.turns) if not turn.quoted and turn.points), last)
    item = _enumerated(counted.points[:1], point, vocab) if point is not None else None
    if item is not None and not re.search(r"第\w{1,2}\s*[点条项]|(?i:\b(point|bullet|item)s?\b)", plain):
        return Resolution(_of(*item, zh), kind="fact", quoted=True)
    if point is not None and point < 0:
        point = len(counted.points) + 1 + point  # "最后一条", "the last point": counted from the end
    if point is not None and 1 <= point <= len(counted.points):
        subject, quote = counted.points[point - 1]
        return Resolution(_of(subject, quote, zh), kind="fact", quoted=True)
    if point is not None and (item := _enumerated(counted.points, point, vocab)):
        return Resolution(_of(*item, zh), kind="fact", quoted=True)

    if ordinal is not None:
        phrase, position = ordinal
        only_one = len([f for f in state.mentioned if not vocab.parent(f)]) == 1
        if only_one and position >= 1 and (item := _enumerated(last.points[:1], position, vocab)):
            # "TensorFlow能有现在的地位,主要原因有哪两个?" → "那第二个呢?": with one framework talked
            # about, the second of the reasons its quote enumerates ("一是…二是…").
            return Resolution(_of(*item, zh), kind="fact", quoted=True)
        # (The frameworks the user named: a quote may name another in passing, "接口沿用Torch".)
        typed = {f for turn in state.turns for f in vocab.frameworks_in(vocab.normalize(turn.typed), question=True)}
        if len(typed) == 1 and last.quoted and counted is not last and 1 <= position <= len(counted.points):
            # "PyTorch有哪些优点?" → "第二条具体是什么意思?" → "那第三个呢": still the list's items.
            subject, quote = counted.points[position - 1]
            return Resolution(_of(subject, quote, zh), kind="fact", quoted=True)
        if (
            len(last.question.frameworks) == 1
            and (last.question.wants or last.question.listing)
            and len([f for f in state.mentioned if not vocab.parent(f)]) == 1
            and not (last.picks or vocab.return_words(plain))
            and 1 <= position <= len(last.points)
            # "what's the third one good at?" → "and the fourth?": still counting frameworks
            and _ordinal(vocab.normalize(last.typed), vocab) is None
        ):
            # "TF有哪些优点" → "第三个展开说说": the answer listed points of the one framework the
            # conversation is about; with two named ("第二个呢？"), an ordinal counts frameworks.
            subject, quote = last.points[position - 1]
            return Resolution(_of(subject, quote, zh), kind="fact", quoted=True)
        # The list the user is counting through: the last one set out (a follow-up about one of
        # its items sets out no list of its own), or everything named when going back further;
        # "前者/后者" count through two the user named ("Keras还是PyTorch?" … "前者在封装上…").
        pool = next((list(turn.listed) for turn in reversed(state.turns) if len(turn.listed) >= 2), [])
        if vocab.pair_ordinal(phrase):
            # (As the user typed them: "为什么?" read as "为什么推荐PyTorch（Keras和PyTorch…）" names the
            # two in another order.)
            typed = (
                vocab.frameworks_in(vocab.normalize(t_.typed or t_.question.text), question=True)
                for t_ in reversed(state.turns)
            )
            pool = next((names for names in typed if len(names) == 2), pool)
        # "the leader in industry?" → "and in academia?" → "the second one": one pick per turn.
        single = list(dict.fromkeys(turn.picks[0] for turn in state.turns[-3:] if len(turn.picks) == 1))
        if len(last.listed) < 2 and last.picks and len(single) >= 2:
            pool = single
        if vocab.return_words(plain) or len(pool) < 2:
            pool = state.mentioned
        after = text[text.find(phrase) + len(phrase) :] if phrase in text else ""
        picked = next((m for p in vocab.picked_after_ordinal if (m := p.match(after))), None)
        if picked is not None:
            # "你第一个推荐的": the picks the answers made, in order, not the last list shown.
            pool = list(dict.fromkeys(f for turn in state.turns for f in turn.picks))
            phrase += after[: picked.end()]
            before = text[: text.find(phrase)]
            phrase = before[-1] + phrase if before.endswith(("你", "您")) else phrase  # "你第一个推荐的"
        target = _pick(pool, position, last)
        if target is None and position == 0 and partner is not None and len(last.focus) == 1:
            # "why not the other big one?" after PyTorch alone was picked: the one the documents
            # most often name beside it.
            target = partner(last.focus[0])
        if target is None:
            return Resolution(text, clarify=True, options=tuple(pool))
        if position == 0 and last.picks and target not in last.picks and vocab.why_not(plain):
            # "why not the other big one?" after a pick: as if named ("why not TensorFlow?").
            return resolve(text.replace(phrase, target, 1), state, reader, vocab, describe, partner, continues)
        the = re.compile(rf"(?i)\bthe {re.escape(phrase)}")  # "the second one" → "PyTorch", not "the PyTorch"
        if the.search(text):
            resolved = the.sub(target, text)
        else:
            resolved = text.replace(phrase, target) if phrase in text else _of(target, text, zh)
        if pronoun:
            resolved = _replace_pronoun(resolved, pronoun, [target], zh, vocab)
        if vocab.topic_back(plain) and (topic := _topic(last, reader, vocab, lang)):
            # "Why is the other one weaker there?": there is what the last turn was about.
            return Resolution(_within(resolved, joined(lang, topic), zh))
        # "第二个呢？" asks the previous question of the second one, like "那MXNet呢？".
        return _swap(resolved, [target], state, vocab, lang) or Resolution(resolved)

    if why:
        if last.question.avoid and len(last.picks) == 1 and last.question.requirements:
            # "哪个社区最不活跃?" → MXNet → "为什么会这样?": the causes of that weakness, not reasons to pick it.
            labels = t(lang, "list_sep").join(last.question.requirement_labels(lang))
            return Resolution(
                t(lang, "resolve_cause", question=_of(last.picks[0], labels, zh)),
                kind="fact",
                inherit=last.question,
                asks_cause=True,
                cause_side="con",
            )
        # (Or a choice among two or more that picked none: "Which one is easier to debug?" of the two
        # compared before; "why?" had asked why the article points to both.)
        among = compared or (last.question.candidates if last.question.kind == "choice" else ())
        if not last.picks and last.question.requirements and len(among) >= 2:
            # "Keras和PyTorch哪个适合新手？" → no lean → "为什么？": what the article says for each.
            names = t(lang, "list_sep").join(among)
            return Resolution(
                t(lang, "resolve_why_even", names=names, question=last.question.text),
                kind="why",
                candidates=tuple(among),
                inherit=last.question,
                no_lean=True,
            )
        if not last.picks and last.question.kind == "fact":
            # "Is Keras slow?" → "why?": the reasons the article gives for what it just said; after
            # "Is MXNet popular?" → "No." → "why not?", the reasons for that no.
            side = ""
            if last.reply:
                side = "pro" if (last.reply == "yes") != last.question.negative else "con"
            return Resolution(
                t(lang, "resolve_cause", question=last.question.text.strip()),
                kind="fact",
                inherit=last.question,
                asks_cause=True,
                cause_side=side,
                left_open=last.question.yes_no and not last.reply,
            )
        if not last.picks and last.question.kind == "compare":
            return Resolution(last.question.text, kind=last.question.kind)
        focus = last.picks or last.question.frameworks
        if not focus:
            if last.question.kind != "fact" or last.question.refusal or not last.question.text:
                return Resolution(text, clarify=True)
            # "作者觉得中国有必要自研吗？" → "为什么？": the reasons the article gives for what it said.
            return Resolution(
                t(lang, "resolve_cause", question=last.question.text.strip()),
                kind="fact",
                inherit=last.question,
                asks_cause=True,
            )
        names = t(lang, "list_sep").join(focus)
        return Resolution(
            t(lang, "resolve_why", names=names, question=last.question.text),
            kind="why",
            candidates=tuple(focus),
            inherit=last.question,
        )

    if narrowing:
        # "Which of them…": the last answer's list, else every framework the conversation has
        # named (a question about TensorFlow, then "And MXNet?", then "which of them has R?").
        pool = last.listed if len(last.listed) >= 2 else tuple(state.mentioned)
        if len(pool) > 2 and vocab.narrowing_two(plain):
            # "动态计算图是哪个框架的卖点?" → "那MXNet…?" → "这两个哪个更灵活?": the two answers'
            # frameworks, not TensorFlow, named in passing.
            talked = list(dict.fromkeys(f for turn in reversed(state.turns) for f in turn.focus))
            pool = tuple(reversed(talked[:2])) if len(talked) >= 2 else pool
        group = next((w for w in vocab.narrowing_group if w in text), "") if zh else ""
        if group and len(pool) >= 2 and not vocab.asks_which.search(plain):
            # "为什么说这两个越来越像了?": of the two together, not which of them (it had been read
            # as a choice between them, and answered with one's deployment).
            return Resolution(text.replace(group, joined(lang, pool), 1))
        if (
            len(last.question.frameworks) == 1
            and not last.picks
            and not (vocab.which_one(plain) or asked.kind == "choice")
        ):
            # "TensorFlow支持哪些编程语言?" → "其中有Rust吗?": among what was said of that one.
            return Resolution(_of_typed(last.question.frameworks[0], text.strip(), zh, vocab), kind="fact")
        side = last.question.wants
        if len(pool) < 2 and len(last.question.frameworks) == 1 and side in ("pro", "con") and len(last.points) >= 2:
            # "TensorFlow的缺点呢?" → "其中哪个对初学者影响最大?": among the points just listed, not
            # among frameworks (it had asked back which framework was meant).
            name = last.question.frameworks[0]
            asked_text = text.strip()
            lead = next((w for w in vocab.narrowing.matched(asked_text) if asked_text.startswith(w)), "") if zh else ""
            asked_text = asked_text[len(lead) :].lstrip("，, ") or asked_text  # "其中哪个…": no "中，其中"
            return Resolution(t(lang, f"resolve_among_{side}", name=name, question=asked_text), kind="fact")
        if len(pool) < 2:
            return Resolution(text, clarify=True)
        names = t(lang, "list_sep").join(pool)
        return Resolution(
            t(lang, "resolve_among", names=names, question=text.strip()),
            kind="choice",
            candidates=tuple(pool),
            inherit=last.question,
        )

    # A need named now ("any alternatives for industry use?"), not a word like "选择" or "推荐".
    new_need = bool(asked.requirements or any(a in vocab.aspect_criteria for a in asked.aspects))
    more = not (
        last.picks
        or last.question.needs  # (a group of frameworks, "国产", is what was asked about, not a need)
        or new_need
        or vocab.framework_nouns(plain)
        or vocab.choice(plain)
        or vocab.options(plain)
    )
    if only_one and last.focus:
        # "Which framework has over a million lines of code?" → "Is that the only reason it's hard to
        # learn?": what else the article says of it on that, not what the last answer showed; bare
        # ("这是唯一的原因吗?"), on what was asked last.
        own = asked.aspects or asked.requirements or asked.wants
        if not own:
            return Resolution(last.question.text, kind="fact", seen=state.quotes)
        resolved = (
            _replace_pronoun(text, pronoun, last.focus, zh, vocab)
            if pronoun
            else _of(joined(lang, list(last.focus)), text.strip(), zh)
        )
        return Resolution(resolved, kind="fact", seen=state.quotes)
    if alternatives and asked.wants and not named and last.focus and last.question.kind == "fact":
        # "Anything else bad about it?" after a question about Keras: more of that side of Keras.
        return Resolution(
            _replace_pronoun(text, pronoun, last.focus, zh, vocab)
            if pronoun
            else _of(joined(lang, list(last.focus)), text.strip(), zh),
            kind="fact",
        )
    subject_pronoun = bool(pronoun) and bool(re.match(rf"^\W*(那|那么|so|and)?\s*{re.escape(pronoun)}", plain, re.I))
    if alternatives and subject_pronoun and last.focus and len(last.focus) == 1 and not (named or new_need):
        # "它还有什么别的特点?" (it as the subject), unlike "除了它": more about the framework itself,
        # not what the last answer showed of it.
        return Resolution(
            _replace_pronoun(text, pronoun, last.focus, zh, vocab),
            kind="fact",
            seen=state.quotes,
        )
    if alternatives and more and last.question.kind == "fact":
        # "还有别的吗？" after "Keras的缺点是啥": more on what was asked, not another framework, and
        # not what was just quoted.
        return Resolution(last.question.text, kind="fact", seen=state.quotes)
    if alternatives:
        # ("Keras适合初学者吗?" → "为什么有人反对?" → "有没有其他替代方案?": other than Keras, the
        # last framework talked about, though the turn between named none.)
        source = last
        if not (last.picks or last.question.frameworks or last.question.requirements):
            source = next((turn for turn in reversed(state.turns) if turn.picks or turn.question.frameworks), last)
        shown = source.picks or source.question.frameworks
        if pronoun and pronoun.lower() in ("它", "it", "this one", "that one") and len(shown) > 1:
            shown = shown[:1]  # "除了它" after two picks: the first one
        if not (shown or source.question.requirements):
            return Resolution(text, clarify=True)
        if not shown and source.question.kind == "fact":
            # "为啥中国要自己搞…" → "还有别的原因吗?": more on it (a group asked about, no framework).
            return Resolution(last.question.text, kind="fact", seen=state.quotes)
        # "any alternatives for industry use?": the need asked now, else the one asked last
        # ("适合显存小的？" → "后者文档好不好？" → "还有别的选择吗？": the docs).
        base = asked if new_need else source.question
        if not new_need and not source.question.requirements:
            base = next((turn.question for turn in reversed(state.turns) if turn.question.requirements), base)
        if not pronoun and base.requirements:
            # "分布式推荐哪个" → MXNet (also OneFlow, TensorFlow) → "那PyTorch呢" → "还有别的吗": other
            # than every one offered on that need in the turns before, not only the last one named.
            # (Right after a pick, its runners-up are the other options.)
            needs = {r.name for r in base.requirements}
            offered = [
                f
                for turn in state.turns
                if turn is not source and needs & {r.name for r in turn.question.requirements}
                for f in (*turn.picks, *turn.runners_up)
            ]
            shown = tuple(dict.fromkeys([*offered, *shown]))
        names = t(lang, "list_sep").join(shown)
        # "PyTorch好用吗？" → "其他框架呢？": on the aspect asked about, when no need was stated.
        labels = base.requirement_labels(lang) or [
            vocab.aspect_label(a, lang) for a in base.aspects if a in vocab.aspect_criteria
        ]
        # Other frameworks than TensorBoard's are other than TensorFlow too.
        parents = [vocab.parent(f) for f in shown if vocab.parent(f)]
        if labels and names:
            text_ = t(lang, "resolve_alternatives", names=names, topic=joined(lang, labels))
        elif names and not base.requirements and base.frameworks and set(base.frameworks) <= {*shown, *parents}:
            # "TensorFlow太大了" → "还有别的选择吗？": a question only about the one set aside names
            # nothing to choose the others on ("除了TensorFlow，TensorFlow太大了" would be about it).
            text_ = t(lang, "resolve_other_options", names=names)
        else:
            text_ = t(lang, "resolve_other_than", names=names or "—", question=base.text)
        return Resolution(text_, kind="choice", exclude=tuple(dict.fromkeys([*shown, *parents])), inherit=base)

    if (
        pronoun
        and pronoun.lower() in vocab.plural_pronouns
        and not (last.picks or last.question.frameworks or last.question.requirements or asked.requirements)
        and last.question.kind == "fact"
    ):
        # "Should China build its own frameworks?" → "How can they succeed?": they are who the last
        # question was about, not a framework its answer happened to quote.
        return Resolution(_within(text, last.question.text.strip(), zh), kind="fact")
    groups = [r for r in last.question.requirements if r.spec.framework_group]
    if (
        pronoun
        and pronoun.lower() in vocab.plural_pronouns
        and groups
        and not (last.picks or last.question.frameworks or named)
    ):
        # "国内有哪些框架?" → "它们都开源了吗?": they are the group, not the first of it quoted.
        return Resolution(_replace_pronoun(text, pronoun, [groups[0].label(lang)], zh, vocab))
    if pronoun:
        focus = _running(pronoun, list(last.focus), state, vocab)
        if (
            not focus
            and last.question.kind == "fact"
            and last.points  # (answered from the documents: "今天天气怎么样?" → "它的缺点呢?" is not)
            and not (last.question.refusal or last.question.frameworks or last.question.requirements)
            and not asked.requirements
        ):
            # "What is the chip ban the article mentions?" → "Who did it hurt?": it is what the
            # last question was about, not a framework to name (what that one was itself about,
            # when it was asked so: "Which country issued it?" next).
            about = last.question.text.strip()
            inner = re.search(r"[（(]([^（）()]+)[)）]\s*$", about)
            return Resolution(_within(text, inner.group(1) if inner else about, zh), kind="fact")
        if not focus:
            return Resolution(text, clarify=True)
        if len(focus) == 1 and pronoun.lower() in vocab.plural_pronouns:
            # "它们是不是越来越像了?" after one pick whose answer quoted another: the two it set out.
            quoted = [f for subject, _ in last.points for f in vocab.frameworks_in(subject) if not vocab.parent(f)]
            both = list(dict.fromkeys([*focus, *quoted]))
            if len(both) != 2:
                # "TensorFlow支持哪些语言?" → "MXNet呢?" → "两者都支持的有哪些?": the one asked about
                # before it too.
                before = [f for f in state.mentioned if f not in focus and not vocab.parent(f)]
                both = [before[-1], *focus] if before else both
            focus = both if len(both) == 2 else focus
            asks_own = asked.aspects or asked.requirements or asked.slots or asked.wants
            if (
                len(focus) == 2
                and vocab.common(plain)
                and not asks_own
                and (topic := _topic(last, reader, vocab, lang))
            ):
                # "两者都支援的有哪些?": what both have of what was just asked (languages).
                return Resolution(_within(_replace_pronoun(text, pronoun, focus, zh, vocab), joined(lang, topic), zh))
        if (
            pronoun.lower() in vocab.singular_pronouns
            and not _masked(plain, vocab).lower().startswith(pronoun.lower())  # (not "它们哪个…": it, the object)
            and (topic := _topic(last, reader, vocab, lang))
            and (
                among := _which_of_two(
                    _replace_pronoun(text, pronoun, [joined(lang, topic)], zh, vocab), plain, state, vocab, lang
                )
            )
        ):
            # "Does TensorFlow support distributed training?" → "and MXNet?" → "which is better at it?":
            # which of the two talked about, at what was asked (it is no framework: which one is asked).
            return among
        meant = last.picks or last.question.frameworks or last.listed
        if len(meant) > 2 and pronoun.lower() in vocab.singular_pronouns:
            # "它是哪家做的？" after a list of six: which one is meant.
            return Resolution(text, clarify=True, options=tuple(meant))
        person = [x for x in last.question.slots if x in vocab.slots and vocab.slots[x].person]
        if person and len(focus) == 1 and pronoun.lower().rstrip("的") in vocab.person_pronouns:
            # "Who founded MXNet?" → "Is he still working at Amazon?": he is its founder, not MXNet.
            label = t(lang, f"slot_{person[0]}")
            return Resolution(
                _replace_pronoun(text, pronoun, [f"{focus[0]}的{label}" if zh else f"{focus[0]}'s {label}"], zh, vocab)
            )
        resolved = _replace_pronoun(text, pronoun, _as_asked(focus, last, vocab), zh, vocab)
        bare = not (asked.aspects or asked.requirements or asked.slots or asked.wants or asked.kind != "fact")
        bare = bare and bool(vocab.about_the_problem(plain))  # not "它引入了什么新机制?"
        asked_on = last.question.aspects or last.question.needs  # ("…if I'm building a mobile app?": a need)
        if bare and not last.part and (topic := _topic(last, reader, vocab, lang)) and asked_on:
            # "在移动端TF表现如何" → "What did Google do about it?": it, on what the last turn was about.
            reread = reader(resolved)
            if not (reread.overview or reread.aspects):
                return Resolution(_within(resolved, joined(lang, topic), zh))
        return Resolution(resolved)

    # Elliptic: "缺点呢？", "and for production?", "部署呢？"
    if (
        (asked.avoid or asked.superlative)
        and not (asked.requirements or named)
        and last.question.kind in ("choice", "why", "compare")
        and last.question.requirements
    ):
        return _other_end(text, last, lang, zh)  # "哪个框架的文档最好？" → "那最差的呢？"
    if asked.requirements and not asked.wants and last.question.kind in ("choice", "why"):
        basis = last
        if last.question.kind == "why" and len(last.question.candidates) < 2 and len(state.turns) >= 2:
            # "keras跟pytorch哪个更灵活" → "为什么" → "那速度呢": still those two, on speed (the why asked
            # into their comparison; its one pick is no field).
            before = state.turns[-2]
            if before.question.kind == "compare" and len(before.question.frameworks) >= 2:
                basis = replace(before, question=replace(before.question, candidates=before.question.frameworks))
        return _new_criterion(text, basis, vocab, asked)  # a new criterion after a pick: choose anew
    chosen = next((turn for turn in reversed(state.turns) if turn.question.kind in ("choice", "why")), None)
    if chosen is not None and not asked.wants and any(r.hard for r in asked.needs):
        # "团队主要用C++,选哪个?" → "它的学习曲线陡吗?" → "要是团队更熟R语言呢?": a new constraint on the
        # pick made before the question about it: choose anew (it had been asked of the pick).
        return _new_criterion(text, chosen, vocab, asked)
    # Only what was picked or asked about carries over; a guess from the frameworks an answer
    # happened to quote ("中国有必要自研吗？" quotes TensorFlow) does not.
    focus = list(
        last.question.frameworks if last.question.kind == "compare" else last.picks or last.question.frameworks
    )
    if asked.kind == "choice" and asked.requirements and not asked.wants:
        if yes_no_form and len(last.question.frameworks) == 1 and not last.picks:
            # "MXNet的缺点呢?" → "适合新手吗": whether it suits, not which does.
            return Resolution(_of_typed(last.question.frameworks[0], text.strip(), zh, vocab), kind="fact")
        # "PyTorch不行吗？" → "那分布式训练的话哪个强": which one, on the need named now.
        return Resolution(text, kind="choice")
    if len(focus) == 1 and vocab.which_most(plain):
        return Resolution(text)  # "那文章说谁的热度最高": which of all, not what of the one talked about
    if vocab.general(asked.aspects) and not asked.requirements:
        return Resolution(text)  # "只学一个够吗?" after a pick: how many to learn, of frameworks in general
    if len(focus) == 1 and (among := _which_of_two(text.strip(), plain, state, vocab, lang)):
        return among
    if focus:
        together = ("和" if zh else " and ").join(focus)
        disputes = _leading(plain, vocab.doubt, zh) or vocab.correction(plain)
        if disputes and not (asked.aspects or asked.requirements) and (topic := _topic(last, reader, vocab, lang)):
            # "TensorFlow文档好不好?" → "不对吧,文章不是说很乱吗?": disputed on what was asked (its docs).
            return Resolution(_within(_of_typed(together, text.strip(), zh, vocab), joined(lang, topic), zh))
        if (
            vocab.anaphora(plain)
            and not (asked.aspects or asked.requirements or asked.slots)
            and not (last.question.aspects or last.question.requirements or last.question.slots)
            and (thing := _thing_asked(last.question, vocab))
        ):
            # "MXNet能混合使用符号编程和命令式编程吗?" → "这样有什么好处?", "What's the benefit of that?":
            # "that" is the thing asked about, which no quality names (it had been all of MXNet's pros).
            return Resolution(_within(_of_typed(together, text.strip(), zh, vocab), thing, zh))
        version = vocab.bare_version.match(text)
        if len(focus) == 1 and version and focus[0] in last.question.text:
            # "TensorFlow是哪年发布的？" → "2.0呢？": the same question, of TensorFlow 2.0.
            # (Of a two-part question, the part that names it: "…是哪年发布的？谁开发的？" asked both at once
            # had read as one question whose date was "not stated".)
            asked_of = next((p.text for p in last.question.parts if focus[0] in p.text), last.question.text)
            named = re.sub(
                rf"{re.escape(focus[0])}\s*(\d+(\.\d+)*)?", f"{focus[0]} {version.group(1)}", asked_of, count=1
            )  # (in place of a version asked before: "TensorFlow 1.0是哪年…" → "2.0呢？")
            return Resolution(named)
        return Resolution(_of_typed(together, text.strip(), zh, vocab))
    if last.question.kind == "fact" and not asked.requirements:
        # "And what does it say is the key to succeeding?" after a question about no framework
        # (China building its own): asked within that topic.
        topic = last.question.text.strip()
        return Resolution(_within(text, topic, zh), kind="fact")
    if last.question.kind == "choice" and not (asked.requirements or last.picks or last.question.frameworks):
        # "文章觉得哪个框架最好?" (no pick) → "那如果非让你只选一个呢?": the same choice, pressed.
        return Resolution(_within(text, last.question.text.strip(), zh), kind="choice", inherit=last.question)
    return Resolution(text, kind="choice" if asked.requirements else "")


def _description(text: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """(phrase, description) where the text names a framework by a description ("工业界的那个",
    "the one from Google"), the phrase without the words that only lean back ("那")."""
    for names in vocab.organizations:
        for name in names:
            # "那谷歌那个呢?": a maker's one, said without "的".
            m = re.search(rf"(?i){re.escape(name)}(家|公司)?(的)?那(一)?(个|款)", text)
            if m:
                return m.group(0), name
    for pattern in vocab.described:
        for m in pattern.finditer(text):
            d = m.group("d")
            lead = re.match(r"^(那么|那|这|所以|还有|and |so |then )", d, re.I)
            start = m.start("d") + (lead.end() if lead else 0) if m.start() == m.start("d") else m.start()
            d = d[lead.end() :] if lead and m.start() == m.start("d") else d
            if "more" in m.groupdict() and m["more"]:
                d = f"{d} {m['more'].strip()}"  # "the lightweight one backed by AWS"
            if len(d.strip()) >= 2 and not any(w in d for w in vocab.not_described):
                return text[start : m.end()], d.strip()
    return None


def _other_end(text: str, last: Turn, lang: str, zh: bool) -> Resolution:
    """The last need, asked from the other end: "哪个框架的文档最好？" → "那最差的呢？"."""
    labels = joined(lang, last.question.requirement_labels(lang))
    return Resolution(
        _within(text, labels, zh), kind="choice", candidates=last.question.candidates, inherit=last.question
    )


def _thing_asked(question: Question, vocab: Vocabulary) -> str:
    """What a question asked about besides its frameworks, in its own words, without the asking
    ("Does MXNet support both symbolic and imperative programming?" → "both symbolic and imperative
    programming"); "" when nothing is left."""
    topic = WITHIN_TOPIC.search(question.text)
    if topic and len(topic.group(1)) >= 4:
        return topic.group(1).strip()  # what an earlier follow-up was read within
    rest = vocab.without_names(question.text)
    for frame in vocab.asking_frame:
        rest = frame.sub("", rest.strip(), count=1)
    return rest.strip() if len(_PUNCT.sub("", rest)) >= 4 else ""


def _which_of_two(on: str, plain: str, state: State, vocab: Vocabulary, lang: str) -> Resolution | None:
    """ "TensorFlow支持分布式吗" → "MXNet呢" → "哪个在这方面更强?": which of the last two talked about,
    asked as `on` (the question with what it points back to), not a question about the last one alone.
    Only a ranking asked ("哪个更强", "which is better"): "which languages does it support?" asks of it."""
    pool = [f for f in state.mentioned if not vocab.parent(f)]
    if len(pool) < 2 or not (vocab.asks_which.search(plain) and vocab.asks_more(plain)):
        return None
    names = t(lang, "list_sep").join(pool[-2:])
    return Resolution(t(lang, "resolve_among", names=names, question=on.strip()), candidates=tuple(pool[-2:]))


def _within(text: str, topic: str, zh: bool) -> str:
    """A follow-up read within a topic: "那TF在这块儿咋样？（生产部署）" (as WITHIN_TOPIC finds it)."""
    return f"{text.strip()}（{topic}）" if zh else f"{text.strip()} ({topic})"


def _of(subject: str, text: str, zh: bool) -> str:
    """A question about one framework's point: "TensorFlow：自带TensorBoard组件…"."""
    return f"{subject}：{text}" if zh else f"{subject}: {text}"


def _of_typed(subject: str, text: str, zh: bool, vocab: Vocabulary) -> str:
    """`_of` for the user's own words, where a bare version is the one framework's: "what year was 2.0
    released?" after TensorFlow is TensorFlow 2.0's year (read alone, "2.0" had matched the
    "Apache License 2.0" of TensorFlow's first-release sentence)."""
    if not re.search(r"[和与及、/]| and ", subject):
        m = re.search(
            r"(?<![0-9A-Za-z_.])[vV]?(\d+\.\d+)(?![0-9A-Za-z_.])(?!\s*(?:倍|%|％|[xX]\b|times|[GM]B?\b))", text
        )
        # (not another name's version, "Python 3.6", nor a ratio, "1.5倍")
        before = re.search(r"([A-Z][\w+#-]*)\s*$", text[: m.start()]) if m else None
        # (English openers are capitalised too: "Is 2.0 stable?", "And 2.0?")
        if m and (before is None or before.group(1) in vocab.version_openers):
            text = f"{text[: m.start()]}{subject} {m.group(1)}{text[m.end() :]}"
    return _of(subject, text, zh)


def _whose_problem(last: Turn, plain: str, vocab: Vocabulary) -> tuple[str, ...]:
    """The framework a question about what was done about "that" means: the one of the last
    answer's quotes naming the company the question does ("Why not TensorFlow?" (against MXNet, the
    pick) → "What did Google do about that?": TensorFlow, of whose quote "Google针对这一问题又开发了
    TensorFlow Lite"), else the one the last turn was about."""
    companies = [n for names in vocab.organizations_in(plain) for n in names]
    named = tuple(dict.fromkeys(f for f, quote in last.points if any(n in quote for n in companies)))
    return named if len(named) == 1 else last.focus


def _topic(last: Turn, reader: Reader, vocab: Vocabulary, lang: str) -> list[str]:
    """What the last turn was about, as labels: the needs its question stated, else the aspects it
    asked about ("它跟1.0相容吗？" → compatibility), else the needs most of its answer's quotes speak
    to ("生产环境部署仍存在大问题" → production)."""
    own = last.question.needs
    if own:
        return [r.label(lang) for r in own]
    aspects = [a for a in last.question.aspects if a in vocab.aspect_criteria]
    if aspects:
        return [vocab.aspect_label(a, lang) for a in aspects]
    counts: dict[str, int] = {}
    found: dict[str, Requirement] = {}
    # Sentence by sentence: a list item of several sentences speaks to what most of them do.
    sentences = [part for _, quote in last.points for part in re.findall(r"[^。！？!?]+[。！？!?]?", quote)]
    for sentence in sentences:
        for r in reader(sentence).requirements:
            if not r.spec.framework_group:
                counts[r.name] = counts.get(r.name, 0) + 1
                found.setdefault(r.name, r)
    top = max(counts.values(), default=0)
    return [found[name].label(lang) for name, n in counts.items() if n == top] if top else []


def _recent_needs(state: State, reader: Reader, vocab: Vocabulary, lang: str) -> list[str]:
    """What the last three turns were about, as labels, each once."""
    return list(dict.fromkeys(label for turn in state.turns[-3:] for label in _topic(turn, reader, vocab, lang)))


def _new_criterion(text: str, last: Turn, vocab: Vocabulary, asked: Question | None = None) -> Resolution:
    """A new requirement after a pick: choose anew on it ("and for production?"), on it and the
    earlier ones when the user adds it ("…also has to ship to production") or only narrows where
    to look ("What about the Chinese ones?"), and say how the earlier pick fares."""
    narrows = asked is not None and bool(asked.requirements) and not asked.needs
    also = bool(vocab.also_words(text)) or narrows
    # (Among two or more set out before: after "why?" of one pick, its one candidate is no field.)
    among = last.question.candidates if asked is not None and not asked.frameworks else ()
    among = among if len(among) >= 2 else ()
    if among:
        # "MXNet和TensorFlow哪个更省显存?" → "那哪个文档更好?" → "社区呢?": still between those two.
        lang = "zh" if language(text) == "zh" else "en"
        text = t(lang, "resolve_among", names=t(lang, "list_sep").join(among), question=text.strip())
    return Resolution(
        text,
        kind="" if among else "choice",  # (the two named, it reads as their comparison on it)
        candidates=among,
        inherit=last.question if also else None,
        accumulate=also,
        previous_picks=last.picks,
    )


def alternatives_named(text: str, named, vocab: Vocabulary) -> bool:
    """ "不想用PyTorch，还有别的选择吗？": asks for alternatives to frameworks it names."""
    if not vocab.alternatives(text):
        return False
    first = min((text.find(n) for f in named for n in vocab.names_for(f) if n in text), default=-1)
    return first >= 0 and bool(vocab.avoid_words(text[max(0, first - 6) : first]) or vocab.alternatives(text[:first]))


def _swap(text: str, named: Sequence[str], state: State, vocab: Vocabulary, lang: str) -> Resolution | None:
    """ "那TensorFlow呢？" / "And PyTorch?": the previous question asked of the framework named."""
    rest = re.sub(r"['’]s\b", " ", vocab.without_names(vocab.normalize(text)))  # "And Huawei's?"
    rest = _PUNCT.sub(" ", rest).strip().lower().replace("的", "")  # "那旷视的呢？"
    # What is left is only words of swapping or correcting ("不对，我是说MXNet", "no, I meant Keras").
    for phrase in sorted({w.replace("的", "") for w in vocab.swap_words}, key=len, reverse=True):
        rest = re.sub(r"\s+", " ", re.sub(rf"(?<![a-z]){re.escape(phrase)}(?![a-z])", " ", rest))
    if rest.strip():
        return None
    last = state.last
    if last is None:
        return None
    # "Sorry, I meant PyTorch — same first question.": the conversation's first question, not the last.
    previous = state.turns[0].question if vocab.first_question(text) else last.question
    if previous is last.question:
        # "PyTorch部署有什么问题?" → "为什么学界不在乎这个?" → "那TensorFlow呢?": the why asked into
        # what was said of PyTorch; of TensorFlow, the question it asked into.
        previous = _asked_into(state, vocab).question
    if len(named) >= 2 and set(previous.frameworks) & set(named):
        # "Sorry, I meant MXNet, not Keras.": the one not asked about before.
        named = [f for f in named if f not in previous.frameworks] or named
    names = t(lang, "list_sep").join(named)
    term = vocab.term_asked(previous.text)
    if (
        len(previous.frameworks) == 1
        and previous.frameworks[0] not in named
        and term
        # (a name of the framework's own, "SBP", "Actor模型"; not a concept any may have, "静态图", "eager mode")
        and re.search(r"[A-Z][A-Za-z]+|\b[A-Z]{2,}\b", term)
        and not (vocab.aspects_in(term) or previous.requirements or previous.wants or previous.slots)
    ):
        # "OneFlow的SBP机制是什么意思?" → "那MegEngine呢?": SBP is OneFlow's term; of MegEngine, what it is
        # (it had been asked what MegEngine's SBP means, and answered with OneFlow's sentence).
        return Resolution(t(lang, "resolve_swap_overview", names=names), kind="fact")
    # (A lookup of one maker's framework, "騰訊的框架叫什麼?", is asked again of the maker named now.)
    looked_up = previous.kind == "choice" and not previous.requirements
    if (
        len(previous.frameworks) == 1
        and (previous.kind != "choice" or looked_up)
        and previous.frameworks[0] not in named
    ):
        by = vocab.typed_as_maker(vocab.normalize(text), named[0]) if len(named) == 1 else ""
        swapped = vocab.replace_framework(previous.text, previous.frameworks[0], names, by)
        if len(previous.parts) > 1:
            # "MindSpore有什么特点?是谁家的?" → "MegEngine呢?": both parts again, each answered (read as one,
            # only the maker had been).
            return Resolution(swapped, parts=True)
        return Resolution(swapped, kind="fact")
    # (A group is whom was asked about, not a topic: "国产框架有哪些" → "第二个呢" asks about MegEngine,
    # not "MegEngine在国产框架方面怎么样", which quoted the list naming it.)
    own = [r for r in previous.requirements if not r.spec.framework_group]
    if own:
        labels = t(lang, "list_sep").join(r.label(lang) for r in own)
        return Resolution(t(lang, "resolve_swap", names=names, topic=labels), kind="fact", inherit=previous)
    if previous.wants:
        return Resolution(t(lang, f"resolve_swap_{previous.wants}", names=names), kind="fact")
    asked = _without_among(previous.text)  # without "(among TensorFlow, PyTorch)", "在TensorFlow、PyTorch中，"
    which = vocab.asks_which.search(asked)
    among = not previous.frameworks or set(previous.frameworks) <= set(previous.candidates)
    if last.focus and not set(named) & set(last.focus) and among and which:
        # "哪个侧重推理?" → TensorFlow → "另一个呢?": the same question asked of the other one.
        return Resolution(asked[: which.start()] + names + asked[which.end() :], kind="fact")
    return None


def _without_among(text: str) -> str:
    """A question without the frameworks a follow-up was read among (as "resolve_among" wrote them)."""
    for lang in ("zh", "en"):
        before, _, after = T[lang]["resolve_among"].partition("{question}")
        pattern = "^" + re.escape(before).replace(re.escape("{names}"), ".+?") + "(?P<q>.+?)"
        pattern += re.escape(after).replace(re.escape("{names}"), "[^（()）]+?") + "$"
        if before or after:
            m = re.match(pattern, text.strip(), re.S)
            if m:
                return m.group("q").strip()
    return text


def _talked_about(last: Turn, vocab: Vocabulary) -> str:
    """The one framework the last turn was about: the one it asked of, or, asked of none ("“始于宏大,
    囿于宏大”是什么意思?"), the one framework all its quotes were about; "" when not one."""
    if last.question.frameworks:
        return last.question.frameworks[0] if len(last.question.frameworks) == 1 else ""
    subjects = {subject for subject, _ in last.points}
    if len(subjects) == 1 and (only := next(iter(subjects))) in vocab.frameworks:
        return only
    return ""


def _asked_into(state: State, vocab: Vocabulary) -> Turn:
    """The last turn, or, where it is a why typed with no name, the turn that why asked into."""
    last = state.turns[-1]
    if len(state.turns) < 2 or not _unnamed_why(last, vocab):
        return last
    return next((turn for turn in reversed(state.turns[:-1]) if not _unnamed_why(turn, vocab)), last)


def _unnamed_why(turn: Turn, vocab: Vocabulary) -> bool:
    """A why typed with no framework named ("为什么学界不在乎这个?"): it asks into the answer before."""
    typed = vocab.normalize(turn.typed) if turn.typed else ""
    return bool(typed and vocab.why(typed) and not vocab.frameworks_in(typed, question=True))


def _set_against(text: str, named: Sequence[str], vocab: Vocabulary) -> bool:
    """ "那社群呢?跟TensorFlow比起来怎样", "how does it do compared to Keras?": the one framework named
    is what the one discussed is set against."""
    if len(named) != 1:
        return False
    names = "|".join(re.escape(n) for n in sorted(vocab.names_for(named[0]), key=len, reverse=True))
    return bool(
        re.search(rf"(和|跟|与|同|比起)\s*(?:{names})\s*(比|相比|对比|比较)", text, re.I)
        or re.search(rf"(?i)\b(compared? (to|with)|vs\.?|versus|against)\s+(?:{names})\b", text)
    )


def _after_name(text: str, pronoun: str, named: Sequence[str], vocab: Vocabulary) -> bool:
    """Does the pronoun come after a framework the question names ("why not tensorflow? everyone
    uses it"), so that it is that framework?"""
    lowered = text.lower()
    first = min(
        (lowered.find(n.lower()) for f in named for n in vocab.names_for(f) if n.lower() in lowered), default=-1
    )
    at = lowered.find(pronoun.lower())
    if 0 <= first < at and re.search(r"(和|跟|与|同|比|(?i:\b(and|with|vs\.?|versus|than|to)))\s*$", text[:at]):
        return False  # "Caffe2跟它啥关系": set beside the name, it is another one
    return 0 <= first < at


def _enumerated(points: Sequence[tuple[str, str]], n: int, vocab: Vocabulary) -> tuple[str, str] | None:
    """The n-th item of an enumeration inside a quoted point ("一是…;二是…", "其一…其二…"), with
    the point's subject; None when no point enumerates that far."""
    numerals = "".join(k for k in vocab.numerals if len(k) == 1 and not k.isascii())
    names = [k for k, v in vocab.numerals.items() if v == n and len(k) == 1 and not k.isascii()]
    marker = rf"(?:[{numerals}]是|其[{numerals}]|第[{numerals}][,，、:：])"
    for subject, quote in points:
        if n < 0:
            # "the last reason": the enumeration's last item, when it has two or more.
            items = list(re.finditer(rf"{marker}(?:(?!{marker}).)+", quote))
            if len(items) >= 2 and -n <= len(items):
                return subject, items[n].group(0).rstrip("，,;；")
        for name in names if n > 0 else ():
            m = re.search(rf"(?:{name}是|其{name}|第{name}[,，、:：])(?:(?!{marker}).)+", quote)
            if m:
                return subject, m.group(0).rstrip("，,;；")
        # A run-in list ("主要原因在于:支持动态计算图,…;易用性强,…;有非常详尽清晰的官方教程,…。"):
        # its items are what the semicolons after the colon part.
        _, colon, rest = re.split(r"([:：])", quote, maxsplit=1) if re.search(r"[:：]", quote) else (quote, "", "")
        items = [x for x in re.split(r"[;；]", rest) if x.strip()] if colon else []
        if len(items) >= 2 and (1 <= n <= len(items) or -len(items) <= n < 0):
            return subject, items[n - 1 if n > 0 else n].strip().rstrip("。.")
    return None


def _point(text: str, vocab: Vocabulary) -> int | None:
    """ "第二点", "the third reason": which of the last answer's points is meant (1-based)."""
    m = next((m for p in vocab.point_ordinals if (m := p.search(text))), None)
    if m is None:
        return None
    word = m.group("n").lower()
    if word.isdigit():
        return int(word)
    return vocab.numerals.get(word)


def _named_beside(text: str, phrase: str, named: Sequence[str], vocab: Vocabulary) -> bool:
    """Is the ordinal followed by the framework's name, set beside it ("the other one, mxnet",
    "第二个（MXNet）", "the second one, i.e. Keras")?"""
    names = "|".join(re.escape(n) for f in named for n in sorted(vocab.names_for(f), key=len, reverse=True))
    if not names:
        return False
    beside = rf"{re.escape(phrase)}\s*[,，、:：(（]?\s*(?:i\.e\.?,?|namely|that is,?|也就是|即)?\s*(?:{names})\b"
    return bool(re.search(beside, text, re.I))


def _ordinal(text: str, vocab: Vocabulary) -> tuple[str, int] | None:
    lowered = text.lower()
    for phrase, position in vocab.ordinals:
        if phrase.lower() in lowered:
            i = lowered.index(phrase.lower())
            if any(p.match(text[i + len(phrase) :]) for p in vocab.ordinal_of_other):
                return None  # "Mindspore第一个正式版本": the first release, not the first framework
            if (item := vocab.item_asked(text)) and item[2][0] <= i + len(phrase) and i < item[2][1]:
                return None  # "第一个踩坑预警": an item of a list of pros or cons, not a framework
            if any(m.start() < i + len(phrase) and i < m.end() for p in vocab.point_ordinals for m in p.finditer(text)):
                return None  # "第二个原因", "the second reason": a point of what is said, not a framework
            return text[i : i + len(phrase)], int(position)
    found = next((m for p in vocab.ordinal_other if (m := p.search(text))), None)
    return (found.group(0), 0) if found else None


def _own_list(text: str, named: Sequence[str], ordinal: tuple[str, int], vocab: Vocabulary) -> Resolution | None:
    """ "PyTorch和TensorFlow,前者在哪个领域更受欢迎?": an ordinal over the list the question itself
    sets out before it, in a clause of its own; asked of that framework, the list kept for later
    ordinals ("后者呢?")."""
    phrase, position = ordinal
    at = text.lower().find(phrase.lower())
    firsts = {
        f: min((i for n in vocab.names_for(f) if (i := text.lower().find(n.lower())) >= 0), default=-1) for f in named
    }
    if at < 0 or position == 0 or any(i < 0 or i > at for i in firsts.values()):
        return None
    listed = tuple(sorted(named, key=firsts.__getitem__))
    if not 1 <= abs(position) <= len(listed):
        return None
    target = listed[position - 1] if position > 0 else listed[position]
    start = max((m.end() for m in re.finditer(r"[,，;；:：]", text[:at])), default=0)
    if start == 0 or any(text.lower().find(n.lower(), start) >= 0 for f in named for n in vocab.names_for(f)):
        return None  # the list and the ordinal share a clause: no clause to ask of the one meant
    clause = text[start:].strip()
    the = re.compile(rf"(?i)\bthe {re.escape(phrase)}")
    clause = the.sub(target, clause) if the.search(clause) else clause.replace(phrase, target, 1)
    return Resolution(clause, listed=listed)


def _pick(pool: Sequence[str], position: int, last: Turn) -> str | None:
    if not pool:
        return None
    if position == 0:  # "the other one": the one of two not in focus now
        # (Of a longer list, the two it leads with, when the one in focus is one of them: "the two
        # biggest players" answered with a third named below them.)
        pair = pool[:2]
        others = [f for f in pair if f not in last.focus]
        return others[0] if len(others) == 1 else None
    if position == -1:
        return pool[-1] if len(pool) >= 2 else None
    return pool[position - 1] if position <= len(pool) else None


def _pronoun(text: str, vocab: Vocabulary, zh: bool) -> str:
    """A pronoun that points back to an earlier turn: early in the question, or in a short one
    ("它适合部署吗？", "What about its docs?"); in "…four GPUs and want to use all of them" the
    pronoun points inside the question itself."""
    if zh:
        masked = _masked(text, vocab)
        found = next((p for p in vocab.followup_pronouns_zh if p in masked), "")
        if not found:
            return ""
        # Early, in a short question, or in a short clause of its own ("…新手呢？还推荐它吗？").
        clause = next(c for c in re.split(r"[,，。;；!！?？]", masked) if found in c)
        at = masked.find(found)
        # Or the other side of a comparison ("那PyTorch現在是不是已經比它更熱門了?"): what it is
        # measured against is outside the question.
        against = at > 0 and masked[at - 1] in "比跟和与同"
        # (With no framework named in the question, "它" has nothing in it to point at: "所以作者到底推
        # 不推荐初学者用它?直接说是或否" asks of the one talked about.)
        unnamed = not vocab.frameworks_in(text, question=True)
        return found if at <= 6 or len(text) <= 16 or len(clause.strip()) <= 8 or against or unnamed else ""
    found = vocab.followup_pronouns_en.find(text)
    if not found:
        return ""
    # "what does it say is the key?": "it" is the article, not a framework.
    if re.search(
        r"\b(does|did) it (\w+ly )?(say|mention|recommend|suggest|claim|conclude|think|believe|feel|argue|see|view|name|list"
        r"|cover|discuss|describe|talk about)\b"
        r"|(?<!\bis )\bit (says|said|mentions|recommends|suggests|claims|concludes|thinks|believes|feels|argues|sees|views"
        r"|names|lists|covers|discusses|describes|talks about)\b",
        text,
        re.I,
    ):
        return ""
    # "Which framework makes it easy to deploy?" picks anew: its "it" points at nothing before;
    # but in "Which framework comes with it?" and "which frameworks can it run on top of?" (it the
    # subject asked about) it is what was just asked about.
    if (
        re.match(r"\s*(which|what) (framework|library|tool|one)s?\b", text, re.I)
        and not re.search(
            r"\b(with|has|have|includes?|ships?|bundles?|provides?|offers?|owns?) (it|them)\W*$", text, re.I
        )
        and not re.search(r"\b(can|could|does|did|is|was|will|would|should) (it|they)\b", text, re.I)
    ):
        return ""
    if vocab.frameworks_in(text, question=True) and vocab.dummy_it(text):
        return ""  # "Is it worth investing time to learn TF?": "it" is what follows, TF named in it
    words = text.lower().split()
    position = next((i for i, w in enumerate(words) if w.strip("?,.!") == found[0]), len(words))
    if position > 0 and (
        words[position - 1] == "than"
        or (
            words[position - 1] in ("to", "with")
            and position > 1
            and words[position - 2] in ("compared", "compare", "vs")
        )
    ):
        return found[0]  # "Is PyTorch more popular than it by now?": the other side of a comparison
    if position > 0 and position + 1 < len(words) and words[position + 1].strip("?,.!") == "own":
        return ""  # "Should China build its own frameworks?": its owner is named before it
    leans_on = position > 1 and words[position - 1] in ("on", "upon") and words[position - 2] in vocab.lean_on_verbs_en
    if (
        found[0].lower() == "it"
        and position > 0
        and (words[position - 1] in ("to", "about", "for", "with", "against", "of") or leans_on)
    ):
        # "Are there any downsides to it for someone like me?", "any risk of relying on it too much?":
        # what it points back at (not "all of them" in "four GPUs… use all of them", nor "train on it"
        # after a laptop, which point inside the question).
        return found[0]
    if position > 0 and words[position - 1] in vocab.pronoun_verbs_en:
        return found[0]  # "Would you still recommend it to a complete beginner?": the one just talked about
    if position == len(words) - 1 and position > 0 and words[position - 1] == "in":
        return found[0]  # "can I easily write my own custom layer in it?": in the framework just talked about
    return found[0] if position <= 3 or len(words) <= 8 else ""


def _author(text: str, pronoun: str, vocab: Vocabulary) -> bool:
    """Is the pronoun the author: followed by a verb of opinion ("他认为", "她怎么看")?"""
    at = _masked(text, vocab).find(pronoun)
    return at >= 0 and text[at + len(pronoun) :].lstrip().startswith(vocab.author_verbs_zh)


def _masked(text: str, vocab: Vocabulary) -> str:
    """The text with words a pronoun's character is only part of ("其他", "其它") blanked out, at
    the same length, so "其他框架呢？" has no pronoun."""
    for word in vocab.pronoun_words:
        text = text.replace(word, "\0" * len(word))
    return text


def _running(pronoun: str, focus: list[str], state: State, vocab: Vocabulary) -> list[str]:
    """ "它" after a turn about two, one of which the turn before was about too ("PyTorch哪年出的?" →
    "Caffe2跟它啥关系" → "它在学术圈…"): the one the conversation has been about."""
    if len(focus) < 2 or pronoun.lower() not in vocab.singular_pronouns:
        return focus
    last = state.turns[-1] if state.turns else None
    if last is not None and len(last.picks) == 2 and list(focus) == list(last.picks):
        # "文章建议我用哪个?" → Keras、PyTorch → "它有啥缺点吗?": it is the first pick ("另一个" is then
        # the second).
        return focus[:1]
    if len(state.turns) < 2:
        return focus
    kept = [f for f in focus if f in state.turns[-2].focus]
    return kept if len(kept) == 1 else focus


def _as_asked(focus: Sequence[str], last: Turn, vocab: Vocabulary) -> list[str]:
    """The frameworks "it" stands for, with the version the last question named ("TF2 出来之后有什么
    问题?" → "它是什么时候出的?" asks when TF2 came out, not TensorFlow)."""
    out = []
    for f in focus:
        names = {n.lower() for n in vocab.names_for(f)}
        versioned = [m.group(0) for m in _VERSIONED.finditer(last.question.text) if m.group(1).lower() in names]
        out.append(versioned[0] if len(versioned) == 1 else f)
    return out


def _replace_pronoun(text: str, pronoun: str, focus: Sequence[str], zh: bool, vocab: Vocabulary) -> str:
    joined = ("和" if zh else " and ").join(focus)
    if zh:
        suffix = "的" if pronoun.endswith("的") else ""
        at = _masked(text, vocab).find(pronoun)
        return text if at < 0 else text[:at] + joined + suffix + text[at + len(pronoun) :]
    possessive = pronoun.lower() in ("its", "their", "his")
    pattern = re.compile(rf"(?<![A-Za-z']){re.escape(pronoun)}(?![A-Za-z'])", re.I)
    return pattern.sub(f"{joined}'s" if possessive else joined, text, count=1)


def _bare(text: str, words, vocab: Vocabulary, zh: bool) -> bool:
    """The question is (almost) nothing but one of these words: "为什么？", "why?", "為什麼推薦它？"."""
    if not words(text):
        return False
    rest = text
    for w in sorted(words.find(text), key=len, reverse=True):
        rest = re.sub(re.escape(w), " ", rest, flags=re.I)
    for filler in (
        "推荐",
        "选",
        "呢",
        "那",
        "这个",
        "它",
        "是",
        "要",
        "so",
        "then",
        "that one",
        "this one",
        "that",
        "it",
        "is",
        "do",
        "you",
        "recommend",
        "pick",
        "choose",
    ):
        rest = re.sub(
            rf"(?<![A-Za-z]){re.escape(filler)}(?![A-Za-z])" if not zh else re.escape(filler), " ", rest, flags=re.I
        )
    rest = _PUNCT.sub("", rest)
    if vocab.asks_weakness(rest) or vocab.aspects_in(rest):
        return False  # "Why is it slow?", "为啥慢": a why about something named, not a bare why
    return len(rest) <= (2 if zh else 4)


def _says_more(text: str, vocab: Vocabulary, zh: bool) -> bool:
    """Beyond its why and the word pointing back, does the question say something of its own
    ("学术界…不在乎", "the academics not care")?"""
    rest = text
    for words in (vocab.why, vocab.anaphora):
        for w in sorted(words.matched(rest), key=len, reverse=True):
            rest = rest.replace(w, " ")
    rest = re.sub(r"^[\s那所以]+|[会要是呢吗么的了啊]", " ", rest) if zh else rest
    return len(_PUNCT.sub("", rest)) > 4 if zh else len(re.findall(r"[A-Za-z]{3,}", rest)) > 3


def _leading(text: str, words, zh: bool) -> bool:
    """A follow-up phrase that leads the question, or makes up most of a short one ("其中哪个…",
    "Of those, which…", "还有别的选择吗？"); "…use all of them for training" is no follow-up."""
    where = words.first(text)
    if where < 0:
        return False
    short = len(_PUNCT.sub("", text)) <= 16 if zh else len(text.split()) <= 8
    return short or where <= (4 if zh else 12)


def _elliptic(plain: str, asked: Question, vocab: Vocabulary, zh: bool) -> bool:
    """A question that names no framework but is about one said before: a fragment about a topic
    ("缺点呢？", "And for production?"), one that asks for a side or a kind of fact of something
    unnamed ("缺点是啥", "who makes it"), or a short one leaning on the last turn ("那Google怎么应对的？")."""
    if asked.kind == "smalltalk" or asked.refusal:
        return False
    if vocab.points_back(plain):
        return True  # "你刚刚说的部署问题，具体是什么意思？", "What's the tool called?"
    if vocab.framework_nouns(plain):
        return False
    if vocab.leans_back(plain) and (len(_PUNCT.sub("", plain)) <= 20 if zh else len(plain.split()) <= 12):
        return True  # "And what does it say is the key to succeeding?"
    if zh and vocab.subjectless_zh(plain) and _short(plain, vocab, zh, 16, loose=True):
        return True  # "是基于什么开发的?": no subject of its own
    if _short(plain, vocab, zh) and (asked.requirements or asked.aspects or asked.wants or asked.slots or asked.yes_no):
        return True  # "缺点呢？", "跟1.0比变化大吗" (after a question about TF2.0)
    if zh and plain.strip().rstrip("？?。.！!").endswith("呢") and _short(plain, vocab, zh):
        return True  # "Transformer 呢?" after "Keras 支持哪些网络结构?": of Keras, whatever it names
    if (
        (asked.wants or asked.slots)
        and (not asked.requirements or asked.kind == "fact")  # "升级之后会踩到什么坑?": a side of it
        and _short(plain, vocab, zh, 16, loose=True)
    ):
        return True
    # "这意味着啥", "如果迁，主要风险是啥", "what does that mean?": short, and pointing back.
    return bool(vocab.anaphora(plain) and not asked.requirements and _short(plain, vocab, zh, 12, loose=True))


def _framework_nouns(text: str, vocab: Vocabulary) -> list[str]:
    """The words for frameworks the text uses, but "which one" (one of those just named)."""
    return [w for w in vocab.framework_nouns.matched(text) if w.lower() != "which one"]


def _too_short_alone(text: str, vocab: Vocabulary, zh: bool) -> bool:
    """Too short to be a question of its own ("难点在哪？", "and why?"): read within the last one."""
    return _short(text, vocab, zh, 6, loose=True) and (zh or len(text.split()) <= 5)


def _only(text: str, said: Sequence[str], zh: bool) -> bool:
    """Is the text little more than what was said ("别绕弯子，就给我一个答案"; not "别绕弯子，SBP是什么意思?")?"""
    rest = text
    for word in said:
        rest = rest.replace(word, " ")
    rest = _PUNCT.sub(" ", rest).strip()
    return len(rest.replace(" ", "")) <= 4 if zh else len(rest.split()) <= 2


def _short(text: str, vocab: Vocabulary, zh: bool, limit: int = 12, loose: bool = False) -> bool:
    """A fragment that only makes sense after something: "缺点呢？", "And for production?"."""
    stripped = text.strip()
    if loose:
        return len(_PUNCT.sub("", stripped)) <= limit if zh else len(stripped.split()) <= 8
    if zh:
        return len(_PUNCT.sub("", stripped)) <= limit and (
            stripped.rstrip("？?。.！!").endswith("呢")
            or len(stripped) <= 6
            or stripped.startswith(("那", "还有", "再说说", "如果", "要是"))
            or stripped.rstrip("？?。.！!").endswith(("吗", "么", "行不行", "可以不"))
        )
    words = stripped.split()
    # ("Does Keras?", "Can MXNet?", "Keras too?": a name and an auxiliary, the rest left to the last question)
    bare = r"\s*((does|do|can|could|is|are|will|would|did)\s+)?[^\s']+(\s+(too|also|either|as well))?\s*\?\s*"
    return len(words) <= 7 and bool(
        re.match(r"\s*(and|what about|how about|ok|okay|so|but|then|what if|and if)\b", stripped, re.I)
        or (len(words) <= 3 and re.fullmatch(bare, stripped, re.I) and (len(words) > 1 or stripped.endswith("?")))
    )
