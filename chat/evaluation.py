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
