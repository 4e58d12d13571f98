"""The one rule every source applies to a publication date before believing it.

A real calendar date can still be nonsense as a publication date: a parser reading a year-less date into
1900, a publisher's clock years ahead. Such records are refused with ``implausible_publication_date``.
"""

from __future__ import annotations

from datetime import date, timedelta

REASON_IMPLAUSIBLE_DATE = "implausible_publication_date"
#: Earliest publication date believed for trade-policy news (also the articles suite's minimum).
EARLIEST_PUBLISHED_ON = date(1990, 1, 1)
#: How far after "now" a publication date may lie: a newsroom east of UTC is already a day ahead.
FUTURE_TOLERANCE = timedelta(days=1)


def implausibility(published_on: date, today: date) -> str | None:
    """Say why ``published_on`` cannot be a publication date seen on ``today``, or None when it can.

    Args:
        published_on: The parsed publication date.
        today: The UTC day it was read (a feed's fetch time, the day a file was read).

    Returns:
        What is wrong, naming the rule, e.g. ``"is before 1990-01-01 (rule: …)"``, or None.
    """
    if published_on < EARLIEST_PUBLISHED_ON:
        return f"is before {EARLIEST_PUBLISHED_ON.isoformat()} (rule: nothing older is believed)"
    if published_on > today + FUTURE_TOLERANCE:
        return (
            f"is more than one day after {today.isoformat()} (UTC), the day it was read "
            "(rule: not later than that day + 1)"
        )
    return None
