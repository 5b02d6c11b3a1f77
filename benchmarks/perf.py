"""Speed and memory of the advisor on this machine, against the physical floor (one encode_query).

    python benchmarks/perf.py            # everything below except CMRC (see benchmarks/retrieval.py)
    python benchmarks/perf.py --skip-server
    python benchmarks/perf.py --cold-only --checkout DIR   # cold ask and server start of another checkout

Prints, each with its target:
  cold CLI ask          wall time of `framework-advisor ask` in a fresh process (imports + model load)
  cold ask, split       the same steps timed inside one fresh process: importing chat, reading the
                        index, importing the runtime (torch + transformers, onnxruntime or openvino),
                        loading the model, answering
  warm ask p50/p95      Advisor.ask over the golden questions, query cache off (every question embedded)
  encode_query p50      one bare query embedding per question (tokenize, forward pass, pooling, head),
                        on the same backend: the floor an answer cannot beat
  article build         `index build --force` on corpus/ into a temporary folder
  no-change rebuild     `index build` when nothing changed (must not load the model)
  chat server peak RSS  VmHWM of `framework-advisor chat` after 20 questions over HTTP
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chat import Advisor, Settings  # noqa: E402
from chat.evaluation import load_golden, percentile  # noqa: E402

CLI = [sys.executable, "-m", "chat"]
QUESTION = "显存小用什么框架？"
CHECKOUT: Path | None = None  # --checkout: run the CLI and the server from another checkout's code

# One cold ask, each step timed (runs in a fresh interpreter; works on this checkout and older ones).
SPLIT = """
import importlib, json, time
t = [time.perf_counter()]
from chat import Advisor, Settings
t.append(time.perf_counter())
settings = Settings.load()
advisor = Advisor.load(settings=settings)
t.append(time.perf_counter())
try:
    from chat.backends import choose
    runtime = {"torch": ["torch", "transformers"], "onnx": ["onnxruntime"], "openvino": ["openvino"]}[choose(settings.model).backend]
except ImportError:  # before the runtime layer: sentence-transformers on torch
    runtime = ["torch", "sentence_transformers"]
for name in runtime:
    importlib.import_module(name)
t.append(time.perf_counter())
advisor.embedder.warm_up()
t.append(time.perf_counter())
advisor.ask(%r)
t.append(time.perf_counter())
steps = ["import chat", "read index", "import " + "+".join(runtime), "load model", "answer"]
print(json.dumps({k: b - a for k, a, b in zip(steps, t, t[1:])}))
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    if CHECKOUT is not None:
        env["PYTHONPATH"] = str(CHECKOUT)
    return env


def row(name: str, value: str, target: str = "", ok: bool | None = None) -> None:
    mark = "" if ok is None else ("  ok" if ok else "  MISSED")
    print(f"{name:<26} {value:>16}   {target}{mark}")


def cold_ask(runs: int = 3) -> None:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run([*CLI, "ask", QUESTION], capture_output=True, text=True, env=_env(), cwd=CHECKOUT)
        times.append(time.perf_counter() - started)
        if done.returncode:
            sys.exit(f"ask failed: {done.stderr[-400:]}")
    best, median = min(times), statistics.median(times)
    row("cold CLI ask", f"{median:.1f} s", f"target ≤ 15 s (best {best:.1f} s, {runs} runs)", median <= 15)
    splits = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", SPLIT % QUESTION], capture_output=True, text=True, env=_env(), cwd=CHECKOUT
        )
        if done.returncode:
            sys.exit(f"split ask failed: {done.stderr[-400:]}")
        splits.append(json.loads(done.stdout.strip().splitlines()[-1]))
    for step in splits[0]:
        row(f"  {step}", f"{statistics.median(s[step] for s in splits):.2f} s", f"median of {runs} fresh processes")


def warm_ask(settings: Settings) -> None:
    cases = load_golden()
    # In-scope questions: each one reaches the model (rule-based refusals would flatter the ratio).
    questions = [c.question for c in cases if len(c.turns) == 1 and c.in_scope]
    uncached = settings.replace(**{"model.query_cache_size": 0})
    advisor = Advisor.load(settings=uncached)
    advisor.warm_up()
    embedder = advisor.embedder
    floor, asks = [], []
    for _ in range(2):  # interleaved, so both see the same machine state
        for q in questions:
            t0 = time.perf_counter()
            embedder.encode_query([q])
            floor.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            advisor.ask(q)
            asks.append(time.perf_counter() - t0)
    p50_floor, p50_ask, p95_ask = percentile(floor, 0.5), percentile(asks, 0.5), percentile(asks, 0.95)
    ratio = p50_ask / p50_floor
    row("encode_query p50", f"{p50_floor * 1000:.1f} ms", f"the floor ({len(floor)} calls)")
    row("warm ask p50", f"{p50_ask * 1000:.1f} ms", f"{ratio:.2f}× floor, target ≤ 1.3×", ratio <= 1.3)
    row("warm ask p95", f"{p95_ask * 1000:.1f} ms", f"{len(questions)} in-scope golden questions × 2")
    # (A cache smaller than the question set would be cycled through and never hit.)
    size = max(settings.model.query_cache_size, len(questions))
    cached = Advisor.load(settings=settings.replace(**{"model.query_cache_size": size}))
    cached.warm_up()
    for q in questions:
        cached.ask(q)
    again = []
    for q in questions:
        t0 = time.perf_counter()
        cached.ask(q)
        again.append(time.perf_counter() - t0)
    row("repeat ask p50 (cached)", f"{percentile(again, 0.5) * 1000:.1f} ms", "query-vector LRU cache hit")


def builds() -> None:
    work = Path(tempfile.mkdtemp(prefix="perf-build-"))
    env = {**os.environ, "ADVISOR_INDEX_DIR": str(work / "index")}
    started = time.perf_counter()
    done = subprocess.run([*CLI, "index", "build", "--force"], env=env, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if done.returncode:
        sys.exit(f"build failed: {done.stderr[-400:]}")
    row("article build", f"{wall:.1f} s", f"target ≤ 30 s ({done.stdout.strip()[:60]}…)", wall <= 30)
    times = []
    for _ in range(3):
        started = time.perf_counter()
        done = subprocess.run([*CLI, "index", "build"], env=env, capture_output=True, text=True)
        times.append(time.perf_counter() - started)
    assert "nothing embedded" in done.stdout, done.stdout
    row("no-change rebuild", f"{statistics.median(times):.2f} s", "target ≤ 3 s", statistics.median(times) <= 3)
    shutil.rmtree(work, ignore_errors=True)


def server_rss() -> None:
    import socket

    from gradio_client import Client

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [*CLI, "chat", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=_env(),
        cwd=CHECKOUT,
    )
    try:
        started = time.perf_counter()
        line = proc.stdout.readline()
        if "ready" not in line:
            sys.exit(f"server did not start: {line!r}")
        ready = time.perf_counter() - started
        client = Client(f"http://127.0.0.1:{port}/", verbose=False)
        questions = [c.question for c in load_golden()][:20]
        for q in questions:
            client.predict(q, None, api_name="/ask")
        status = Path(f"/proc/{proc.pid}/status").read_text()
        hwm = next(int(x.split()[1]) for x in status.splitlines() if x.startswith("VmHWM")) / 1024
        rss = next(int(x.split()[1]) for x in status.splitlines() if x.startswith("VmRSS")) / 1024
        row("chat server ready", f"{ready:.1f} s", "from launch to its URL printed (model loaded)")
        row("chat server peak RSS", f"{hwm:.0f} MB", f"target ≤ 1600 MB (now {rss:.0f} MB)", hwm <= 1600)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def main() -> None:
    global CHECKOUT
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--skip-server", action="store_true")
    parser.add_argument("--cold-only", action="store_true", help="only the cold ask and the server start")
    parser.add_argument("--checkout", type=Path, default=None, help="time another checkout's CLI and server")
    args = parser.parse_args()
    CHECKOUT = args.checkout.resolve() if args.checkout else None
    settings = Settings.load()
    from chat.backends import choose, cpu_signature

    print(
        f"# framework-advisor performance ({os.cpu_count()} CPUs; {cpu_signature()}; "
        + (f"code and backend of {CHECKOUT})" if CHECKOUT else f"backend {choose(settings.model)})")
    )
    cold_ask()
    if not args.cold_only:
        warm_ask(settings)
        builds()
    if not args.skip_server:
        server_rss()


if __name__ == "__main__":
    main()
