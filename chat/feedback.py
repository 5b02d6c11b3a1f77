"""👍/👎 on answers, appended as JSON lines to one file that several server processes share.

Each row is written whole under an exclusive lock on the file (flock), so rows from replicas
answering at the same moment never interleave, and none is lost.
"""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path
from typing import Any

try:
    import fcntl
except ImportError:  # not POSIX: rows are still whole within one process
    fcntl = None  # type: ignore[assignment]


class FeedbackLog:
    """Appends one JSON line per vote to `path`."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.Lock()

    def record(self, answer: dict[str, Any], vote: str) -> None:
        row = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "question": answer.get("asked", answer["question"]),  # as typed
            "resolved_question": answer["question"],  # after follow-up resolution
            "answer": answer["text"],
            "citations": answer["citations"],
            "vote": vote,
        }
        self.append(row)

    def append(self, row: dict[str, Any]) -> None:
        data = (json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._lock:
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                if fcntl is not None:
                    fcntl.flock(fd, fcntl.LOCK_EX)  # released when fd closes
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
            finally:
                os.close(fd)
