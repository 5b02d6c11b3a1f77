"""Load: N concurrent gradio_client clients × M questions against one `framework-advisor chat` server.

    python benchmarks/load.py [--clients 20] [--questions 10]

Each client alternates a question about a framework and the follow-up "那它的缺点呢？" carrying its
own history, so cross-talk between sessions would show as a follow-up resolved to another client's
framework. Every answer is compared with the one the advisor gives to the same question alone.
Prints errors, wrong answers, p50/p95 latency per request and throughput.
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chat import Advisor  # noqa: E402
from chat.evaluation import percentile  # noqa: E402

SUBJECTS = ["TensorFlow", "Keras", "MXNet", "PyTorch"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--questions", type=int, default=10, help="per client (an even number: pairs)")
    args = parser.parse_args()
    from gradio_client import Client

    reference = Advisor.load()
    expected = {f"{s}有什么优势？": reference.ask(f"{s}有什么优势？").text for s in SUBJECTS}
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "chat", "chat", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        if "ready" not in server.stdout.readline():
            sys.exit("server did not start")
        url = f"http://127.0.0.1:{port}/"

        def run(i: int) -> tuple[list[float], list[str]]:
            client = Client(url, verbose=False)
            latencies, problems = [], []
            for j in range(args.questions // 2):
                subject = SUBJECTS[(i + j) % len(SUBJECTS)]
                first = f"{subject}有什么优势？"
                try:
                    t0 = time.perf_counter()
                    a = client.predict(first, None, api_name="/ask")
                    latencies.append(time.perf_counter() - t0)
                    history = [{"role": "user", "content": first}, {"role": "assistant", "content": a["text"]}]
                    t0 = time.perf_counter()
                    b = client.predict("那它的缺点呢？", history, api_name="/ask")
                    latencies.append(time.perf_counter() - t0)
                except Exception as exc:  # counted, not fatal: the point is to count them
                    problems.append(f"error: {exc}")
                    continue
                if a["text"] != expected[first]:
                    problems.append(f"wrong answer to {first}")
                if b["question"] != f"那{subject}的缺点呢？" or not b["citations"]:
                    problems.append(f"cross-talk: follow-up became {b['question']}")
            return latencies, problems

        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=args.clients) as pool:
            results = list(pool.map(run, range(args.clients)))
        wall = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=30)
    latencies = [x for lat, _ in results for x in lat]
    problems = [p for _, probs in results for p in probs]
    n = args.clients * (args.questions // 2) * 2
    print(f"# load: {args.clients} clients × {args.questions} questions = {n} requests")
    print(f"answered          {len(latencies)} / {n}")
    print(f"errors/wrong      {len(problems)}" + (f"  e.g. {problems[:3]}" if problems else ""))
    print(f"latency p50       {percentile(latencies, 0.5) * 1000:.0f} ms")
    print(f"latency p95       {percentile(latencies, 0.95) * 1000:.0f} ms")
    print(f"throughput        {len(latencies) / wall:.1f} answers/s over {wall:.1f} s")


if __name__ == "__main__":
    main()
