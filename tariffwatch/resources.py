"""Locate the declaration directories (``schemas/``, ``expectations/``, ``warehouse/``).

They live at the top of the repository so there is one place to read and edit them; a wheel carries
copies under ``tariffwatch/_resources`` (see pyproject's force-include).
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """Return the directory holding the project's ``name`` declarations.

    Args:
        name: ``schemas``, ``expectations`` or ``warehouse``.

    Returns:
        The directory (repository checkout first, then the copy inside an installed wheel).

    Raises:
        FileNotFoundError: Neither location exists (a broken install).
    """
    for candidate in (_PACKAGE_DIR.parent / name, _PACKAGE_DIR / "_resources" / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"tariffwatch resource directory {name!r} not found (broken install?)")
