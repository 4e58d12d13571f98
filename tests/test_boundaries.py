"""Architecture guards: the package never imports Prefect, and heavy libraries stay lazy."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from conftest import REPO

PACKAGE = REPO / "tariffwatch"
SCRIPT = Path(sys.executable).parent / "tariffwatch"
HEAVY = ("great_expectations", "prefect", "duckdb", "pandas", "pyarrow", "apprise", "feedparser")


def run_python(code: str) -> dict[str, object]:
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def test_no_module_of_the_package_imports_prefect() -> None:
    result = run_python(
        """
        import importlib, json, pkgutil, sys
        import tariffwatch
        walk = pkgutil.walk_packages(tariffwatch.__path__, "tariffwatch.")
        names = ["tariffwatch", *(m.name for m in walk)]
        failed = {}
        for name in names:
            try:
                importlib.import_module(name)
            except Exception as exc:
                failed[name] = f"{type(exc).__name__}: {exc}"
        print(json.dumps({
            "modules": names,
            "failed": failed,
            "prefect": sorted(m for m in sys.modules if m == "prefect" or m.startswith("prefect.")),
        }))
        """
    )
    assert result["failed"] == {}
    modules = result["modules"]
    assert isinstance(modules, list)
    # The walk must actually reach the subpackages, or this test proves little.
    for expected in (
        "tariffwatch.cli",
        "tariffwatch.pipeline",
        "tariffwatch.sources.feeds",
        "tariffwatch.extraction",
    ):
        assert expected in modules
    assert result["prefect"] == []


def imported_names(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
        return [node.module]
    if isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
        "import_module",
        "__import__",
    ):
        return [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
    return []


def is_package(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def test_no_source_file_imports_prefect() -> None:
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 10
    offenders = []
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            offenders += [
                f"{path.relative_to(REPO)}:{node.lineno}: {name}"  # type: ignore[attr-defined]
                for name in imported_names(node)
                if is_package(name, "prefect")
            ]
        # flows/ (which is Prefect) may be called by a command, lazily: never at module level.
        for node in tree.body:
            offenders += [
                f"{path.relative_to(REPO)}:{node.lineno}: {name} at module level"
                for name in imported_names(node)
                if is_package(name, "flows")
            ]
    assert offenders == [], "tariffwatch must not import prefect"


def test_cli_import_loads_no_heavy_library() -> None:
    result = run_python(
        f"""
        import json, sys
        import tariffwatch.cli
        heavy = {HEAVY!r}
        print(json.dumps({{"loaded": sorted(m for m in sys.modules if m.split(".")[0] in heavy)}}))
        """
    )
    assert result["loaded"] == []


def test_core_modules_load_no_heavy_library_at_import() -> None:
    # Importing the pipeline's plain modules must stay cheap too: the heavy work is per call.
    result = run_python(
        f"""
        import json, sys
        import tariffwatch.config, tariffwatch.models, tariffwatch.novelty, tariffwatch.schema
        import tariffwatch.pipeline, tariffwatch.validation, tariffwatch.warehouse, tariffwatch.delivery
        heavy = {HEAVY!r}
        loaded = {{m.split(".")[0] for m in sys.modules}} & set(heavy)
        print(json.dumps({{"loaded": sorted(loaded)}}))
        """
    )
    assert result["loaded"] == []


def test_help_is_fast() -> None:
    # A sanity guard only (generous bound); the speed target itself is measured in benchmarks.
    started = time.monotonic()
    proc = subprocess.run([str(SCRIPT), "--help"], capture_output=True, text=True, timeout=60)
    elapsed = time.monotonic() - started
    assert proc.returncode == 0, proc.stderr
    assert elapsed < 5, f"tariffwatch --help took {elapsed:.1f} s"
