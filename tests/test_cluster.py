"""Replicas behind a real HAProxy on loopback: a replica SIGKILLed mid-run loses no request, and rejoins.

Bounded: 2 replicas, 20 clients × 10 questions, every address 127.0.0.1. `make test` installs
Debian's haproxy when it is missing (deploy/cluster.find_haproxy), as it does Chromium.
"""

import signal
import subprocess
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest

from deploy.cluster import TEMPLATE, Cluster, find_haproxy, render
from tests.conftest import free_port

SUBJECTS = ["TensorFlow", "Keras", "MXNet", "PyTorch"]
CLIENTS, PAIRS = 20, 5  # each client: 5 questions and their 5 follow-ups


@pytest.fixture(scope="module")
def haproxy() -> str:
    try:
        return find_haproxy()
    except RuntimeError as exc:
        pytest.fail(str(exc))


def test_the_config_renders_one_server_per_replica_and_haproxy_accepts_it(haproxy, tmp_path):
    text = render(TEMPLATE.read_text("utf-8"), [9101, 9102, 9103])
    assert not any(line.startswith("#@") for line in text.splitlines())
    assert "server r3 127.0.0.1:9103 check cookie r3" in text and "server r3 127.0.0.1:9103 check\n" in text
    for needed in (
        "uri /healthz",
        "retry-on all-retryable-errors",
        "option redispatch",
        "cookie ADVISOR_REPLICA insert",
    ):
        assert needed in text
    (tmp_path / "haproxy.cfg").write_text(text, "utf-8")
    env = {"ADVISOR_LB_BIND": "127.0.0.1:9100", "ADVISOR_LB_RUN": str(tmp_path), "PATH": "/usr/sbin:/usr/bin:/bin"}
    check = subprocess.run(
        [haproxy, "-c", "-f", str(tmp_path / "haproxy.cfg")], env=env, capture_output=True, text=True
    )
    assert check.returncode == 0, check.stderr


@pytest.fixture(scope="module")
def cluster(haproxy, tmp_path_factory):
    run = tmp_path_factory.mktemp("cluster")
    first = _two_free_ports()
    feedback = {"ADVISOR_FEEDBACK_PATH": str(run / "feedback.jsonl")}
    with Cluster(2, free_port(), first, haproxy=haproxy, run_dir=run, env=feedback, log=lambda _m: None) as c:
        yield c


def _two_free_ports() -> int:
    """A port p with p and p + 1 both free now (replicas take consecutive ports)."""
    import socket

    for _ in range(50):
        first = free_port()
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", first + 1))
            except OSError:
                continue
        return first
    raise RuntimeError("no two consecutive free ports")


def _expected(real_advisor) -> dict[str, tuple[str, str]]:
    """Per subject, the answer text to the question and to its follow-up, as one process gives them."""
    from chat.transcript import reply

    out = {}
    for s in SUBJECTS:
        first = real_advisor.ask(f"{s}有什么优势？")
        history = [{"role": "user", "content": f"{s}有什么优势？"}, {"role": "assistant", "content": first.text}]
        out[s] = (reply(first.to_dict()), real_advisor.ask("那它的缺点呢？", history).text)
    return out


def _run_clients(url: str, expected, on_answer=lambda: None):
    """CLIENTS clients × PAIRS × 2 requests over /v1/chat/completions; (answers, problems, served-by counts)."""
    import openai

    served, problems, answers = Counter(), [], [0]
    lock = threading.Lock()

    def client(i: int) -> None:
        # No client-side retries: a request the load balancer loses is lost.
        api = openai.OpenAI(base_url=url + "v1", api_key="unused", max_retries=0, timeout=60)
        for j in range(PAIRS):
            subject = SUBJECTS[(i + j) % len(SUBJECTS)]
            question = f"{subject}有什么优势？"
            messages = [{"role": "user", "content": question}]
            try:
                raw = api.chat.completions.with_raw_response.create(model="framework-advisor", messages=messages)
                first = raw.parse()
                served[raw.headers.get("x-served-by")] += 1
                messages += [
                    {"role": "assistant", "content": first.choices[0].message.content},
                    {"role": "user", "content": "那它的缺点呢？"},
                ]
                raw = api.chat.completions.with_raw_response.create(model="framework-advisor", messages=messages)
                follow = raw.parse()
                served[raw.headers.get("x-served-by")] += 1
            except Exception as exc:  # counted: the point is that there are none
                with lock:
                    problems.append(f"client {i}: {type(exc).__name__}: {exc} ({exc.__cause__!r})")
                continue
            want_first, want_follow = expected[subject]
            if first.choices[0].message.content != want_first:
                problems.append(f"client {i}: wrong answer to {question}")
            if follow.answer["question"] != f"那{subject}的缺点呢？" or follow.answer["text"] != want_follow:
                problems.append(f"client {i}: wrong follow-up ({follow.answer['question']})")
            with lock:
                answers[0] += 2
            on_answer()

    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        list(pool.map(client, range(CLIENTS)))
    return answers[0], problems, served


@pytest.mark.integration
@pytest.mark.server
def test_a_replica_killed_mid_run_loses_no_request_and_rejoins_when_restarted(cluster, real_advisor):
    expected = _expected(real_advisor)
    total = CLIENTS * PAIRS * 2
    killed = threading.Event()
    down_seen: dict[str, str] = {}
    count = [0]

    def kill_midway() -> None:
        count[0] += 2
        if count[0] >= total // 3 and not killed.is_set():
            killed.set()
            cluster.kill(1, signal.SIGKILL)  # in the middle of the run, with requests in flight on it

    def watch() -> None:  # HAProxy must see the dead replica as DOWN
        killed.wait(timeout=300)
        down_seen.update(cluster.wait_until(lambda s: s.get("r1") == "DOWN", timeout=30))

    watcher = threading.Thread(target=watch)
    watcher.start()
    answered, problems, served = _run_clients(cluster.url, expected, kill_midway)
    watcher.join(timeout=60)
    print(f"\nfailover run: {answered}/{total} answered, {len(problems)} problems, served by {dict(served)}")
    assert killed.is_set() and cluster.replicas[1].returncode == -signal.SIGKILL
    assert problems == [] and answered == total  # 0 lost, every answer right
    assert down_seen.get("r1") == "DOWN" and down_seen.get("r2") == "UP"
    assert served["r1"] > 0 and served["r2"] > served["r1"]

    # The second run: r1 comes back, HAProxy lets it in once its /healthz says ready, and it serves again.
    started = time.monotonic()
    cluster.start_replica(1)
    status = cluster.wait_until(lambda s: s.get("r1") == "UP", timeout=180)
    rejoined_after = time.monotonic() - started
    answered, problems, served = _run_clients(cluster.url, expected)
    print(f"rejoin run: r1 UP after {rejoined_after:.1f} s; {answered}/{total} answered, served by {dict(served)}")
    assert status == {"r1": "UP", "r2": "UP"}
    assert problems == [] and answered == total
    assert served["r1"] > 0 and served["r2"] > 0


@pytest.mark.integration
@pytest.mark.server
def test_the_page_and_its_gradio_api_stick_to_one_replica_through_haproxy(cluster):
    import httpx
    from gradio_client import Client

    cluster.wait_until(lambda s: all(v == "UP" for v in s.values()), timeout=180, backend="page")
    first = httpx.get(cluster.url)
    assert first.status_code == 200 and "深度学习框架选型顾问" in first.text
    replica = first.cookies.get("ADVISOR_REPLICA")
    assert replica in ("r1", "r2") and first.headers["x-served-by"] == replica
    again = httpx.get(cluster.url + "config", cookies={"ADVISOR_REPLICA": replica})
    assert again.headers["x-served-by"] == replica
    # gradio_client's /ask is two requests (submit, then read the result): the cookie keeps them together.
    client = Client(cluster.url, verbose=False)
    for _ in range(3):
        assert client.predict("MXNet的创始人是谁？", None, api_name="/ask")["citations"]
