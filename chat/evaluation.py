"""Golden-set metrics shared by `framework-advisor eval`, the benchmarks and CI."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .settings import PROJECT_ROOT

GOLDEN_DIR = PROJECT_ROOT / "tests" / "golden"
SPLITS = ("dev", "heldout")
SENTENCE_GOLD = GOLDEN_DIR / "article-sentences-gold.jsonl"
REFUSED_KINDS = frozenset({"out_of_scope", "after_date"})


@dataclass(frozen=True)
class GoldenCase:
    id: str
    kind: str  # choice | compare | fact | not_stated | out_of_scope | after_date | clarify | followup
    lang: str
    turns: tuple[str, ...]  # the question is the last turn
    split: str = "dev"
    passages: tuple[str, ...] = ()  # any hit containing one of these is relevant
    facts: tuple[str, ...] = ()  # every one must appear in the answer text
    any_facts: tuple[tuple[str, ...], ...] = ()  # one of each group must appear
    recommend: tuple[str, ...] = ()
    recommend_any: tuple[str, ...] = ()
    not_recommend: tuple[str, ...] = ()
    no_recommend: bool = False
    resolved: str = ""  # follow-ups: the framework the last turn must resolve to
    absent: tuple[str, ...] = ()  # words that must not appear: another framework's caveats, say
    about: str = ""  # every quote must be about this framework (by the sentence annotation)
    tags: tuple[str, ...] = ()

    @property
    def question(self) -> str:
        return self.turns[-1]

    @property
    def in_scope(self) -> bool:
        return self.kind not in REFUSED_KINDS

    @property
    def multi_turn(self) -> bool:
        return len(self.turns) > 1

    @property
    def checks_recommendation(self) -> bool:
        return bool(self.recommend or self.recommend_any or self.not_recommend or self.no_recommend)


def golden_paths(split: str = "all") -> list[Path]:
    return [GOLDEN_DIR / f"{name}.jsonl" for name in SPLITS if split in ("all", name)]


def load_golden(paths: Path | Sequence[Path] | None = None) -> list[GoldenCase]:
    """The golden cases in `paths` (default: both parts, dev then held-out)."""
    paths = golden_paths() if paths is None else ([paths] if isinstance(paths, Path) else list(paths))
    cases = []
    for path in paths:
        for n, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                turns = tuple(raw["turns"]) if "turns" in raw else (raw["question"],)
                cases.append(
                    GoldenCase(
                        id=raw["id"],
                        kind=raw["kind"],
                        lang=raw.get("lang", "zh"),
                        turns=turns,
                        split=raw.get("split", path.stem),
                        passages=tuple(raw.get("passages", ())),
                        facts=tuple(raw.get("facts", ())),
                        any_facts=tuple(tuple(group) for group in raw.get("any_facts", ())),
                        recommend=tuple(raw.get("recommend", ())),
                        recommend_any=tuple(raw.get("recommend_any", ())),
                        not_recommend=tuple(raw.get("not_recommend", ())),
                        no_recommend=bool(raw.get("no_recommend", False)),
                        resolved=raw.get("resolved", ""),
                        absent=tuple(raw.get("absent", ())),
                        about=raw.get("about", ""),
                        tags=tuple(raw.get("tags", ())),
                    )
                )
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}:{n}: not a golden case ({exc})") from exc
    return cases


@dataclass
class RankMetrics:
    n: int = 0
    hits_at: dict[int, int] = field(default_factory=dict)
    rr_sum: float = 0.0

    def add(self, first_relevant_rank: int | None, ks: Sequence[int]) -> None:
        self.n += 1
        for k in ks:
            self.hits_at[k] = self.hits_at.get(k, 0) + int(first_relevant_rank is not None and first_relevant_rank <= k)
        if first_relevant_rank is not None:
            self.rr_sum += 1.0 / first_relevant_rank

    def hit(self, k: int) -> float:
        return self.hits_at.get(k, 0) / self.n if self.n else 0.0

    @property
    def mrr(self) -> float:
        return self.rr_sum / self.n if self.n else 0.0

    def as_dict(self, ks: Sequence[int]) -> dict[str, float]:
        return {**{f"hit@{k}": round(self.hit(k), 4) for k in ks}, "mrr": round(self.mrr, 4), "n": self.n}


def first_relevant(texts: Sequence[str], relevant: Callable[[str], bool]) -> int | None:
    return next((rank for rank, text in enumerate(texts, start=1) if relevant(text)), None)


def retrieval_metrics(
    cases: Sequence[GoldenCase],
    search: Callable[[str, int], Sequence[str]],
    ks: Sequence[int] = (1, 3),
    depth: int = 10,
) -> dict[str, Any]:
    """hit@k and MRR of `search(question, depth) -> texts` over the single-turn in-scope cases."""
    metrics = RankMetrics()
    misses = []
    started = time.perf_counter()
    for case in cases:
        if not case.in_scope or len(case.turns) > 1:
            continue
        texts = search(case.question, depth)
        rank = first_relevant(texts, lambda t, c=case: any(p in t for p in c.passages))
        metrics.add(rank, ks)
        if rank is None or rank > max(ks):
            misses.append(case.id)
    out = metrics.as_dict(ks)
    out["misses"] = misses
    out["seconds"] = round(time.perf_counter() - started, 3)
    return out


# ---------------------------------------------------------------- answers


@dataclass
class CaseResult:
    case: GoldenCase
    answer: Any  # chat.types.Answer
    seconds: float
    facts_ok: bool
    recommend_ok: bool
    resolved_ok: bool
    citations_ok: bool
    about_ok: bool = True

    @property
    def correct(self) -> bool:
        a, kind = self.answer, self.case.kind
        if kind in REFUSED_KINDS:
            return a.abstained
        if kind == "clarify":
            return getattr(a, "kind", "") == "clarify"
        if getattr(a, "kind", "") == "clarify":
            return False
        if kind == "not_stated":
            # The article does not state it: the answer must say so (a refusal says so too) and
            # must not pass another framework's words off as this one's.
            return not getattr(a, "direct", False) and self.facts_ok and self.about_ok and self.resolved_ok
        if a.abstained:
            return False
        if kind == "fact" and not getattr(a, "direct", True):
            return False  # "the article does not say" above an answer it does give
        return self.facts_ok and self.recommend_ok and self.resolved_ok and self.about_ok


@dataclass(frozen=True)
class Thresholds:
    """Quality targets for one part of the golden set. The defaults are issue 9's targets for the
    held-out part; FLOORS below are what CI holds it to today (see README: not yet the targets)."""

    citation_validity: float = 1.0
    key_facts: float = 0.9
    recommendations: float = 0.9
    quote_role_mismatch: float = 0.05
    followups: float = 0.9
    refusal_precision: float = 0.95
    refusal_recall: float = 0.95


TARGETS = Thresholds()
# The held-out figures measured when these were last raised (2026-11-29, ninth time: key facts
# 0.848, recommendations 0.800 (48 of 60), follow-ups 0.955 (42 of 44), refusal precision 1.000 /
# recall 0.800, quote roles 0.014), less about one case for CPUs whose runtime differs: a
# regression floor, raised as the figures rise, never fitted to the held-out cases themselves.
FLOORS = Thresholds(
    key_facts=0.82,
    recommendations=0.78,
    quote_role_mismatch=0.05,
    followups=0.93,
    refusal_precision=0.94,
    refusal_recall=0.75,
)


def _recommend_ok(case: GoldenCase, recommended: Sequence[str]) -> bool:
    got = set(recommended)
    return (
        set(case.recommend) <= got
        and (not case.recommend_any or bool(got & set(case.recommend_any)))
        and not got & set(case.not_recommend)
        and not (case.no_recommend and got)
    )


def _facts_ok(case: GoldenCase, text: str) -> bool:
    return (
        all(f in text for f in case.facts)
        and all(any(f in text for f in group) for group in case.any_facts)
        and not any(w in text for w in case.absent)
    )


def run_answers(
    advisor: Any, cases: Sequence[GoldenCase], corpus_texts: dict[str, str], gold: SentenceGold | None = None
) -> list[CaseResult]:
    """Ask every case (multi-turn ones turn by turn, feeding the advisor's own replies back)."""
    results = []
    for case in cases:
        history: list[dict[str, str]] = []
        for turn in case.turns[:-1]:
            reply = advisor.ask(turn, history)
            history += [{"role": "user", "content": turn}, {"role": "assistant", "content": reply.text}]
        started = time.perf_counter()
        answer = advisor.ask(case.question, history)
        seconds = time.perf_counter() - started
        results.append(
            CaseResult(
                case=case,
                answer=answer,
                seconds=seconds,
                facts_ok=_facts_ok(case, answer.text),
                recommend_ok=_recommend_ok(case, answer.recommendations),
                resolved_ok=not case.resolved or case.resolved in answer.question,
                citations_ok=all(corpus_texts.get(c.source, "")[c.start : c.end] == c.text for c in answer.citations),
                about_ok=not case.about or gold is None or gold.all_about(answer.citations, case.about),
            )
        )
    return results


class SentenceGold:
    """The hand annotation of the article's sentences (tests/golden), joined to quotes by text."""

    def __init__(self, rows: Sequence[dict[str, Any]]):
        self.rows = list(rows)

    @classmethod
    def load(cls, path: Path = SENTENCE_GOLD) -> SentenceGold | None:
        if not path.is_file():
            return None
        return cls([json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()])

    def row_for(self, quote: str) -> dict[str, Any] | None:
        """The annotation of what a quote says: of the sentence holding it (a clause), or of the
        sentences it holds (a fragment with the one before it, a verdict with what follows it:
        their subjects together, and each subject's stance where the sentences agree on it)."""
        inside = [r for r in self.rows if r["text"] in quote]
        if not inside:
            return next((r for r in self.rows if quote in r["text"]), None)
        if len(inside) == 1:
            return inside[0]
        subjects = list(dict.fromkeys(s for r in inside for s in r["subjects"]))
        stance = {}
        for s in subjects:
            said = {r["stance"][s] for r in inside if s in r["stance"]} - {"neutral"}
            stance[s] = said.pop() if len(said) == 1 else "neutral"
        return {"text": quote, "subjects": subjects, "stance": stance}

    def claim_row(self, citation: Any) -> dict[str, Any] | None:
        """The annotated sentence a quote is presented for: the one it ends with (a fragment is quoted
        after the sentence it continues, for context), or, for a verdict spanning several, all of them."""
        if getattr(citation, "role", "") == "verdict":
            return self.row_for(citation.text)
        ending = [r for r in self.rows if citation.text.endswith(r["text"])]
        return max(ending, key=lambda r: len(r["text"])) if ending else self.row_for(citation.text)

    def role_ok(self, citation: Any) -> bool | None:
        """Does the quote show what the answer presents it as? None when the sentence is not annotated."""
        row = self.claim_row(citation)
        if row is None:
            return None
        subjects = set(row["subjects"])
        role = getattr(citation, "role", "fact")
        shown = [s for s in str(getattr(citation, "subject", "") or "").split("/") if s]
        if not shown:
            return role not in ("reason", "caveat")
        if role == "reason":
            return all(row["stance"].get(s) == "pro" for s in shown)
        if role == "caveat":
            return all(row["stance"].get(s) == "con" for s in shown)
        return all(s in subjects for s in shown)

    def contradicts(self, citation: Any) -> bool:
        """A hard misattribution: a "reason" the annotation reads as against its framework, a
        "caveat" it reads as for it, or a quote about a framework the sentence is not about."""
        row = self.claim_row(citation)
        if row is None:
            return False
        shown = [s for s in str(getattr(citation, "subject", "") or "").split("/") if s]
        role = getattr(citation, "role", "fact")
        if any(s not in row["subjects"] for s in shown):
            return True
        opposite = {"reason": "con", "caveat": "pro"}.get(role)
        return opposite is not None and any(row["stance"].get(s) == opposite for s in shown)

    def all_about(self, citations: Sequence[Any], framework: str) -> bool:
        rows = [self.row_for(c.text) for c in citations]
        return all(r is None or framework in r["subjects"] for r in rows)

    def agreement(self, readings: Sequence[Any], sentences: Sequence[Any]) -> dict[str, Any]:
        """How the index-time reading of sentences agrees with the annotation: overall, on the
        even ids (whose disagreements developers looked at) and on the odd ids (never looked at)."""
        by_text = {s.text: r for s, r in zip(sentences, readings, strict=True)}
        out: dict[str, Any] = {}
        for name, keep in (("all", lambda i: True), ("even", lambda i: i % 2 == 0), ("odd", lambda i: i % 2 == 1)):
            rows = [r for r in self.rows if keep(r["id"]) and r["text"] in by_text]
            subject = stance = stance_n = standalone = 0
            for row in rows:
                mine = by_text[row["text"]]
                subject += set(row["subjects"]) == set(mine.subjects)
                standalone += row["standalone"] == mine.standalone
                for s in set(row["subjects"]) & set(mine.subjects):
                    stance_n += 1
                    stance += row["stance"][s] == mine.stance_of(s)
            n = len(rows)
            out[name] = {
                "n": n,
                "subject": _ratio(subject, n),
                "stance": _ratio(stance, stance_n),
                "standalone": _ratio(standalone, n),
            }
        return out


def summarize(
    results: Sequence[CaseResult], retrieval: dict[str, Any] | None = None, gold: SentenceGold | None = None
) -> dict[str, Any]:
    in_scope = [r for r in results if r.case.in_scope]
    should_refuse = [r for r in results if r.case.kind in REFUSED_KINDS]
    may_refuse = {"not_stated"}  # saying the article does not state it is right either way
    judged = [r for r in results if r.case.kind not in may_refuse]
    refused = [r for r in judged if r.answer.abstained]
    true_refusals = [r for r in refused if r.case.kind in REFUSED_KINDS]
    followups = [r for r in results if r.case.multi_turn or r.case.kind in ("clarify", "followup")]
    choices = [r for r in results if r.case.checks_recommendation and r.case.in_scope]
    cited = [c for r in results for c in r.answer.citations]
    roles = [gold.role_ok(c) for c in cited] if gold is not None else []
    checked = [ok for ok in roles if ok is not None]
    latencies = [r.seconds for r in results]
    return {
        "cases": len(results),
        "retrieval": retrieval or {},
        "key_fact_accuracy": _ratio(sum(r.correct for r in in_scope), len(in_scope)),
        "recommendation_accuracy": _ratio(sum(r.recommend_ok and r.correct for r in choices), len(choices)),
        "recommendation_cases": len(choices),
        "refusal_precision": _ratio(len(true_refusals), len(refused)),
        "refusal_recall": _ratio(sum(r.answer.abstained for r in should_refuse), len(should_refuse)),
        "false_refusals": len(refused) - len(true_refusals),
        "citation_validity": _ratio(sum(r.citations_ok for r in results), len(results)),
        "citations": len(cited),
        "quote_role_mismatch": round(1 - _ratio(sum(checked), len(checked)), 4) if checked else 0.0,
        "quotes_checked": len(checked),
        "followup_accuracy": _ratio(sum(r.correct for r in followups), len(followups)),
        "followup_cases": len(followups),
        "latency_mean_ms": round(1000 * sum(latencies) / len(latencies), 1) if latencies else 0.0,
        "latency_p95_ms": round(1000 * percentile(latencies, 0.95), 1),
        "failures": [r.case.id for r in results if not r.correct or not r.citations_ok],
    }


def check(summary: dict[str, Any], limits: Thresholds) -> list[str]:
    """The targets the summary misses (empty = all met)."""
    misses = []
    for key, limit, name in (
        ("citation_validity", limits.citation_validity, "citation validity"),
        ("key_fact_accuracy", limits.key_facts, "key-fact accuracy"),
        ("recommendation_accuracy", limits.recommendations, "recommendations right"),
        ("followup_accuracy", limits.followups, "follow-up accuracy"),
        ("refusal_precision", limits.refusal_precision, "refusal precision"),
        ("refusal_recall", limits.refusal_recall, "refusal recall"),
    ):
        if summary[key] < limit:
            misses.append(f"{name} {summary[key]} < {limit}")
    if summary["quote_role_mismatch"] > limits.quote_role_mismatch:
        misses.append(f"quote-role mismatch {summary['quote_role_mismatch']} > {limits.quote_role_mismatch}")
    return misses


def percentile(values: Sequence[float], q: float) -> float:
    """The q-quantile (0..1) of values by nearest rank below; 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[int(q * (len(ordered) - 1))]


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 1.0
