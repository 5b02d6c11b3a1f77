"""How the refusal threshold (AnswerSettings.calibrated_min_score) was chosen: the best
question-to-sentence cosine of every DEV golden case, in-scope against out-of-scope, and the margin
between them. The held-out part is never read here.

    python benchmarks/calibrate.py

Cases that end before retrieval (a rule refuses them: unknown tool, code, installation, price,
prompt injection; a question back; a question about after the article's date) are listed but do
not bound the threshold: the threshold must separate the rest.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chat import Advisor, Answer  # noqa: E402
from chat.evaluation import golden_paths, load_golden  # noqa: E402


def main() -> None:
    advisor = Advisor.load()
    rows = []
    for case in load_golden(golden_paths("dev")):
        history = []
        for turn in case.turns[:-1]:
            history += [
                {"role": "user", "content": turn},
                {"role": "assistant", "content": advisor.ask(turn, history).text},
            ]
        plan = advisor.plan(case.question, history)
        if isinstance(plan, Answer) and plan.kind in ("clarify", "after_date"):
            rows.append((0.0, case.in_scope, plan.kind, case.id))
            continue
        q = plan.question if not isinstance(plan, Answer) else advisor.read(plan.question)
        if q.refusal:
            rows.append((0.0, case.in_scope, q.refusal, case.id))
            continue
        best = max((c.similarity for part in advisor.gather(q) for c in part.claims), default=0.0)
        rows.append((best, case.in_scope, "", case.id))
    rows.sort()
    for best, in_scope, rule, case_id in rows:
        print(f"{best:.3f}  {'in-scope    ' if in_scope else 'out-of-scope'}  {rule or '-':<10}  {case_id}")
    judged = [(b, inside) for b, inside, rule, _ in rows if not rule]
    lowest_in = min((b for b, inside in judged if inside), default=0.0)
    highest_out = max((b for b, inside in judged if not inside), default=0.0)
    in_use = advisor.settings.answer.min_score_for(advisor.embedder.model_id)
    print(f"\nlowest in-scope {lowest_in:.3f}; highest out-of-scope not caught by a rule {highest_out:.3f}")
    print(f"midpoint {(lowest_in + highest_out) / 2:.3f}; in use {in_use:.3f} ({advisor.embedder.model_id})")


if __name__ == "__main__":
    main()
