"""N replicas of `framework-advisor chat` behind HAProxy on this machine, started and stopped as one.

    python deploy/cluster.py [--replicas 2] [--port 8080]     (or: make serve REPLICAS=2)

Each replica is a whole server (page, /v1, /ask, /healthz) on 127.0.0.1:first_port+i, loading
the same read-only index/. HAProxy (deploy/haproxy.cfg) listens on --port, checks /healthz,
keeps each browser on one replica and retries /v1 and /ask requests on another when one dies.
Ctrl-C or SIGTERM stops HAProxy, then the replicas (SIGTERM, then SIGKILL after a grace period).
The tests drive the same Cluster class (tests/test_cluster.py).
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chat.settings import Settings  # noqa: E402

TEMPLATE = Path(__file__).resolve().parent / "haproxy.cfg"


def render(template: str, ports: list[int]) -> str:
    """The config with each "#@" line written once per replica ({i}: 1, 2, …; {port})."""
    out = []
    for line in template.splitlines():
        if line.startswith("#@"):
            body = "    " + line[2:].strip()
            out += [body.replace("{i}", str(i)).replace("{port}", str(port)) for i, port in enumerate(ports, 1)]
        else:
            out.append(line)
    return "\n".join(out) + "\n"


def find_haproxy(name: str = "haproxy", install: bool = True) -> str:
    """The haproxy executable; installs Debian's package with apt-get when missing (and allowed)."""
    for candidate in (shutil.which(name), f"/usr/sbin/{name}"):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    if not install or not shutil.which("apt-get"):
        raise RuntimeError(f"{name} is not installed: apt-get install haproxy")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for cmd in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "haproxy"]):
        done = subprocess.run(cmd, env=env, capture_output=True, text=True)
        if done.returncode:
            raise RuntimeError(f"could not install haproxy ({' '.join(cmd)}): {done.stderr[-500:]}")
    return find_haproxy(name, install=False)


class Cluster:
    """Replicas + HAProxy as child processes; logs and the admin socket in a private run folder."""

    def __init__(
        self,
        replicas: int,
        port: int,
        first_port: int,
        *,
        host: str = "127.0.0.1",
        haproxy: str = "haproxy",
        env: dict[str, str] | None = None,
        run_dir: Path | None = None,
        log=print,
    ):
        if replicas < 1:
            raise ValueError("at least one replica")
        self.ports = [first_port + i for i in range(replicas)]
        self.host, self.port, self.log = host, port, log
        self.haproxy_bin = haproxy
        self.env = {**os.environ, **(env or {})}
        cores = os.cpu_count() or 1
        # Replicas share this machine's cores: torch in each one gets its share, not all of them.
        self.env.setdefault("ADVISOR_MODEL_THREADS", str(max(1, cores // replicas)))
        self.env.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
        self.env.setdefault("HF_HUB_OFFLINE", "1")
        self.run_dir = run_dir or Path(tempfile.mkdtemp(prefix="advisor-cluster-"))
        self.replicas: dict[int, subprocess.Popen] = {}
        self.lb: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/"

    # ------------------------------------------------------------ processes

    def start(self, timeout: float = 180) -> Cluster:
        self.haproxy_bin = find_haproxy(self.haproxy_bin)
        for i in range(1, len(self.ports) + 1):
            self.start_replica(i)
        config = self.run_dir / "haproxy.cfg"
        config.write_text(render(TEMPLATE.read_text("utf-8"), self.ports), "utf-8")
        lb_env = {**self.env, "ADVISOR_LB_BIND": f"{self.host}:{self.port}", "ADVISOR_LB_RUN": str(self.run_dir)}
        check = subprocess.run([self.haproxy_bin, "-c", "-f", str(config)], env=lb_env, capture_output=True, text=True)
        if check.returncode:
            self.stop()
            raise RuntimeError(f"haproxy rejects {config}: {check.stderr or check.stdout}")
        with open(self.run_dir / "haproxy.log", "ab") as log:  # the child keeps its own copy
            self.lb = subprocess.Popen(
                [self.haproxy_bin, "-db", "-f", str(config)],
                env=lb_env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        try:
            self.wait_until(lambda s: all(v == "UP" for v in s.values()), timeout)
        except (TimeoutError, RuntimeError):
            self.stop()
            raise
        return self

    def start_replica(self, i: int) -> None:
        port = self.ports[i - 1]
        with open(self.run_dir / f"replica-{i}.log", "ab") as log:
            self.replicas[i] = subprocess.Popen(
                [sys.executable, "-m", "chat", "chat", "--host", "127.0.0.1", "--port", str(port)],
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # Ctrl-C reaches this script, which stops the replicas in order
            )
        self.log(f"replica r{i}: pid {self.replicas[i].pid}, http://127.0.0.1:{port}/")

    def kill(self, i: int, sig: int = signal.SIGKILL) -> None:
        proc = self.replicas[i]
        proc.send_signal(sig)
        proc.wait(timeout=30)

    def stop(self, grace: float = 20) -> None:
        """HAProxy first (no new traffic), then every replica: SIGTERM, SIGKILL after `grace` s."""
        procs = ([self.lb] if self.lb else []) + list(self.replicas.values())
        for proc in procs:
            if proc.poll() is None:
                proc.terminate()
        deadline = time.monotonic() + grace
        for proc in procs:
            try:
                proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
        self.lb = None

    def __enter__(self) -> Cluster:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # ------------------------------------------------------------ what HAProxy sees

    def admin(self, command: str) -> str:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.settimeout(5)
            s.connect(str(self.run_dir / "haproxy.sock"))
            s.sendall(command.encode() + b"\n")
            chunks = []
            while chunk := s.recv(65536):
                chunks.append(chunk)
        return b"".join(chunks).decode()

    def status(self, backend: str = "api") -> dict[str, str]:
        """{"r1": "UP", "r2": "DOWN", …} as HAProxy's health checks see the replicas now."""
        rows = csv.DictReader(io.StringIO(self.admin("show stat").lstrip("# ")))
        return {
            r["svname"]: r["status"].split()[0]
            for r in rows
            if r["pxname"] == backend and r["svname"] not in ("FRONTEND", "BACKEND")
        }

    def wait_until(self, condition, timeout: float, backend: str = "api") -> dict[str, str]:
        """Poll status() until condition(status) holds; TimeoutError naming the last status."""
        deadline = time.monotonic() + timeout
        status: dict[str, str] = {}
        while time.monotonic() < deadline:
            for i, proc in self.replicas.items():
                if proc.poll() is not None and proc.returncode not in (-signal.SIGKILL, -signal.SIGTERM):
                    log = (self.run_dir / f"replica-{i}.log").read_text("utf-8", "replace")[-2000:]
                    raise RuntimeError(f"replica r{i} exited with {proc.returncode}:\n{log}")
            if self.lb is not None and self.lb.poll() is not None:
                log = (self.run_dir / "haproxy.log").read_text("utf-8", "replace")[-2000:]
                raise RuntimeError(f"haproxy exited with {self.lb.returncode}:\n{log}")
            try:
                status = self.status(backend)
            except OSError:
                status = {}
            if status and condition(status):
                return status
            time.sleep(0.25)
        raise TimeoutError(f"HAProxy status after {timeout:.0f} s: {status or 'no answer'} (logs in {self.run_dir})")


def main() -> None:
    deploy = Settings.load().deploy
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--replicas", type=int, default=deploy.replicas, help="[env ADVISOR_DEPLOY_REPLICAS; default 2]"
    )
    parser.add_argument(
        "--port", type=int, default=deploy.port, help="HAProxy's port [env ADVISOR_DEPLOY_PORT; default 8080]"
    )
    parser.add_argument(
        "--first-port", type=int, default=deploy.first_port, help="first replica's port [env ADVISOR_DEPLOY_FIRST_PORT]"
    )
    parser.add_argument("--host", default=deploy.host, help="HAProxy's interface [env ADVISOR_DEPLOY_HOST; 127.0.0.1]")
    args = parser.parse_args()
    cluster = Cluster(args.replicas, args.port, args.first_port, host=args.host, haproxy=deploy.haproxy)
    stopping = False

    def on_signal(signum, _frame):
        nonlocal stopping
        if not stopping:
            stopping = True
            raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, on_signal)
    # Ctrl-C stops everything even when this was started with SIGINT ignored (a background job).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        print(f"starting {args.replicas} replica(s) and HAProxy (logs in {cluster.run_dir}) …", flush=True)
        cluster.start()
        api = httpx.get(cluster.url + "v1/models").json()["data"][0]["id"]
        print(f"ready: {cluster.url}  (model {api}; replicas {cluster.status()})", flush=True)
        print("Ctrl-C stops HAProxy and the replicas.", flush=True)
        while True:
            time.sleep(1)
    except KeyboardInterrupt:
        pass
    except (RuntimeError, TimeoutError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        cluster.stop()
        sys.exit(1)
    print("stopping …", flush=True)
    cluster.stop()
    print("stopped.", flush=True)


if __name__ == "__main__":
    main()
