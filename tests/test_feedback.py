"""Feedback from several server processes lands whole: no interleaved, torn or lost rows."""

import fcntl
import json
import subprocess
import sys
import threading
import time

from chat.feedback import FeedbackLog
from tests.conftest import ROOT

WRITER = """
import sys
from pathlib import Path
from chat.feedback import FeedbackLog
log = FeedbackLog(Path(sys.argv[1]))
who, rows = sys.argv[2], int(sys.argv[3])
for i in range(rows):
    # Long rows (beyond any write buffer) would be the first to tear without the lock.
    answer = {"question": f"{who}-{i}", "text": who * 40_000, "citations": [{"n": 1, "text": "引文" * 500}]}
    log.record(answer, "up" if i % 2 else "down")
"""


def test_rows_from_several_processes_land_whole(tmp_path):
    path = tmp_path / "feedback.jsonl"
    writers, rows = 4, 60
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), f"w{k}", str(rows)], cwd=ROOT)
        for k in range(writers)
    ]
    assert [p.wait(timeout=120) for p in procs] == [0] * writers
    lines = path.read_text("utf-8").splitlines()
    assert len(lines) == writers * rows
    parsed = [json.loads(line) for line in lines]  # a torn or interleaved row would not parse
    seen = {r["question"] for r in parsed}
    assert seen == {f"w{k}-{i}" for k in range(writers) for i in range(rows)}
    for r in parsed:
        assert r["answer"] == r["question"].split("-")[0] * 40_000


def test_an_append_waits_for_the_lock_another_process_holds(tmp_path):
    path = tmp_path / "feedback.jsonl"
    path.write_text("", "utf-8")
    with open(path, "a") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        writer = threading.Thread(
            target=FeedbackLog(path).record, args=({"question": "q", "text": "a", "citations": []}, "up")
        )
        writer.start()
        time.sleep(0.3)
        assert writer.is_alive() and path.read_text("utf-8") == ""  # blocked behind the holder
        fcntl.flock(held.fileno(), fcntl.LOCK_UN)
    writer.join(timeout=5)
    assert json.loads(path.read_text("utf-8"))["vote"] == "up"
