"""A real learning record store (Ralph, file-system backend) run on 127.0.0.1 for the xAPI tests."""

from __future__ import annotations

import base64
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

USER, PASSWORD = "teacher", "s3cret-for-tests"
# Ralph 5.1's file backend creates its one statements file on the first POST and refuses every later
# POST ("already exists and overwrite is not allowed"): the LRS router writes with the data backend's
# default operation, CREATE. The launcher makes that default APPEND, as a file-backed store needs;
# everything else (HTTP API, auth, validation, duplicate ids) is Ralph's own code.
LAUNCHER = (
    "import sys, uvicorn\n"
    "from ralph.backends.data.base import BaseOperationType\n"
    "from ralph.backends.lrs.fs import FSLRSBackend\n"
    "FSLRSBackend.default_operation_type = BaseOperationType.APPEND\n"
    "uvicorn.run('ralph.api:app', host='127.0.0.1', port=int(sys.argv[1]), log_level='warning')\n"
)


def free_port() -> int:
    """A TCP port nothing listens on right now, on the loopback interface."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _auth() -> str:
    return "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()


class RalphServer:
    """Start Ralph's LRS (uvicorn) on a loopback port with a file backend; stop it after."""

    def __init__(self, folder: Path, port: int):
        import bcrypt

        self.folder, self.port = folder, port
        self.url = f"http://127.0.0.1:{port}/xAPI/"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "data").mkdir(exist_ok=True)
        pw_hash = bcrypt.hashpw(PASSWORD.encode(), bcrypt.gensalt(rounds=4)).decode()
        (folder / "auth.json").write_text(json.dumps([{"agent": {"mbox": "mailto:teacher@school.example"},
                                                        "scopes": ["all"], "hash": pw_hash, "username": USER}]))
        self.proc: subprocess.Popen | None = None

    def start(self, timeout: float = 60.0) -> None:
        """Run the server and wait until its heartbeat answers."""
        env = {**os.environ, "RALPH_APP_DIR": str(self.folder), "RALPH_AUTH_FILE": str(self.folder / "auth.json"),
               "RALPH_RUNSERVER_BACKEND": "fs",
               "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(self.folder / "data"),
               "RALPH_BACKENDS__DATA__FS__DEFAULT_DIRECTORY_PATH": str(self.folder / "data"),
               "RALPH_SENTRY_DSN": ""}
        self.log = open(self.folder / "server.log", "wb")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            [sys.executable, "-c", LAUNCHER, str(self.port)], cwd=self.folder, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("Ralph stopped: " + (self.folder / "server.log").read_text(errors="replace")[-2000:])
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/__heartbeat__", timeout=1) as r:
                    if r.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                time.sleep(0.3)
        self.stop()
        raise RuntimeError("Ralph did not answer within the timeout")

    def stop(self) -> None:
        """Stop the server (terminate, then kill if it lingers)."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self.proc = None
        if getattr(self, "log", None):
            self.log.close()

    def statements(self) -> list[dict]:
        """Every statement the store holds (GET /xAPI/statements)."""
        req = urllib.request.Request(self.url + "statements?limit=500",
                                     headers={"Authorization": _auth(), "X-Experience-API-Version": "1.0.3"})
        with urllib.request.urlopen(req, timeout=10) as r:
            return json.loads(r.read())["statements"]
