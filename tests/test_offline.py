"""Offline guarantee: index, check, ask and the app's server connect to nothing off this machine."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import tomllib
import urllib.request
from pathlib import Path

import pytest

from .builders import FRENCH_CONTRACT, make_pdf
from .conftest import MINI_CORPUS, REPO

# Loaded by every Python process started with the guard folder on PYTHONPATH: any connection
# (or name lookup) beyond loopback is written down, then refused.
GUARD = r'''
import json, os, socket

_LOG = os.environ["NETWORK_GUARD_LOG"]
_LOCAL_NAMES = {"localhost", "ip6-localhost", "::1", "0.0.0.0", ""}


def _local(host):
    host = host.decode() if isinstance(host, bytes) else str(host)
    return host in _LOCAL_NAMES or host.startswith("127.") or host.startswith("::ffff:127.")


def _refuse(kind, target):
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write(json.dumps([kind, repr(target)]) + "\n")
    raise OSError(101, "outbound network blocked by the offline test")


def _checked(original):
    def guarded(self, address, *args):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _local(address[0]):
            _refuse("connect", address)
        return original(self, address, *args)
    return guarded


def _sendto(original):
    def guarded(self, data, *args):
        address = args[-1]
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _local(address[0]):
            _refuse("sendto", address)
        return original(self, data, *args)
    return guarded


_getaddrinfo = socket.getaddrinfo


def getaddrinfo(host, *args, **kwargs):
    if host is not None and not _local(host):
        _refuse("resolve", host)
    return _getaddrinfo(host, *args, **kwargs)


socket.socket.connect = _checked(socket.socket.connect)
socket.socket.connect_ex = _checked(socket.socket.connect_ex)
socket.socket.sendto = _sendto(socket.socket.sendto)
socket.getaddrinfo = getaddrinfo
'''

# What the project must switch off itself: none of these come from the user's environment.
SCRUBBED = ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "ANONYMIZED_TELEMETRY",
            "STREAMLIT_BROWSER_GATHER_USAGE_STATS", "HTTP_PROXY", "HTTPS_PROXY", "http_proxy",
            "https_proxy")


@pytest.fixture
def guarded_env(tmp_path: Path) -> tuple[dict[str, str], Path]:
    folder = tmp_path / "guard"
    folder.mkdir()
    (folder / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    log = tmp_path / "attempts.jsonl"
    env = {k: v for k, v in os.environ.items() if k not in SCRUBBED}
    env.update(PYTHONPATH=str(folder), NETWORK_GUARD_LOG=str(log),
               CONTRACT_ASSISTANT_DATA_DIR=str(tmp_path / "data"),
               CONTRACT_ASSISTANT_CORPUS_DIR=str(MINI_CORPUS))
    return env, log


def _attempts(log: Path) -> list[list[str]]:
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


def test_the_guard_notices_an_outbound_connection(guarded_env) -> None:
    """The control: without it, the tests below could pass with a guard that sees nothing."""
    env, log = guarded_env
    code = ("import socket\n"
            "for call in (lambda: socket.socket().connect(('192.0.2.1', 80)),\n"
            "             lambda: socket.getaddrinfo('huggingface.co', 443)):\n"
            "    try: call()\n"
            "    except OSError: pass\n")
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=60)
    assert [kind for kind, _ in _attempts(log)] == ["connect", "resolve"]


def test_index_check_and_ask_make_no_outbound_connection(guarded_env, tmp_path: Path) -> None:
    env, log = guarded_env
    contract = make_pdf(tmp_path / "contrat.pdf", FRENCH_CONTRACT)
    # The console script's own entry point, three commands in one process (one model load).
    driver = (
        "import sys\n"
        "from assistant.cli import main\n"
        "codes = []\n"
        f"for args in (['index', {str(contract)!r}],\n"
        f"             ['check', {str(contract)!r}, '--format', 'json'],\n"
        "             ['ask', 'Quelle est la durée de la période de transition ?',\n"
        f"              '--document', {str(contract)!r}, '--format', 'json']):\n"
        "    sys.argv = ['contract-assistant', *args]\n"
        "    try:\n"
        "        main()\n"
        "    except SystemExit as stop:\n"
        "        codes.append(stop.code or 0)\n"
        "    print('@@', flush=True)\n"
        "print(codes)\n")
    run = subprocess.run([sys.executable, "-c", driver], env=env, capture_output=True,
                         text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip().splitlines()[-1] == "[0, 0, 0]", run.stderr
    outputs = run.stdout.split("@@")
    assert json.loads(outputs[1])["items"]  # the checklist ran
    assert "six (6) mois" in outputs[2]  # the answer was found
    assert _attempts(log) == []


def test_a_model_that_is_not_on_disk_fails_without_reaching_the_hub(guarded_env) -> None:
    env, log = guarded_env
    env = {**env, "CONTRACT_ASSISTANT_EMBEDDING_MODEL": "some-org/model-not-downloaded"}
    code = ("from assistant.errors import ConfigurationError\n"
            "from assistant.service import build_assistant\n"
            "try:\n"
            "    build_assistant()\n"
            "except ConfigurationError as error:\n"
            "    print(error)\n")
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         timeout=600)
    assert run.stdout.startswith("cannot load the embedding model"), run.stdout + run.stderr
    assert _attempts(log) == []


def test_streamlit_usage_statistics_are_off_and_its_server_stays_local(guarded_env) -> None:
    config = tomllib.loads((REPO / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["browser"]["gatherUsageStats"] is False
    assert config["server"]["address"] == "127.0.0.1"

    env, log = guarded_env
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "app.py",
                               "--server.port", str(port)], cwd=REPO, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health",
                                            timeout=1) as health:
                    assert health.read() == b"ok"
                    break
            except OSError:
                assert server.poll() is None, server.stdout.read()
                assert time.monotonic() < deadline, "streamlit did not start within 120 s"
                time.sleep(0.3)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as page:
            assert b"<div id=\"root\">" in page.read()
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=30)
    assert "Collecting usage statistics" not in output
    assert _attempts(log) == []
