"""The optional compiled build of the extractor: the same modules compiled to C extensions with mypyc.

The extractor is plain Python whose hot paths are attribute lookups, small-function calls and loops
around ``re`` calls; mypyc compiles exactly this source (no second implementation) and runs it about
1.25× faster (measured by ``make bench``, which reports both builds). It needs a C compiler and the
Python headers, so it is optional: ``make install`` builds it when it can
(``tariffwatch native build``), and without it the pure-Python modules run.

A build is used only while it matches the source: the build records a digest of the compiled
modules' source, and :func:`activate` compares it with the files on disk at import time. Editing a
module therefore falls back to pure Python until the next build, never to stale compiled code.
``TARIFFWATCH_PURE_PYTHON=1`` turns the build off (to compare, or to debug with pdb).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import sys
import sysconfig
import tempfile
from pathlib import Path
from typing import Any

from tariffwatch.errors import TariffwatchError

#: The compiled modules, in dependency order. ``__init__`` and this module stay Python: they choose.
MODULES = ("lexicon", "cues", "sentences", "context", "amounts", "deadlines", "learned", "learned_amounts")
#: The shared library mypyc builds for the group (imported by name by each module's stub).
GROUP = "tariffwatch_native"
_MANIFEST = "manifest.json"
_PURE_ENV = "TARIFFWATCH_PURE_PYTHON"
_DIR_ENV = "TARIFFWATCH_NATIVE_DIR"
_HERE = Path(__file__).resolve().parent

#: ``"mypyc"`` when the compiled modules are in use, ``"python"`` otherwise (set by :func:`activate`).
implementation = "python"


def native_dir() -> Path:
    """Where the compiled build lives: ``TARIFFWATCH_NATIVE_DIR``, else beside the installed packages."""
    configured = os.environ.get(_DIR_ENV)
    if configured:
        return Path(configured)
    return Path(sysconfig.get_paths()["platlib"]) / GROUP


def source_digest(directory: Path = _HERE) -> str:
    """Digest of what a build compiles: the modules' source and the interpreter that runs them.

    Args:
        directory: Where the modules' source is (the package's own by default).
    """
    digest = hashlib.sha256(sys.version.encode())
    for name in MODULES:
        digest.update(name.encode())
        digest.update((directory / f"{name}.py").read_bytes())
    return digest.hexdigest()


def current_build() -> Path | None:
    """The build directory if a build exists and matches the source on disk, else None."""
    if os.environ.get(_PURE_ENV, "").strip() not in ("", "0"):
        return None
    directory = native_dir()
    try:
        manifest = json.loads((directory / _MANIFEST).read_text())
        return directory if manifest.get("digest") == source_digest() else None
    except (OSError, ValueError, AttributeError):
        return None


def activate(package_path: list[str]) -> bool:
    """Put a current compiled build first on the extraction package's path.

    Called by the package's ``__init__`` before it imports the modules.

    Args:
        package_path: The package's ``__path__`` (changed in place).

    Returns:
        Whether the compiled modules will be imported.
    """
    global implementation
    directory = current_build()
    if directory is None:
        return False
    shared = next(directory.glob(f"{GROUP}__mypyc.*"), None)
    if shared is None:
        return False
    name = f"{GROUP}__mypyc"
    if name not in sys.modules:
        # The modules' stubs import the group's shared library by its top-level name: load it from the
        # build directory so the build needs no entry on sys.path.
        spec = importlib.util.spec_from_file_location(name, shared)
        if spec is None or spec.loader is None:
            return False
        module = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(module)
        except ImportError:
            return False
        sys.modules[name] = module
    package_path.insert(0, str(directory / "extraction"))
    implementation = "mypyc"
    return True


def deactivate(package_path: list[str]) -> None:
    """Undo :func:`activate` after a compiled module failed to import, so the Python modules load."""
    global implementation
    directory = str(native_dir() / "extraction")
    while directory in package_path:
        package_path.remove(directory)
    for name in MODULES:
        sys.modules.pop(f"{__package__}.{name}", None)
    implementation = "python"


def build(target: Path | None = None) -> str:
    """Compile the extractor's modules with mypyc into ``target`` (default :func:`native_dir`).

    The source is copied to a temporary directory first: mypyc writes its C files and build tree
    next to where it runs, and the checkout stays clean.

    Args:
        target: The build directory; replaced as a whole.

    Returns:
        A one-line account of what happened.

    Raises:
        TariffwatchError: The compiler ran and failed (the source does not compile).
    """
    target = target or native_dir()
    missing = _missing_toolchain()
    if missing:
        shutil.rmtree(target, ignore_errors=True)
        return f"no compiled extractor ({missing}): the pure-Python extractor runs"
    from mypyc.build import mypycify
    from setuptools import Distribution

    package_root = _HERE.parent.parent
    with tempfile.TemporaryDirectory(prefix="tariffwatch-native-") as scratch:
        work = Path(scratch)
        shutil.copytree(
            package_root / "tariffwatch",
            work / "tariffwatch",
            ignore=shutil.ignore_patterns("__pycache__", "*.so"),
        )
        # The digest of the copy: the checkout may change while the compiler runs.
        digest = source_digest(work / "tariffwatch" / "extraction")
        # The project's mypy settings (mypyc type-checks what it compiles, and what that imports).
        shutil.copy2(package_root / "pyproject.toml", work / "pyproject.toml")
        cwd = Path.cwd()
        os.chdir(work)
        try:
            paths = [f"tariffwatch/extraction/{name}.py" for name in MODULES]
            extensions = mypycify(paths, opt_level="3", group_name=GROUP)
            distribution: Any = Distribution({"name": GROUP, "ext_modules": extensions})
            command = distribution.get_command_obj("build_ext")
            command.build_lib = str(work / "lib")
            command.build_temp = str(work / "temp")
            distribution.run_command("build_ext")
        except (SystemExit, Exception) as exc:  # mypyc exits on type errors, setuptools raises on C errors
            raise TariffwatchError(f"mypyc build failed (see the compiler's output above): {exc}") from exc
        finally:
            os.chdir(cwd)
        built = work / "lib"
        target.parent.mkdir(parents=True, exist_ok=True)
        staged = Path(tempfile.mkdtemp(prefix=f".{GROUP}-", dir=target.parent))
        staged.chmod(0o755)
        (staged / "extraction").mkdir()
        for library in built.glob(f"{GROUP}__mypyc.*"):
            shutil.copy2(library, staged / library.name)
        for library in (built / "tariffwatch" / "extraction").glob("*.so"):
            shutil.copy2(library, staged / "extraction" / library.name)
        (staged / _MANIFEST).write_text(json.dumps({"digest": digest, "modules": list(MODULES)}, indent=2))
    # Swap the whole directory: a reader never sees half a build.
    shutil.rmtree(target, ignore_errors=True)
    staged.rename(target)
    return f"compiled extractor ({len(MODULES)} modules, mypyc) in {target}"


def _missing_toolchain() -> str | None:
    """What a build lacks on this machine (a C compiler, the Python headers), or None."""
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None and shutil.which("cc") is None:
        return f"no C compiler ({compiler})"
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if not headers.exists():
        return f"no Python headers ({headers})"
    try:
        import mypyc  # noqa: F401
        import setuptools  # noqa: F401
    except ImportError as exc:
        return f"{exc.name} is not installed"
    return None
