"""The package installs the way the Dockerfile installs it, and answers from its bundled facts.

No Docker engine runs here, so this mirrors the Dockerfile's steps: a fresh virtual
environment, ``pip install .`` of a copy of the project, then ``factbot`` run from another
folder with no fact files around. Dependencies come from the test environment (a .pth file),
so the test needs no network.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

from tests.conftest import REPO


def _dockerfile_copies() -> list[str]:
    lines = (REPO / "Dockerfile").read_text(encoding="utf-8").splitlines()
    return [part for line in lines if line.startswith("COPY ") for part in line.split()[1:-1]]


def test_install_like_the_dockerfile_and_answer_from_bundled_facts(tmp_path: Path) -> None:
    source = tmp_path / "src"
    source.mkdir()
    for name in _dockerfile_copies():  # exactly what the image gets
        origin = REPO / name
        if origin.is_dir():
            shutil.copytree(origin, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(origin, source / name)
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    # The test environment's packages (dependencies, hatchling) stand in for the registry.
    Path(site, "testenv.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [
            python,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            str(source),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTBOT_")}
    env.update(
        HOME=str(tmp_path / "home"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        FACTBOT_DB=str(tmp_path / "data" / "factbot.db"),
    )
    result = subprocess.run(
        [env_dir / "bin" / "factbot", "ask", "--json", "when was the name changed?"],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    reply = json.loads(result.stdout)
    assert reply["answered"] is True
    assert reply["matches"][0]["date"].startswith("2018-01")

    def installed_python(code: str) -> str:
        run = [python, "-c", code]
        return subprocess.run(
            run, cwd=workdir, env=env, capture_output=True, text=True, check=True
        ).stdout.strip()

    installed = installed_python("import bot, pathlib; print(pathlib.Path(bot.__file__).parent)")
    assert Path(installed, "bundled_facts", "consultations.yaml").is_file()
    # ... and the table of words near in meaning, read from the installed package
    assert Path(installed, "data", "neighbours.tsv.gz").is_file()
    alike = installed_python("from bot import meaning; print(*meaning.alike('flames', 0.75))")
    assert alike.split() == ["flame", "fire"]
    place = installed_python("from bot import meaning; print(meaning.names_a_place('glasgow'))")
    assert place == "True"
    assert not Path(installed).is_relative_to(REPO), "must run the installed copy"
    health = subprocess.run(
        [env_dir / "bin" / "factbot", "health"],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
    )
    assert health.returncode != 0  # no bot running: the HEALTHCHECK must fail
    assert sys.version_info >= (3, 11)
