"""The compiled (mypyc) extractor: same output as the Python modules, and never used when out of date.

``make install`` builds it when the machine has a C compiler; the tests that need a build skip without
one (the pure-Python extractor is then the one every other test exercises).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tariffwatch.extraction import extract_mentions, native

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
NO_BUILD = "no current compiled build here (make install builds one when a C compiler is present)"

# Prints the mentions of every labelled article (and the seeds) as JSON lines, with the implementation.
_EXTRACT_ALL = """
import json, sys
from datetime import date
from pathlib import Path
from tariffwatch.extraction import extract_mentions, native
print(native.implementation)
for path in sorted(Path(sys.argv[1]).rglob("*.txt")) + sorted(Path(sys.argv[2]).glob("*.txt")):
    text = path.read_text(encoding="utf-8")
    mentions = extract_mentions(text, date(2019, 1, 24))
    print(json.dumps([path.name, [[m.kind, m.start, m.end, m.value, m.unit, m.date, m.status, m.sentence]
                                   for m in mentions]]))
"""


def _run(code: str, *args: str, **env: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=300,
        check=True,
    )
    return result.stdout.splitlines()


def _implementation(**env: str) -> str:
    return _run("from tariffwatch.extraction import native; print(native.implementation)", **env)[0]


@pytest.fixture(scope="module")
def build() -> Path:
    found = native.current_build()
    if found is None:
        pytest.skip(NO_BUILD)
    return found


def test_compiled_and_python_extractors_agree_on_every_labelled_article(build: Path) -> None:
    compiled = _run(_EXTRACT_ALL, str(DATA), str(ROOT / "seeds"))
    python = _run(_EXTRACT_ALL, str(DATA), str(ROOT / "seeds"), TARIFFWATCH_PURE_PYTHON="1")
    assert (compiled[0], python[0]) == ("mypyc", "python")
    assert len(compiled) > 300  # every labelled set, not an empty glob
    assert compiled[1:] == python[1:]


def test_this_process_uses_the_current_build(build: Path) -> None:
    assert native.implementation == "mypyc"
    body = "The U.S. will raise tariffs on $200 billion of Chinese goods to 25 percent on March 1."
    found = {(m.kind, m.text) for m in extract_mentions(body, date(2019, 1, 24))}
    assert found == {
        ("tariff_amount", "$200 billion"),
        ("tariff_amount", "25 percent"),
        ("deadline", "March 1"),
    }


def test_a_build_that_no_longer_matches_the_source_is_not_used(build: Path, tmp_path: Path) -> None:
    copy = tmp_path / "native"
    shutil.copytree(build, copy)
    assert _implementation(TARIFFWATCH_NATIVE_DIR=str(copy)) == "mypyc"
    assert _implementation(TARIFFWATCH_NATIVE_DIR=str(copy), TARIFFWATCH_PURE_PYTHON="1") == "python"
    manifest = json.loads((copy / "manifest.json").read_text())
    manifest["digest"] = "0" * 64  # what an edit of any compiled module's source amounts to
    (copy / "manifest.json").write_text(json.dumps(manifest))
    assert _implementation(TARIFFWATCH_NATIVE_DIR=str(copy)) == "python"


def test_without_a_build_the_python_modules_run(tmp_path: Path) -> None:
    lines = _run(
        _EXTRACT_ALL, str(DATA / "extraction"), str(ROOT / "seeds"), TARIFFWATCH_NATIVE_DIR=str(tmp_path)
    )
    assert lines[0] == "python"
    assert any(json.loads(line)[1] for line in lines[1:])
