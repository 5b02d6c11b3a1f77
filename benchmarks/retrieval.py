"""Retrieval quality of dense, BM25 and hybrid: on our golden set and on CMRC 2018 (dev).

    python benchmarks/retrieval.py                 # both
    python benchmarks/retrieval.py --golden-only
    python benchmarks/retrieval.py --cmrc-only [--cmrc-limit 200] [--keep DIR]

CMRC 2018 (Cui et al., 2019; CC BY-SA 4.0) is read from ../shared/data/cmrc2018/ and indexed into a
temporary folder, never copied into the repository. Its 848 passages are written one file each, the
build runs as a child process (`framework-advisor index build`), and we print its wall time and
peak RSS, then hit@1, hit@5 and MRR of the gold passage over all questions for each retriever.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chat import Advisor, Settings  # noqa: E402
from chat.evaluation import SPLITS, RankMetrics, first_relevant, golden_paths, load_golden, retrieval_metrics  # noqa: E402

CMRC = (
    next(
        (p for p in (ROOT.parent / "shared", Path("/work/shared")) if (p / "data" / "cmrc2018").is_dir()),
        ROOT.parent / "shared",
    )
    / "data"
    / "cmrc2018"
    / "cmrc2018_dev.json"
)
MODES = ("dense", "bm25", "hybrid")


def golden(settings: Settings) -> None:
    advisor = Advisor.load(settings=settings)
    advisor.retrieve("warm up", k=1)
    for split in SPLITS:
        cases = load_golden(golden_paths(split))
        n = sum(c.in_scope and len(c.turns) == 1 for c in cases)
        print(f"## Golden set, {split} part ({n} single-turn in-scope questions)")
        print(f"{'retriever':<8} {'hit@1':>6} {'hit@3':>6} {'MRR':>6}  misses@3")
        for mode in MODES:
            m = retrieval_metrics(
                cases, lambda q, d, mode=mode: [h.text for h in advisor.retrieve(q, d, mode)], ks=(1, 3)
            )
            # The held-out part's misses are counted, never listed: nothing is tuned on it.
            misses = ", ".join(m["misses"]) if split == "dev" else f"{len(m['misses'])} (not listed)"
            print(f"{mode:<8} {m['hit@1']:>6.3f} {m['hit@3']:>6.3f} {m['mrr']:>6.3f}  {misses or '-'}")


def write_cmrc(
    work: Path, limit: int | None = None, traditional: bool = False
) -> tuple[int, list[tuple[str, str, list[str]]]]:
    """CMRC's passages, one file each, into work/corpus; returns (passages, [(question, file, references)]).

    traditional: passages, questions and reference answers converted to Traditional characters
    (OpenCC s2t), to measure retrieval on Traditional documents against the Simplified figures."""
    data = json.loads(CMRC.read_text("utf-8"))["data"]
    if traditional:
        from opencc import OpenCC

        s2t = OpenCC("s2t").convert
        data = json.loads(s2t(json.dumps(data, ensure_ascii=False)))
    if limit:
        data = data[:limit]
    corpus = work / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    questions: list[tuple[str, str, list[str]]] = []
    for article in data:
        for para in article["paragraphs"]:
            name = f"{para['id']}.txt"
            (corpus / name).write_text(f"{article['title']}\n{para['context']}\n", "utf-8")
            questions += [(qa["question"], name, [a["text"] for a in qa["answers"]]) for qa in para["qas"]]
    return len(data), questions


def timed_build(corpus: Path, index: Path, *flags: str, cwd: Path | None = None) -> tuple[float, float, float, str]:
    """`index build` in a child process: wall seconds, CPU seconds (user + system), its own peak RSS in MB,
    and what it printed. `cwd` runs another checkout's code (e.g. the previous release) the same way."""
    env = {**os.environ, "ADVISOR_CORPUS_DIR": str(corpus), "ADVISOR_INDEX_DIR": str(index)}
    if cwd is not None:
        env["PYTHONPATH"] = str(cwd)
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        child = subprocess.Popen(
            [sys.executable, "-m", "chat", "index", "build", *flags], env=env, stdout=out, stderr=err, cwd=cwd
        )
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        if child.returncode:
            sys.exit(f"index build failed:\n{err.read()}")
        return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out.read().strip()


def cmrc(settings: Settings, limit: int | None, keep: Path | None, traditional: bool = False) -> None:
    work = keep or Path(tempfile.mkdtemp(prefix="cmrc-"))
    corpus, index = work / "corpus", work / "index"
    passages, questions = write_cmrc(work, limit, traditional)
    script = "Traditional (OpenCC s2t)" if traditional else "Simplified"
    print(f"\n## CMRC 2018 dev, {script} ({passages} passages, {len(questions)} questions; CC BY-SA 4.0)")
    wall, cpu, rss_mb, output = timed_build(corpus, index)
    print(f"build: {wall:.1f} s wall, {cpu:.0f} s CPU, peak RSS {rss_mb:.0f} MB  ({output})")

    advisor = Advisor.load(settings=settings.replace(**{"paths.corpus_dir": corpus, "paths.index_dir": index}))
    advisor.retrieve("warm up", k=1)
    metrics = {mode: RankMetrics() for mode in MODES}
    seconds = dict.fromkeys(MODES, 0.0)
    contains = answered = 0
    for question, gold, references in questions:
        for mode in MODES:  # one question through all three: the query vector is embedded once
            t0 = time.perf_counter()
            sources = list(dict.fromkeys(h.source for h in advisor.retrieve(question, 30, mode)))
            seconds[mode] += time.perf_counter() - t0
            metrics[mode].add(first_relevant(sources, lambda s, g=gold: s == g), (1, 5))
        answer = advisor.ask(question)
        answered += not answer.abstained
        contains += any(ref in answer.text for ref in references)
    print(f"{'retriever':<8} {'hit@1':>6} {'hit@5':>6} {'MRR':>6}  {'ms/query':>8}")
    for mode in MODES:
        m = metrics[mode]
        print(
            f"{mode:<8} {m.hit(1):>6.3f} {m.hit(5):>6.3f} {m.mrr:>6.3f}  {seconds[mode] / len(questions) * 1000:>8.1f}"
        )
    print("(dense and hybrid share one query embedding per question; its cost is in dense's column)")
    n = len(questions)
    print(f"answers: {answered / n:.3f} not refused; {contains / n:.3f} contain a reference answer verbatim")
    if keep is None:
        print(f"(temporary index in {work}; pass --keep DIR to reuse it)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--golden-only", action="store_true")
    parser.add_argument("--cmrc-only", action="store_true")
    parser.add_argument("--cmrc-limit", type=int, default=None, help="only the first N CMRC articles")
    parser.add_argument("--keep", type=Path, default=None, help="build CMRC in DIR (reused when unchanged)")
    parser.add_argument("--traditional", action="store_true", help="CMRC converted to Traditional characters")
    args = parser.parse_args()
    settings = Settings.load()
    if not args.cmrc_only:
        golden(settings)
    if not args.golden_only:
        if not CMRC.is_file():
            sys.exit(f"CMRC 2018 data not found at {CMRC}")
        cmrc(settings, args.cmrc_limit, args.keep, args.traditional)


if __name__ == "__main__":
    main()
