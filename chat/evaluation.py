"""Golden-set metrics shared by `framework-advisor eval`, the benchmarks and CI."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .settings import PROJECT_ROOT

DEFAULT_GOLDEN = PROJECT_ROOT / "tests" / "golden" / "golden.jsonl"


@dataclass(frozen=True)
class GoldenCase:
    id: str
    kind: str  # choice | compare | fact | out_of_scope | followup
    lang: str
    turns: tuple[str, ...]  # the question is the last turn
    passages: tuple[str, ...] = ()  # any hit containing one of these is relevant
    facts: tuple[str, ...] = ()  # every one must appear in the answer text
    recommend: tuple[str, ...] = ()
    resolved: str = ""  # follow-ups: the framework the last turn must resolve to
    absent: tuple[str, ...] = ()  # words that must not appear: another framework's caveats, say

    @property
    def question(self) -> str:
        return self.turns[-1]

    @property
    def in_scope(self) -> bool:
        return self.kind != "out_of_scope"


def load_golden(path: Path = DEFAULT_GOLDEN) -> list[GoldenCase]:
    cases = []
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
                    passages=tuple(raw.get("passages", ())),
                    facts=tuple(raw.get("facts", ())),
                    recommend=tuple(raw.get("recommend", ())),
                    resolved=raw.get("resolved", ""),
                    absent=tuple(raw.get("absent", ())),
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

    @property
    def correct(self) -> bool:
        if not self.case.in_scope:
            return self.answer.abstained
        return not self.answer.abstained and self.facts_ok and self.recommend_ok and self.resolved_ok


@dataclass(frozen=True)
class Thresholds:
    citation_validity: float = 1.0
    key_facts: float = 0.9
    refusal_recall: float = 1.0
    max_false_refusals: int = 1
    followups: float = 1.0


def run_answers(advisor: Any, cases: Sequence[GoldenCase], corpus_texts: dict[str, str]) -> list[CaseResult]:
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
                facts_ok=all(f in answer.text for f in case.facts) and not any(w in answer.text for w in case.absent),
                recommend_ok=set(case.recommend) <= set(answer.recommendations),
                resolved_ok=not case.resolved or case.resolved in answer.question,
                citations_ok=all(corpus_texts.get(c.source, "")[c.start : c.end] == c.text for c in answer.citations),
            )
        )
    return results


def summarize(results: Sequence[CaseResult], retrieval: dict[str, Any] | None = None) -> dict[str, Any]:
    in_scope = [r for r in results if r.case.in_scope]
    out_scope = [r for r in results if not r.case.in_scope]
    refused = [r for r in results if r.answer.abstained]
    true_refusals = [r for r in refused if not r.case.in_scope]
    followups = [r for r in results if r.case.kind == "followup"]
    choices = [r for r in results if r.case.recommend]
    cited = [c for r in results for c in r.answer.citations]
    latencies = [r.seconds for r in results]
    return {
        "cases": len(results),
        "retrieval": retrieval or {},
        "key_fact_accuracy": _ratio(sum(r.correct for r in in_scope), len(in_scope)),
        "recommendation_accuracy": _ratio(sum(r.recommend_ok for r in choices), len(choices)),
        "refusal_precision": _ratio(len(true_refusals), len(refused)),
        "refusal_recall": _ratio(len(true_refusals), len(out_scope)),
        "false_refusals": len(refused) - len(true_refusals),
        "citation_validity": _ratio(sum(r.citations_ok for r in results), len(results)),
        "citations": len(cited),
        "followup_accuracy": _ratio(sum(r.correct for r in followups), len(followups)),
        "latency_mean_ms": round(1000 * sum(latencies) / len(latencies), 1) if latencies else 0.0,
        "latency_p95_ms": round(1000 * percentile(latencies, 0.95), 1),
        "failures": [r.case.id for r in results if not r.correct or not r.citations_ok],
    }


def check(summary: dict[str, Any], limits: Thresholds) -> list[str]:
    """The targets the summary misses (empty = all met)."""
    misses = []
    if summary["citation_validity"] < limits.citation_validity:
        misses.append(f"citation validity {summary['citation_validity']} < {limits.citation_validity}")
    if summary["key_fact_accuracy"] < limits.key_facts:
        misses.append(f"key-fact accuracy {summary['key_fact_accuracy']} < {limits.key_facts}")
    if summary["refusal_recall"] < limits.refusal_recall:
        misses.append(f"refusal recall {summary['refusal_recall']} < {limits.refusal_recall}")
    if summary["false_refusals"] > limits.max_false_refusals:
        misses.append(f"{summary['false_refusals']} false refusals > {limits.max_false_refusals}")
    if summary["followup_accuracy"] < limits.followups:
        misses.append(f"follow-up accuracy {summary['followup_accuracy']} < {limits.followups}")
    return misses


def percentile(values: Sequence[float], q: float) -> float:
    """The q-quantile (0..1) of values by nearest rank below; 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[int(q * (len(ordered) - 1))]


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 1.0
