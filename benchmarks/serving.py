"""Answers/s and latency of one server process under 1, 8 and 32 concurrent clients, with and
without query batching, against the bare model's encode_query throughput at the same batch sizes.

    python benchmarks/serving.py [--levels 1,8,32] [--seconds 20] [--skip-bare]

1. bare encode_query: the sentence-transformers model alone in this process, batches of 1, 8
   and 32 distinct golden questions: queries/s, the ceiling for answers/s.
2. for batching off (ADVISOR_BATCHING_MAX_SIZE=1) and on (the configured default): a fresh
   `framework-advisor chat` process with the query cache off (every question reaches the model),
   then at each level N clients each ask golden questions over /v1/chat/completions back to back
   for --seconds; answers/s over the window, p50/p95 latency per request, errors, and (batching on)
   the mean number of queries per model call, from the server's /healthz.
Every answer is checked against the one the same server gave to the question alone.
Run it alone on the machine (flock -x /tmp/cpu.lock python benchmarks/serving.py).
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chat import Settings  # noqa: E402
from chat.evaluation import load_golden, percentile  # noqa: E402


def questions() -> list[str]:
    # In-scope single-turn questions: each one reaches the model (refusals by rule would not).
    return [c.question for c in load_golden() if len(c.turns) == 1 and c.in_scope]


def bare(levels: list[int], seconds: float) -> dict[int, float]:
    """queries/s of the embedder's own encode_query (same runtime as the server, no cache) on
    batches of distinct questions, per batch size."""
    from chat.embedding import make_embedder

    embedder = make_embedder(Settings.load().replace(**{"model.query_cache_size": 0}).model)
    qs = questions()
    embedder.encode_query(qs[:8])  # loading and first-call overheads out of the timing
    out = {}
    for size in levels:
        done, i, started = 0, 0, time.perf_counter()
        while time.perf_counter() - started < seconds:
            batch = [qs[(i + j) % len(qs)] for j in range(size)]
            embedder.encode_query(batch)
            done += size
            i += size
        out[size] = done / (time.perf_counter() - started)
    return out


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(env_extra: dict[str, str]) -> tuple[subprocess.Popen, str]:
    port = _port()
    env = {**os.environ, "ADVISOR_MODEL_QUERY_CACHE_SIZE": "0", **env_extra}
    proc = subprocess.Popen(
        [sys.executable, "-m", "chat", "chat", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    line = proc.stdout.readline()
    if "ready" not in line:
        proc.kill()
        sys.exit(f"server did not start: {line!r}")
    return proc, f"http://127.0.0.1:{port}/"


def ask(client: httpx.Client, url: str, question: str) -> str:
    r = client.post(
        url + "v1/chat/completions",
        json={"model": "framework-advisor", "messages": [{"role": "user", "content": question}]},
        timeout=120,
    )
    r.raise_for_status()
    return r.json()["answer"]["text"]


def batch_counts(url: str) -> tuple[int, int]:
    """(model calls, queries) the server's batcher has made so far; (0, 0) with batching off."""
    b = httpx.get(url + "healthz").json().get("batching", {})
    return b.get("model_calls", 0), b.get("queries", 0)


def load(url: str, clients: int, seconds: float, expected: dict[str, str]) -> dict[str, float]:
    qs = list(expected)
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop_at = time.perf_counter() + seconds

    def run(k: int) -> None:
        with httpx.Client() as client:
            i = k * 7
            while time.perf_counter() < stop_at:
                q = qs[i % len(qs)]
                i += 1
                t0 = time.perf_counter()
                try:
                    text = ask(client, url, q)
                except Exception as exc:  # counted
                    with lock:
                        errors.append(f"{type(exc).__name__}: {exc}")
                    continue
                took = time.perf_counter() - t0
                with lock:
                    latencies.append(took)
                    if text != expected[q]:
                        errors.append(f"different answer to {q}")

    started = time.perf_counter()
    threads = [threading.Thread(target=run, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    return {
        "answers_per_s": len(latencies) / wall,
        "p50": percentile(latencies, 0.5),
        "p95": percentile(latencies, 0.95),
        "n": len(latencies),
        "errors": len(errors),
        "example": errors[0] if errors else "",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--levels", default="1,8,32", help="concurrent clients (and bare batch sizes)")
    parser.add_argument("--seconds", type=float, default=20.0, help="per level")
    parser.add_argument("--skip-bare", action="store_true")
    parser.add_argument("--modes", default="off,on", help="batching off, on, or both")
    parser.add_argument(
        "--cluster",
        type=int,
        default=0,
        metavar="N",
        help="also N replicas behind HAProxy (deploy/cluster.py), batching on",
    )
    args = parser.parse_args()
    levels = [int(x) for x in args.levels.split(",")]
    batching = Settings.load().batching
    import torch

    print(f"# serving benchmark ({os.cpu_count()} CPUs, torch {torch.__version__}, threads {torch.get_num_threads()})")
    if not args.skip_bare:
        floor = bare(levels, args.seconds / 2)
        print("\nbare encode_query (one process, the model alone)")
        print(f"{'batch':>6} {'queries/s':>10}")
        for size, rate in floor.items():
            print(f"{size:>6} {rate:>10.1f}")
    modes = args.modes.split(",")
    runs = {
        "off": {"ADVISOR_BATCHING_MAX_SIZE": "1"} if "off" in modes else None,
        f"on (max {batching.max_size}, wait {batching.max_wait_ms:g} ms)": {} if "on" in modes else None,
    }
    runs = {name: env for name, env in runs.items() if env is not None}
    print("\none server process, /v1/chat/completions, query cache off")
    print(
        f"{'batching':<28} {'clients':>7} {'answers/s':>10} {'p50 ms':>8} {'p95 ms':>8} {'answers':>8} {'errors':>7}"
        f" {'per call':>10}"
    )
    for name, env in runs.items():
        proc, url = serve(env)
        try:
            with httpx.Client() as client:
                expected = {q: ask(client, url, q) for q in questions()}
            for clients in levels:
                before = batch_counts(url)
                r = load(url, clients, args.seconds, expected)
                after = batch_counts(url)
                calls = after[0] - before[0]
                mean = f"{(after[1] - before[1]) / calls:>10.1f}" if calls else f"{'-':>10}"
                print(
                    f"{name:<28} {clients:>7} {r['answers_per_s']:>10.1f} {r['p50'] * 1000:>8.0f} "
                    f"{r['p95'] * 1000:>8.0f} {r['n']:>8} {r['errors']:>7} {mean}"
                    + (f"  e.g. {r['example']}" if r["errors"] else ""),
                    flush=True,
                )
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    if args.cluster:
        cluster_run(args.cluster, levels, args.seconds)


def cluster_run(replicas: int, levels: list[int], seconds: float) -> None:
    """The same load through HAProxy in front of `replicas` replicas on this machine."""
    sys.path.insert(0, str(ROOT / "deploy"))
    from cluster import Cluster

    deploy = Settings.load().deploy
    port = _port()
    cluster = Cluster(
        replicas, port, deploy.first_port, env={"ADVISOR_MODEL_QUERY_CACHE_SIZE": "0"}, log=lambda _m: None
    )
    with cluster:
        threads = cluster.env["ADVISOR_MODEL_THREADS"]
        with httpx.Client() as client:
            expected = {q: ask(client, cluster.url, q) for q in questions()}
        name = f"{replicas} replicas × {threads} thread(s)"
        for clients in levels:
            r = load(cluster.url, clients, seconds, expected)
            print(
                f"{name:<28} {clients:>7} {r['answers_per_s']:>10.1f} {r['p50'] * 1000:>8.0f} "
                f"{r['p95'] * 1000:>8.0f} {r['n']:>8} {r['errors']:>7} {'(HAProxy)':>10}",
                flush=True,
            )


if __name__ == "__main__":
    main()
