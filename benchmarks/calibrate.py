"""How the refusal threshold (answering.MIN_SUPPORT) was chosen: the best question-to-sentence
cosine of every golden case, in-scope against out-of-scope, and the margin between them.

    python benchmarks/calibrate.py

Out-of-scope cases that a rule refuses first (unknown tool, code, installation, price, prompt
injection) are listed but do not bound the threshold: the threshold must separate the rest.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chat import Advisor, retrieval  # noqa: E402
from chat.answering import rank_evidence, resolve_followup, understand  # noqa: E402
from chat.evaluation import load_golden  # noqa: E402
from chat.lexicon import expand_query  # noqa: E402


def main() -> None:
    advisor = Advisor.load()
    rows = []
    for case in load_golden():
        history = []
        for turn in case.turns[:-1]:
            history += [
                {"role": "user", "content": turn},
                {"role": "assistant", "content": advisor.ask(turn, history).text},
            ]
        resolved = resolve_followup(case.question, history)
        q = understand(resolved, case.question, advisor.facts.known_names)
        query = expand_query(resolved)
        vector = advisor.embed_query(query)
        chunks = retrieval.rank(
            advisor.index, query, vector, advisor.settings.retrieval, advisor.settings.retrieval.candidates
        )
        best = max(e.similarity for e in rank_evidence(advisor.index, advisor.facts, vector, chunks, q))
        rows.append((best, case.in_scope, q.refusal, case.id))
    rows.sort()
    for best, in_scope, rule, case_id in rows:
        print(f"{best:.3f}  {'in-scope    ' if in_scope else 'out-of-scope'}  {rule or '-':<9}  {case_id}")
    lowest_in = min(b for b, inside, _, _ in rows if inside)
    highest_out = max((b for b, inside, rule, _ in rows if not inside and not rule), default=0.0)
    print(f"\nlowest in-scope {lowest_in:.3f}; highest out-of-scope not caught by a rule {highest_out:.3f}")
    print(
        f"midpoint {(lowest_in + highest_out) / 2:.3f}; in use {advisor.min_support:.3f} ({advisor.embedder.model_id})"
    )


if __name__ == "__main__":
    main()
