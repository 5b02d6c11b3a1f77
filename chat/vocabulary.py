"""The domain vocabulary (chat/vocabulary.toml) as matchers: names, aspects, requirements, cues.

All words live in the data file; this module only knows how to look for them. Latin words match
case-insensitively on word boundaries, Chinese words as substrings, `re` entries as expressions.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

VOCABULARY_FILE = Path(__file__).with_name("vocabulary.toml")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9.+#]*")


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


_QUOTED = re.compile(r"“[^”]*”|「[^」]*」|『[^』]*』|\"[^\"]*\"|'[^']*'")


def language(text: str) -> str:
    """ "zh" when the text has Chinese characters, else "en"; Chinese only inside quotes in an English
    sentence ("What does '始于宏大,囿于宏大' mean?") is English, quoting."""
    if not has_cjk(text):
        return "en"
    outside = _QUOTED.sub(" ", text)
    if not has_cjk(outside):
        return "en" if re.search(r"[A-Za-z]{2,}(\s+[A-Za-z]{2,}){2}", outside) else "zh"
    # A phrase pasted without quotes ("In the TensorFlow section, what does 始于宏大,囿于宏大 mean?"):
    # an English sentence around it, begun in English, with more English words than Chinese characters
    # (not "PyTorch和TF哪个好", nor "Which one 更适合新手?").
    words = re.findall(r"[A-Za-z]{2,}", outside)
    cjk = sum(1 for ch in outside if has_cjk(ch))
    grammar = [w for w in words if _ENGLISH_GRAMMAR.fullmatch(w)]  # ("TF2 vs PyTorch 哪个好" has none)
    return "en" if re.match(r"\W*[A-Za-z]", outside) and len(grammar) >= 2 and cjk <= len(words) + 2 else "zh"


# Words only an English sentence has ("What does 所思即所得 mean?"), not names a Chinese one borrows.
_ENGLISH_GRAMMAR = re.compile(
    r"(?i)what|which|who|why|how|when|where|does|do|did|is|are|was|were|the|an|of|in|on|to|mean|means|"
    r"meant|say|says|said|can|could|should|would|will|this|that|it|its|by"
)


_t2s = None
_tw2sp = None


def to_simplified(text: str, regional: bool = False) -> str:
    """Traditional Chinese characters as Simplified (the vocabulary is Simplified): "應該選哪個框架"
    must be understood, and found, like "应该选哪个框架". Text without Chinese is returned as is.
    With `regional` (for text a reader wrote in Traditional), Taiwan's words become the mainland's
    too ("除錯" → "调试", "記憶體" → "内存"); never for Simplified text, where it would turn "么" to "幺"."""
    global _t2s, _tw2sp
    if not has_cjk(text):
        return text
    if _t2s is None:
        try:
            from opencc import OpenCC
        except ImportError as exc:  # pragma: no cover - a declared dependency
            raise ImportError(
                "opencc is needed to read Traditional Chinese: pip install opencc-python-reimplemented"
            ) from exc
        _t2s, _tw2sp = OpenCC("t2s"), OpenCC("tw2sp")
    return (_tw2sp if regional else _t2s).convert(text)


_s2t = None


def to_traditional(text: str, keep: Sequence[str] = ()) -> str:
    """text in Traditional characters, except the passages in `keep` (verbatim quotes stay as the
    documents wrote them): an answer to a Traditional-Chinese question reads in its script. The
    characters are Taiwan's standard ones ("為", "裡", "群"), not OpenCC's older variants ("爲",
    "裏", "羣"): a Taiwan user's "社群" is no Simplified text, and an answer reads as they write."""
    global _s2t
    if not has_cjk(text):
        return text
    if _s2t is None:
        from opencc import OpenCC

        _s2t = OpenCC("s2tw")
    kept = sorted({k for k in keep if k and k in text}, key=len, reverse=True)
    if not kept:
        return _s2t.convert(text)
    parts = re.split("(" + "|".join(re.escape(k) for k in kept) + ")", text)
    return "".join(part if part in kept else _s2t.convert(part) for part in parts)


def said(name: str, text: str) -> bool:
    """Is the name in the text: a Latin one as a whole word in any case ("AWS", "google"), a
    Chinese one as written ("华为")?"""
    if re.fullmatch(r"[A-Za-z][A-Za-z0-9 ]*", name):
        return bool(re.search(rf"(?i)(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])", text))
    return name in text


# A clause of a question: up to a comma, a full stop before a space, or a question mark.
CLAUSE = re.compile(r"(?:[^,，。;；!！?？.]|\.(?!\s))+(?:[,，。;；!！?？]|\.(?=\s|$))*")


def _word_pattern(word: str) -> str:
    """A regular expression for a vocabulary word: Chinese as is, Latin on word boundaries."""
    escaped = re.escape(word).replace(r"\ ", r"\s?")  # "TensorFlow 2" also matches "TensorFlow2"
    if has_cjk(word):
        return escaped
    return rf"(?<![A-Za-z0-9]){escaped}(?![A-Za-z0-9])"


_CJK_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])[ \t]+(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])[ \t]+(?=[\u4e00-\u9fff])")

# A number written in Chinese digits with a unit of ten, hundred or thousand ("一百", "两千五百",
# "三十"): not "十分" (very) or a lone "一" ("一个"), which are words, not numbers.
_CHINESE_NUMBER = re.compile(
    r"(?<![万亿零一二两三四五六七八九十百千])[一二两三四五六七八九][千百十][零一二两三四五六七八九千百十]*"
)
_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}


def _arabic(match: re.Match[str]) -> str:
    total, digit, unit, zero = 0, 0, 0, False
    for ch in match.group(0):
        if ch in _DIGITS:
            digit, zero = _DIGITS[ch], zero or ch == "零"
        else:
            unit = _UNITS[ch]
            total += (digit or 1) * unit
            digit = 0
    # A last digit right after a unit counts in the next unit down ("两千五" is 2500, "一百五" 150), not
    # after a zero ("一百零五" is 105).
    return str(total + (digit * unit // 10 if digit and unit > 10 and not zero else digit))


class WordSet:
    """Chinese words found by substring, Latin ones by a single word-boundary expression."""

    def __init__(self, words: Iterable[str] = (), expressions: Iterable[str] = ()):
        words = [w for w in words if w]
        self.zh = tuple(w.lower() for w in words if has_cjk(w))
        latin = sorted({w.lower() for w in words if not has_cjk(w)}, key=len, reverse=True)
        self._latin = re.compile("|".join(_word_pattern(w) for w in latin), re.I) if latin else None
        self._expressions = tuple(re.compile(e) for e in expressions)

    def find(self, text: str) -> list[str]:
        """The words and expressions found in text (each once)."""
        lowered = text.lower()
        out = [w for w in self.zh if w in lowered]
        if self._latin is not None:
            out += dict.fromkeys(m.group(0).lower() for m in self._latin.finditer(text))
        out += [e.pattern for e in self._expressions if e.search(text)]
        return out

    def first(self, text: str) -> int:
        """Position of the earliest match, or -1."""
        positions = [text.lower().find(w) for w in self.zh]
        positions = [p for p in positions if p >= 0]
        if self._latin is not None and (m := self._latin.search(text)):
            positions.append(m.start())
        positions += [m.start() for e in self._expressions if (m := e.search(text))]
        return min(positions) if positions else -1

    def matched(self, text: str) -> list[str]:
        """The stretches of text the words and expressions match."""
        lowered = text.lower()
        out = [text[i : i + len(w)] for w in self.zh if (i := lowered.find(w)) >= 0]
        if self._latin is not None:
            out += [m.group(0) for m in self._latin.finditer(text)]
        return out + [m.group(0) for e in self._expressions if (m := e.search(text))]

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the words and expressions are found, every time."""
        lowered = text.lower()
        out = [(m.start(), m.end()) for w in self.zh for m in re.finditer(re.escape(w), lowered)]
        if self._latin is not None:
            out += [(m.start(), m.end()) for m in self._latin.finditer(text)]
        return out + [(m.start(), m.end()) for e in self._expressions for m in e.finditer(text)]

    def __call__(self, text: str) -> bool:
        lowered = text.lower()
        return (
            any(w in lowered for w in self.zh)
            or (self._latin is not None and self._latin.search(text) is not None)
            or any(e.search(text) for e in self._expressions)
        )


@dataclass(frozen=True)
class Mention:
    name: str  # canonical
    start: int
    end: int
    kind: str = "framework"  # framework | tool | platform
    fuzzy: bool = False


@dataclass(frozen=True)
class Framework:
    name: str
    names: tuple[str, ...]
    question_names: tuple[str, ...] = ()
    part_of: str = ""
    group: str = ""


@dataclass(frozen=True)
class Aspect:
    name: str
    label_zh: str
    label_en: str
    words: WordSet = field(compare=False)
    expansion: str = ""
    of_documents: bool = False  # what the documents themselves say (their conclusion): always in scope
    general: bool = False  # asked of frameworks in general ("只学一个够吗?"): of no one framework, no pick


@dataclass(frozen=True)
class RequirementKind:
    name: str
    group: str  # goal | criterion | constraint
    label_zh: str
    label_en: str
    aspects: tuple[str, ...]
    words: WordSet = field(compare=False)
    terms: tuple[re.Pattern[str], ...] = field(default=(), compare=False)
    hard: bool = False
    language: bool = False
    capability: bool = False  # met by a plain statement that a framework can do it
    framework_group: str = ""
    # Phrases whose words are another need's ("部署到手机上" is mobile, not production).
    unless: tuple[re.Pattern[str], ...] = field(default=(), compare=False)

    def asked_in(self, text: str) -> bool:
        """Does the question state this need (its words, outside the phrases that mean another)?"""
        for pattern in self.unless:
            text = pattern.sub(" ", text)
        return self.words(text)

    def label(self, lang: str) -> str:
        return self.label_zh if lang == "zh" else self.label_en

    def matches_term(self, text: str) -> bool:
        """Does a passage name it in the documents' own terms ("C ++", "R语言")?"""
        return any(term.search(text) for term in self.terms)

    def met_by(self, text: str, aspects: Iterable[str]) -> bool:
        """Does a sentence with these aspects, reading `text`, speak to this requirement?"""
        if self.terms:
            return any(t.search(text) for t in self.terms)
        return bool(set(self.aspects) & set(aspects))


@dataclass(frozen=True)
class Slot:
    name: str
    words: WordSet = field(compare=False)
    evidence: tuple[str, ...] = ()
    # How a yes/no question proposes a value ("是Facebook开发的吧？", "released in 2015?").
    proposed: WordSet = field(default_factory=WordSet, compare=False)
    # Of several sentences giving a value, the ones with these words state the one meant.
    prefer: WordSet = field(default_factory=WordSet, compare=False)
    # Asking which of several values comes first or last ("哪个更老？", "which came out later?").
    earlier: WordSet = field(default_factory=WordSet, compare=False)
    later: WordSet = field(default_factory=WordSet, compare=False)
    # Slots this one replaces when both are asked ("背后是哪家公司": the backer, not the maker).
    supersedes: tuple[str, ...] = ()
    # How many of the evidence patterns are the slot's own; the rest are those of the slot it
    # falls back on (a backer's: its maker's).
    own: int = 0
    # The slot whose evidence follows the own ("maker" for a backer), named where its value is shown.
    falls_back: str = ""
    # Events a question can ask the date of, each as the question says it and as a sentence
    # states it ("When did it join?" → "进入Apache基金会"): of several dates, the event's.
    events: tuple[tuple[WordSet, WordSet], ...] = field(default=(), compare=False)
    # Its value is a person ("创始人李沐"): a company named beside it proposes no value of it.
    person: bool = False

    def event_asked(self, question: str) -> bool:
        """Does the question name an event other than the release ("When did it join?")?"""
        return any(words(question) for words, _ in self.events)

    def event_stated(self, question: str, text: str) -> bool | None:
        """Does text state an event the question asks about (None: the question names none)?"""
        asked = [stated for words, stated in self.events if words(question)]
        return any(stated(text) for stated in asked) if asked else None

    def stated_in(self, text: str, subject_names: Sequence[str]) -> bool:
        """Does text hold the kind of fact this slot asks for (about a subject with these names)?"""
        return self._match(text, subject_names) is not None

    def value_in(self, text: str, subject_names: Sequence[str]) -> str:
        """The fact itself where the evidence captures it ("Google Brain团队", "2017年1月"), else ""."""
        m = self._match(text, subject_names, valued=True)
        return m.group("value").strip() if m is not None else ""

    def own_value_in(self, text: str, subject_names: Sequence[str]) -> bool:
        """Does the slot's own evidence give the value (a backer "被AWS正式选择", not a maker's)?"""
        return self._match(text, subject_names, valued=True, patterns=self.evidence[: self.own or None]) is not None

    def given_as(self, text: str, subject_names: Sequence[str]) -> str:
        """The slot a value in text is shown as: this one, or the one it falls back on where only that
        one's evidence gives it ("OneFlow是华为的吗?": a backer found as "一流科技的OneFlow" is its maker)."""
        return self.name if not self.falls_back or self.own_value_in(text, subject_names) else self.falls_back

    def _match(
        self, text: str, subject_names: Sequence[str], valued: bool = False, patterns: Sequence[str] | None = None
    ) -> re.Match[str] | None:
        names = "|".join(re.escape(n) for n in sorted(subject_names, key=len, reverse=True)) or r"(?!x)x"
        for pattern in self.evidence if patterns is None else patterns:
            if valued and "(?P<value>" not in pattern:
                continue
            m = re.search(pattern.replace("{name}", f"(?:{names})"), text, re.I if "{name}" in pattern else 0)
            if m is not None:
                return m
        return None


class Vocabulary:
    """Everything chat/vocabulary.toml says, ready to match."""

    def __init__(self, data: dict[str, Any], sha256: str = ""):
        self.data = data
        self.sha256 = sha256
        self.version = int(data.get("version", 1))
        # What the index-time reading of sentences depends on (question words do not make an
        # index stale): names, aspects, stance words, list heads and the reading rules.
        reading_part = {k: data.get(k) for k in ("frameworks", "tools", "aspects", "stance", "list_heads", "reading")}
        self.reading_sha256 = hashlib.sha256(
            json.dumps(reading_part, sort_keys=True, ensure_ascii=False).encode()
        ).hexdigest()
        makers = [(name, *aliases) for name, aliases in data.get("organizations", {}).items()]
        self.frameworks = {
            name: Framework(
                name,
                tuple(spec.get("names", [name])),
                # A maker a question names it by, under each of the maker's names ("腾讯" → "Tencent").
                tuple(
                    dict.fromkeys(
                        alias
                        for q in spec.get("question_names", ())
                        for alias in next((m for m in makers if q in m), (q,))
                    )
                ),
                spec.get("part_of", ""),
                spec.get("group", ""),
            )
            for name, spec in data["frameworks"].items()
        }
        tools = data.get("tools", {})
        self.tools = tuple(tools.get("names", ()))
        self.platforms = tuple(tools.get("platforms", ()))
        self._names = self._name_matcher(question=False)
        self._question_names = self._name_matcher(question=True)
        self._document_spelling = {n: f.name for f in self.frameworks.values() for n in f.names}
        self._latin_names = {
            n.lower().replace(" ", ""): f.name
            for f in self.frameworks.values()
            for n in (*f.names, *f.question_names)
            if not has_cjk(n) and len(n) >= 4
        }
        self.normalize_table = sorted(data.get("normalize", {}).items(), key=lambda kv: -len(kv[0]))
        self.negative_openers = {k.lower(): v for k, v in data.get("negative_openers", {}).items()}
        openers = "|".join(re.escape(k) for k in sorted(self.negative_openers, key=len, reverse=True)) or r"(?!x)x"
        self._negative_openers = re.compile(rf"(?i)(^\W*|[.?!]\s+)({openers})(?=\s)")
        ranks = sorted(data.get("ranking_words", {}).items(), key=lambda kv: -len(kv[0]))
        self.ranking_words = [(re.compile(rf"(?<![A-Za-z-]){re.escape(k)}(?![A-Za-z-])", re.I), v) for k, v in ranks]
        fields = sorted(data.get("normalize_fields", {}).items(), key=lambda kv: -len(kv[0]))
        self.normalize_fields = [
            (re.compile(rf"(?<![A-Za-z-]){re.escape(k)}(?![A-Za-z-])", re.I), v) for k, v in fields
        ]
        self.aspects = {
            name: Aspect(
                name,
                spec["label_zh"],
                spec["label_en"],
                WordSet([*spec.get("zh", ()), *spec.get("en", ())], spec.get("re", ())),
                spec.get("expansion", ""),
                bool(spec.get("of_documents", False)),
                bool(spec.get("general", False)),
            )
            for name, spec in data["aspects"].items()
        }
        self.requirements = {
            name: RequirementKind(
                name=name,
                group=spec["group"],
                label_zh=spec["label_zh"],
                label_en=spec["label_en"],
                aspects=tuple(spec.get("aspects", ())),
                words=WordSet([*spec.get("zh", ()), *spec.get("en", ())], spec.get("re", ())),
                terms=tuple(re.compile(t) for t in spec.get("terms", ())),
                hard=bool(spec.get("hard", False)),
                language=bool(spec.get("language", False)),
                capability=bool(spec.get("capability", False)),
                framework_group=spec.get("framework_group", ""),
                unless=tuple(re.compile(u) for u in spec.get("unless", ())),
            )
            for name, spec in data["requirements"].items()
        }
        # Each aspect is a criterion of its own when a choice states no requirement ("Which one is
        # most popular?" asks for the framework the documents speak for on that aspect).
        self.outcome_aspects = frozenset(n for n, spec in data["aspects"].items() if spec.get("outcome", False))
        self.scope_aspects = frozenset(n for n, spec in data["aspects"].items() if spec.get("scope", False))
        self.aspect_criteria = {
            a.name: RequirementKind(a.name, "criterion", a.label_zh, a.label_en, (a.name,), a.words)
            for a in self.aspects.values()
            if data["aspects"][a.name].get("criterion", True)
        }
        lw = data.get("language_words", {})
        self.only_words = WordSet([*lw.get("only_zh", ()), *lw.get("only_en", ())])
        self.also_words = WordSet(expressions=lw.get("also_words", ()))
        self.not_needed = WordSet(expressions=lw.get("not_needed", ()))
        self.avoid_words = WordSet([*lw.get("avoid_zh", ()), *lw.get("avoid_en", ())], lw.get("avoid_re", ()))
        self.unfamiliar = WordSet(expressions=lw.get("unfamiliar", ()))
        self.avoid_lead = WordSet(expressions=lw.get("avoid_lead", ()))
        self.unfamiliar_before = WordSet(expressions=lw.get("unfamiliar_before", ()))
        self.presumes_language = tuple(lw.get("presumes_language", ()))
        self.strong = WordSet(expressions=data.get("strength", {}).get("strong", ()))
        self.outranks = WordSet(expressions=data.get("strength", {}).get("outranks", ()))
        st = data["stance"]
        self.positive = WordSet([*st["positive_zh"], *st["positive_en"]])
        self.negative = WordSet([*st["negative_zh"], *st["negative_en"]])
        self.not_cues = tuple(st.get("not_cues_zh", ()))
        self.glosses = dict(data.get("glosses", {}))
        self._gloss_words = sorted(self.glosses, key=len, reverse=True)  # the longest word at a place
        self.gloss_negating = tuple(st.get("gloss_negating_zh", ()))
        self._against_words = frozenset(st["negative_zh"])
        self.negators = tuple(sorted(st.get("negators_zh", ()), key=len, reverse=True))
        self.negators_en = tuple(st.get("negators_en", ()))
        self.clause_negators = tuple(st.get("clause_negators_zh", ()))
        self.hedges = WordSet([*st.get("hedges_zh", ()), *st.get("hedges_en", ())])
        self.contrast = WordSet([*st.get("contrast_zh", ()), *st.get("contrast_en", ())])
        self.concession = WordSet(st.get("concession_zh", ()))
        self.supporters = tuple(st.get("supporters_zh", ()))
        self.opponents = tuple(st.get("opponents_zh", ()))
        heads = data.get("list_heads", {})
        self.pro_heads = WordSet(heads.get("pro", ()))
        self.con_heads = WordSet(heads.get("con", ()))
        rd = data.get("reading", {})
        self.openers = sorted(
            [(w, "anaphoric") for w in rd.get("anaphoric_openers", ())]
            + [(w, "connective") for w in rd.get("connective_openers", ())],
            key=lambda wk: -len(wk[0]),
        )
        self.pronouns = tuple(rd.get("pronouns", ()))
        self.conditional = [
            re.compile(w if w.startswith("(?") else re.escape(w)) for w in rd.get("conditional_openers", ())
        ]
        self.sentence_plural_pronouns = tuple(rd.get("plural_pronouns", ()))
        self.min_claim_chars = int(rd.get("min_claim_chars", 6))
        self.link_only = re.compile(rd.get("link_only", r"^\s*https?://\S+\s*$"))
        self.summary_openers = tuple(rd.get("summary_openers", ()))
        self.document_summary_openers = tuple(rd.get("document_summary_openers", ()))
        self.inference_openers = tuple(rd.get("inference_openers", ()))
        self.scope_openers = [re.compile(x) for x in rd.get("scope_openers", ())]
        self.respectively = WordSet(expressions=rd.get("respectively", ()))
        self._pair_joiners = re.compile(
            "|".join(w if w.startswith("(?") else re.escape(w) for w in rd.get("pair_joiners", ())) or r"(?!x)x"
        )
        self._direction_words = {"less": WordSet(rd.get("less_words", ())), "more": WordSet(rd.get("more_words", ()))}
        self.comparative = WordSet([*rd.get("comparative_zh", ()), *rd.get("comparative_en", ())])
        qs = data.get("questions", {})
        self.versions_aspect = str(qs.get("versions_aspect", ""))
        self.view_aspect = str(qs.get("view_aspect", ""))
        self.document_view = WordSet(expressions=qs.get("document_view_re", ()))
        self.common_nouns = frozenset(qs.get("common_nouns", ()))
        self.old_code = WordSet(expressions=qs.get("old_code_re", ()))
        self.old_code_aged = WordSet(expressions=qs.get("old_code_aged_re", ()))
        self.common = WordSet(expressions=qs.get("common_re", ()))
        self.identifies = WordSet(expressions=qs.get("identifies_re", ()))
        self.inability = WordSet(expressions=qs.get("inability_re", ()))
        self.partial = WordSet(expressions=qs.get("partial_re", ()))
        self.summarize_each = WordSet(expressions=qs.get("summarize_each_re", ()))
        self._direction_asked = {
            "less": WordSet(expressions=qs.get("fewer_re", ())),
            "more": WordSet(expressions=qs.get("more_re", ())),
        }
        self.most = WordSet(expressions=qs.get("most_re", ()))
        self.only_asked = WordSet(expressions=qs.get("only_asked", ()))
        self.plurality = WordSet(expressions=qs.get("plurality", ()))
        self.fix = WordSet(expressions=qs.get("fix_re", ()))
        self.asks_way = WordSet(expressions=qs.get("asks_way_re", ()))
        self.similar = WordSet(expressions=qs.get("similar_re", ()))
        self.sum_up = WordSet(expressions=qs.get("sum_up_re", ()))
        self.language_aspects = frozenset(a for r in self.requirements.values() if r.language for a in r.aspects)
        self.which_most = WordSet(expressions=qs.get("which_most_re", ()))
        self.company_asked = WordSet(expressions=qs.get("company_asked_re", ()))
        self.why_mention = WordSet(expressions=qs.get("why_mention_re", ()))
        self.choice = WordSet(expressions=qs.get("choice_re", ()))
        self.avoid = WordSet(expressions=qs.get("avoid_re", ()))
        self.framework_nouns = WordSet(expressions=qs.get("framework_nouns", ()))
        self.listing = WordSet(expressions=qs.get("list_re", ()))
        self.existence = WordSet(expressions=qs.get("existence_re", ()))
        self.premise_re = tuple(re.compile(p) for p in qs.get("premise_re", ()))
        self.claim_check_re = tuple(re.compile(p) for p in qs.get("claim_check_re", ()))
        self.concessive = tuple(re.compile(p) for p in qs.get("concessive_re", ()))
        self.covers = WordSet(expressions=qs.get("covers_re", ()))
        self.part_tail = WordSet(expressions=qs.get("part_tail", ()))
        self.asks_advice = WordSet(expressions=qs.get("advice_re", ()))
        self.counts_items = WordSet(expressions=qs.get("counts_items", ()))
        self.how_to_choose = WordSet(expressions=qs.get("how_to_choose", ()))
        self.asks_worth = WordSet(expressions=qs.get("worth_re", ()))
        self.negated = WordSet(expressions=qs.get("negated_re", ()))
        self.counterfactual = WordSet(expressions=qs.get("counterfactual_re", ()))
        self.worth_ignores = tuple(qs.get("worth_ignores", ()))
        self.asks_severity = WordSet(expressions=qs.get("severity_re", ()))
        self.asks_normal = WordSet(expressions=qs.get("normal_re", ()))
        self.severe = WordSet(expressions=qs.get("severe_re", ()))
        self.asks_suits = WordSet(expressions=qs.get("suits_re", ()))
        self.suits_aspects = tuple(qs.get("suits_aspects", ()))
        self.definition = tuple(qs.get("definition_re", ()))  # patterns with {name}
        kinds = sorted(qs.get("kind_nouns", {}).items(), key=lambda kv: -len(kv[0]))
        self.kind_nouns = [(re.compile(rf"(?<![A-Za-z-]){re.escape(k)}(?![A-Za-z-])", re.I), v) for k, v in kinds]
        self.asks_definition = tuple(re.compile(p) for p in qs.get("asks_definition_re", ()))
        self.term_definition = tuple(qs.get("term_definition_re", ()))  # patterns with {name}
        self.term_referent = tuple(qs.get("term_referent_re", ()))
        self.asks_meaning = WordSet(expressions=qs.get("asks_meaning_re", ()))
        self.of_framework = tuple(re.compile(p) for p in qs.get("of_framework_re", ()))
        self.cause = WordSet(expressions=qs.get("cause_re", ()))
        self.consequence = WordSet(expressions=qs.get("consequence_re", ()))
        self.asks_link = WordSet(expressions=qs.get("asks_link", ()))
        self.elaboration = WordSet(expressions=qs.get("elaboration_re", ()))
        self.quantity = WordSet(expressions=qs.get("quantity_re", ()))
        self.figure = WordSet(expressions=qs.get("figure_re", ()))
        self.asks_capability = WordSet(expressions=qs.get("capability_re", ()))
        self.wh_ending = WordSet(expressions=qs.get("wh_ending_re", ()))
        self.alternative = WordSet(expressions=qs.get("alternative_re", ()))
        self.figure_qualifiers = dict(qs.get("figure_qualifiers", {}))
        self.figure_multipliers = {k: int(v) for k, v in qs.get("figure_multipliers", {}).items()}
        self.figure_units = dict(qs.get("figure_units", {}))
        quals = "|".join(re.escape(q) for q in sorted(self.figure_qualifiers, key=len, reverse=True)) or r"(?!x)x"
        mults = "".join(re.escape(m) for m in self.figure_multipliers)
        units = "|".join(re.escape(u) for u in sorted(self.figure_units, key=len, reverse=True)) or r"(?!x)x"
        self._figure = re.compile(
            rf"(?P<q>{quals})?(?<![0-9A-Za-z.])(?P<n>\d+(?:\.\d+)?)\s*(?:多|余)?(?P<m>[{mults}])?\s*(?P<u>{units})(?![A-Za-z])"
        )
        self.figure_multipliers_en = {k: int(v) for k, v in qs.get("figure_multipliers_en", {}).items()}
        units_en = sorted({u for u in self.figure_units.values() if u.isalpha()}, key=len, reverse=True)
        self._figure_en = re.compile(
            rf"(?i)(?<![0-9A-Za-z.])(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<m>{'|'.join(map(re.escape, self.figure_multipliers_en)) or '(?!x)x'})?"
            rf"\s+(?P<u>{'|'.join(re.escape(_singular(u)) for u in units_en) or '(?!x)x'})s?\b"
        )
        self.quantity_units = {kind: WordSet(expressions=words) for kind, words in qs.get("quantity_units", {}).items()}
        self.speed_amount = WordSet(expressions=qs.get("speed_amount_re", ()))
        self.asks_rank = WordSet(expressions=qs.get("asks_rank_re", ()))
        self.ranks_overall = WordSet(expressions=qs.get("ranks_overall_re", ()))
        self.superlative = WordSet(expressions=qs.get("superlative_re", ()))
        self.asks_more = WordSet(expressions=qs.get("asks_more_re", ()))
        self.yes_no = WordSet(expressions=qs.get("yes_no_re", ()))
        self.request = WordSet(expressions=qs.get("request_re", ()))
        self.intonation = WordSet(expressions=qs.get("intonation_re", ()))
        self.quality = WordSet(expressions=qs.get("quality_re", ()))
        self.asks_weakness = WordSet(expressions=qs.get("weakness_re", ()))
        self.what_to_do = WordSet(expressions=qs.get("what_to_do_re", ()))
        self.smalltalk = WordSet(expressions=data.get("smalltalk", {}).get("re", ()))
        self.about_me = WordSet(expressions=data.get("smalltalk", {}).get("about_me", ()))
        self.greeting = WordSet(expressions=data.get("smalltalk", {}).get("greeting", ()))
        self.selecting = WordSet(expressions=qs.get("selecting_re", ()))
        self.relation_words = WordSet(expressions=qs.get("relation_re", ()))
        self.compare_explicit = WordSet(expressions=qs.get("compare_explicit_re", ()))
        self.ranks = WordSet(expressions=qs.get("ranks_re", ()))
        self.better = WordSet(expressions=qs.get("better_re", ()))
        doc = qs.get("document", {})
        self.document_refers = WordSet(expressions=doc.get("refers", ()))
        self.self_reference = WordSet(expressions=doc.get("self_reference", ()))
        self.document_fields = {name: WordSet(expressions=words) for name, words in doc.get("fields", {}).items()}
        self.document_keys = {name: tuple(keys) for name, keys in doc.get("keys", {}).items()}
        slots = qs.get("slots", {})
        self.slots = {
            name: Slot(
                name,
                WordSet([*spec.get("zh", ()), *spec.get("en", ())], expressions=spec.get("re", ())),
                (*spec.get("evidence", ()), *slots.get(spec.get("falls_back", ""), {}).get("evidence", ())),
                WordSet(expressions=spec.get("proposed", ())),
                WordSet(expressions=spec.get("prefer", ())),
                WordSet(expressions=spec.get("earlier", ())),
                WordSet(expressions=spec.get("later", ())),
                tuple(spec.get("supersedes", ())),
                len(spec.get("evidence", ())),
                spec.get("falls_back", ""),
                tuple(
                    (WordSet(expressions=e["asked"]), WordSet(expressions=e["stated"])) for e in spec.get("events", ())
                ),
                bool(spec.get("person", False)),
            )
            for name, spec in slots.items()
        }
        fu = data.get("followups", {})
        self.followup_pronouns_zh = tuple(fu.get("pronouns_zh", ()))
        self.person_pronouns = frozenset(fu.get("person_pronouns", ()))
        self.pronoun_words = tuple(fu.get("pronoun_words", ()))
        self.author_verbs_zh = tuple(fu.get("author_verbs_zh", ()))
        self.subjectless_zh = WordSet(expressions=fu.get("subjectless_zh", ()))
        self.author_pronouns_zh = tuple(fu.get("author_pronouns_zh", ()))
        self.followup_pronouns_en = WordSet(fu.get("pronouns_en", ()))
        # Verbs whose object "it" is the one talked about wherever it stands ("…still recommend it to…").
        self.pronoun_verbs_en = frozenset(fu.get("pronoun_verbs_en", ()))
        self.lean_on_verbs_en = frozenset(fu.get("lean_on_verbs_en", ()))
        quoting = data.get("quoting", {})
        self.enumeration_heads = WordSet(expressions=quoting.get("enumeration_heads", ()))
        self.enumeration_items = WordSet(expressions=quoting.get("enumeration_items", ()))
        self.instance_openers = WordSet(expressions=quoting.get("instance_openers", ()))
        self.singular_pronouns = frozenset(p.lower() for p in fu.get("singular_pronouns", ()))
        self.plural_pronouns = frozenset(p.lower() for p in fu.get("plural_pronouns", ()))
        self.leans_back = WordSet(expressions=fu.get("leans_back", ()))
        self.anaphora = WordSet(expressions=fu.get("anaphora", ()))
        self.plans_ahead = WordSet(expressions=fu.get("plans_ahead", ()))
        self.only = WordSet(expressions=fu.get("only_re", ()))
        self.remedy = WordSet(expressions=fu.get("remedy_re", ()))
        self.asks_remedy = WordSet(expressions=fu.get("asks_remedy", ()))
        self.topic_back = WordSet(expressions=fu.get("topic_back", ()))
        self.why_not = WordSet(expressions=fu.get("why_not", ()))
        self.options = WordSet(expressions=fu.get("options", ()))
        self.both_needs = WordSet(expressions=fu.get("both_needs", ()))
        self.only_one = WordSet(expressions=fu.get("only_one", ()))
        self.points_back = WordSet(expressions=fu.get("points_back", ()))
        self.doubt = WordSet(expressions=fu.get("doubt", ()))
        self.correction = WordSet(expressions=fu.get("correction", ()))
        self.rejects = WordSet(expressions=fu.get("reject_re", ()))
        self.rejects_after = WordSet(expressions=fu.get("reject_after_re", ()))
        self.why = WordSet([*fu.get("why_zh", ()), *fu.get("why_en", ())])
        only_after = set(fu.get("why_followup_only", ()))
        self.why_against = WordSet(expressions=fu.get("why_against_re", ()))
        self.why_alone = WordSet([w for w in (*fu.get("why_zh", ()), *fu.get("why_en", ())) if w not in only_after])
        self.overview_words = tuple(sorted(fu.get("overview", ()), key=len, reverse=True))
        self.focus_asked = WordSet(expressions=fu.get("focus_asked", ()))
        self.focus_stated = tuple(fu.get("focus_stated", ()))
        self.wants_pro = WordSet(expressions=fu.get("wants_pro", ()))
        self.wants_con = WordSet(expressions=fu.get("wants_con", ()))
        self.both_ways = WordSet(expressions=fu.get("both_ways", ()))
        self.voices = tuple(fu.get("voices", ()))
        people = fu.get("voice_people", "")
        self._voice_verbs = {
            voice: re.compile(f"{people}{verb}") for voice, verb in fu.get("voice_verbs", {}).items() if people
        }
        self.narrowing = WordSet([*fu.get("narrowing_zh", ()), *fu.get("narrowing_en", ())])
        self.narrowing_two = WordSet(fu.get("narrowing_two_zh", ()), fu.get("narrowing_two_re", ()))
        self.likewise = WordSet(expressions=fu.get("likewise", ()))
        self.asking_frame = tuple(re.compile(p) for p in fu.get("asking_frame", ()))
        self.narrowing_group = tuple(sorted(fu.get("narrowing_group_zh", ()), key=len, reverse=True))
        self.asks_which = re.compile(fu.get("asks_which_re", r"(?!x)x"))
        self.alternatives = WordSet(
            [*fu.get("alternatives_zh", ()), *fu.get("alternatives_en", ())], expressions=fu.get("alternatives_re", ())
        )
        self.than_the_rest = WordSet(expressions=fu.get("than_the_rest", ()))
        self.ordinals = sorted(
            {**fu.get("ordinals_zh", {}), **fu.get("ordinals_en", {})}.items(), key=lambda kv: -len(kv[0])
        )
        self.ordinal_other = tuple(re.compile(p) for p in fu.get("ordinal_other", ()))
        self.pair_ordinal = WordSet(fu.get("pair_ordinals", ()))
        self.which_one = WordSet(expressions=fu.get("which_one", ()))
        self.more_advice = WordSet(expressions=fu.get("more_advice", ()))
        self.advice_asked = WordSet(expressions=fu.get("advice_asked", ()))
        self.bare_version = re.compile(fu.get("bare_version_re", "(?!)"))
        self.version_openers = frozenset(fu.get("version_openers_en", ()))
        self.picked_reference = tuple(re.compile(p) for p in fu.get("picked_reference", ()))
        self.return_words = WordSet(fu.get("return_words", ()))
        self.implication = WordSet(expressions=fu.get("implication", ()))
        self.outcome = WordSet(expressions=fu.get("outcome", ()))
        self.examples = WordSet(expressions=fu.get("examples", ()))
        self.about_the_problem = WordSet(expressions=fu.get("about_the_problem", ()))
        self.which_point = WordSet(expressions=fu.get("which_point", ()))
        self.part_nouns = WordSet(expressions=fu.get("part_nouns", ()))
        self.ordinal_of_other = tuple(re.compile(p, re.I) for p in fu.get("ordinal_of_other", ()))
        self.picked_after_ordinal = tuple(re.compile(p, re.I) for p in fu.get("picked_after_ordinal", ()))
        self.described = tuple(re.compile(p) for p in fu.get("described", ()))
        self.not_described = tuple(fu.get("not_described", ()))
        self.described_unless = WordSet(expressions=fu.get("described_unless", ()))
        self.point_ordinals = tuple(re.compile(p, re.I) for p in fu.get("point_ordinal", ()))
        self.organizations = tuple(
            (name, *aliases) for name, aliases in data.get("organizations", {}).items()
        )  # each: one maker's names
        names = "|".join(
            re.escape(n) for n in sorted({n for o in self.organizations for n in o}, key=len, reverse=True)
        )
        self.owner_proposed = tuple(
            re.compile(p.replace("{org}", names or "(?!x)x")) for p in qs.get("owner_proposed_re", ())
        )
        self.numerals = {str(k).lower(): int(v) for k, v in fu.get("numerals", {}).items()}
        self.item_ordinals = self._item_ordinals(heads, fu.get("item_classifiers", ()), fu.get("item_heads_not", ()))
        self.exclusion = WordSet(expressions=fu.get("exclusion", ()))
        self.swap_words = {w.lower() for w in (*fu.get("swap_zh", ()), *fu.get("swap_en", ()))}
        self.first_question = WordSet(expressions=fu.get("first_question", ()))
        self.yes_no_end = WordSet(expressions=fu.get("yes_no_end_re", ()))
        self.a_not_a = WordSet(expressions=fu.get("a_not_a_re", ()))
        self.insist = WordSet(expressions=fu.get("insist_re", ()))
        self.which_framework = WordSet(expressions=fu.get("which_framework_re", ()))
        self.dummy_it = WordSet(expressions=fu.get("dummy_it_re", ()))
        self.in_passing = WordSet(expressions=fu.get("in_passing_re", ()))
        self.object_missing = WordSet(expressions=fu.get("object_missing_re", ()))
        rf = data.get("refusals", {})
        self.code = WordSet(expressions=rf.get("code_re", ()))
        self.write = WordSet(expressions=rf.get("write_re", ()))
        self.install = WordSet(expressions=[*rf.get("install_re", ()), *rf.get("usage_re", ())])
        self.install_ruled_out = tuple(re.compile(p) for p in rf.get("install_ruled_out", ()))
        self.other_topic = WordSet(expressions=rf.get("topic_re", ()))
        self.price = WordSet(expressions=rf.get("price_re", ()))
        self.licence = WordSet(expressions=rf.get("licence_re", ()))
        self.injection = WordSet(expressions=rf.get("injection_re", ()))
        self.about_document = WordSet(expressions=rf.get("about_document", ()))
        self.after_strong = WordSet(
            [*rf.get("after_date_strong_zh", ()), *rf.get("after_date_strong_en", ())], rf.get("after_date_re", ())
        )
        self.after_date_not = WordSet(expressions=rf.get("after_date_not", ()))
        self.after_weak = WordSet([*rf.get("after_date_weak_zh", ()), *rf.get("after_date_weak_en", ())])
        self.after_state = WordSet([*rf.get("after_date_state_zh", ()), *rf.get("after_date_state_en", ())])

    def scope(self, text: str) -> tuple[str, ...]:
        """The places of use a sentence opens by setting its claim in ("在移动平台和嵌入式领域中TensorFlow
        过于“臃肿”…" is slow on phones, not slow): the scope aspects its opening phrase names."""
        for pattern in self.scope_openers:
            if m := pattern.search(text):
                return tuple(a for a in self.aspects_in(m.group("scope")) if a in self.scope_aspects)
        return ()

    def general_aspects(self, aspects) -> list[str]:
        """Those of the aspects asked of frameworks in general ("只学一个够吗?")."""
        return [a for a in aspects if a in self.aspects and self.aspects[a].general]

    def general(self, aspects) -> bool:
        """Do these aspects ask of frameworks in general ("只学一个够吗?"), not of one, and pick none?"""
        return bool(aspects) and all(a in self.aspects and self.aspects[a].general for a in aspects)

    def of_documents(self, aspects) -> bool:
        """Does a question ask what the documents themselves say (their conclusion)?"""
        return any(self.aspects[a].of_documents for a in aspects if a in self.aspects)

    def document_asks(self, text: str) -> tuple[str, ...]:
        """What a question asks of a document itself (published, source, title, author)."""
        return tuple(name for name, words in self.document_fields.items() if words(text))

    # ------------------------------------------------------------ names

    def _name_matcher(self, question: bool) -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
        table: dict[str, tuple[str, str]] = {}  # name without spaces, lower case -> (canonical, kind)
        entries = [(n, f.name, "framework") for f in self.frameworks.values() for n in f.names]
        if question:
            entries = [(n, f.name, "framework") for f in self.frameworks.values() for n in f.question_names] + entries
        entries += [(n, n, "tool") for n in self.tools] + [(n, n, "platform") for n in self.platforms]
        for written, canonical, kind in entries:
            table.setdefault(_key(written), (canonical, kind))
        words = sorted({n for n, _, _ in entries}, key=len, reverse=True)  # the longest name wins ("TensorFlow Lite")
        return re.compile("|".join(_word_pattern(w) for w in words), re.I), table

    def mentions(self, text: str, question: bool = False) -> list[Mention]:
        """Every framework, tool and platform name in text, in order (the longest name at a place).

        In a question, misspelt framework names are found too (edit distance, same first letter)."""
        return list(self._mentions_of(text, question))

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one vocabulary per process; the same texts recur per ask
    def _mentions_of(self, text: str, question: bool) -> tuple[Mention, ...]:
        pattern, table = self._question_names if question else self._names
        out = []
        for m in pattern.finditer(text):
            name, kind = table[_key(m.group(0))]
            if question and kind == "framework":
                # Written exactly as the documents name a framework, it is that one: "Torch" is the
                # Lua framework, while a user's "torch" is PyTorch.
                name = self._document_spelling.get(m.group(0), name)
            out.append(Mention(name, m.start(), m.end(), kind))
        if question:
            out = sorted(out + self._fuzzy(text, out), key=lambda m: m.start)
        return tuple(out)

    def _fuzzy(self, text: str, exact: Sequence[Mention]) -> list[Mention]:
        """Misspelt framework names in a question ("pytroch", "tensorflw", "tensor flow")."""
        taken = [(m.start, m.end) for m in exact]
        tokens = [(m.start(), m.end(), m.group(0).lower().rstrip(".")) for m in _LATIN_TOKEN.finditer(text)]
        candidates = list(tokens)
        candidates += [(a[0], b[1], a[2] + b[2]) for a, b in itertools.pairwise(tokens) if b[0] - a[1] <= 1]
        out: list[Mention] = []
        for start, end, token in candidates:
            if len(token) < 4 or any(s < end and start < e for s, e in taken):
                continue
            best = None
            for name_lower, canonical in self._latin_names.items():
                if name_lower[0] != token[0]:
                    continue
                limit = 2 if min(len(token), len(name_lower)) >= 9 else 1
                d = _osa_distance(token, name_lower, limit)
                if d <= limit and (best is None or d < best[0]):
                    best = (d, canonical)
            if best is not None:
                out.append(Mention(best[1], start, end, "framework", fuzzy=True))
                taken.append((start, end))
        return out

    def subjects_in(self, text: str, question: bool = False) -> list[str]:
        """Frameworks and tools a text names (what a sentence can be about), in order of first mention."""
        return list(dict.fromkeys(m.name for m in self.mentions(text, question) if m.kind != "platform"))

    def _item_ordinals(
        self, heads: dict[str, Any], classifiers: Sequence[str], not_heads: Sequence[str]
    ) -> list[tuple[re.Pattern[str], str]]:
        """ "第一个踩坑预警", "the second drawback": an ordinal counting a list of one side (its head
        words in list_heads), each pattern with that side."""
        zh_n = "".join(k for k in self.numerals if len(k) == 1 and not k.isascii())
        # Words that count without 第 ("最后一个踩坑预警": the last one).
        zh_words = "|".join(re.escape(k) for k in self.numerals if len(k) > 1 and not k.isascii()) or r"(?!x)x"
        en_n = "|".join(re.escape(k) for k in self.numerals if k.isascii() and not k.isdigit())
        out = []
        for side in ("pro", "con"):
            words = [w for w in heads.get(side, ()) if w not in not_heads]
            zh = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True) if has_cjk(w))
            en = "|".join(re.escape(w[:-1] if w.endswith("s") else w) for w in words if not has_cjk(w))
            kinds = "|".join(re.escape(c) for c in classifiers)
            if zh:
                out.append(
                    (re.compile(rf"(?:第(?P<n>[{zh_n}\d]+)|(?P<w>{zh_words})\s*一?)\s*(?:{kinds})?\s*(?:{zh})"), side)
                )
                # "踩坑预警里第三条", "缺点中的最后一个": the list named first, then the item.
                after = rf"(?:{zh})[\u4e00-\u9fff]{{0,2}}?\s*(?:里面|里|中|当中|呢)?\s*[,，、:：]?\s*的?\s*(?:第(?P<n>[{zh_n}\d]+)|(?P<w>{zh_words})\s*一?)\s*(?:{kinds})"
                out.append((re.compile(after), side))
            if en:
                out.append((re.compile(rf"(?i)\b(?P<n>{en_n}|\d+(?:st|nd|rd|th))\s+(?:{en})s?\b"), side))
        return out

    def item_asked(self, text: str) -> tuple[int, str, tuple[int, int]] | None:
        """Which item of a pro or con list is asked ("第一个踩坑预警" → 1, con), with where it is said."""
        for pattern, side in self.item_ordinals:
            if m := pattern.search(text):
                word = (m.group("n") or m.groupdict().get("w") or "").lower()
                n = int(word) if word.isdigit() else self.numerals.get(word, 0)
                if n:
                    return n, side, m.span()
        return None

    def frameworks_in(self, text: str, question: bool = False) -> list[str]:
        """Canonical names of the frameworks a text names, in order of first mention."""
        return list(dict.fromkeys(m.name for m in self.mentions(text, question) if m.kind == "framework"))

    def unconceded(self, question: str) -> str:
        """The question without what it concedes ("…given all the complaints?" → "…?")."""
        for pattern in self.concessive:
            question = pattern.sub(" ", question)
        return question

    def premise(self, question: str) -> str:
        """What a question states as given before asking ("Since TensorFlow is the easiest…, should
        I start with it?" → "TensorFlow is the easiest…"); "" when it states nothing."""
        m = next((m for p in self.premise_re if (m := p.search(question))), None)
        if not m:
            return ""
        subject = m.groupdict().get("subject") or ""
        return f"{subject.strip()}{m.group('premise').strip()}"

    def claim_asked(self, question: str) -> str:
        """A claim put to the documents, as the yes/no question it makes ("听说X,真的假的?" → "X吗?",
        "I heard X, is that true?" → "Is it true that X?"); the question itself otherwise."""
        m = next((m for p in self.claim_check_re if (m := p.search(question))), None)
        if m is None:
            return question
        claim = m.group("claim").strip()
        return f"{claim}吗?" if has_cjk(question) else f"Is it true that {claim}?"

    @property
    def reporters(self) -> tuple[str, ...]:
        """The words opening a reported view ("支持者认为", "反对者认为"): someone's, not the documents'."""
        return (*self.supporters, *self.opponents)

    def glosses_in(self, text: str, limit: int, side: str = "") -> list[str]:
        """The evaluative words of a Chinese passage in English, in its order (the longest word at a
        place; "not …" after a negator): what it calls the framework, for a reader of English. With
        a side ("pro" | "con"), only the words that speak that way: "容易遇到瓶颈" in a warning is
        not "easy"."""
        spans: list[tuple[int, int, str]] = []
        for word in self._gloss_words:
            for m in re.finditer(re.escape(word), text):
                if any(s < m.end() and m.start() < e for s, e, _ in spans):
                    continue  # (inside a longer word: "难度较高", not "较高"'s "高")
                if any(c in text[max(0, m.start() - 2) : m.end() + 2] and word in c for c in self.not_cues):
                    continue  # "差异" is a difference, not "差"
                spans.append((m.start(), m.end(), word))
        out: list[str] = []
        ordered = sorted(spans)
        for i, (start, _, word) in enumerate(ordered):
            gloss = self.glosses[word]
            nxt = ordered[i + 1] if i + 1 < len(ordered) else None
            if word in self.gloss_negating and nxt is not None and 0 <= nxt[0] - ordered[i][1] <= 2:
                continue  # ("缺乏灵活性": said with the word it denies, below)
            before = text[max(0, start - 3) : start]
            if before.endswith(f"{word[0]}不") or before.endswith(f"{word[0]}没"):
                continue  # "适不适合": asked both ways, said neither
            denied = i > 0 and ordered[i - 1][2] in self.gloss_negating and start - ordered[i - 1][1] <= 2
            if not gloss:
                continue
            against = word in self._against_words
            if denied or (any(before.endswith(n) for n in self.negators) and not word.startswith(("不", "没", "无"))):
                gloss, against = f"not {gloss}", not against
            if side and against != (side == "con"):
                continue
            if gloss not in out:
                out.append(gloss)
        return out[:limit]

    def figures_in(self, text: str, lang: str, units: Sequence[WordSet] = ()) -> list[str]:
        """The figures a sentence gives, with their units, as said in lang ("逾100万行" → "over
        1,000,000 lines"); of the units asked about, where some are."""
        if not self.figure_units:
            return []
        out = []
        for m in self._figure.finditer(text):
            said = m.group(0)
            if units and not any(u(said) for u in units):
                continue
            if lang == "zh":
                out.append(said)
                continue
            n = self._figure_number(m)
            number = f"{n:,.0f}" if n == int(n) else f"{n:,}"
            unit = self.figure_units[m.group("u")]
            qualifier = self.figure_qualifiers.get(m.group("q") or "", "")
            out.append(" ".join(x for x in (qualifier, number + ("" if unit == "%" else " " + unit)) if x).strip())
        return out

    def _figure_number(self, m: re.Match[str]) -> float:
        """The number a figure the documents' way gives ("逾100万行" → 1000000)."""
        return float(m.group("n")) * self.figure_multipliers.get(m.group("m") or "", 1)

    def figure_values(self, text: str) -> list[tuple[float, str]]:
        """The figures a text gives as (number, unit in English): "逾100万行" → (1000000, "lines"),
        "10 million lines" → (10000000, "lines"); for comparing a figure proposed with one stated."""
        out = []
        for m in self._figure.finditer(text):
            out.append((self._figure_number(m), self.figure_units[m.group("u")]))
        for m in self._figure_en.finditer(text):
            n = float(m.group("n").replace(",", "")) * self.figure_multipliers_en.get((m.group("m") or "").lower(), 1)
            unit = next((u for u in self.figure_units.values() if _singular(u).lower() == m.group("u").lower()), "")
            out.append((n, unit))
        return out

    def term_asked(self, question: str) -> str:
        """The term a question asks the meaning of ("SBP是什么?" → "SBP"; "What is SBP in OneFlow?" →
        "SBP"), without the frameworks it is asked of; "" when it asks no meaning, or only what a
        framework is ("What is TNN?" is an overview of TNN)."""
        term = self._what_is(question) or ""
        if self.is_overview(term) or self.wants_pro(term) or self.wants_con(term) or self.superlative(term):
            return ""  # "PaddlePaddle的特点是什么?" asks about it, not what "特点" means; "the best GPU", which
        return term if re.search(r"[A-Za-z\u4e00-\u9fff]", term) else ""

    def voices_asked(self, question: str) -> list[str]:
        """The sides a question names ("支持者怎么说?", "为什么有人反对…?" → 反对者), in the words the
        documents report them by."""
        return [
            v
            for v in self.voices
            if v in question or (v in self._voice_verbs and self._voice_verbs[v].search(question))
        ]

    def asks_what_it_is(self, question: str) -> bool:
        """ "What is TNN?", "MindSpore是什么?": what a framework itself is (not its features)."""
        return self._what_is(question) == ""

    def _what_is(self, question: str) -> str | None:
        """What a "what is …" question asks of, without the frameworks it names (None: it asks no
        such thing)."""
        text = _CJK_SPACE.sub("", question.strip())  # "SBP 机制" is the documents' "SBP机制"
        m = next((m for p in self.asks_definition if (m := p.search(text))), None)
        if m is None:
            return None
        term = m.group("term")
        if term.rstrip().endswith("的"):
            return None  # "MegEngine追求的是什么?" asks what it pursues, not what a word means
        for mention in reversed(self.mentions(term, question=True)):
            if mention.kind != "platform":
                term = term[: mention.start] + " " + term[mention.end :]
        for joiner in self.of_framework:
            term = joiner.sub(" ", term)
        return re.sub(r"\s+", " ", term).strip(" \t'\"“”‘’「」《》.。")

    def names_for(self, framework: str) -> tuple[str, ...]:
        f = self.frameworks.get(framework)
        return (*f.names, *f.question_names) if f else (framework,)

    def replace_framework(self, text: str, old: str, new: str, by: str = "") -> str:
        """text with every mention of framework `old` replaced by the name `new`; where `old` was
        named by its maker ("腾讯的框架叫什么?") and `by` is how the new one was ("清华"), by that and
        the name ("清华的框架Jittor叫什么?", not "Jittor叫什么?", which asks for no maker's framework)."""
        spec = self.frameworks.get(old)
        makers = sorted(spec.question_names, key=len) if spec and by else []
        out, pos = [], 0
        for m in self.mentions(text, question=True):
            if m.name == old:
                surface = text[m.start : m.end]
                maker = next((n for n in makers if surface.startswith(n) and n not in spec.names), None)
                end = m.end
                if maker == surface and not has_cjk(surface):
                    # "Megvii's one" → "And Huawei's?": "MindSpore", English has no "华为的框架MindSpore".
                    owned = re.match(r"['’]s\b( (one|framework|library|project))?", text[m.end :])
                    maker, end = None, m.end + (owned.end() if owned else 0)
                out += [text[pos : m.start], f"{by}{surface[len(maker) :]}{new}" if maker else new]
                pos = end
        return "".join(out) + text[pos:]

    def typed_as_maker(self, text: str, framework: str) -> str:
        """How the text names the framework when by its maker only ("清华的呢?" → "清华"); else ""."""
        spec = self.frameworks.get(framework)
        if spec is None:
            return ""
        for m in self.mentions(text, question=True):
            surface = text[m.start : m.end]
            if m.name == framework and surface in spec.question_names and surface not in spec.names:
                return surface
        return ""

    def without_names(self, text: str) -> str:
        out, pos = [], 0
        for m in self.mentions(text, question=True):
            out.append(text[pos : m.start])
            pos = m.end
        return "".join(out) + text[pos:]

    def parent(self, framework: str) -> str:
        f = self.frameworks.get(framework)
        return f.part_of if f else ""

    def group_of(self, framework: str) -> str:
        f = self.frameworks.get(framework)
        return f.group if f else ""

    # ------------------------------------------------------------ aspects and requirements

    def opener(self, text: str) -> str:
        """ "anaphoric", "connective" or "" for how a sentence opens (the longest opener wins:
        "此外" is connective though "此" alone would be anaphoric)."""
        head = text.lstrip(" \t“\"'（(【")
        return next((kind for word, kind in self.openers if head.startswith(word)), "")

    def aspects_in(self, text: str) -> list[str]:
        """The aspects a text speaks to, in the order the text first names them."""
        return list(self._aspects_in(text))

    # A question's words and the documents' sentences are read again on every ask; the vocabulary
    # never changes once loaded.
    @functools.lru_cache(maxsize=8192)  # noqa: B019 - one vocabulary per process, kept for its life
    def _aspects_in(self, text: str) -> tuple[str, ...]:
        found = [(a.words.first(text), a.name) for a in self.aspects.values()]
        return tuple(name for where, name in sorted(found) if where >= 0)

    def paired_aspects(self, clause: str, names: Sequence[str]) -> dict[str, list[str]]:
        """ "PyTorch、TensorFlow已分别成为学术界和工业界使用最广泛的…": each framework named before the
        respectively word takes the topic of the item in its place after it (PyTorch 学术界, TensorFlow
        工业界), and what the last item goes on to say is said of each ("使用最广泛"). Empty where the
        items and the names do not pair one to one."""
        at = self.respectively.first(clause)
        if at < 0 or len(names) < 2:
            return {}
        items = [p for p in self._pair_joiners.split(clause[at:]) if p and p.strip()]
        if len(items) != len(names):
            return {}
        out: dict[str, list[str]] = {}
        shared: list[str] = []
        for name, item in zip(names, items, strict=True):
            found = sorted((where, a.name) for a in self.aspects.values() if (where := a.words.first(item)) >= 0)
            if not found:
                return {}
            out[name] = [a for where, a in found if where == found[0][0]]  # its item's own word
            shared = [a for where, a in found if where > found[0][0]]
        return {name: [*own, *(a for a in shared if a not in own)] for name, own in out.items()}

    def aspect_label(self, name: str, lang: str) -> str:
        a = self.aspects.get(name)
        return (a.label_zh if lang == "zh" else a.label_en) if a else name

    def presumes(self, text: str, language: str) -> bool:
        """Does the sentence hold only for someone who knows this language (a requirement name)?"""
        spec = self.requirements.get(language)
        if spec is None:
            return False
        for term in spec.terms:
            expression = term.pattern.removeprefix("(?i)")
            if any(re.search(p.replace("{lang}", expression), text, re.I) for p in self.presumes_language):
                return True
        return False

    def direction_asked(self, question: str) -> list[tuple[str, int, int]]:
        """Each "less"/"more" the question asks for, with where it says so ("封装更少": "less", 2, 4)."""
        return [(d, a, b) for d, words in self._direction_asked.items() for a, b in words.spans(question)]

    def says_amount(self, word: str) -> bool:
        """Is the word itself one of amount ("更少", "多"), not a thing there is an amount of?"""
        return any(words(word) for words in self._direction_words.values())

    def direction_of(self, text: str, term: str) -> str:
        """Whether text says there is little ("less") or much ("more") of `term`, in its clause right
        around it ("尽量少的封装": less; "层层封装": more); "" if it says neither, or both."""
        found = set()
        for clause in CLAUSE.finditer(text):
            part = clause.group(0)
            for m in re.finditer(re.escape(term), part, re.I):
                around = part[max(0, m.start() - 6) : m.start()] + " " + part[m.end() : m.end() + 3]
                found |= {d for d, words in self._direction_words.items() if words(around)}
        return found.pop() if len(found) == 1 else ""

    def organizations_in(self, text: str) -> list[tuple[str, ...]]:
        """The makers the text names, each as all its names ("谷歌" → ("Google", "谷歌"))."""
        return [names for names in self.organizations if any(said(n, text) for n in names)]

    def is_overview(self, question: str) -> bool:
        """Does the question, once its framework names are taken out, ask nothing but an overview?"""
        rest = re.sub(r"['’]s\b", " ", self.without_names(question).lower())  # "TNN's features"
        for said in self.narrowing.matched(rest):  # "其中OneFlow有什么特点?": one of a list, in overview
            rest = rest.replace(said.lower(), " ")
        for word in self.overview_words:
            pattern = re.escape(word) if has_cjk(word) else rf"(?<![a-z]){re.escape(word)}(?![a-z])"
            rest = re.sub(pattern, " ", rest)
        return not re.sub(r"[\s\W_]+", "", rest)

    def needed(self, text: str) -> str:
        """The text without the clauses that set a need aside ("完全不在乎上线部署", "I don't care about
        deployment"): what is left is what the user asks for."""
        return "".join(m.group(0) for m in CLAUSE.finditer(text) if not self.not_needed(m.group(0)))

    def normalize(self, question: str) -> str:
        """Slang and colloquial words as the plain words this vocabulary knows ("小白咋整" → "新手怎么办");
        a space between Chinese and a Latin word is dropped, as the documents write them ("多 GPU" → "多GPU")."""
        question = _CJK_SPACE.sub("", question)
        question = _CHINESE_NUMBER.sub(_arabic, question)  # "一百多万行" → "100多万行", as the documents write it
        for word, plain in self.normalize_table:
            question = question.replace(word, plain)
        # "Isn't TensorFlow hard to learn?" asks what "Is TensorFlow hard to learn?" asks; English
        # answers either with the same Yes or No.
        question = self._negative_openers.sub(
            lambda m: m.group(1) + self.negative_openers[m.group(2).lower()], question
        )
        return self.in_document_words(question)

    def in_document_words(self, text: str) -> str:
        """English names of fields and networks in the documents' Chinese ("RNNs" → "循环神经网络"),
        the rest as it is: what a question shares with a sentence is counted in these words."""
        for pattern, plain in self.normalize_fields:
            text = pattern.sub(plain, text)
        return text

    def kinds_asked(self, text: str) -> set[str]:
        """What an English question calls a thing, in the documents' words ("Is Keras a framework?"
        → {"框架"}): what it asks a thing to be."""
        return {plain for pattern, plain in self.kind_nouns if pattern.search(text)}

    def expand(self, text: str) -> str:
        """The text plus the documents' own words for the aspects it asks about, and the canonical
        name of every framework it calls by another name ("飞桨" → PaddlePaddle)."""
        extra = [a.expansion for a in self.aspects.values() if a.expansion and a.words(text)]
        lowered = text.lower()
        extra += [n for n in self.frameworks_in(text, question=True) if n.lower() not in lowered]
        # "RNNs", "reinforcement learning": searched in the documents' own words as well.
        extra += [plain for pattern, plain in self.normalize_fields if pattern.search(text)]
        return " ".join([text, *extra])


def _singular(unit: str) -> str:
    """An English unit without its plural s ("lines" → "line"); "ms" and "GB" stay as they are."""
    return unit[:-1] if len(unit) > 3 and unit.endswith("s") else unit


def _key(name: str) -> str:
    return re.sub(r"\s+", "", name.lower())


def _osa_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (a transposition costs 1), stopping early above limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def load(path: Path | None = None) -> Vocabulary:
    """The vocabulary in `path` (default: the package's vocabulary.toml), parsed once."""
    return _load(str(path or VOCABULARY_FILE))


@functools.lru_cache(maxsize=4)
def _load(path: str) -> Vocabulary:
    raw = Path(path).read_bytes()
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f"{path} is not valid TOML: {exc}") from exc
    return Vocabulary(data, hashlib.sha256(raw).hexdigest())
