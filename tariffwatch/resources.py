"""Locate the declaration directories (``schemas/``, ``expectations/``, ``warehouse/``).

They live at the top of the repository so there is one place to read and edit them. tariffwatch is
installed from its checkout (``pip install -e .``, what ``make`` does), so they are found beside the
package. (Copying them into the wheel was tried and dropped: hatch's editable install then put stale
copies into site-packages.)
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """Return the directory holding the project's ``name`` declarations.

    Args:
        name: ``schemas``, ``expectations`` or ``warehouse``.

    Returns:
        The directory in the checkout tariffwatch was installed from.

    Raises:
        FileNotFoundError: It does not exist (installed from something other than a checkout).
    """
    candidate = _PACKAGE_DIR.parent / name
    if candidate.is_dir():
        return candidate
    raise FileNotFoundError(
        f"{candidate} not found: install tariffwatch from its repository checkout (pip install -e .)"
    )
