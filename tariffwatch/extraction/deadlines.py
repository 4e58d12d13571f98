"""Deadlines: the dates tariff actions take effect, expire or are due, resolved against the article date.

Candidates are calendar phrases: month-day dates ("March 1", "Jan. 1, 2019", "1 August"), months ("in
September", "late February", "the end of March"), weekdays ("from Friday"), relative phrases ("the end of
the year", "next month", "this year"), durations ("within 90 days", "a 90-day pause") and years ("by
2025"). A candidate is a deadline when

* its sentence is about tariffs (or about a deadline/truce, or it says "takes effect" right after a
  sentence about tariffs);
* it is not a dateline, byline time stamp, photo caption or plan name ("Made in China 2025");
* the word governing it is not an event (meeting, visit, summit, hearing, signing, talks) or a report
  of the past ("met", "held", "said on Thursday"), unless a due-date preposition ("by", "until",
  "before", "effective", "starting") ties it to an action;
* it does not resolve to a date before the article date (a postponed date excepted).

A date without a year takes the occurrence nearest the article date; a sentence about the future
moves a past occurrence to the next year ("Jan. 1" in a December article).

The due date of a purchase commitment ("agreed to buy ... by the end of the year") is never a tariff
deadline; a period granted right after a tariff sentence ("Countries have until Aug. 1 to strike deals")
is one; a date moved to another ("first due on June 1, then moved to July 9") makes the first postponed.
"""

from __future__ import annotations

import calendar
import os
import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from tariffwatch.errors import ConfigError
from tariffwatch.extraction.context import LEFT_WINDOW, ContextCache, SentenceContext
from tariffwatch.extraction.lexicon import (
    ANAPHOR_NP_RE,
    DATE_CUES,
    DATE_RIGHT_NOUN_RE,
    DATELINE_AFTER_RE,
    DATELINE_BEFORE_RE,
    DAY_BEFORE_MONTH_RE,
    DURATION_ANCHORS,
    DURATION_BEFORE_RE,
    FUTURE_MARKERS_RE,
    GRANTED_UNTIL_RE,
    MONTH_DATE_RE,
    MONTH_MODIFIER_RE,
    MONTH_PREPOSITION_RE,
    MONTHS,
    NEW_DATE_PREPOSITION_RE,
    NON_TARIFF_OBJECT_RE,
    NUMBER_WORDS,
    OLD_DATE_LEFT_RE,
    ORDINAL_AFTER_MONTH_RE,
    ORDINAL_BEFORE_MONTH_RE,
    ORDINAL_DAYS,
    PAST_MARKERS_RE,
    PLAN_NAME_BEFORE_RE,
    RELATIVE_ANCHORS,
    RELATIVE_RE,
    SHARED_DATE_ANCHORS,
    SPOKEN_YEARS,
    TARIFF_SUBJECT_RE,
    VOCABULARY,
    WEEKDAY_DIRECTION_RE,
    WEEKDAY_RE,
    WEEKDAYS,
    YEAR_AFTER_DATE_RE,
    YEAR_PREPOSITION_RE,
    KeyedPattern,
)
from tariffwatch.models import DeadlineStatus, Mention

Form = Literal[
    "day", "month", "month_end", "weekday", "duration", "end_year", "end_month", "next_month", "this_month",
    "next_year", "this_year", "year", "tomorrow", "today",
]  # fmt: skip
Tense = Literal["future", "past", "neutral"]

# Month names that are also ordinary words need a preposition, a day or a year to count as dates.
_AMBIGUOUS_MONTHS = frozenset({"May", "March"})
# Abbreviations without a dot or day are words, not months ("Mar-a-Lago", "Jan" as a name).
_ABBREVIATED = frozenset(
    {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}
)
# Nouns a "90-day" adjective must modify to be a tariff countdown.
_COUNTDOWN_NOUNS = (
    "pause", "truce", "reprieve", "delay", "extension", "window", "deadline", "grace period", "suspension",
    "exemption", "countdown", "period", "ceasefire", "halt", "moratorium", "clock",
)  # fmt: skip


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    form: Form
    year: int | None = None
    month: int | None = None
    day: int | None = None
    count: int = 0  # weekday number, or duration length
    unit: str = "days"  # duration unit: days, weeks, months, years
    # A countdown that explicitly starts now ("within 90 days", "over the next 90 days"), unlike "for 90
    # days" or "a 90-day truce", which count from whenever the measure was agreed.
    counts_from_now: bool = False
    #: The direction spoken copy gives a weekday ("last Saturday": past; "this coming Monday": future), which
    #: overrides the sentence's tense, and the weeks added to it ("a week from Monday": 1).
    pinned: Tense | None = None
    weeks: int = 0
    spoken: bool = False  # a day spelled as an ordinal ("the first of June", "June the first")


@dataclass(slots=True)
class _Decision:
    candidate: _Candidate
    context: SentenceContext
    resolved: str
    latest: date
    status: DeadlineStatus
    future: bool = False  # governed by a verb of the future ("would put them on hold for 90 days")


def find_deadlines(body: str, published_on: date, contexts: ContextCache) -> list[Mention]:
    """Return the tariff deadlines in ``body``.

    Args:
        body: The clean article body.
        published_on: The article date every relative or year-less date is resolved against.
        contexts: Sentence contexts of the same body.

    Returns:
        Mentions of kind ``deadline`` in document order.
    """
    candidates = _candidates(body, contexts, published_on)
    mentions = rule_deadlines(body, published_on, contexts, candidates)
    decider = os.environ.get(DECIDER_ENV) or "learned"
    if decider == "rules":
        return mentions
    if decider != "learned":
        raise ConfigError(f"{DECIDER_ENV} must be 'learned' or 'rules', not {decider!r}")
    # The learned classifier re-decides every candidate (the rules still give the dates and statuses of the
    # ones they accept too); it imports this module, hence the late import.
    from tariffwatch.extraction.learned import decide

    return decide(body, published_on, contexts, candidates, mentions)


#: Environment variable naming who decides which candidates are deadlines: ``learned`` (the default, the
#: classifier of learned.py, measured better on text nobody tuned on) or ``rules`` (the hand rules alone:
#: every decision explained by a rule and its test).
DECIDER_ENV = "TARIFFWATCH_DEADLINE_DECIDER"


def rule_deadlines(
    body: str, published_on: date, contexts: ContextCache, candidates: list[_Candidate]
) -> list[Mention]:
    """The hand rules' deadlines among ``candidates`` (what :func:`find_deadlines` returns with ``rules``)."""
    decisions: list[_Decision] = []
    durations: list[_Decision] = []
    past_sentences: set[int] = set()
    for candidate in candidates:
        context = contexts.at(candidate.start)
        if context.end < candidate.end:
            continue
        decision = _decide(candidate, context, contexts, published_on, past_sentences)
        if decision is None:
            continue
        (durations if candidate.form == "duration" else decisions).append(decision)
    # A countdown in a sentence that also names a past date counts from that date, not from today
    # ("met on Dec. 1 and declared a 90-day truce"): it cannot be resolved from the article date.
    decisions.extend(
        d
        for d in durations
        if d.candidate.counts_from_now or d.future or d.context.start not in past_sentences
    )
    decisions.sort(key=lambda d: d.candidate.start)
    return [
        Mention(
            kind="deadline",
            text=body[d.candidate.start : d.candidate.end],
            start=d.candidate.start,
            end=d.candidate.end,
            sentence=d.context.text,
            date=d.resolved,
            status=d.status,
        )
        for d in decisions
    ]


# --- candidates ------------------------------------------------------------------------------------


def _candidates(body: str, contexts: ContextCache, published_on: date) -> list[_Candidate]:
    lower = contexts.lower
    hits = [(start, body[start:end]) for start, end in contexts.calendar_words]
    hits.extend(
        (start, "year")
        for start, end in contexts.numbers
        if end - start >= 4 and body[start : start + 2] in ("19", "20") and body[start : start + 4].isdigit()
    )
    # The body scan found the anchors (lexicon.SCANNED_DATE_ANCHORS). Anchors sharing a stem are found
    # through the stem: "year" finds "years" and "year-end", "day" finds "days", "-day" and "today". "this "
    # and "next " open a relative phrase only before "month" or "year" (_RELATIVE_START), so they are found
    # through those stems.
    occurrences = contexts.occurrences
    for needles, kind in ((RELATIVE_ANCHORS, "relative"), (DURATION_ANCHORS, "duration")):
        for needle in needles:
            if needle in SHARED_DATE_ANCHORS:
                continue
            hits.extend(
                (position, needle if kind == "duration" else kind) for position in occurrences[needle]
            )
    for position in occurrences["year"]:
        if lower.startswith("years", position):
            hits.append((position, "years"))
        elif lower.startswith("year-end", position):
            hits.append((position, "relative"))
        if position >= 5 and lower.startswith(("this ", "next "), position - 5):
            hits.append((position - 5, "relative"))
    for position in occurrences["month"]:
        if lower.startswith("months", position):
            hits.append((position, "months"))
        if position >= 5 and lower.startswith(("this ", "next "), position - 5):
            hits.append((position - 5, "relative"))
    for position in occurrences["day"]:
        if lower.startswith("days", position):
            hits.append((position, "days"))
        if position and lower[position - 1] == "-":
            hits.append((position - 1, "-day"))
        elif position >= 2 and lower.startswith("to", position - 2):
            hits.append((position - 2, "relative"))  # "today"
    hits.sort()

    found: list[_Candidate] = []
    starts = contexts.starts
    ends = contexts.ends
    amount_sentences = contexts.amount_sentences
    rate_sentences = contexts.rate_sentences
    last_end = -1
    sentence_end = -1  # hits come in document order: one sentence lookup serves all hits in it
    gate = False
    spoken_copy: bool | None = None  # asked on first need
    for position, word in hits:
        if position < last_end or (position > 0 and body[position - 1].isalpha()):
            continue
        if word == "relative" and not _RELATIVE_START.match(lower, position):
            continue  # "this week", "next to": cheaper to rule out than to look up the sentence
        # A sentence without tariff or deadline words holds no deadline. Most phrases are in such sentences
        # and almost every phrase parses, so the sentence is asked (once for all its phrases) first.
        if position >= sentence_end:
            number = bisect_right(starts, position) - 1
            if number >= 0 and position < ends[number]:
                sentence_end = ends[number]
                gate = (
                    number in amount_sentences
                    or contexts.sentence_uses(number, "date_gate")
                    # "* Negotiations to be completed by March 1" right after "* Planned increase to 25
                    # percent on Jan. 1 put on hold": an item of a fact box about a tariff.
                    or (body[starts[number]] in _BULLET_CHARS and number - 1 in amount_sentences)
                    # "the rate on Chinese goods could rise again within two weeks": a rate put on goods.
                    or (number in rate_sentences and contexts.tariff_sentence(number))
                    # "The new rate will start on Aug. 1" after tariff sentences (see _about_tariffs).
                    or (
                        number in rate_sentences
                        and _TARIFF_RATE_NOUN_RE.search(lower, starts[number], ends[number]) is not None
                        and contexts.tariff_frame()
                        and contexts.recent_topic_at(number)
                    )
                )
            else:  # between sentences
                sentence_end = position + 1
                gate = False
        candidate: _Candidate | None
        if not gate:
            # Spoken copy (its figures spelled out) takes the topic from the whole exchange: a spelled date
            # in an article about tariffs is a candidate without tariff words of its own ("We had been
            # planning around the first of August").
            if spoken_copy is None:
                spoken_copy = bool(contexts.spelled_starts) and contexts.tariff_frame()
            if not spoken_copy or word.lower() not in MONTHS:
                continue
            candidate = _month(body, position, published_on.year)
            if candidate is None or not candidate.spoken:
                continue
        elif word == "relative":
            candidate = _relative(body, lower, position)
        elif word == "year":
            candidate = _year(body, lower, position)
        elif word in DURATION_ANCHORS:
            candidate = _duration(body, position, word)
        elif word in WEEKDAYS_TITLE:
            candidate = _weekday(body, position)
        else:
            candidate = _month(body, position, published_on.year)
        if candidate is None:
            continue
        found.append(candidate)
        last_end = candidate.end
    return found


_SUPERLATIVE_RE = re.compile(
    r"(?<![a-z])(?:[a-z]{3,}est|most|least|worst|best|first time|record)(?![a-z])[^,;]{0,20}\Z"
)
_RELATIVE_START = re.compile(r"end of|year-end|next (?:month|year)|this (?:month|year)|tomorrow|today")
#: What makes "today" a tariff's own date: a start preposition or a verb of taking effect right before it,
#: perhaps with a clock time ("took effect at 12:01 a.m. today", "as of 12:01 a.m. today", "customs clearance
#: on or after today", "effective today"), not "the rates in force today" (a state) or "said today".
_TODAY_FRAME_RE = re.compile(
    r"(?<![a-z])(?:as[ \u00a0]+of|effective|(?<!days )(?<!weeks )(?<!months )(?<!years )from|starting"
    r"|beginning|on[ \u00a0]+or[ \u00a0]+after|(?:took|takes?|taking)[ \u00a0]+effect"
    r"|(?:came|comes?|coming|went|goes|go|going)[ \u00a0]+into[ \u00a0]+(?:force|effect)"
    r"|(?:entered|enters?|entering)[ \u00a0]+into[ \u00a0]+force|kick(?:ed|s)?[ \u00a0]+in)"
    r"[ \u00a0]+(?:(?:at|from|on)[ \u00a0]+)?"
    r"(?P<clock>(?:midnight|[0-9]{1,2}(?:[:.][0-9]{2})?[ \u00a0]*(?:a\.m\.|p\.m\.|am|pm))"
    r"(?:[ \u00a0]+(?:[a-z]{2,3}t|gmt|utc))?,?[ \u00a0]+)?\Z"
)


WEEKDAYS_TITLE = frozenset(name.title() for name in WEEKDAYS)


def _month(body: str, position: int, published_year: int) -> _Candidate | None:
    match = MONTH_DATE_RE.match(body, position)
    if match is None:
        return None
    name = match.group("month")
    month = MONTHS[name.lower()]
    day = int(match.group("day")) if match.group("day") else None
    year = int(match.group("year")) if match.group("year") else None
    start = position
    end = match.end()
    if day is None and match.group("dot") and not year:
        end = match.end("month")  # "Jan." closing a sentence: the dot is punctuation
    before = body[max(0, position - 24) : position]
    ordinal = False
    if day is None:
        day_first = DAY_BEFORE_MONTH_RE.search(before)
        if day_first is not None:
            day = int(day_first.group("day"))
            start = position - len(before) + day_first.start()
        elif body.endswith(("of ", "of\u00a0"), 0, position):
            # Spoken copy spells the day: "the first of September".
            spoken = ORDINAL_BEFORE_MONTH_RE.search(before)
            if spoken is not None:
                day = ORDINAL_DAYS[spoken.group("ordinal").lower()]
                start = position - len(before) + spoken.start()
                ordinal = True
        elif year is None:
            # "January first", "June the first".
            spoken = ORDINAL_AFTER_MONTH_RE.match(body, match.end("month"))
            if spoken is not None:
                day = ORDINAL_DAYS[spoken.group("ordinal").lower()]
                end = spoken.end()
                ordinal = True
    if day is not None and not 1 <= day <= 31:
        day = None
        end = match.end("month") + (1 if match.group("dot") else 0)
    if year is None:
        # "the twenty-third of March, twenty eighteen"; "the first of June last year" (a year named relative
        # to the article's).
        after = YEAR_AFTER_DATE_RE.match(body, end)
        if after is not None:
            end = after.end()
            said = after.group("spoken")
            if said is not None:
                year = _spoken_year(said)
            else:
                year = published_year + _YEAR_SHIFTS[after.group("relative").lower()]
    if day is None and year is None:
        if name in _ABBREVIATED and not match.group("dot"):
            return None
        if name in _AMBIGUOUS_MONTHS and MONTH_PREPOSITION_RE.search(before.lower()) is None:
            return None
    if day is not None:
        return _Candidate(start, end, "day", year=year, month=month, day=day, spoken=ordinal)
    modifier = MONTH_MODIFIER_RE.search(before.lower())
    if modifier is not None:
        start = position - len(before) + modifier.start()
        if "end" in modifier.group("mod"):
            return _Candidate(start, end, "month_end", year=year, month=month)
    return _Candidate(start, end, "month", year=year, month=month)


_YEAR_SHIFTS = {"last": -1, "this": 0, "next": 1}


def _spoken_year(text: str) -> int:
    """The year of a spoken year matched by YEAR_AFTER_DATE_RE ("Twenty-nineteen" is 2019)."""
    return SPOKEN_YEARS[" ".join(_YEAR_WORD_BREAK_RE.split(text.lower()))]


_YEAR_WORD_BREAK_RE = re.compile(r"[ \u00a0-]+")


def _weekday(body: str, position: int) -> _Candidate | None:
    match = WEEKDAY_RE.match(body, position)
    if match is None:
        return None
    end = match.end()
    if body.startswith(", ", end) and body[end + 2 : end + 5].lower() in _MONTH_STEMS:
        return None  # "on Sunday, Dec. 15": the date names the day, the weekday only repeats it
    count = WEEKDAYS[match.group("weekday").lower()]
    direction = WEEKDAY_DIRECTION_RE.search(body, max(0, position - 24), position)
    if direction is None:
        return _Candidate(position, end, "weekday", count=count)
    said = direction.group("direction").lower()
    return _Candidate(
        direction.start(),
        end,
        "weekday",
        count=count,
        pinned="past" if said == "last" else "future",
        weeks=1 if "week" in said else 0,
    )


_MONTH_STEMS = frozenset(name[:3] for name in MONTHS)


#: An adverb of habit before "for N years" or its verb ("usually last for"): what a measure usually lasts,
#: not when this one ends.
_GENERIC_SPAN_RE = re.compile(
    r"(?<![a-z])(?:typically|usually|normally|generally|ordinarily),?[ \u00a0]+(?:[a-z]+[ \u00a0]+)?\Z"
)


#: Possessives and demonstratives make a hyphenated span definite: "his 90-day pause", "that 30-day truce".
_DEFINITE_BEFORE = (" his ", " her ", " its ", " their ", " our ", " this ", " that ", "'s ", "’s ")


def _duration(body: str, position: int, word: str) -> _Candidate | None:
    before = body[max(0, position - 30) : position].lower()
    match = DURATION_BEFORE_RE.search(before)
    if match is None:
        return None
    count_text = match.group("count")
    count = int(count_text) if count_text.isdigit() else NUMBER_WORDS.get(count_text, 0)
    if count <= 0:
        return None
    start = position - len(before) + match.start("count")
    if word == "-day":
        after = body[position + 4 : position + 40].lower().lstrip()
        for prefix in ("trade ", "tariff ", "negotiating ", "negotiation ", "review "):
            after = after.removeprefix(prefix)
        if not after.startswith(_COUNTDOWN_NOUNS):
            return None
        if "the" in match.group("fill").split() or before.endswith(_DEFINITE_BEFORE, 0, match.start("count")):
            # "the 90-day truce", "when the 30-day reprieve expires", "his 90-day pause ... had been due to
            # expire": a definite hyphenated span names a truce already known; only "a 90-day pause" announces
            # a clock starting now.
            return None
        return _Candidate(start, position + 4, "duration", count=count, unit="days")
    prep = match.group("prep")
    if "next" in match.group("fill") and prep in (None, "over", "for", "within"):
        prep = "next"  # "over the next 90 days"
    if prep not in ("within", "in", "after", "for", "next"):
        return None
    if prep == "for" and (
        any(hedge in match.group("fill") for hedge in ("up to", "at most", "as many as"))
        or _GENERIC_SPAN_RE.search(before, 0, match.start("prep"))
    ):
        # "permits tariffs of up to 15% for up to 150 days", "definitive duties, typically for five years": a
        # law's ceiling or a usual span, not a countdown from the article's date.
        return None
    if body.startswith(" of", position + len(word)):
        return None  # "the first ten months of the year"
    if prep == "for" and word.startswith("year"):
        # "will remain in force for five years", "suspend, for five years, the tariffs": a measure's term in
        # years is its life, not a countdown (pauses "for 90 days" are).
        return None
    if prep == "in" and _SUPERLATIVE_RE.search(before, 0, match.start()):
        return None  # "the steepest drop in three years" looks back
    return _Candidate(
        start, position + len(word), "duration", count=count, unit=word, counts_from_now=prep != "for"
    )


def _year(body: str, lower: str, position: int) -> _Candidate | None:
    end = position + 4
    if not body[position:end].isdigit() or body[end : end + 1].isdigit():
        return None
    if YEAR_PREPOSITION_RE.search(lower, max(0, position - 12), position) is None and not (
        # A rate item's year: "- Electric vehicles: 25% → 100%, 2024" closes a line of a rate schedule.
        _RATE_ITEM_YEAR_RE.search(lower, max(0, position - 12), position) is not None
        and body[end : end + 1] in ("", "\n", "\r")
    ):
        return None
    return _Candidate(position, end, "year", year=int(body[position:end]))


#: A rate and a comma ending just before a year: the year of a rate schedule's line.
_RATE_ITEM_YEAR_RE = re.compile(r"(?:%|percent|per[ \u00a0]cent),[ \u00a0]*\Z")


def _relative(body: str, lower: str, position: int) -> _Candidate | None:
    match = RELATIVE_RE.match(lower, position)
    if match is None:
        return None
    start = position
    if lower.startswith("the ", position - 4):
        start = position - 4
    elif lower.startswith("later ", position - 6):
        start = position - 6  # "later this month"
    if match.group("end"):
        unit = match.group("end_unit")
        if unit.isdigit():
            return _Candidate(start, match.end(), "end_year", year=int(unit))
        step = 1 if "next" in match.group("end") else 0
        return _Candidate(start, match.end(), "end_year" if unit == "year" else "end_month", count=step)
    if match.group("yearend"):
        return _Candidate(start, match.end(), "end_year")
    if match.group("next"):
        unit = match.group("next_unit")
        return _Candidate(start, match.end(), "next_month" if unit == "month" else "next_year")
    if match.group("this"):
        unit = match.group("this_unit")
        return _Candidate(start, match.end(), "this_month" if unit == "month" else "this_year")
    if match.group("today"):
        frame = _TODAY_FRAME_RE.search(lower, max(0, position - 60), position)
        if frame is None:
            return None
        clock = frame.start("clock")
        return _Candidate(clock if clock >= 0 else position, match.end(), "today")
    return _Candidate(position, match.end(), "tomorrow")


# --- decisions -------------------------------------------------------------------------------------


def _decide(
    candidate: _Candidate,
    context: SentenceContext,
    contexts: ContextCache,
    published_on: date,
    past_sentences: set[int],
) -> _Decision | None:
    if not _about_tariffs(context, contexts):
        return None
    start = context.local(candidate.start)
    end = context.local(candidate.end)
    lower = context.lower
    if context.is_caption or _is_dateline(context, contexts, start, end):
        return None
    if candidate.form == "year" and PLAN_NAME_BEFORE_RE.search(context.text, max(0, start - 30), start):
        return None
    goal = _GOAL_BEFORE_RE.search(lower, max(0, start - 120), start) if candidate.form == "year" else None
    if goal is not None and not _TARIFF_WORD_RE.search(goal.group("what")):
        return None  # "its target of having all new cars sold be zero-emission by 2035": a policy goal's year

    if candidate.form == "today":
        # Only an effective "today" is a candidate (see _relative): its frame is the whole evidence, unless it
        # dates the goods' export ("Goods exported on or after today pay the higher levy").
        if _excluded_by_phrase(lower, candidate, start):
            return None
        status = _status(context, contexts, start, end, context.clause(start, end)[0])
        return _Decision(candidate, context, published_on.isoformat(), published_on, status)
    prep, strong, due = _prepositions(lower, start)
    if candidate.form == "year" and _RATE_ITEM_YEAR_RE.search(lower, max(0, start - 12), start) is not None:
        # "- Electric vehicles: 25% → 100%, 2024": the year a schedule's rate applies from, like "from 2024".
        strong = True
    event_subject = None if due else _EVENT_SUBJECT_RE.match(lower, context.clause(start, end)[0])
    if (
        event_subject is not None
        and event_subject.end() <= start
        # The event's own verb governs the date: no other clause between ("Trade talks are continuing, and
        # ... the U.S. will start, on September 1st, putting a tariff").
        and start - event_subject.end() <= _EVENT_SUBJECT_REACH
        and not any(mark in lower[event_subject.end() : start] for mark in ",;:()")
    ):
        # "A hearing on the tariffs starts on Aug. 20", "Tariff talks resume on Monday": what starts or ends
        # is the subject, an event, whatever tariff words its complement holds (a due date, "talks must
        # conclude by March 1", is still a negotiating deadline).
        return None
    if prep in ("since", "last", "past", "previous", "earlier") or lower.startswith(" ago", end):
        if prep in ("since", "last") and _in_force_since(lower, candidate, start, end):
            # The settled rule: "which has been in force since 1 June", "went into effect last Thursday",
            # "since Sept. 1, when the tariffs took effect": the tariff's own past start date.
            resolved = _resolve(candidate, published_on, "past", prep)
            if resolved is not None and resolved[1] <= published_on:
                status = _status(context, contexts, start, end, context.clause(start, end)[0])
                if status == "postponed":
                    # "whose application has been suspended since 9 April": the date a suspension has held
                    # since is when it began, not a date pushed back.
                    status = "scheduled"
                return _Decision(candidate, context, resolved[0], resolved[1], status)
        return None
    if _excluded_by_phrase(lower, candidate, start) and not (
        # "The decree was published on 15 August, when it also entered into force": the notice's date is
        # the measure's start.
        lower.startswith((", when ", " when "), end) and _WHEN_TOOK_EFFECT_RE.match(lower, end) is not None
    ):
        return None
    if prep in _MEASURE_NOUNS:
        return None  # "shave a few tenths of a point off growth next year": the period of a measure
    if _FISCAL_YEAR_BEFORE_RE.search(lower, max(0, start - 40), start):
        return None  # "its profit forecast for the fiscal year ending in March": an accounting period
    if _FORMER_LEVEL_BEFORE_RE.search(lower, max(0, start - 40), start):
        return None  # "Brazil faces 50%, up from 10% in April": when the former level applied
    if _MESSAGE_BEFORE_RE.search(lower, max(0, start - 90), start):
        return None  # "the date Trump had set in a letter to President Lula on July 9": the letter's date
    if lower.endswith((" of ", " dated "), 0, start) and _INSTRUMENT_OF_BEFORE_RE.search(
        lower, max(0, start - 30), start
    ):
        return None  # "Under the executive order of July 30": the date a legal instrument bears
    if any(map(lower[max(0, start - 50) : start].__contains__, _AID_WORDS)) and _AID_SCHEME_BEFORE_RE.search(
        lower, max(0, start - 50), start
    ):
        return None  # "Farmers can apply for tariff aid until July 15": an aid scheme's date, not a tariff's
    # "pushed back from June 1 to Dec. 1", "delayed the increase to March 1": the new date of a
    # postponement is ahead even when the move is reported in the past tense.
    moved_to = prep in ("to", "until", "till") and context.postpones and context.postpones_in(0, start)
    strong = strong or moved_to
    right = DATE_RIGHT_NOUN_RE.match(lower, end)
    # "the March 1 target was 'the deadline'": a day's target is a due date (a year's is a plan, "the 2025
    # target").
    due_noun = right is not None and (
        right.group("deadline") is not None
        or (candidate.form == "day" and right.group("event") in _TARGET_NOUNS)
    )
    if right is not None and right.group("event") and not due_noun:
        return None
    if (
        candidate.form == "duration"
        and not candidate.counts_from_now
        and (
            lower.startswith(("since", ", since"), end + 1) or _PERFECT_PROGRESSIVE_RE.search(lower, 0, start)
        )
    ):
        return None  # "have been negotiating for 10 months, since ...": a span up to now, not a countdown
    if (
        candidate.form == "this_year"
        and not lower.startswith("later", start)
        and not strong
        and _THIS_YEAR_TIED_RE.search(lower, max(0, start - 30), start) is None
    ):
        # "this year" is when a rate applies ("to 100 percent from 25 percent this year") or a measure
        # takes effect; elsewhere it dates growth, a recession or a past cut.
        return None

    if (
        candidate.form == "duration"
        and _STATUTE_PERMITS_RE.search(lower, max(0, start - 120), start) is not None
    ):
        # "Section 122, which permits duties of up to 15% for 150 days": what a law allows in general, not a
        # countdown that has started.
        return None
    if candidate.form == "this_month" and _PERFECT_VERB_RE.search(
        lower, max(context.clause(start, end)[0], lower.rfind(",", 0, start)), start
    ):
        # "we have seen several insufficiency notices this month": the month so far, not a coming date.
        return None

    cues: list[tuple[re.Match[str], str]] = []
    for cue, kind in _left_cues(context, start, end):
        corrected = _cue_kind(lower, cue, kind, start)
        if corrected is not None:
            cues.append((cue, corrected))
    opening = lower[:12]
    condition = (
        _LEADING_CONDITION_RE.match(lower)
        if any(map(opening.__contains__, _LEADING_CONDITION_WORDS))
        else None
    )
    if condition is not None and condition.end() <= start:
        # "If talks fail, Brazil would jump to 50 percent next month": the words of a leading condition
        # ("talks") do not govern a date in the main clause after it.
        cues = [(cue, kind) for cue, kind in cues if cue.start() >= condition.end()]
    if lower.startswith(_FRONTED_FRAMES):
        comma = lower.find(",", 0, start)
        if 0 < comma <= _FRONTED_FRAME_REACH:
            # "Under the deal, India will withdraw the measures within 90 days": a fronted frame names what
            # the main clause is done under; its noun (a deal, talks) does not govern the clause's date.
            cues = [(cue, kind) for cue, kind in cues if cue.start() > comma]
    participle = _START_PARTICIPLE_RE.search(lower, max(0, start - 60), start) if strong else None
    if participle is not None:
        # "a baseline 10% tariff on imports ..., collected from 12:01 a.m. on April 5": a participle of the
        # tariff names its start without a tense of its own; the calendar decides (see the tense below).
        cues = [(cue, kind) for cue, kind in cues if cue.start() != participle.start()]
    if (
        candidate.form in ("weekday", "day")
        and lower.endswith("on ", 0, start)
        and _SPEECH_BEFORE_RE.search(lower, max(0, start - 40), start)
    ):
        # "conditions that nobody in Whitehall could explain on Thursday", "will tell reporters on Monday":
        # the day someone speaks, whatever the modal.
        return None
    if (
        candidate.form == "month"
        and " of " in lower[max(0, start - _SPAN_OF_MONTHS_REACH) : start]
        and _SPAN_OF_MONTHS_RE.search(lower, max(0, start - _SPAN_OF_MONTHS_REACH), start) is not None
    ):
        # "For most of April, May and June we were paying 27.5 per cent", "through much of September": the
        # months a state lasted over, a span and not a date anything is due on.
        return None
    if candidate.form in ("weekday", "day") or (
        candidate.form == "month" and lower.endswith(" in ", 0, start)
    ):
        # "a report which, when it finally surfaced in February, laid out options": a past verb right before
        # "in" and a month says what happened then, like one before "on" and a day.
        reported = _ED_BEFORE_RE.search(lower, max(0, start - 30), start)
        if reported is not None and (not cues or reported.start() > cues[-1][0].start()):
            # "... and that Beijing described on Wednesday as 'totally unacceptable'": a verb right before
            # the day says what happened on it, whatever the modal further back.
            cues.append((reported, "past"))
    if all(kind == "tariff" for _, kind in cues):
        after = _verb_after(lower, start, end)
        if after is not None:
            cues.append(after)
        elif lower.startswith(":", end) and _item_is_event(lower, end):
            # "- Feb. 1: Canada is scheduled to deliver a border security plan": a dated item of a calendar
            # is what its own verb says, here an event (not "- Aug. 1: Tariffs take effect").
            return None
    elif lower.startswith(" ", end):
        # "..., and this month also ended India's preferential access": a past verb right after the date is
        # the date's own, whatever verbs came before (not "due on March 1 were postponed": an auxiliary or a
        # postponement there reports what happened to the date).
        position = _skip_adverb(lower, end + 1)
        pronoun = _FRONTED_PRONOUN_RE.match(lower, position) if lower.endswith("on ", 0, start) else None
        if pronoun is not None and _CLAUSE_FRONTED_ON_RE.search(lower, max(0, start - 12), start) is not None:
            # "..., and on Tuesday it said levies ... would be applied": a date fronted in its clause before a
            # pronoun subject is dated by that subject's verb.
            position = pronoun.end()
        own = DATE_CUES.pattern.match(lower, position)
        if (
            own is not None
            and own.group(0) not in _NOT_OWN_VERBS
            and DATE_CUES.category(own.group(0)) == "past"
        ):
            cues.append((own, "past"))
    # Scheduling words say when, not what: in "a hearing on the list is scheduled for May 15" the hearing
    # governs the date, in "tariffs scheduled for Jan. 1" the tariffs do.
    # A tariff noun says what, not when: "a hearing on the tariff list on May 15" is still a hearing, so
    # verbs and events outrank it.
    kinds = [k for _, k in cues]
    content = [k for c, k in cues if c.group(0) not in _SCHEDULING_WORDS]
    nearest = next((k for k in reversed(content) if k != "tariff"), "tariff" if "tariff" in content else None)
    verb, verb_kind = next(((c, k) for c, k in reversed(cues) if k != "tariff"), (None, None))
    if verb is not None and _attached_to_event(lower, verb, context.clause(start, end)[0]):
        return None
    if (
        verb is not None
        and verb.group(0) == "deadline"
        and _PROCEDURE_DEADLINE_RE.search(lower, max(0, verb.start() - 20), min(len(lower), verb.end() + 40))
        is not None
    ):
        return (
            None  # "The sign-up deadline for the program is Dec. 6": a procedure's deadline, not a tariff's
        )
    if (
        candidate.form != "duration"
        and any(word in lower[max(0, start - 40) : start] for word in ("expected", "likely", "anticipated"))
        and _EXPECTED_EVENT_RE.search(lower, max(0, start - _EXPECTED_EVENT_REACH), start) is not None
    ):
        # "the arbitrator's decision on that case is not expected until next year": when an event is expected
        # (unlike "a decision is due by March 1", a due date).
        return None
    if (
        candidate.form == "duration"
        and lower.startswith(" after ", end)
        and _FUTURE_EVENT_AFTER_RE.match(lower, end + 7) is not None
    ):
        # "kicks in 30 days after the agreement is signed": a countdown from an event still to come cannot be
        # dated from the article (unlike "21 days after its signing", already done).
        return None
    if (
        verb is not None
        and verb.group(0) in _BARE_MODALS
        and not strong
        and not due_noun
        and candidate.form in _MODAL_VERB_FORMS
        # Only plain tariff nouns after the modal (the pattern allows them only as what the verb is about);
        # "will retaliate on Monday" is a tariff action.
        and not any(cue.start() > verb.start() and cue.group(0) not in _PLAIN_TARIFF_NOUNS for cue, _ in cues)
        and _MODAL_OWN_VERB_RE.match(lower, verb.end(), start) is not None
        # "ports, which would reopen on June 10 when the new duties take effect": a tariff after the date
        # may be what the date is of.
        and _RATE_OR_TARIFF_RE.search(lower, end, context.clause(start, end)[1]) is None
    ):
        # "said it would publish on Monday evening", "will have seen the headlines on Tuesday", "he would lead
        # a trade mission to Beijing next month", "could happen in the first week of January": a modal's own
        # verb that is no tariff action (no cue word, no tariff or amount in its phrase) governs the date.
        return None
    if (
        (candidate.form == "duration" or prep in _DUE_PREPOSITIONS)
        and verb is not None
        and verb_kind == "event"
        and _is_negotiation(verb, lower)
    ):
        verb_kind = "future"  # "negotiate over the next 90 days": a negotiating window, not an event
        nearest = "future" if nearest == "event" else nearest
    clause_start, clause_end = context.clause(start, end)
    tense = _tense(lower, start, end, clause_start, clause_end, [k for _, k in cues], verb_kind, strong)
    if (
        candidate.form == "weekday"
        and candidate.count == published_on.weekday()
        and any(kind == "past" for _, kind in DATE_CUES.finditer(lower, clause_start, start))
    ):
        # "Canada was hit with an increase ..., effective from Friday" in Friday's paper: today.
        tense = "past"
    elif (
        tense == "past"
        and prep == "from"
        and _TARIFF_NOUN_FROM_RE.search(lower, max(0, start - 70), start) is not None
        and not _REPORTED_AFTER_RE.search(lower, end, clause_end)
    ):
        # "threatened a 5% tariff on Mexican goods from June 10": "from" opens the start of the tariff the
        # noun phrase names, like a participle; the verb before tells of the threat, not of the date.
        tense = "neutral"
    elif participle is not None:
        # ... unless the verb the participle's noun governs reports the past: "The duties, imposed from July
        # 6, have hurt farmers".
        tense = "past" if _REPORTED_AFTER_RE.search(lower, end, clause_end) else "neutral"
    elif due_noun and verb is not None and verb.group(0) in _REPORTING_VERBS:
        # "said the March 1 deadline was firm": the report is past, the deadline is whenever its date falls.
        tense = "neutral"

    # "had postponed them ..., most recently from May 2": the date a postponed action was moved from.
    # "with effect from Dec. 15", "effective from" name a start date, not the date an action moved from.
    moved_from = (
        prep == "from"
        and not lower.endswith(_START_FROM, 0, start - 1)
        and context.postpones_in(_own_relative_start(lower, 0, start), start)
        and _postpones_outside_asides(context, _own_relative_start(lower, 0, start), start)
        # "deferred from July 1, will instead apply from Aug. 1": the start of the coming action.
        and not _later_action(lower, 0, start)
        and not _only_negated_postponements(lower, 0, start)
    )
    if (
        not moved_from
        and prep == "from"
        and _TO_DATE_FROM_RE.search(lower, max(0, start - 30), start) is not None
        and any(map(lower.__contains__, _MOVE_STEMS))
    ):
        # "had already been extended once, to June 1 from May 1": the date it was moved from.
        moved_from = True
    if (
        not moved_from
        and prep == "from"
        and _TO_DATE_AFTER_RE.match(lower, end) is not None
        and _MOVE_VERB_BEFORE_RE.search(lower, max(0, start - 100), start) is not None
    ):
        # "moved the expiry of the 90-day suspension of 'reciprocal' duties from July 9 to Aug. 1": the date
        # it was moved from (the new one is the date after "to").
        moved_from = True
    if (
        not moved_from
        and candidate.form in ("day", "weekday", "month")
        and _FORMER_PLAN_BEFORE_RE.search(lower, max(0, start - 60), start) is not None
        and (context.postpones_in(end, len(lower)) or _PUSHED_BACK_RE.search(lower, end) is not None)
        and not _only_negated_postponements(lower, end, len(lower))
    ):
        # "The higher levies had been due to return on July 9, but the president ... pushed that date back to
        # August 1": the date a plan was set for before a later clause moved it.
        moved_from = True
    if moved_from:
        tense = "neutral"  # the old date of a postponement may lie either side of the article date
    elif moved_to:
        # "was originally set for Oct. 1, moved to Oct. 15, and then shelved" in December: a move told in the
        # past may have a new date already gone; the calendar decides.
        tense = (
            "neutral"
            if candidate.form == "day"
            and candidate.year is None
            and _recent_past_day(candidate, published_on)
            and _FUTURE_WORD_RE.search(lower, clause_start, clause_end) is None
            else "future"
        )
    # A countdown set by a past verb ("announced a 90-day pause") runs from when it was set; the
    # sentence's past dates decide that (see find_deadlines), not the verb.
    took_effect = (
        verb is not None
        and verb_kind == "past"
        and not moved_from
        and _took_effect(lower, verb, candidate, published_on)
    )
    # A past verb governing a day: the new-level tests below may make that day a tariff's own date.
    past_day_verb = (
        verb is not None and verb_kind == "past" and not moved_from and candidate.form in ("day", "weekday")
    )
    if not took_effect and past_day_verb and verb is not None and verb.group(0) in _NEW_LEVEL_VERBS:
        level = _NEW_LEVEL_ON_RE.search(lower, max(verb.end(), start - 30), start)
        if level is not None and (
            _TARIFF_WORD_RE.search(lower, verb.end(), level.start()) is not None
            # "the tariff on steel, which was raised to 50 percent on June 4", "duties were hiked to 25% on
            # May 10": in the passive the tariff is the subject.
            or (
                lower.endswith(_PASSIVE_AUXILIARIES, 0, verb.start())
                and (
                    _TARIFF_HEAD_BEFORE_RE.search(lower, max(0, verb.start() - 70), verb.start()) is not None
                    or _TARIFF_RELATIVE_SUBJECT_RE.search(lower, max(0, verb.start() - 70), verb.start())
                    is not None
                )
            )
        ):
            # "Trump raised tariffs on steel and aluminum to 50% on June 4": the day a tariff's new level
            # applies is its own date, unlike the day a raise was decided ("raised tariffs on Tuesday").
            resolved_level = _resolve(candidate, published_on, "past", "")
            took_effect = resolved_level is not None and resolved_level[1] <= published_on
    if (
        not took_effect
        and past_day_verb
        and verb is not None
        and verb.group(0) in _RATE_MOVE_VERBS
        and _NEW_LEVEL_ON_RE.search(lower, max(verb.end(), start - 30), start) is not None
        and _RATE_MOVE_SUBJECT_RE.search(lower, max(0, verb.start() - 90), verb.start()) is not None
    ):
        # "The rate on $120 billion of imports (List 4A), which rose to 15% on September 1, 2019": a rate or
        # tariff that moved to a new level on a day names that level's start, like "raised ... to 50% on".
        took_effect = _past_day(candidate, published_on)
    if (
        not took_effect
        and not moved_from
        and verb_kind == "past"
        and candidate.form in ("day", "weekday", "month")
        and lower.startswith(",", end)
        and _IMPOSED_PARTICIPLE_RE.search(lower, max(0, start - 90), start) is not None
    ):
        # "Provisional duties, imposed in July, were collected as guarantees": a participle set off by commas
        # right after the tariff noun dates the tariff's imposition, whatever the main verb reports.
        took_effect = _past_day(candidate, published_on)
    if (
        not took_effect
        and not moved_from
        and verb_kind == "past"
        and candidate.form in ("day", "weekday")
        and lower.startswith((", when ", " when "), end)
        and context.has_tariff_terms
        and _WHEN_TOOK_EFFECT_RE.match(lower, end) is not None
    ):
        # "published in the Official Gazette on 15 August, when it also entered into force": a clause after
        # the date saying what took effect on it dates the measure's start, whatever the verb before reports.
        took_effect = _past_day(candidate, published_on)
    if (
        not took_effect
        and not moved_from
        and candidate.form in ("day", "weekday")
        and " after " in lower[max(0, start - 30) : start]
    ):
        entry = _ENTRY_CUTOFF_RE.search(lower, max(0, start - 80), start)
        if entry is not None and start - entry.end() <= _ENTRY_FILLER_REACH:
            # "was reduced to 10% for entries on or after May 14": the day a rate applies to entries is the
            # rate's own start, whatever tense reports it.
            took_effect = True
            strong = True
    if (
        not took_effect
        and not moved_from
        and candidate.form in ("day", "weekday", "month")
        and start <= _ITEM_OPENING_REACH
        and _ITEM_OPENING_RE.fullmatch(lower, 0, start) is not None
        and _ITEM_MARK_RE.match(lower, end) is not None
    ):
        # "Aug. 23 -- Duties of 25% ... take effect", "- July 6: the first round takes effect": a timeline
        # item in the historical present; a tariff taking effect in it is the tariff's own date.
        item_end = lower.find(";", end)
        effect = _ITEM_EFFECT_RE.search(lower, end, item_end if item_end >= 0 else len(lower))
        past_effect = None
        if effect is None:
            # "* July 6: A 25 percent tariff took effect": a timeline told in the past tense dates the same
            # start, on or before the article date.
            past_effect = _ITEM_PAST_EFFECT_RE.search(lower, end, item_end if item_end >= 0 else len(lower))
            if past_effect is not None and _past_day(candidate, published_on):
                effect = past_effect
        took_effect = effect is not None and _ITEM_MEASURE_RE.search(lower, end, effect.start()) is not None
        if took_effect and past_effect is not None:
            tense = "past"
    if (
        not took_effect
        and not moved_from
        and candidate.form in ("day", "month")
        and "|" in lower
        and context.number in contexts.amount_sentences
        and _table_row_date(lower, start, end)
    ):
        # "Round | US action (coverage; rate) | ...\n 1 (6 July) | US$34bn; 25% | ...": the date heading a
        # row of tariff rates in a table written as text is when those tariffs applied (a row dated ahead is
        # left to the tense).
        took_effect = _nearer_past(candidate, published_on)
        if took_effect:
            tense = "past"
    if (
        not took_effect
        and not moved_from
        and candidate.form in ("day", "weekday")
        and prep in ("from", "of")
        and lower.find("appl", max(0, start - 80), start) >= 0
    ):
        applied = _APPLIED_FROM_RE.search(lower, max(0, start - 80), start)
        if applied is not None:
            # "the additional 25% on Indian goods that applied from Aug. 27": an intransitive "apply" with the
            # tariff or its rate as the subject dates the tariff's start, in whatever tense.
            subject = max(0, applied.start() - 70)
            took_effect = (
                _TARIFF_HEAD_BEFORE_RE.search(lower, subject, applied.start()) is not None
                or _RATE_SUBJECT_RE.search(lower, subject, applied.start()) is not None
            ) and _past_day(candidate, published_on)
    if (
        not took_effect
        and tense == "future"
        and verb_kind is None
        and not moved_to
        and prep in _START_PREPOSITIONS
        and candidate.form == "day"
        and candidate.year is None
        and _FUTURE_WORD_RE.search(lower, clause_start, clause_end) is None
        and _recent_past_day(candidate, published_on)
        and _RATE_OR_TARIFF_RE.search(lower, max(clause_start, start - _VERBLESS_START_REACH), start)
    ):
        # "- Canada: a 100% surtax from Oct. 1" in an Oct. 30 article, "and China's from 125% to 10% from May
        # 14": a tariff's start with no verb to give a tense is the recent day, not next year's (which a
        # writer would date with its year).
        tense = "past"
        took_effect = True
    if (
        not took_effect
        and not moved_from
        and verb_kind == "past"
        and candidate.form in ("day", "weekday")
        and lower.endswith(_EFFECTIVE_BEFORE, 0, start)
        and _RATE_OR_TARIFF_RE.search(lower, max(clause_start, start - _VERBLESS_START_REACH), start)
        is not None
        and _past_day(candidate, published_on)
    ):
        # "raised its levy on American spirits to 140 percent with effect from Aug. 15": whatever verb
        # reports the measure, "with effect from" names the day it took effect.
        took_effect = True
    if (
        not took_effect
        and not moved_from
        and candidate.form in ("day", "weekday")
        and (lower.endswith(_EFFECTIVE_BEFORE, 0, start) or prep in _START_PREPOSITIONS)
    ):
        # "imposed surtaxes ..., effective Dec. 20" in a Dec. 1 paper: a start decided now may lie ahead.
        imposed = (
            _last_match(_IMPOSED_MEASURE_RE, lower, max(0, start - _IMPOSED_EFFECTIVE_REACH), start)
            if _nearer_past(candidate, published_on)
            else None
        )
        if imposed is not None and _FUTURE_WORD_RE.search(lower, max(0, imposed.start() - 30), start) is None:
            # "it imposed provisional anti-dumping measures on European brandy, ..., effective Oct. 11",
            # "India had imposed additional customs duties ..., with effect from 16 June 2019": the start
            # attached to a past imposition (nothing ahead between) is that measure's own past date.
            took_effect = True
            tense = "past"
    if (
        not took_effect
        and not moved_from
        and candidate.form in ("day", "weekday")
        and prep in ("from", "of")
        and lower.find(" in ", max(0, start - 30), start) >= 0
        and _IN_FORCE_FROM_RE.search(lower, max(0, start - 30), start) is not None
        and _FUTURE_WORD_RE.search(lower, max(0, start - 50), start) is None
        and _nearer_past(candidate, published_on)
    ):
        # "The baseline tariff, in force from 5 April, will remain": a state held from a recent day names
        # the tariff's own start (the settled past-date rule), whatever the main verb says of the future.
        took_effect = True
        tense = "past"
    if not due_noun:
        if nearest == "purchase" or (nearest == "event" and not due and not moved_from):
            return None
        if (
            verb_kind == "past"
            and not strong
            and candidate.form != "duration"
            and not took_effect
            and not moved_from
        ):
            _note_past(candidate, context, published_on, past_sentences)
            return None
        if (
            candidate.form == "weekday"
            and verb_kind not in ("future", "planned")
            and not (strong or took_effect)
        ):
            return None
        if candidate.form == "year" and not strong and tense != "future" and "planned" not in kinds:
            return None
        if nearest is None and not strong and tense != "future" and candidate.form != "day":
            return None

    resolved = _resolve(candidate, published_on, tense, prep)
    if resolved is None:
        return None
    text, latest = resolved
    status = "postponed" if moved_from else _status(context, contexts, start, end, clause_start)
    if moved_to and latest < published_on and context.postpones_in(end, len(lower)):
        # "moved to Oct. 15, and then shelved": a new date itself put off later is a postponed date too.
        status = "postponed"
    if latest < published_on:
        past_sentences.add(context.start)
        if took_effect:
            # The settled rule: a tariff's own past start or end date is still its deadline.
            return _Decision(candidate, context, text, latest, status)
        # A pushed-back date is reported after it passed, but not years later ("suspended duties from
        # 2018" in 2025 names when they began) unless the sentence says it was the plan: "a tariff that was
        # to have been phased out by 2021 was extended until 2041".
        if status != "postponed" or (
            "planned" not in kinds and (candidate.form == "year" or (published_on - latest).days > _A_YEAR)
        ):
            return None
    return _Decision(candidate, context, text, latest, status, future=verb_kind == "future")


# Words that may sit between a preposition and its date: "by the end of", "in early March", "on Friday".
_PERFECT_PROGRESSIVE_RE = re.compile(
    r"(?<![a-z])(?:has|have|had|'ve)[ \u00a0]+been[ \u00a0]+(?:[a-z]+[ \u00a0]+)?[a-z]+ing"
    r"(?:[ \u00a0]+[a-z]+){0,3}[ \u00a0]+for[ \u00a0]+"
    r"(?:the[ \u00a0]+(?:past|last)[ \u00a0]+|more[ \u00a0]+than[ \u00a0]+|about[ \u00a0]+"
    r"|nearly[ \u00a0]+|almost[ \u00a0]+)?\Z"
)
_THIS_YEAR_TIED_RE = re.compile(
    r"(?:[0-9][ \u00a0]?%|[0-9][ \u00a0](?:percent|per[ \u00a0]cent)|take[s]?[ \u00a0]effect"
    r"|kicks?[ \u00a0]in|into[ \u00a0](?:effect|force)|expires?|deadline)[ \u00a0]+\Z"
)
#: A law's general permission: "Section 122, which permits", "the statute allows", "the act lets".
_STATUTE_PERMITS_RE = re.compile(
    r"(?<![a-z])(?:section[ \u00a0]+[0-9]+|act|statute|law|provision|article[ \u00a0]+[0-9]+)(?![a-z])"
    r"[^;:()]{0,20}?(?:,?[ \u00a0]+(?:which|that))?[ \u00a0]+(?:permits|allows|lets|authori[sz]es|enables"
    r"|limits|caps)(?![a-z])"
)
#: A present perfect: "have seen", "has already risen", "'ve had".
_PERFECT_VERB_RE = re.compile(
    r"(?<![a-z])(?:has|have|'ve|’ve)[ \u00a0]+(?:(?:already|also|just|so[ \u00a0]+far|now)[ \u00a0]+)?"
    r"(?:[a-z]{2,}ed|seen|been|done|made|had|taken|given|risen|fallen|grown|paid|sent|got|gotten)(?![a-z])"
)
#: Words that name the day a measure takes effect, right before the date.
_EFFECTIVE_BEFORE = ("effect from ", "effective from ", "effective ", "effective on ", "with effect on ")
_START_FROM = ("effect from", "effective from", "as from", "starting from", "beginning from")
_DATE_FILLERS = frozenset({"the", "early", "late", "mid", "on", "at", "midnight", "around", "about"})
_DUE_PREPOSITIONS = frozenset({"by", "until", "till", "before", "no later than", "not later than"})
_START_PREPOSITIONS = frozenset({"effective", "starting", "beginning", "as of", "as from", "from"})
#: Verbs of a period that lasts past a date (see _prepositions).
_LASTING_VERBS = frozenset(
    {"hold", "holds", "last", "lasts", "run", "runs", "continue", "continues", "stay", "stays", "remain",
     "remains", "extend", "extends"}
)  # fmt: skip


#: Words of a clock time between a preposition and "on": "from 12:01 a.m. eastern daylight time on".
_CLOCK_WORDS = frozenset(
    {"a.m.", "p.m.", "am", "pm", "midnight", "noon", "at", "gmt", "et", "edt", "est", "eastern", "daylight",
     "standard", "time", "local", "beijing", "washington", "utc", "bst", "cet"}
)  # fmt: skip
_CLOCK_RE = re.compile(r"[0-9]{1,2}(?:[:.][0-9]{2})?(?:a\.?m\.?|p\.?m\.?|am|pm)?,?")


#: Fronted frames whose noun does not govern the main clause: "Under the deal,", "As part of the truce,".
_FRONTED_FRAMES = ("under ", "as part of ", "in line with ", "in keeping with ", "pursuant to ")
_FRONTED_FRAME_REACH = 60
_LEADING_CONDITION_WORDS = ("if ", "unless", "should", "absent", "failing", "barring", "without")
#: A condition opening the sentence, up to its comma: "If talks fail,", "Unless Mexico acts within 90 days,".
_LEADING_CONDITION_RE = re.compile(
    r"[\"“‘' \u00a0]*(?:if|unless|should|absent|failing|barring|without)[ \u00a0][^,;:()]{1,100},"
)
#: A tariff noun phrase right before "from": "a 5% tariff on Mexican goods from", "duties of 25% from".
_TARIFF_NOUN_FROM_RE = re.compile(
    r"(?<![a-z])(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surcharges?|surtax(?:es)?)"
    r"(?:[ \u00a0]+(?:on|of|against)[ \u00a0]+[^,;:()]{0,45}?)?[ \u00a0]+from[ \u00a0]+\Z"
)
#: A past participle right before a start preposition, with no auxiliary making it a finite verb:
#: "a 10% tariff ..., collected from 12:01 a.m. on April 5" (not "duties were collected from April 5").
_START_PARTICIPLE_RE = re.compile(
    r"(?<![a-z])(?<!was )(?<!were )(?<!been )(?<!had )(?<!has )(?<!have )(?<!is )(?<!are )(?<!be )"
    r"(?<!being )"
    r"[a-z]{3,}ed[ \u00a0]+(?:from|starting|effective|beginning)(?:[ \u00a0]+(?:on|at|from))?"
    r"(?:[ \u00a0]+[0-9:.apm]+|[ \u00a0]+(?:a\.m\.|p\.m\.|midnight|noon|gmt|et|edt|est|eastern|daylight|time"
    r"|on))*[ \u00a0]*\Z"
)


_REPORTED_AFTER_RE = re.compile(
    r"(?<![a-z])(?:(?:have|has|had)[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?(?:been|[a-z]+ed|hurt|cut|hit|cost)"
    r"|(?:were|was)[ \u00a0])(?![a-z])"
)


def _prepositions(lower: str, start: int) -> tuple[str, bool, bool]:
    """Return the preposition governing the date at ``start``, whether it names a due or start date
    ("by", "until", "from", "effective"), and whether it names a due date ("by", "until", "before").

    Only a due date overrides an event word ("must sign the deal by March 1"); "hearings from Aug. 20"
    are still hearings.
    """
    words = lower[max(0, start - 40) : start].split()
    while words and words[-1] in _DATE_FILLERS and len(words) > 1 and words[-1] != "on":
        words.pop()
    if not words:
        return "", False, False
    prep = words[-1].strip("(,\"'“”")
    if prep == "on" and len(words) > 1:
        # "starting on June 10"; "collected from 12:01 a.m. on April 5": a clock time between the two.
        index = len(words) - 2
        while index > 0 and (words[index] in _CLOCK_WORDS or _CLOCK_RE.fullmatch(words[index])):
            index -= 1
        if words[index] in _START_PREPOSITIONS | _DUE_PREPOSITIONS:
            prep = words[index]
    if prep == "past" and len(words) > 1 and words[-2] in _LASTING_VERBS:
        # "assume the truce holds past Aug. 12", "if the pause lasts beyond July 9": a period lasting past a
        # date ends on it (not "since the past Friday").
        prep = "until"
    phrase = " ".join(words[-3:])
    due = prep in _DUE_PREPOSITIONS or phrase.endswith(("no later than", "not later than"))
    strong = due or prep in _START_PREPOSITIONS or phrase.endswith(("as of", "as from"))
    return prep, strong, due


def _left_cues(context: SentenceContext, start: int, end: int) -> list[tuple[re.Match[str], str]]:
    clause_start, _ = context.clause(start, end)
    window_start = max(clause_start, start - LEFT_WINDOW)
    cues = [
        found
        for found in DATE_CUES.finditer(context.lower, window_start, start)
        # "WASHINGTON, May 14 (Reuters)": the month, not the modal.
        if not (found[0].group(0) == "may" and found[0].start() and context.text[found[0].start()] == "M")
    ]
    if window_start > clause_start and all(kind == "tariff" for _, kind in cues):
        # A long object ("raising tariffs on US$200 billion (HK$1.57 trillion) of Chinese goods from 10 per
        # cent to 25 per cent at 12.01am on Friday") can push the verb out of the window; the clause's
        # verb still governs the date. Only an object holding amounts is that long for a tariff action.
        wider = list(DATE_CUES.finditer(context.lower, max(clause_start, start - _LONG_WINDOW), start))
        verbs = [kind for _, kind in wider if kind != "tariff"]
        # Only a coming action reaches that far: a past verb ("unveiled steep tariff increases, including
        # ... this year") reports the announcement, not the date's action. A purchase commitment reaches
        # over its long object too ("agreed to buy 12 million tons ... and 25 million tons annually over
        # the next three years").
        if verbs and (verbs[-1] == "purchase" or (context.has_amount and verbs[-1] in ("future", "planned"))):
            cues = wider
    return cues


#: A revenue figure, then the period it covers: "revenue hit $30 billion in", "collected $29.6 billion from
#: tariffs in".
_REVENUE_PERIOD_RE = re.compile(
    r"(?<![a-z])(?:revenues?|receipts|collections|collected|brought[ \u00a0]+in|took[ \u00a0]+in"
    r"|raked[ \u00a0]+in|netted|yielded|generated)(?![a-z])[^.;:()]{0,50}?[0-9][^.;:()]{0,40}?[ \u00a0]"
    r"(?:in|during|for|through)[ \u00a0]+"
    r"(?:the[ \u00a0]+(?:month|year|fiscal[ \u00a0]+year|quarter)[ \u00a0]+"
    r"(?:of|to|through|ending|ended)[ \u00a0]+)?\Z"
)
#: Substrings without which _REVENUE_PERIOD_RE, _EXPORT_DATE_BEFORE_RE and _PROCEDURE_BEFORE_RE cannot match
#: (tested on the text just before the date).
_REVENUE_WORDS = (
    "revenue",
    "receipts",
    "collect",
    "brought",
    "took",
    "raked",
    "netted",
    "yielded",
    "generated",
)
_EXPORT_WORDS = ("exported", "shipped", "loaded", "departed")
_PROCEDURE_WORDS = (
    "due", "filed", "submitted", "received", "publish", "post", "release", "announced", "respond", "reply",
    "comment", "regist", "sign up", "enrol",
)  # fmt: skip
_EXCLUSION_WORDS = (*_REVENUE_WORDS, *_EXPORT_WORDS, *_PROCEDURE_WORDS)


def _excluded_by_phrase(lower: str, candidate: _Candidate, start: int) -> bool:
    """Whether the phrase before a date makes it no deadline: the period of a revenue figure ("Tariff revenue
    hit $30 billion in May"), the export date of goods ("Goods exported from China before May 10 and entered
    on or before June 1": the entry date is the one, see _ENTRY_CUTOFF_RE), or a procedure's paperwork or
    notice ("written comments due by June 17", "A proposed list will be published on Monday")."""
    # Each pattern needs one of its words within its reach before the date: cheap substring tests first.
    before = lower[max(0, start - 110) : start]
    if not any(map(before.__contains__, _EXCLUSION_WORDS)):
        return False
    if (
        candidate.form in ("month", "day", "year")
        and any(map(before.__contains__, _REVENUE_WORDS))
        and _REVENUE_PERIOD_RE.search(lower, max(0, start - 110), start) is not None
    ):
        return True
    if (
        any(map(before.__contains__, _EXPORT_WORDS))
        and _EXPORT_DATE_BEFORE_RE.search(lower, max(0, start - 70), start) is not None
    ):
        return True
    return (
        any(map(before.__contains__, _PROCEDURE_WORDS))
        and _PROCEDURE_BEFORE_RE.search(lower, max(0, start - 60), start) is not None
    )


#: The export date of goods: "exported from China before", "shipped prior to", "loaded on or after".
_EXPORT_DATE_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:exported|shipped|loaded|departed)(?:[ \u00a0]+from[ \u00a0]+[^,;:()]{1,30}?)?[ \u00a0]+"
    r"(?:before|after|prior[ \u00a0]+to|on[ \u00a0]+or[ \u00a0]+(?:before|after)|by|on)[ \u00a0]+\Z"
)
#: The paperwork or publication of a trade procedure right before its date: "comments are due by", "rebuttal
#: briefs must be filed by", "the list will be published on".
_PROCEDURE_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:(?:comments?|submissions?|briefs?|filings?|requests?|applications?|petitions?"
    r"|questionnaires?|responses?)[ \u00a0]+(?:(?:are|is|were|was|will[ \u00a0]+be|must[ \u00a0]+be"
    r"|should[ \u00a0]+be)[ \u00a0]+)?(?:due|filed|submitted|received)"
    r"|(?:will|would|to|is[ \u00a0]+to|shall)[ \u00a0]+be[ \u00a0]+(?:published|posted|released|announced)"
    r"|(?:is|are|was|were)[ \u00a0]+(?:published|posted)"
    # "Lighthizer's office says it will publish that list on Monday": a document's publication, active.
    r"|(?:publish|release|post)(?:es|s)?[ \u00a0]+(?:(?:the|that|this|its|a|an|their|his|her)[ \u00a0]+)?"
    r"(?:[a-z-]+[ \u00a0]+){0,2}?(?:list|lists|notice|notices|details|proposal|names|rules|guidance|text"
    r"|report|findings)"
    r"(?:[ \u00a0]+of[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}?(?:goods|products|imports|items))?"
    # "asked the plaintiffs to respond by June 5", "must register by": a party's paperwork in a procedure.
    r"|(?:to|must|should|will|would)[ \u00a0]+(?:respond|reply|comment|register|sign[ \u00a0]+up|enrol+)"
    r"(?:[ \u00a0]+[a-z]+){0,2}?)"
    r"[ \u00a0]+(?:(?:by|on|in|before|no[ \u00a0]+later[ \u00a0]+than)[ \u00a0]+)?(?:the[ \u00a0]+)?\Z"
)
#: How far after an event subject its date may be ("A hearing on the proposed tariffs starts on").
_EVENT_SUBJECT_REACH = 60
#: A clause whose subject is an event: "A hearing on the tariffs starts", "The trade talks end".
_EVENT_SUBJECT_RE = re.compile(
    r"[-*•▶►▪–—\"“ \u00a0]*(?:(?:the|a|an|this|that|its|their|next|first|second|final|[a-z.]+(?:'s|’s))"
    r"[ \u00a0]+)?(?:[a-z-]+[ \u00a0]+){0,2}?"
    r"(?:hearings?|meetings?|talks|summit|conference|comment[ \u00a0]+periods?|consultations?|visit|session"
    r"|negotiations|vote|election)"
    r"(?=[ \u00a0]+(?:on|of|over|into|about|with|between|in|at|is|are|was|were|will|would|could|may|starts?"
    r"|begins?|ends?|opens?|closes?|runs?|concludes?|resumes?|takes?|expires?)(?![a-z]))"
)
#: A former level compared with the present one, up to the date it applied: "up from 10% in".
_FORMER_LEVEL_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:up|down)[ \u00a0]+from[ \u00a0]+(?:about[ \u00a0]+|around[ \u00a0]+)?[0-9.]+[ \u00a0]?"
    r"(?:%|percent|per[ \u00a0]cent)[ \u00a0]+(?:in|on|at[ \u00a0]+the[ \u00a0]+(?:start|end)[ \u00a0]+of)"
    r"[ \u00a0]+(?:early[ \u00a0]+|late[ \u00a0]+|mid-?)?\Z"
)
#: How far into a dated item ("Feb. 1: ...") its verb is looked for.
_ITEM_REACH = 90


#: A dated item that is the end of a window: ": end of the negotiating window", ": truce expires".
_ITEM_WINDOW_END_RE = re.compile(
    r":[ \u00a0]+(?:the[ \u00a0]+)?(?:end|expiry|expiration|close|deadline|last[ \u00a0]+day)"
    r"[ \u00a0]+of[ \u00a0]+"
    r"(?:the[ \u00a0]+)?(?:[a-z-]+[ \u00a0]+){0,2}?(?:window|truce|pause|period|reprieve|suspension|exemption"
    r"|ceasefire|grace[ \u00a0]+period|talks|negotiations)(?![a-z])"
)


_ITEM_OPENING_REACH = 4
_ITEM_OPENING_RE = re.compile(r"[-*•▶►▪–— \u00a0]*")
_ITEM_MARK_RE = re.compile(r"(?:,[ \u00a0]*[0-9]{4})?[ \u00a0]*(?:-{1,2}|–|—|:)[ \u00a0]")
#: A verb of taking effect in the present tense, not an infinitive or a modal's ("to take effect Sept. 24").
_ITEM_EFFECT_RE = re.compile(
    r"(?<![a-z])(?<!to )(?<!will )(?<!would )(?<!could )(?<!may )(?<!might )"
    r"(?:takes?[ \u00a0]+effect|(?:comes?|goes?|go)[ \u00a0]+into[ \u00a0]+(?:effect|force)"
    r"|enters?[ \u00a0]+into[ \u00a0]+force|kicks?[ \u00a0]+in|(?:is|are)[ \u00a0]+imposed"
    # A headline participle of a level change: "- May 14 — Additional rate on Chinese goods reduced from
    # 125% to 10%", "- June 4: steel duties raised to 50%".
    r"|(?:raised|reduced|lowered|cut|hiked|increased|doubled|tripled)[ \u00a0]+(?:from|to))(?![a-z])"
)

#: The same verbs in the past tense: "- July 6: A 25 percent tariff took effect".
_ITEM_PAST_EFFECT_RE = re.compile(
    r"(?<![a-z])(?:took[ \u00a0]+effect|(?:came|went)[ \u00a0]+into[ \u00a0]+(?:effect|force)"
    r"|entered[ \u00a0]+into[ \u00a0]+force|kicked[ \u00a0]+in|(?:was|were)[ \u00a0]+imposed)(?![a-z])"
)

#: What takes effect in such an item: a tariff, a rate, or a round or list of them ("the first round, 25% on
#: $34 billion of Chinese goods, takes effect"), not a trade agreement.
_ITEM_MEASURE_RE = re.compile(
    r"(?<![a-z])(?:tariff|dut(?:y|ies)|lev(?:y|ies)|surtax|surcharge|countermeasure|round|tranche|list"
    # "- April 9 — Country-specific reciprocal rates take effect" (not "Interest rates cut to 4%").
    r"|(?<!interest )(?<!mortgage )(?<!policy )(?<!lending )(?<!exchange )(?<!bank )rates?(?![a-z]))"
    r"|[0-9](?:%|[ \u00a0]*per(?:[ \u00a0]*)cent)"
)


def _table_row_date(lower: str, start: int, end: int) -> bool:
    """Whether a date sits in the first cell of a row of a table written as text, under a header row that
    names tariffs or their rates."""
    header_end = lower.find("\n")
    row = lower.rfind("\n", 0, start)
    if header_end < 0 or row < 0 or lower.find("|", row, start) >= 0:
        return False
    row_end = lower.find("\n", end)
    header = lower[:header_end]
    return (
        lower.find("|", end, row_end if row_end >= 0 else len(lower)) >= 0
        and "|" in header
        and _TABLE_HEADER_RE.search(header) is not None
    )


#: A table header naming tariffs, their rates or what they cover.
_TABLE_HEADER_RE = re.compile(
    r"(?<![a-z])(?:rates?|tariffs?|dut(?:y|ies)|lev(?:y|ies)|surcharges?|coverage)(?![a-z])"
)


def _item_is_event(lower: str, end: int) -> bool:
    """Whether the first verb or noun of a dated item after its colon names an event (a meeting, a plan
    delivered, a vote) rather than a measure."""
    if _ITEM_WINDOW_END_RE.match(lower, end) is not None:
        return False  # "- March 1: end of the negotiating window": the item is a deadline, whatever ends
    stop = min(len(lower), end + _ITEM_REACH)
    for cue, kind in DATE_CUES.finditer(lower, end, stop):
        # Scheduling words say when, not what (see _decide).
        if kind != "tariff" and cue.group(0) not in _SCHEDULING_WORDS:
            return kind == "event"
    return False


def _verb_after(lower: str, start: int, end: int) -> tuple[re.Match[str], str] | None:
    """A past verb right after the date: "The United States on Friday ended the exemption", "on 26 March
    opened an investigation" (any "-ed" word there is a past verb: the date sits between subject and verb)."""
    if (lower.startswith(", ", end) or _FRONTED_SUBJECT_RE.match(lower, end)) and (
        _FRONTED_RE.fullmatch(lower, 0, start) is not None
        # "Relations soured, and on Friday the tariffs took effect": fronted in its own clause.
        or _CLAUSE_FRONTED_ON_RE.search(lower, max(0, start - 12), start) is not None
    ):
        # "On October 2, 2019, a World Trade Organization arbitrator issued its decision": a date fronted
        # before the subject is dated by the clause's first verb.
        reach = min(len(lower), end + _FRONTED_REACH)
        # "On October 2nd an arbitrator finally put a number on ...": an irregular past after an adverb.
        irregular = _ADVERB_IRREGULAR_PAST_RE.search(lower, end, reach)
        for cue, kind in DATE_CUES.finditer(lower, end, reach):
            if irregular is not None and irregular.start() < cue.start():
                break
            if kind in ("past", "future", "planned"):
                return (cue, kind) if kind == "past" else None
        return None if irregular is None else (irregular, "past")
    if lower[end : end + 1] != " ":
        return None
    position = _skip_adverb(lower, end + 1)
    after = DATE_CUES.pattern.match(lower, position)
    if after is not None:
        return (after, "past") if DATE_CUES.category(after.group(0)) == "past" else None
    after = _ED_VERB_RE.match(lower, position)
    return None if after is None else (after, "past")


#: What may precede a fronted date at the start of a sentence: "On", "Late on", a bullet.
_FRONTED_RE = re.compile(r"[-*•▶►▪–— ]*(?:(?:late|early)[ \u00a0]+)?(?:on|in)[ \u00a0]+")
#: A subject right after a fronted date with no comma: "On October 2nd an arbitrator in Geneva put".
_FRONTED_SUBJECT_RE = re.compile(r" (?:an?|the|its|their|his|her)[ \u00a0]")
#: An irregular past verb after an adverb ("finally put", "quietly cut", "formally set"): the adverb shows the
#: word is a verb, not a noun ("the new set of tariffs").
_ADVERB_IRREGULAR_PAST_RE = re.compile(
    r"(?<![a-z])(?:also|then|finally|formally|quietly|[a-z]{3,}ly)[ \u00a0]+(?:put|set|cut|hit|made|gave|took"
    r"|won|lost|struck|sent|told|began|brought|said|found|held|met|wrote|chose|kept|paid|sold|bought|laid"
    r"|drew|threw)(?![a-z])"
)
#: How far after a fronted date its clause's verb is looked for.
_FRONTED_REACH = 120
#: Past words after a date that report what happened to it rather than on it.
_NOT_OWN_VERBS = frozenset(
    {"was", "were", "had", "had been", "postponed", "delayed", "extended", "suspended", "paused", "deferred",
     "pushed back", "last", "ago", "since", "earlier", "previously", "already"}
)  # fmt: skip


def _skip_adverb(lower: str, position: int) -> int:
    """Skip an adverb at ``position`` ("also", "quietly"): "this month also ended"."""
    adverb = _ADVERB_RE.match(lower, position)
    return position if adverb is None else adverb.end()


_ADVERB_RE = re.compile(r"(?:also|already|then|quietly|formally|finally|[a-z]{3,}ly)[ \u00a0]+")


# Participles that usually modify the noun after the date ("the March 1 scheduled increase") are left out.
_ED_VERB_RE = re.compile(
    r"(?!(?:scheduled|planned|expected|proposed|delayed|postponed|related|based|needed)(?![a-z]))"
    r"[a-z]{3,}ed(?![a-z])"
)


_LONG_WINDOW = 240

#: A past verb right before its day: "described on Wednesday", "announced late on Friday" (not "will be
#: raised on Friday", "scheduled on").
_ED_BEFORE_RE = re.compile(
    r"(?<![a-z])(?<!be )(?<!been )(?<!being )(?<!have )"
    r"(?!(?:scheduled|planned|expected|proposed|delayed|postponed|related|based|needed|due|set)(?![a-z]))"
    r"(?:[a-z]{3,}ed|said|told|saying|telling|announcing|adding|noting|warning|writing|tweeting|posting"
    r"|declaring|insisting|arguing|claiming)[ \u00a0]+(?:(?:late|early)[ \u00a0]+)?(?:on|in)[ \u00a0]+\Z"
)


_MONTH_WORD = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august"
    r"|september|october|november|december)\.?"
)
#: A quantifier of a span before a month or a list of months: "most of", "much of", "all of", "the whole
#: of", "parts of April, May and".
_SPAN_OF_MONTHS_RE = re.compile(
    r"(?<![a-z])(?:most|much|all|part|parts|the[ \u00a0]+(?:whole|bulk|rest|remainder))[ \u00a0]+of[ \u00a0]+"
    r"(?:" + _MONTH_WORD + r",?[ \u00a0]+(?:(?:and|or|to|through)[ \u00a0]+)?)*\Z"
)
_SPAN_OF_MONTHS_REACH = 60


#: A verb of speaking in its base form right before "on" and a day: the day of the speech.
_SPEECH_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:say|explain|confirm|comment|clarify|specify|elaborate|disclose|describe|discuss|tell"
    r"|brief)(?:[ \u00a0]+(?:it|this|that|them|him|her|us|reporters|journalists|lawmakers|parliament))?"
    r"[ \u00a0]+(?:(?:late|early)[ \u00a0]+)?on[ \u00a0]+\Z"
)


_SCHEDULING_WORDS = frozenset(
    {"scheduled", "slated", "set for", "set to", "due", "will", "would", "could", "may", "might",
     "expected to",
     "planned", "plan", "plans"}
)  # fmt: skip


def _cue_kind(lower: str, cue: re.Match[str], kind: str, candidate_start: int) -> str | None:
    """The role of a cue word, corrected for verb forms a word list cannot see.

    A past participle is not a past event after "be" ("will be collected from Saturday") or after
    "has"/"have" ("has threatened a tariff from Jan. 20"); a past verb followed by an infinitive states an
    intent ("agreed on Monday to slash tariffs for 90 days", "threatened to levy from Aug. 1").
    """
    if cue.group(0) == "lower" and lower.startswith(" than", cue.end()):
        return None  # "lower than": a comparison, not the verb "to lower"
    if cue.group(0) in _CHANGE_VERBS and NON_TARIFF_OBJECT_RE.match(lower, cue.end()):
        return "event"  # "cut its benchmark rate ... this month": the date of a change to something else
    if (
        kind == "event"
        and cue.group(0).startswith("return")
        and TARIFF_SUBJECT_RE.search(lower, max(0, cue.start() - 80), cue.start()) is not None
    ):
        # "the suspended, higher rates remain scheduled to return on July 9": tariffs returning are
        # reinstated, a tariff action (not an official returning home).
        return "future"
    if cue.group(0) == "results" and lower.endswith(_RESULTS_VERBS, 0, cue.start()):
        return None  # "if Mexico fails to show results within 45 days": a demand, not an earnings release
    if (
        kind == "event"
        and cue.group(0).startswith("announc")
        and _THAT_RE.match(lower, _skip_adverb(lower, cue.end() + 1)) is not None
    ):
        # "sent a letter announcing that all Brazilian products ... would be charged 50 percent from August
        # 1": the date belongs to what is announced, not to the announcement.
        return None
    if (
        kind == "future"
        and cue.group(0) in _SAME_PARTICIPLE
        and _PERFECT_BEFORE_RE.search(lower, max(0, cue.start() - 20), cue.start())
    ):
        return "past"  # "has cut its own import duties ... this year": a participle like its base form
    if (
        kind == "future"
        and cue.group(0) in ("into effect", "into force")
        and _PAST_INTO_EFFECT_RE.search(lower, max(0, cue.start() - 60), cue.start()) is not None
    ):
        return "past"  # "that President Trump signed into effect on Thursday": a past act, not a coming start
    if kind != "past":
        return kind
    if cue.group(0) in _REPORTING_VERBS and _THAT_RE.search(lower, cue.end(), candidate_start):
        return None  # "confirmed that April 2 is when the tariffs begin": the date is in what was reported
    before = lower[max(0, cue.start() - 8) : cue.start()]
    if before.endswith(_DETERMINERS):
        return None  # "a hearing on the proposed tariffs": a participle used as an adjective
    if before.endswith(("be ", "being ", " to ", "will ", "would ", "could ", "shall ", " may ", "might ")):
        return "future"  # "will put in place tariffs on June 1": a base form the same as the past
    if before.endswith((" is ", " are ")):
        return None  # "if no agreement is reached by March 1": a present passive reports no past event
    if before.endswith(("has ", "have ", "been ")):
        return None
    if _INFINITIVE_RE.search(lower, cue.end(), candidate_start):
        return "future"
    if _BACKSHIFT_BEFORE_RE.search(lower, max(0, cue.start() - 24), cue.start()) and _WOULD_RE.search(
        lower, 0, cue.start()
    ):
        # "said the levy would climb ... until it reached 25 percent on October 1": in reported speech a
        # past verb after "until"/"unless"/"once" is the backshifted present of a future condition.
        return "future"
    return kind


#: A past verb that put something into effect: "signed into effect", "put the duties into force".
_PAST_INTO_EFFECT_RE = re.compile(
    r"(?<![a-z])(?<!will )(?<!would )(?<!to )(?:signed|brought|ordered|voted|put)"
    r"(?:[ \u00a0]+[a-z'’-]+){0,4}?[ \u00a0]+\Z"
)
#: A subordinating conjunction and a short subject before a verb: "until it reached", "once the duty hit".
_BACKSHIFT_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:until|till|unless|once)[ \u00a0]+(?:it|they|the[ \u00a0]+[a-z]+|[a-z]+)[ \u00a0]+\Z"
)
_WOULD_RE = re.compile(r"(?<![a-z])(?:would|could)(?![a-z])")


_REPORTING_VERBS = frozenset(
    {"said", "says", "told", "confirmed", "announced", "noted", "added", "reported", "wrote", "declared",
     "tweeted", "posted", "warned", "threatened"}
)  # fmt: skip
_THAT_RE = re.compile(r"(?<![a-z])that[ \u00a0]")
_RESULTS_VERBS = (
    "show ", "shows ", "showing ", "deliver ", "delivers ", "delivering ", "produce ", "achieve ",
)  # fmt: skip
_SAME_PARTICIPLE = frozenset({"cut", "set", "put", "hit", "set to"})
_PERFECT_BEFORE_RE = re.compile(r"(?<![a-z])(?:has|have|had)(?: already| also| just| since| recently)? \Z")
_CHANGE_VERBS = frozenset(
    {"cut", "cuts", "cutting", "raise", "raising", "raised", "lower", "lowering", "lowered", "hike", "hiking",
     "hiked", "lift", "lifting", "lifted", "increase", "increasing", "increased", "reduce", "reducing"}
)  # fmt: skip
_DETERMINERS = (" the ", " a ", " an ", " its ", " their ", " these ", " those ", " his ", " her ")
# "agreed to in March" ends the verb with a stranded preposition: no infinitive follows.
_INFINITIVE_RE = re.compile(
    r"(?<![a-z])to (?!the |a |an |its |their |his |her |[0-9$€£]|(?:in|on|at|by|from|with|for|since|during"
    r"|before|after|until"
    # A quantifier or a plural of goods opens a noun phrase: "applied to most UK goods from 5 April".
    r"|most|all|some|many|more|other|each|every|both|nearly|almost|roughly|around|about|over|goods|imports"
    r"|exports|products|shipments|items)(?![a-z]))[a-z]+"
)


_A_YEAR = 366
_LEVEL_VERBS = frozenset(
    {"rose", "risen", "doubled", "tripled", "increased", "jumped", "climbed", "lowered", "halved", "expanded"}
)  # fmt: skip
#: Past verbs of a tariff action starting or ending: the day they name is the action's own date, a deadline
#: on whatever day it is reported ("tariffs came into force on Friday", "the duties took effect on Aug. 1"
#: in an Aug. 5 paper, "the exclusions expired on May 31"), unlike "said on Friday".
_EFFECT_VERBS = frozenset(
    {"took effect", "went into effect", "came into force", "came into effect", "kicked in", "expired",
     "entered into force", "went into force", "became effective", "lapsed"}
)  # fmt: skip
# Verbs of an action that is a tariff action only with a tariff object: "imposed 25% tariffs on Friday",
# "ended the de minimis exemption", but not "the Fed raised interest rates on Wednesday".
# "Turkey on Wednesday raised tariffs", "the administration on Tuesday raised Section 301 tariffs": a raise
# reported on the day is the decision (its rates often start later), so "raised"/"hiked" are not here.
_ACTION_VERBS = frozenset(
    {"imposed", "began", "started", "slapped", "applied", "ended", "lifted", "removed", "scrapped", "revoked",
     # "Canada added a ten percent surtax on U.S. whiskey on July 1", "levied a duty ... on June 5" (not
     # "introduced", which bills are).
     "added", "levied"}
)  # fmt: skip
_RELATIVE_ONLY_ACTION_VERBS = frozenset({"introduced", "put in place", "implemented"})
_TARIFF_OBJECT_RE = re.compile(
    r"[^.;:,]{0,40}?(?<![a-z])(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surcharges?|surtax(?:es)?|countermeasures"
    r"|exemptions?"
    r"|exclusions?|waivers?|de minimis)(?![a-z])"
)


_START_END_VERBS = frozenset({"began", "started", "ended"})
#: "that applied from", "which has applied only from": an intransitive "apply" opening the start of a tariff.
_APPLIED_FROM_RE = re.compile(
    r"(?<![a-z])(?:(?:has|have|had)[ \u00a0]+)?appl(?:ied|ies|y)(?:[ \u00a0]+(?:only|just))?"
    # "that applied to most UK goods from 5 April": the goods it applied to may come between.
    r"(?:[ \u00a0]+to(?:[ \u00a0]+[a-z-]+){1,5}?)?[ \u00a0]+"
    r"(?:from|as[ \u00a0]+of)[ \u00a0]+(?:[0-9:.]+[ \u00a0]*[ap]\.?m\.?[ \u00a0]+(?:on[ \u00a0]+)?)?\Z"
)
#: A rate heading the subject of "applied from": "the additional 25% on Indian goods that".
_RATE_SUBJECT_RE = re.compile(r"[0-9](?:%|[ \u00a0]*per[ \u00a0]?cent)[^.;:()]{0,50}\Z")
_TARIFF_RELATIVE_SUBJECT_RE = re.compile(
    r"(?<![a-z])(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surcharges?)(?:[ \u00a0][a-z0-9.-]+){0,8}?,[ \u00a0]"
    r"(?:which|that)[ \u00a0](?:(?:had|has|have|was|were|been|also|already|since)[ \u00a0])*\Z"
)
#: A tariff noun heading the subject before a verb ("Tariffs on steel that", "the EU's countermeasures"), not
#: the modifier of another head ("Tariff negotiations").
_TARIFF_HEAD_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surcharges?|countermeasures|de[ \u00a0]+minimis"
    r"[ \u00a0]+(?:treatment|exemption))(?![a-z])"
    r"(?![ \u00a0]+(?:talks|negotiations|revenue|dispute|war|fight|row|hearings?|meetings?)(?![a-z]))"
    r"[^.;:()]{0,50}\Z"
)
_PASSIVE_AUXILIARIES = ("was ", "were ", "been ")
#: A tariff heading the relative clause of its passive verb, its rates between: "levies of 25 per cent on
#: steel and 10 per cent on aluminium that were".
_TARIFF_RELATIVE_HEAD_RE = re.compile(
    r"(?<![a-z])(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surcharges?|countermeasures)(?![a-z])"
    r"[^.;:()]{0,80}?[ \u00a0,]+(?:that|which)[ \u00a0]+(?:had[ \u00a0]+|have[ \u00a0]+|has[ \u00a0]+)?"
    r"(?:was|were|been)[ \u00a0]+\Z"
)
#: A tariff as the object heading a relative clause: "the duties that Washington", "tariffs which the U.S.
#: had".
_TARIFF_OBJECT_RELATIVE_RE = re.compile(
    r"(?<![a-z])(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surcharges?|countermeasures)"
    # The tariff's own complement may come first: "the 25 per cent tariff on imported vehicles that".
    r"(?:[ \u00a0]+(?:on|against)(?:[ \u00a0]+[a-z.'’-]+){1,4}?)?"
    r"(?:,?[ \u00a0]+(?:that|which)(?:[ \u00a0]+[a-z.'’-]+){1,3}"
    # Without the pronoun: "the tariffs Washington imposed on", "the duties the United States put in place
    # on" (not "a tariff bill introduced on"; a reduced passive, "duties imposed on April 8", may date the
    # decision).
    r"|[ \u00a0]+(?!(?:bills?|legislation|talks|negotiations|revenue|dispute|war|hearings?|meetings?|plans?"
    r"|proposals?|threats?|and|or|were|was|are|is|will|would)(?![a-z]))(?:the[ \u00a0]+)?[a-z.'’-]+"
    r"(?:[ \u00a0]+[a-z.'’-]+)?)"
    r"(?:[ \u00a0]+(?:had|has|have))?[ \u00a0]+\Z"
)
#: A treaty or deal as the subject of an effect verb: its entry into force is no tariff's own date.
_AGREEMENT_SUBJECT_RE = re.compile(
    r"(?<![a-z])(?:agreement|arrangement|deal|pact|treaty|accord|usmca|nafta|cusma)[ \u00a0]+"
    r"(?:also[ \u00a0]+|finally[ \u00a0]+)?\Z"
)


#: A tariff in force before "since"/"last": "has been in force since", "went into effect last".
_IN_FORCE_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:in[ \u00a0]+(?:force|effect|place)|took[ \u00a0]+effect|went[ \u00a0]+into[ \u00a0]+"
    r"(?:effect|force)|came[ \u00a0]+into[ \u00a0]+(?:force|effect)|entered[ \u00a0]+into[ \u00a0]+force"
    r"|kicked[ \u00a0]+in|applied|appl(?:y|ies)|been[ \u00a0]+(?:applied|imposed|collected|levied)"
    # "the 10% already charged since April", "the duty levied since June 22": a charge's participle.
    r"|(?:already[ \u00a0]+)?(?:charged|levied))"
    r"(?:[ \u00a0]+(?:only|just|here|there))?[ \u00a0]+(?:since|last)[ \u00a0]+(?:the[ \u00a0]+)?\Z"
)
#: "since Sept. 1, when the tariffs took effect": a clause after the date says what began on it.
_WHEN_TOOK_EFFECT_RE = re.compile(
    r",?[ \u00a0]+when[ \u00a0]+[^.;:,]{0,60}?(?<![a-z])(?:took[ \u00a0]+effect|went[ \u00a0]+into"
    r"[ \u00a0]+(?:effect|force)|came[ \u00a0]+into[ \u00a0]+(?:force|effect)|entered[ \u00a0]+into"
    r"[ \u00a0]+force|kicked[ \u00a0]+in)"
)
_IN_FORCE_REACH = 50
#: A percentage, then a level or rate in apposition heading a relative clause: "to 30%, a level that has".
_LEVEL_APPOSITION_RE = re.compile(
    r"[0-9](?:%|[ \u00a0]*per[ \u00a0]?cent),[ \u00a0]+(?:an?|the)[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?"
    r"(?:level|rate)[ \u00a0]+(?:that|which)[ \u00a0]+(?:has|have)[ \u00a0]+"
    r"(?:also[ \u00a0]+|only[ \u00a0]+)?\Z"
)
#: Verbs of a state that holds since a date ("has applied", "have faced", "has been 50 percent"), unlike a
#: change since a date ("has risen 18 percent since January") or a series of acts ("has imposed since").
# Charging a duty is a state too ("the duty that the EU has charged on whiskey since June 22").
_STATE_PERFECT = (
    r"(?:been|applied|faced|paid|borne|carried|remained|stood|charged|levied|maintained"
    r"|had[ \u00a0]+to)(?![a-z])"
)
_SINCE_OBJECT_REACH = 100
#: A perfect tense that runs up to "since": "tariffs ... have applied to Chinese shipments since", "the tariff
#: has been 50 percent since". A progressive ("have been negotiating since") is an activity, not a measure.
_PERFECT_SINCE_RE = re.compile(
    r"(?<![a-z])(?:has|have)(?:[ \u00a0]+(?:already|also|only|just))?[ \u00a0]+(?:" + _STATE_PERFECT + r""
    # The perfect progressive of levying a charge is a state too: "the duties it has been levying since".
    # "our beans have already been paying an extra 25 percent since July 6", "have been facing": what goods or
    # importers have been paying or facing since a date is a charge in force since then.
    # "Provisional duties, which importers have been guaranteeing since July 5": provisional duties are
    # guaranteed, lodged or posted as deposits.
    r"|been[ \u00a0]+(?:levying|imposing|applying|charging|collecting|paying|facing|guaranteeing|lodging"
    r"|posting)(?![a-z]))"
    # "has applied provisional duties of up to 37.6 per cent since July 5": the object may be a noun phrase
    # with its rate.
    # ("has applied a 25 percent import tax on American bourbon and Tennessee whiskey since June 5").
    r"(?:[ \u00a0]+(?![a-z]*ing(?![a-z]))[a-z0-9.%'-]+){0,12}?[ \u00a0]+since[ \u00a0]+(?:the[ \u00a0]+)?\Z"
)
_PERFECT_SINCE_REACH = 110
#: What goods or importers have paid, a percent right after the verb: "have paid 25 per cent since", "have
#: been paying an extra 25 percent" (not "5 percent more", a price change).
_PAID_PERCENT_RE = re.compile(
    r"(?<![a-z])(?:paid|been[ \u00a0]+paying)[ \u00a0]+(?:(?:an?|the)[ \u00a0]+)?"
    r"(?:(?:extra|additional|full|combined)[ \u00a0]+)?[0-9][0-9.,]*[ \u00a0]?(?:%|percent|per[ \u00a0]cent)"
    r"(?![ \u00a0]+(?:more|less|higher|lower|extra))"
)
#: A percentage: a digit, then "%", "percent" or "per cent" (the fragment the patterns below share).
_PERCENT = r"[0-9][ \u00a0]?(?:%|percent|per[ \u00a0]cent)"
#: A tariff noun in the singular (the fragment the patterns below share).
_CHARGE_NOUN = r"(?:tariff|dut(?:y|ies)|lev(?:y|ies)|surtax|surcharge)"
#: A tariff at a rate right before "since", with no verb: "- Turkey: an additional 40% levy on Chinese cars
#: since July 7", "15% in force since": a list item naming the charge and its start.
_RATE_CHARGE_SINCE_RE = re.compile(
    _PERCENT + r"[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}?" + _CHARGE_NOUN + r"s?"
    r"(?:[ \u00a0]+(?:on|against)(?:[ \u00a0]+[a-z.'’-]+){1,5})?[ \u00a0]+since[ \u00a0]+\Z"
)
#: The main clause after a sentence-opening "Since May 14, ...": "the reciprocal rate ... has been 10%".
_SINCE_MAIN_CLAUSE_RE = re.compile(
    r",[ \u00a0]+[^.;:]{0,100}?(?<![a-z])(?:(?:has|have)[ \u00a0]+" + _STATE_PERFECT + r""
    r"(?![ \u00a0]+[a-z]*ing(?![a-z]))"  # "talks have been going well": an activity
    # "Since March 4, products that do not comply with the rules of origin pay a tariff of 25 per cent": what
    # goods pay or face since a date holds since then, in the present tense too.
    r"|(?:pay|pays|face|faces)(?![a-z]))"
)
#: "since May 19, when Beijing imposed a combined duty": the measure imposed on the date.
_WHEN_IMPOSED_RE = re.compile(
    r",?[ \u00a0]+when[ \u00a0]+[^.;:,]{0,50}?(?<![a-z])(?:imposed|introduced|slapped|put)[ \u00a0]+"
    r"[^.;:,]{0,40}?(?<![a-z])"
    + _CHARGE_NOUN
    # "since November 28, when Beijing began requiring importers to lodge deposits of 107.1 per cent": a
    # charge at a rate that began on the date.
    + r"|,?[ \u00a0]+when[ \u00a0]+[^.;:,]{0,50}?(?<![a-z])(?:began|started)[ \u00a0]+[a-z]+ing[ \u00a0]"
    r"[^;:,]{0,60}?(?:(?<![a-z])" + _CHARGE_NOUN + r"|" + _PERCENT + r")"
)
#: A percent heading a relative clause: "the 50 per cent that Brazil", "46 per cent, whose application".
_PERCENT_RELATIVE_HEAD_RE = re.compile(
    _PERCENT + r"(?:[ \u00a0]+[a-z-]+)?,?[ \u00a0]+(?:that|which|whose)"
    r"(?:[ \u00a0]+[a-z.'’-]+){0,3}[ \u00a0]+\Z"
)
#: A percentage anywhere.
_PERCENT_RE = re.compile(_PERCENT)
#: A rate as a percentage: "a rate of 40 percent", "40% rate".
_RATE_PERCENT_RE = re.compile(
    r"(?<![a-z])rates?(?![a-z])[^,;:()]{0,30}?"
    + _PERCENT
    + r"|"
    + _PERCENT
    + r"[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?rates?(?![a-z])"
)


def _in_force_since(lower: str, candidate: _Candidate, start: int, end: int) -> bool:
    """Whether a date after "since"/"last" is when a tariff came into force (the settled past-date rule)."""
    if candidate.form not in ("weekday", "day", "month"):
        return False
    before = _IN_FORCE_BEFORE_RE.search(lower, max(0, start - _IN_FORCE_REACH), start)
    if before is not None:
        # Only a tariff's own entry into force: the measure is named in the clause before the verb.
        # "* List 4A (about $112 billion) -- 15% in force since Sept. 1": a rate names the measure too.
        return (
            _TARIFF_WORD_RE.search(lower, max(0, before.start() - 120), before.start()) is not None
            # Only with a day: "the 15% rate that has applied since September" is a vaguer span.
            or (
                candidate.form != "month"
                and _PERCENT_RE.search(lower, max(0, before.start() - 20), before.start()) is not None
            )
            # "cut that rate from 145% to 30%, a level that has applied since May 14": a level or rate in
            # apposition to a percentage is the tariff's rate.
            or (
                candidate.form != "month"
                and _LEVEL_APPOSITION_RE.search(lower, max(0, before.start() - 50), before.start())
                is not None
            )
        )
    after = _WHEN_TOOK_EFFECT_RE.match(lower, end)
    if after is not None and _TARIFF_WORD_RE.search(lower, end, after.end()) is not None:
        return True
    if not lower.endswith("since ", 0, start) or _WHEN_IMPOSED_RE.match(lower, end) is not None:
        return lower.endswith("since ", 0, start)
    if (
        candidate.form != "month"
        and _RATE_CHARGE_SINCE_RE.search(lower, max(0, start - 90), start) is not None
    ):
        return True
    # The settled rule again, in the perfect tense: the date since when a tariff has applied, or has stood at
    # a rate, is when it took effect.
    perfect = _PERFECT_SINCE_RE.search(lower, max(0, start - _PERFECT_SINCE_REACH), start)
    if perfect is not None and not any(mark in lower[perfect.start() : start] for mark in ",;:()"):
        # "Goods from Brazil have been subject to an additional rate of 40 percent since August 6": a rate
        # stated as a percentage names the tariff too.
        head = perfect.start()
        if (
            _TARIFF_WORD_RE.search(lower, max(0, head - 120), start) is not None
            or _RATE_PERCENT_RE.search(lower, head, start) is not None
            # "Steel and aluminium have paid 25 per cent since March 12": a percent goods have paid is a duty.
            or _PAID_PERCENT_RE.search(lower, head, start) is not None
        ):
            return True
        # "the 50 per cent that Brazil has been paying since", "the rate of 46 per cent, whose application has
        # been suspended since", "have been paying an extra 25 percent since": a percent heading the clause,
        # or paid in it, is the tariff's rate in a sentence about tariffs or rates.
        return (
            _PERCENT_RELATIVE_HEAD_RE.search(lower, max(0, head - 60), head) is not None
            or ("pay" in lower[head:start] and _PERCENT_RE.search(lower, head, start) is not None)
        ) and (
            _TARIFF_WORD_RE.search(lower) is not None
            or _RATE_PERCENT_RE.search(lower, max(0, head - 80), head) is not None
        )
    # "Since May 14, the reciprocal rate on Chinese goods has been 10%", "Beijing has responded: since Oct.
    # 11, importers of brandy have had to lodge deposits equal to anti-dumping duties": "since" opening the
    # sentence or the clause after a colon, semicolon or dash.
    if start == 6 or lower[: start - 6].rstrip().endswith((":", ";", "—", "--")):
        main = _SINCE_MAIN_CLAUSE_RE.match(lower, end)
        if main is not None:
            # The obligation's object may follow the verb ("have had to pay 25% duties on steel").
            reach = (
                _SINCE_OBJECT_REACH if main.group(0).endswith(("to", "pay", "pays", "face", "faces")) else 0
            )
            clause = lower[end : main.end() + reach]
            return _TARIFF_WORD_RE.search(clause) is not None or "rate" in clause
    return False


def _took_effect(lower: str, verb: re.Match[str], candidate: _Candidate, published_on: date) -> bool:
    if candidate.form not in ("weekday", "day", "month"):
        return False
    word = verb.group(0)
    # "the US levies of 25 per cent on steel and 10 per cent on aluminium that were imposed in March 2018": a
    # tariff heading the relative clause of its passive action verb starts then, in a month too.
    passive_relative = (
        word in _ACTION_VERBS
        and lower.endswith(_PASSIVE_AUXILIARIES, 0, verb.start())
        and _TARIFF_RELATIVE_HEAD_RE.search(lower, max(0, verb.start() - 100), verb.start()) is not None
    )
    if (
        candidate.form == "month"
        and word not in _EFFECT_VERBS
        and word not in _LEVEL_VERBS
        and not passive_relative
    ):
        # "imposed tariffs in October 2019": a month of history, unless its start is said or a tariff's
        # level changed then ("the steel duties that rose in March").
        return False
    if word in _RELATIVE_ONLY_ACTION_VERBS:
        # "the 25 per cent tariff on imported vehicles that the United States introduced on 3 April": only a
        # tariff heading the relative clause makes these a tariff's start ("introduced a bill" is not).
        if _TARIFF_OBJECT_RELATIVE_RE.search(lower, max(0, verb.start() - 90), verb.start()) is None:
            return False
    elif word in _ACTION_VERBS:
        if not _TARIFF_OBJECT_RE.match(lower, verb.end()) and not (
            # "Tariffs on steel that began on June 1", "the duties were imposed on July 6": the tariff is the
            # subject of a verb of starting or ending, or of a passive.
            (word in _START_END_VERBS or lower.endswith(_PASSIVE_AUXILIARIES, 0, verb.start()))
            and _TARIFF_HEAD_BEFORE_RE.search(lower, max(0, verb.start() - 70), verb.start()) is not None
        ):
            # "the duties that Washington imposed on Mexican steel on June 1": the tariff is the object
            # heading the relative clause.
            if (
                not passive_relative
                and _TARIFF_OBJECT_RELATIVE_RE.search(lower, max(0, verb.start() - 60), verb.start()) is None
            ):
                return False
    elif word in _EFFECT_VERBS:
        if _AGREEMENT_SUBJECT_RE.search(lower, max(0, verb.start() - 40), verb.start()) is not None:
            # "the new North American trade agreement took effect on July 1": not a tariff's own date.
            return False
    elif not (
        # "Duties on Chinese goods doubled to 20% on Tuesday": a tariff's level changed that day.
        word in _LEVEL_VERBS
        and (
            TARIFF_SUBJECT_RE.search(lower, max(0, verb.start() - 70), verb.start()) is not None
            # "The additional duty on Japanese goods, which had risen to 24 percent on April 9": a tariff
            # noun with its complement heads the relative clause.
            or _TARIFF_RELATIVE_SUBJECT_RE.search(lower, max(0, verb.start() - 70), verb.start()) is not None
        )
        # "the 50% rate, which doubled from 25% in June": a month after a former level may date that level.
        and not (candidate.form == "month" and "from" in lower[verb.end() : verb.end() + 30])
    ):
        return False
    return _past_day(candidate, published_on)


#: A past imposition of a tariff or trade-defence measure: "imposed provisional anti-dumping measures on".
_IMPOSED_MEASURE_RE = re.compile(
    r"(?<![a-z])(?:imposed|introduced|levied|slapped|put[ \u00a0]+in[ \u00a0]+place|implemented|retaliated"
    r"|raised|hiked|increased|announced|unveiled|approved|adopted)(?![a-z])"
    r"[^.;:()]{0,40}?(?<![a-z])(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surcharges?|surtax(?:es)?|countermeasures"
    r"|(?:anti-?dumping|countervailing|anti-?subsidy|safeguard|retaliatory)[ \u00a0]+[a-z]+)(?![a-z])"
)
_IMPOSED_EFFECTIVE_REACH = 300
#: A tariff's state held from a day: "in force from", "in effect as of".
_IN_FORCE_FROM_RE = re.compile(
    r"(?<![a-z])in[ \u00a0]+(?:force|effect|place)[ \u00a0]+(?:from|as[ \u00a0]+of)[ \u00a0]+\Z"
)


def _last_match(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    last = None
    for last in pattern.finditer(text, start, end):  # noqa: B007 - only the last one is wanted
        pass
    return last


#: A pronoun subject right after a date fronted in its clause ("and on Tuesday it said").
_FRONTED_PRONOUN_RE = re.compile(r"(?:it|they|he|she|we|i)[ \u00a0]+")
_CLAUSE_FRONTED_ON_RE = re.compile(
    r"(?:\A|[,;:]|(?<![a-z])(?:and|but|then))[ \u00a0]+(?:late[ \u00a0]+|early[ \u00a0]+)?on[ \u00a0]+\Z"
)
#: A procedure's own deadline: "the sign-up deadline", "the deadline for applications".
_PROCEDURE_DEADLINE_RE = re.compile(
    r"(?<![a-z])(?:(?:sign-?up|enrol(?:l)?ment|registration|application|filing|comment|submission|nomination)s?"
    r"[ \u00a0]+deadline|deadline[ \u00a0]+(?:for|to)[ \u00a0]+(?:the[ \u00a0]+)?(?:sign(?:ing)?[ \u00a0-]?up"
    r"|appl(?:y|ications?)|enrol|register|registration|comments?|submissions?|fil(?:e|ing)))"
)
#: An event expected (not due) at the date: "the arbitrator's decision on that case is not expected until".
_EXPECTED_EVENT_RE = re.compile(
    r"(?<![a-z])(?:decision|ruling|award|verdict|judg(?:e)?ment|report|hearing|meeting|vote|visit|summit)s?"
    # Its own complement only, no second clause ("The meeting comes as tariffs are expected to rise").
    r"(?:[ \u00a0]+(?!(?:as|while|and|but|when|after|before|because|since|which|so|shows?|said|says)"
    r"(?![a-z]))[a-z'’.-]+){0,5}?[ \u00a0]+(?:is|are|was|were)"
    r"(?:[ \u00a0]+not)?[ \u00a0]+(?:expected|likely|anticipated)(?:[ \u00a0]+[a-z]+){0,2}?[ \u00a0]+\Z"
)
_EXPECTED_EVENT_REACH = 90
#: An event still to come after a countdown: "the agreement is signed", "it is signed".
_FUTURE_EVENT_AFTER_RE = re.compile(
    r"(?:(?:the|a|an|its|their|this|that)[ \u00a0]+)?(?:[a-z-]+[ \u00a0]+){0,3}?"
    r"(?:is|are|gets?|has[ \u00a0]+been|have[ \u00a0]+been)[ \u00a0]+[a-z]+(?:ed|en)(?![a-z])"
)
_PLAIN_TARIFF_NOUNS = frozenset({"tariff", "tariffs", "duty", "duties", "levy", "levies"})
_BARE_MODALS = frozenset({"will", "would", "could", "may", "might", "must"})
_MODAL_VERB_FORMS = frozenset({"day", "weekday", "month", "next_month", "this_month"})
#: What follows a modal up to the date when the modal's own verb is no tariff action: words only (no tariff
#: noun, rate, amount or digit), the verb among them.
_MODAL_OWN_VERB_RE = re.compile(
    r"(?:[ \u00a0]+(?:not|also|still|then|only|now|have|be|been)(?![a-z]))*+[ \u00a0]+"
    # Not a verb of a tariff's level, start or end the cue words miss ("will still be hit on Sept. 1", "will
    # end for goods from China on May 2"), nor a state ("will be in place on").
    r"(?!(?:be|have|go|take|come|rise|apply|stay|remain|hit|end|resume|fall|drop|jump|change|in|on|at"
    r"|effective|valid|back|up|down)(?![a-z]))"
    r"[a-z]+(?:[ \u00a0]+"
    # A tariff only as what the verb is about: "will decide on the tariffs on Friday", "brief lawmakers on the
    # tariff plan".
    r"(?:(?:on|about|over|regarding)[ \u00a0]+(?:the[ \u00a0]+|a[ \u00a0]+|its[ \u00a0]+|their[ \u00a0]+)?"
    r"(?:new[ \u00a0]+|proposed[ \u00a0]+|planned[ \u00a0]+)?(?:tariffs?|duties|levies)"
    r"(?:[ \u00a0]+(?:plans?|lists?|issues?|questions?|disputes?|proposals?|policy|policies))?"
    r"|(?!(?:tariff|dut(?:y|ies)|lev(?:y|ies)|surtax|surcharge|import[ \u00a0]+tax)[a-z]*(?![a-z]))"
    r"[a-z'’-]+))*[ \u00a0]+\Z"
)


def _nearer_past(candidate: _Candidate, published_on: date) -> bool:
    """Whether a date read as past lies nearer the article date than read as ahead (a table date)."""
    past = _resolve(candidate, published_on, "past", "")
    ahead = _resolve(candidate, published_on, "future", "")
    if past is None or past[1] > published_on:
        return False
    return ahead is None or ahead[1] <= published_on or published_on - past[1] < ahead[1] - published_on


#: Words that put a clause ahead (not "from", the start preposition itself, nor the month "May").
_FUTURE_WORD_RE = re.compile(
    r"(?<![a-z])(?:will|would|could|might|shall|'ll|set[ \u00a0]+to|due|scheduled|slated|plans?|planned"
    r"|expected|threat[a-z]*|warn[a-z]*|unless|until|next|upcoming|coming|must|proposed|if)(?![a-z])"
)
_VERBLESS_START_REACH = 120
_RECENT_PAST_DAYS = 92
#: A tariff word or a percentage.
_RATE_OR_TARIFF_RE = re.compile(r"(?<![a-z])" + _CHARGE_NOUN + r"|" + _PERCENT)


def _recent_past_day(candidate: _Candidate, published_on: date) -> bool:
    """Whether a year-less day read as past lies within a quarter before the article date."""
    resolved = _resolve(candidate, published_on, "past", "")
    return resolved is not None and 0 < (published_on - resolved[1]).days <= _RECENT_PAST_DAYS


def _past_day(candidate: _Candidate, published_on: date) -> bool:
    resolved = _resolve(candidate, published_on, "past", "")
    return resolved is not None and resolved[1] <= published_on


def _is_negotiation(cue: re.Match[str], lower: str) -> bool:
    word = cue.group(0)
    if word == "deal":
        # "try to strike a broader deal within 90 days", "reach an agreement by March 1": the window a deal
        # is to be made in is a negotiating deadline (not "the deal was signed on Jan. 15").
        return _DEAL_MAKING_BEFORE_RE.search(lower, max(0, cue.start() - 40), cue.start()) is not None
    return word.startswith(("negotiat", "talks", "discussion", "consultation"))


#: Conjunctions opening a clause with its own verb and time.
_SUBORDINATORS = (" while ", " whereas ", " so that ", " giving ")
#: A verb of making a deal right before "deal": "strike a broader", "reach a", "hammer out a".
_DEAL_MAKING_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:strik(?:e|es|ing)|reach(?:es|ing)?|conclud(?:e|es|ing)|seal(?:s|ing)?|clinch(?:es|ing)?"
    r"|secur(?:e|es|ing)|finali[sz](?:e|es|ing)|(?:work|hammer)(?:s|ing)?[ \u00a0]+out|cut|cutting"
    r"|mak(?:e|es|ing))"
    r"[ \u00a0]+(?:an?|the|some|their|a[ \u00a0]+trade)[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?\Z"
)


def _note_past(candidate: _Candidate, context: SentenceContext, published_on: date, past: set[int]) -> None:
    """Remember a sentence that names a date before the article date (it dates its countdowns)."""
    if candidate.form in ("day", "month", "month_end", "weekday"):
        resolved = _resolve(candidate, published_on, "past", "")
        if resolved is not None and resolved[1] < published_on:
            past.add(context.start)


def _previous_postpones(context: SentenceContext, contexts: ContextCache) -> bool:
    previous = contexts.previous(context)
    return previous is not None and previous.postpones


#: A due date of its own: "a final determination is now due by March 9, 2026" ("due to" gives a cause).
_DUE_BY_RE = re.compile(r"(?<![a-z])due[ \u00a0]+(?:by|on|before|no[ \u00a0]+later[ \u00a0]+than)[ \u00a0]")


#: A participle after a comma that dates the noun phrase before it: "a hearing ..., beginning at 9:30 a.m.".
_TRAILING_PARTICIPLES = frozenset({"beginning", "starting"})


#: Verbs of a start: what starts is the subject of their own clause.
_START_VERBS = frozenset({"begin", "begins", "start", "starts", "open", "opens"})


_END_VERBS = frozenset(
    {"ends", "ends on", "end on", "ending on", "runs through", "run through", "running through"}
)


def _attached_to_event(lower: str, verb: re.Match[str], clause_start: int) -> bool:
    """Whether a trailing ", beginning"/", starting" dates an event named before it: "will convene a public
    hearing in the main hearing room ..., beginning at 9:30 a.m. on July 24" (while "tariffs on $200
    billion, starting on Sept. 24" dates the tariffs)."""
    if verb.group(0) in _END_VERBS:
        # "The round of talks on tariffs ends on Friday", "The G7 summit ... ends on Sunday": an end verb is
        # about its subject, the first thing the clause names (but "the tariff truce ends on Nov. 10").
        named = [
            kind
            for _, kind in DATE_CUES.finditer(lower, clause_start, verb.start())
            if kind in ("event", "tariff")
        ]
        return bool(named) and named[0] == "event"
    if verb.group(0) in _START_VERBS:
        # "..., and that public hearings on that list are scheduled to begin on July 24": a start verb in a
        # clause coordinated after the sums is about that clause's subject when an event opens it (not
        # "..., and during the talks the U.S. will start, on September 1st, putting a Tariff").
        joint = lower.rfind(", and ", clause_start, verb.start())
        if joint < 0:
            return False
        subject = _EVENT_SUBJECT_RE.match(lower, joint + 6)
        return subject is not None and subject.end() <= verb.start()
    if verb.group(0) not in _TRAILING_PARTICIPLES or not lower.endswith(", ", 0, verb.start()):
        return False
    window_start = max(clause_start, verb.start() - _LONG_WINDOW)
    named = [
        kind
        for _, kind in DATE_CUES.finditer(lower, window_start, verb.start())
        if kind in ("event", "tariff")
    ]
    return bool(named) and named[-1] == "event"


def _due_by(lower: str) -> bool:
    """Whether the sentence names a due date of something other than an event ("Requests to appear at the
    hearing are due by July 13" is a hearing's paperwork)."""
    if " due " not in lower:
        return False
    due = _DUE_BY_RE.search(lower)
    return due is not None and not any(
        kind == "event" for _, kind in DATE_CUES.finditer(lower, 0, due.start())
    )


def _about_tariffs(context: SentenceContext, contexts: ContextCache) -> bool:
    if context.has_amount:
        return True
    if (
        context.number in contexts.rate_sentences
        and _TARIFF_RATE_NOUN_RE.search(context.lower) is not None
        and contexts.tariff_frame()
        and contexts.recent_topic(context)
    ):
        # "The higher country-by-country rates ... are paused; the pause runs until July 9", "set the start of
        # the new rate for Aug. 1": in an article about tariffs, a rate named as a tariff's (new, higher,
        # reciprocal, country) right after tariff sentences is the tariff.
        return True
    if context.text[:1] in _BULLET_CHARS and context.number - 1 in contexts.amount_sentences:
        return True  # an item of a fact box, right after an item naming a tariff amount
    if not context.uses_anywhere("date_gate"):
        # "the rate on Chinese goods could rise again": a rate put on goods is a tariff (see the gate in
        # _candidates).
        return context.number in contexts.rate_sentences and context.has_tariff_terms
    if context.has_tariff_terms or context.has_deadline_terms:
        return True
    if (
        (" on or after " in context.lower or " before " in context.lower or " by " in context.lower)
        and _ENTRY_CUTOFF_RE.search(context.lower) is not None
        and (contexts.recent_topic(context) or contexts.tariff_frame())
    ):
        # "Goods entered for consumption ... on or after 12:01 a.m. EDT on August 7, 2025 are subject to the
        # revised country rates": the day a customs notice's rates apply to entries; "goods ... that arrive
        # before June 1 still pay the old rate", "provided they are entered before October 5": the cut-off
        # for goods in transit.
        return True
    if (
        " within " in context.lower
        and _COURT_ORDER_RE.search(context.lower) is not None
        and contexts.recent_topic(context)
    ):
        # "The court directed the government to issue the orders needed to stop collecting them within 10
        # days": a court's order on the tariffs of the sentences before sets the time to comply.
        return True
    if (
        context.has_strong_deadline_verb
        or _due_by(context.lower)
        or (
            # A period granted right after a tariff sentence: "Countries have until Aug. 1 to strike deals",
            # "That gives the two sides until Jan. 6 to settle".
            " until " in context.lower and GRANTED_UNTIL_RE.search(context.lower) is not None
        )
    ):
        previous = contexts.previous(context)
        if previous is not None and (previous.has_amount or contexts.on_topic(previous, depth=1)):
            return True
        # "The Trade Representative proposes that the first tranche of rate increases take effect on August
        # 1": a measure's verb whose subject is a rate change, a sentence or two after the duties it changes.
        return (
            context.has_strong_deadline_verb
            and _RATE_CHANGE_SUBJECT_RE.search(context.lower) is not None
            and contexts.recent_topic(context)
        )
    if context.anaphor_end or context.postpones or ANAPHOR_NP_RE.search(context.lower) is not None:
        # "That increase was pushed back from June 1 to Dec. 1", "they 'will be paused until March 4'",
        # "batteries ... will not see the increase until 2026": a postponement or a noun standing for the
        # tariff action of the sentence before.
        previous = contexts.previous(context)
        return previous is not None and (previous.has_amount or contexts.on_topic(previous, depth=1))
    return False


#: A rate named as a tariff's: "the new rate", "the higher country-by-country rates", "the reciprocal rate".
_TARIFF_RATE_NOUN_RE = re.compile(
    r"(?<![a-z])(?:new|higher|lower|reciprocal|country-by-country|country|baseline|additional|punitive|"
    r"across-the-board)[ \u00a0]+rates?(?![a-z])"
)
#: A new date then the old one: "to June 1 from", "to 1 June from", "to Aug. 1, 2025, from".
_TO_DATE_FROM_RE = re.compile(
    r"(?<![a-z])(?:to|until)[ \u00a0]+(?:[a-z]+\.?[ \u00a0]+[0-9]{1,2}|[0-9]{1,2}[ \u00a0]+[a-z]+)"
    r"(?:,?[ \u00a0]+[0-9]{4})?,?[ \u00a0]+from[ \u00a0]+\Z"
)
#: The new date right after an old one: "from July 9 to Aug. 1", "from 1 June to 1 December".
_TO_DATE_AFTER_RE = re.compile(
    r",?[ \u00a0]+(?:to|until)[ \u00a0]+(?:[a-z]+\.?[ \u00a0]+[0-9]{1,2}(?![0-9])|[0-9]{1,2}[ \u00a0]+[a-z]+)"
)
#: A verb moving a date, before its object and the old date: "moved the expiry of ... from".
_MOVE_VERB_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:mov(?:e|es|ed|ing)|push(?:es|ed|ing)?|shift(?:s|ed|ing)?|bump(?:s|ed|ing)?"
    r"|extend(?:s|ed|ing)?|delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|defer(?:s|red|ring)?"
    r"|chang(?:e|es|ed|ing))[ \u00a0][^;:()]*\Z"
)
#: Verbs that move a date: "extended", "pushed", "delayed", "postponed", "deferred", "moved", "shifted".
_MOVE_STEMS = (
    "extend",
    "push",
    "delay",
    "postpon",
    "defer",
    "moved",
    "shifted",
    "put back",
    "brought forward",
)
#: A relative clause in the conditional that continues its antecedent: ", which he said would", "which would".
_RELATIVE_MODAL_RE = re.compile(
    r"[ ,\u00a0]*(?:which|that)[ \u00a0]+(?:(?:[a-z]+[ \u00a0]+)?(?:said|says|warned)[ \u00a0]+)?"
    r"(?:would|could|might)(?![a-z])"
)
#: A plan stated in the past before it was changed: "had been due to return on", "was scheduled to rise on".
_FORMER_PLAN_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:had[ \u00a0]+been|was|were)[ \u00a0]+(?:due|scheduled|set|slated|supposed|expected|meant)"
    r"[ \u00a0]+to[ \u00a0]+[a-z]+(?:[ \u00a0]+(?:in|into|effect|force|up|back))?"
    r"[ \u00a0]+(?:on|from|at)?[ \u00a0]*\Z"
)
#: A date moved later after it was named: "pushing that date back to", "moved it to", "put back until".
_PUSHED_BACK_RE = re.compile(
    r"(?<![a-z])(?:push|pushe[sd]|pushing|put(?:s|ting)?|mov(?:e|es|ed|ing))[ \u00a0]+"
    r"(?:(?:that|the|this|it|them)[ \u00a0]+)?(?:(?:date|deadline|start)[ \u00a0]+)?"
    r"back[ \u00a0]+(?:to|until)[ \u00a0]"
)
#: Goods cleared through customs: "goods entered for consumption", "entries", "withdrawn from warehouse".
#: A court ordering the government to act: "The court directed the government to", "the judge ordered".
_COURT_ORDER_RE = re.compile(
    r"(?<![a-z])(?:court|judge|judges|panel|tribunal)(?![a-z])[^.;:]{0,80}?(?<![a-z])(?:ordered|directed"
    r"|instructed|gave|told|orders|directs)(?![a-z])"
)
#: Past verbs that set a tariff's new level, and the level right before its date: "to 50% on".
_NEW_LEVEL_VERBS = frozenset({"raised", "hiked", "lowered", "doubled", "tripled", "halved", "increased"})
#: A tariff noun, then an imposing participle set off by a comma: "Provisional duties, imposed in ".
_IMPOSED_PARTICIPLE_RE = re.compile(
    r"(?<![a-z])(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surcharges?|surtax(?:es)?|countermeasures)"
    r"(?:[ \u00a0]+(?:on|of|against)[ \u00a0]+[^,;:()]{0,45}?)?,[ \u00a0]+(?:first[ \u00a0]+)?"
    r"(?:imposed|introduced|applied|levied)[ \u00a0]+(?:in|on)[ \u00a0]+\Z"
)
#: Intransitive moves of a rate to a new level ("the rate rose to 15% on September 1").
_RATE_MOVE_VERBS = frozenset({"rose", "fell", "dropped", "jumped", "climbed", "increased", "decreased"})
#: The subject of such a move is a rate or tariff: "The rate on ... (List 4A), which", "tariffs on steel".
_RATE_MOVE_SUBJECT_RE = re.compile(
    r"(?<![a-z])(?:rates?|tariffs?|dut(?:y|ies)|lev(?:y|ies)|surcharges?)(?![a-z])"
    r"(?![ \u00a0]+(?:revenue|receipts|collections|income|talks|negotiations)(?![a-z]))"
    r"(?:[^.;:]{0,70}?,[ \u00a0]+(?:which|that)[ \u00a0]+(?:(?:had|have|has|then|first|already)[ \u00a0]+)*"
    r"|(?:[ \u00a0]+(?:on|for)(?:[ \u00a0]+[a-z.'’-]+){1,4})?[ \u00a0]+)\Z"
)
_NEW_LEVEL_ON_RE = re.compile(
    r"(?<![a-z])to[ \u00a0]+[0-9.]+[ \u00a0]?(?:%|percent|per[ \u00a0]cent)[ \u00a0]+"
    r"(?:on|from|as[ \u00a0]+of)[ \u00a0]+\Z"
)
#: How far a date may sit after "on or after" ("on or after 12:01 a.m. EDT on August 7").
_ENTRY_FILLER_REACH = 24
#: Goods entering by a date: "entered ... on or after", "arrive in the United States before", "entries by".
_ENTRY_CUTOFF_RE = re.compile(
    r"(?<![a-z])(?:entered|entries|entry|withdrawn|imported|arriv(?:e|es|ed|ing|al)"
    r"|clear(?:s|ed)?[ \u00a0]+customs|clearance)(?![a-z])[^;:()]{0,50}?[ \u00a0]"
    r"(?:on[ \u00a0]+or[ \u00a0]+(?:before|after)|before|by|prior[ \u00a0]+to)[ \u00a0]"
)
#: A change of a rate named as a noun: "rate increases", "the rate hike", "the new rates", "the increases".
_RATE_CHANGE_SUBJECT_RE = re.compile(
    r"(?<![a-z])(?:rates?[ \u00a0]+(?:increases?|hikes?|rises?|changes?)"
    r"|(?:the|these|those|new|higher)[ \u00a0]+"
    r"(?:rates|increases|hikes)"
    # "Under EU law, definitive measures must be imposed by 2 November 2024": a trade-defence case's
    # measures are its duties.
    r"|(?:definitive|provisional|final|retaliatory|countervailing|anti-?dumping|anti-subsidy|safeguard"
    r"|trade[ \u00a0]defen[cs]e)[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?measures)(?![a-z])"
)
_DASHES = frozenset({"-", "–", "—"})
_BULLET_CHARS = frozenset("-*•▶►▪–—")
_TARGET_NOUNS = frozenset({"target", "goal"})
_GOAL_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:(?:target|goal|aim|ambition|objective)s?[ \u00a0]+(?:of|to|is|was)"
    # "one industry forecast has China holding close to 30 percent of capacity by 2027": a forecast's year.
    r"|(?:forecast|projection|estimate|prediction|outlook)s?[ \u00a0]+"
    r"(?:has|have|had|shows?|sees?|puts?|is|was|of|that|for))[ \u00a0]"
    r"(?P<what>[^;:—–]{0,100}?)(?<![a-z])(?:by|in)[ \u00a0]+\Z"
)
#: "a 25 percent import tax on American bourbon": an import tax is a tariff.
_TARIFF_WORD_RE = re.compile(
    r"(?<![a-z])(?:tariff|dut(?:y|ies)|lev(?:y|ies)|surtax|surcharge|import[ \u00a0]+tax)"
)
#: Economic measures a date right after dates: "growth next year", "inflation this year", "GDP in 2026".
_MEASURE_NOUNS = frozenset(
    {"growth", "gdp", "inflation", "output", "unemployment", "earnings", "profits", "profit", "revenue",
     "sales", "economy",
     # "roughly half their level at the start of July", "below its peak in June": when a figure stood.
     "level", "levels", "peak", "peaks", "high", "highs", "low", "lows", "prices"}
)  # fmt: skip
_FISCAL_YEAR_BEFORE_PATTERN = re.compile(
    r"(?:(?:fiscal|financial|business|tax)[ \u00a0-]+year[ \u00a0]+(?:that[ \u00a0]+|which[ \u00a0]+)?"
    r"(?:ending|ended|ends|end|to|through)"
    # "A$1.1 billion worth of wine in the year to June", "in the 12 months ended March": a trailing period.
    r"|(?<![a-z])(?<!of )(?:the|a)[ \u00a0]+(?:year|12[ \u00a0-]+months|twelve[ \u00a0-]+months|quarter"
    r"|six[ \u00a0-]+months|nine[ \u00a0-]+months)[ \u00a0]+(?:to|ending|ended|through))"
    r"[ \u00a0]+(?:(?:in|on)[ \u00a0]+)?"
    r"(?:the[ \u00a0]+end[ \u00a0]+of[ \u00a0]+)?\Z"
)
# Every alternative names its period with one of these.
_FISCAL_YEAR_BEFORE_RE = KeyedPattern(_FISCAL_YEAR_BEFORE_PATTERN, ("year", "month", "quarter"))
_AID_WORDS = (" aid", "bailout", "subsid", "compensation", "program", "package", "payment", "scheme", "fund")
#: An aid scheme for those a tariff hurts governing the date: "apply for tariff aid until", "the bailout in".
_AID_SCHEME_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:aid|bailouts?|subsid(?:y|ies)|compensation"
    r"|(?:aid|assistance|support|relief|mitigation)[ \u00a0]+(?:program(?:me)?s?|packages?|payments?|schemes?"
    r"|funds?))(?![a-z])[^.;:,()]{0,30}\Z"
)
#: A legal instrument named by its date: "the executive order of July 30", "a decree dated 15 August".
_INSTRUMENT_OF_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:order|proclamation|decree|memorandum|notice|regulation|directive)s?[ \u00a0]+"
    r"(?:of|dated)[ \u00a0]+\Z"
)
#: A message dated by the date: "in a letter to President Lula on July 9", "in a post on Truth Social on".
_MESSAGE_BEFORE_PATTERN = re.compile(
    r"(?<![a-z])in[ \u00a0]+(?:a|an|his|her|its|their|the)[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?"
    r"(?:letter|post|speech|statement|interview|tweet|memo|note|message|call|press[ \u00a0]+conference)"
    r"(?![a-z])[^,;:.()]{0,60}"
    r"[ \u00a0]on[ \u00a0]+\Z"
    # "The letter that Trump sent to President Lula on July 9", "a memo issued on Monday": the day a message
    # was sent.
    r"|(?<![a-z])(?:letter|memo|note|message|tweet|post|statement)s?(?:[ \u00a0]+(?:that|which))?"
    r"[^,;:.()]{0,20}?(?<![a-z])(?:sent|wrote|written|posted|issued|delivered)(?![a-z])[^,;:.()0-9]{0,60}"
    r"[ \u00a0]on[ \u00a0]+\Z"
)
# Every alternative names its message with one of these.
_MESSAGE_BEFORE_RE = KeyedPattern(
    _MESSAGE_BEFORE_PATTERN,
    ("letter", "post", "speech", "statement", "interview", "tweet", "memo", "note", "message", "call",
     "press"),
)  # fmt: skip


#: What may precede a dateline's date: nothing, or capitalised place names ("Washington, ", "BEIJING/TOKYO ").
_PLACE_BEFORE_RE = re.compile(r"(?:[A-Z][A-Za-z.'/-]*,?[ \u00a0]+)*\Z")


_DASHES_OR_COLON = (*_DASHES, ":")
_PLACE_COMMA_BEFORE_RE = re.compile(r"[A-Z][A-Za-z.'/-]*(?:[ \u00a0][A-Z][A-Za-z.'/-]*){0,3},[ \u00a0]+\Z")


def _is_dateline(context: SentenceContext, contexts: ContextCache, start: int, end: int) -> bool:
    after = DATELINE_AFTER_RE.match(context.text, end)
    # A dash after a date in a sentence closes an aside ("20 percent on September 1 — until it", "to 25
    # percent on Jan. 1 — a move that"): only a dateline, a date after a place name at the start of its
    # line, is followed by one.
    mark = after.group(0).strip(" ,\u00a0") if after is not None else ""
    if start == 0 and mark in _DASHES and contexts.body.count("\n\n", 0, context.start) > 1:
        # "Aug. 23 -- Duties of 25% ... take effect": a date opening a line past the article's head and
        # closed by a dash is an item of a timeline; a dateline opens the story.
        return False
    if after is not None and (
        mark not in _DASHES_OR_COLON
        or (
            start <= 40
            # A colon ends a heading too ("Aug. 1: tariffs on Japan take effect"): a dateline's colon
            # follows a place name and its comma ("New Delhi, June 23: India will ...").
            and (_PLACE_BEFORE_RE if mark != ":" else _PLACE_COMMA_BEFORE_RE).match(context.text, 0, start)
            is not None
        )
    ):
        return True
    if start <= 40 and DATELINE_BEFORE_RE.match(context.text[:start]):
        return True
    # A date at the very start of a short line with no verb is a byline stamp ("January 31, 2019").
    return start == 0 and context.is_caption


def _tense(
    lower: str,
    start: int,
    end: int,
    clause_start: int,
    clause_end: int,
    cue_kinds: list[str],
    verb_kind: str | None,
    strong: bool,
) -> Tense:
    if "planned" in cue_kinds:
        return "neutral"  # "had been due to take effect on Sunday": either side of the article date
    if verb_kind == "past":
        return "past"
    if strong or verb_kind == "future":
        return "future"
    # The candidate itself is left out: the month "May" is not the modal "may".
    for lo, hi in ((clause_start, start), (end, clause_end)):
        if FUTURE_MARKERS_RE.search(lower, lo, hi):
            return "future"
    for lo, hi in ((clause_start, start), (end, clause_end)):
        if PAST_MARKERS_RE.search(lower, lo, hi):
            return "past"
    return "neutral"


_POSTPONE_TERM_RE = re.compile("|".join(re.escape(term) for term in VOCABULARY["postpone"]))
#: A negation before a postponement: "China, which did not receive a pause, faces ... from Tuesday".
_NEGATION_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:not|no|never|without|n't|refused[ \u00a0]+to|declined[ \u00a0]+to|rejected"
    r"|ruled[ \u00a0]+out)"
    r"(?:[ \u00a0]+[a-z]+){0,2}[ \u00a0]+\Z"
)


def _only_negated_postponements(lower: str, start: int, end: int) -> bool:
    """Whether every postponement word in ``lower[start:end]`` is negated ("did not receive a pause")."""
    terms = list(_POSTPONE_TERM_RE.finditer(lower, start, end))
    return bool(terms) and all(
        _NEGATION_BEFORE_RE.search(lower, max(0, term.start() - 30), term.start()) is not None
        for term in terms
    )


#: A date given up for another: "from Aug. 6, rather than on Aug. 1", "instead of March 1".
_REPLACED_DATE_RE = re.compile(
    r"(?<![a-z])(?:rather[ \u00a0]+than|instead[ \u00a0]+of)(?:[ \u00a0]+(?:on|from|by|in|at))?"
    r"(?:[ \u00a0]+the)?[ \u00a0]+\Z"
)
#: A postponement reported after the date it puts off: "Planned increase to 25 percent on Jan. 1 put on hold".
_POSTPONED_AFTER_RE = re.compile(
    r"(?:[ \u00a0]+(?:has|have|had|was|were|is|are|will|would|be|been|being|now))*[ \u00a0]+"
    r"(?:put[ \u00a0]+on[ \u00a0]+hold|postponed|delayed|deferred|suspended|shelved|put[ \u00a0]+off"
    r"|pushed[ \u00a0]+back|called[ \u00a0]+off|scrapped)(?![a-z])"
)
_MOVED_TO_RE = re.compile(r"(?<![a-z])(?:to|until|till|into)[ \u00a0]+(?:the[ \u00a0]+|next[ \u00a0]+)?\Z")
_THREAT_RE = re.compile("|".join(VOCABULARY["threat"]))
_THREAT_OBJECT_RE = re.compile(
    # "Tariffs could rise on March 1, Trump warned.": an attribution threatens the clause it closes.
    r"[a-z]*(?=[ \u00a0]*(?:[.,;:!?\"”]|\Z))"
    r"|[a-z]*[ \u00a0]+(?:(?:that|to|of|with|against|retaliation|countermeasures?)(?![a-z])"
    r"|(?:[^ \u00a0.;:]+[ \u00a0]+){0,3}?(?:tariff|dut(?:y|ies)|lev(?:y|ies)|surtax|surcharge|countermeasure"
    r"|retaliat|sanction))"
)
_CONDITION_RE = re.compile(r"(?<![a-z])(?:if|unless|once|should)(?![a-z])")
_QUOTE_BEFORE_RE = re.compile(r":[ \u00a0]+[\"“‘']")
_PAUSE_ENDS_RE = re.compile(
    # "The 90-day pause expired on July 9": the end of a pause, told after it, is no postponed date either.
    r"(?<![a-z])(?:expires?|expired|ends?|ended|lapses?|lapsed|runs?[ \u00a0]out|ran[ \u00a0]out|closes?"
    r"|closed)"
    r"(?:[ \u00a0][a-z]+){0,2}[ \u00a0]+\Z"
)
#: A sentence opening with a tariff noun that stands for the measure the sentence before named: "The duty
#: would begin at 5% on June 10" after "Trump threatened new tariffs on Mexico".
_TARIFF_OPENING_RE = re.compile(
    r"[\"“‘']?(?:(?:the|this|that|these|those|such)[ \u00a0](?:[a-z-]+[ \u00a0]){0,2}?"
    r"(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surcharges?)[ \u00a0](?!(?:on|of|in|for)[ \u00a0])"
    # A bare plural names the same measures: "Tariffs of 50% would start on June 1, he wrote."
    r"|(?:tariffs|duties|levies)[ \u00a0])"
)
_HYPOTHETICAL_RE = re.compile(r"(?<![a-z])(?:would|could|might)(?![a-z])")
#: A condition of failure: "if no deal is reached", "if talks fail", "should discussions not lead to",
#: "unless the two sides strike a deal", "unless Mexico acts" (not "unless the president changes his mind" or
#: "unless extended": the action is planned, the condition only a way out).
_FAILED_CONDITION_RE = re.compile(
    r"(?<![a-z])(?<!as )(?<!even )(?:unless[ \u00a0]+(?:[a-z.'’\"“”-]+[ \u00a0]+){0,6}?"
    r"(?:deal|agreement|accord|settlement|solution|agrees?|acts?|stops?|stems?|curbs?|reach(?:es)?|strikes?"
    r"|satisfactory|progress|compl(?:y|ies)|meets?|halts?|backs?[ \u00a0]+down|reverses?|drops?|makes?"
    # "unless China changes its behaviour" (not "unless the president changed his mind").
    r"|chang(?:e|es)[ \u00a0]+(?:its|their))"
    r"(?![a-z])"
    r"|if[ \u00a0]+(?:[a-z.'’-]+[ \u00a0]+){0,8}?"
    r"(?:(?:does|did|do|is|are|was|were|has|have|can|will)[ \u00a0]?"
    r"(?:not|n't)|doesn't|don't|didn't|isn't|aren't|can't|cannot|won't|fails?|failed|refuses?|refused"
    r"|collapses?|collapsed|stalls?|stalled|breaks?[ \u00a0]+down|broke[ \u00a0]+down|falls?[ \u00a0]+through"
    r"|no[ \u00a0]+(?:deal|agreement|accord|progress|settlement|breakthrough|resolution|compromise)"
    r"|there[ \u00a0]+is[ \u00a0]+no)(?![a-z])"
    # "Should talks fail, the duties would climb to 25 per cent".
    r"|should[ \u00a0]+(?:[a-z.'’-]+[ \u00a0]+){0,6}?(?:fail|collapse|break[ \u00a0]+down|not)(?![a-z])"
    # "Absent a deal by Aug. 1, tariffs rise to 30%", "Failing an agreement by March 1": no deal, as a phrase.
    r"|(?:absent|failing|barring|(?<![a-z])without(?=[^,;:]*,)|in[ \u00a0]+the[ \u00a0]+absence[ \u00a0]+of)"
    r"[ \u00a0]+(?:(?:a|an|any|the)[ \u00a0]+)?(?:[a-z-]+[ \u00a0]+)?"
    r"(?:deal|agreement|accord|settlement|breakthrough|extension|progress)(?![a-z]))"
)
#: A date closing an "unless" clause as its term: "unless Beijing calls within two weeks", "unless Ottawa
#: acts by Friday".
_UNLESS_BY_RE = re.compile(
    r"(?<![a-z])unless[ \u00a0][^,;:()]*?(?<![a-z])(?:within|by|before|no[ \u00a0]+later[ \u00a0]+than)"
    r"[ \u00a0]+(?:the[ \u00a0]+)?(?:next[ \u00a0]+)?\Z"
)
_UNLESS_REACH = 90
#: Substrings of every failed condition (the cheap test before _FAILED_CONDITION_RE).
_CONDITION_WORDS = ("if ", "unless", "should ", "absent", "failing", "barring", "without", "absence")
#: A failed condition right after the date, in its clause: "rising to 25 per cent on January 1 unless the two
#: sides strike a deal", "will rise on March 1 if no agreement is reached".
_CONDITION_AFTER_RE = re.compile(r"[^;:()0-9]{0,50}?(?<![a-z])(?=unless[ \u00a0]|if[ \u00a0])")
#: How far into a dated item its own clause is read for a postponement.
_ITEM_CLAUSE_REACH = 80
_OWN_CLAUSE_OPENERS = (" with ", " but ", " while ", " whereas ", " although ", " though ", " after ")
_TRAILING_CONDITION_RE = re.compile(r"[^;:()]{0,240}?,[ \u00a0]+(?=unless[ \u00a0]|if[ \u00a0])")
#: A measure lapsing or snapping back under its own terms: "would expire on July 6 unless US industries
#: request that they continue", "set to snap back on July 14 unless member states agree to extend the pause".
_LAPSE_RE = re.compile(r"(?<![a-z])(?:expir|laps|sunset|terminat|snap[ \u00a0-]?back|revert)")


#: "threat" as a danger something poses, not an act of threatening: "show it posed no threat", "poses a threat
#: to national security".
_DANGER_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:pos(?:e|es|ed|ing)|no|represents?|constitutes?)[ \u00a0]+(?:(?:a|an|no|any|little|serious"
    r"|real|grave|direct|significant|national[ \u00a0-]security)[ \u00a0]+)*\Z"
)


def _only_danger(lower: str, start: int, end: int) -> bool:
    """Whether every threat word in ``lower[start:end]`` names a danger posed, not a threat made."""
    threats = list(_THREAT_RE.finditer(lower, start, end))
    return bool(threats) and all(
        lower.startswith("threat", threat.start())
        and not lower.startswith("threaten", threat.start())
        and _DANGER_BEFORE_RE.search(lower, max(0, threat.start() - 40), threat.start()) is not None
        for threat in threats
    )


def _postpones_outside_asides(context: SentenceContext, start: int, end: int) -> bool:
    """Whether a postponement between ``start`` and ``end`` lies outside the closed relative asides there.

    "... a 5% tariff on auto parts, which it had suspended at the start of the year as a goodwill gesture,
    from Dec. 15": the aside tells the tariff's past, the date is when it returns.
    """
    lower = context.lower
    if ", which " not in lower and ", who " not in lower:
        return True
    position = start
    for aside in _CLOSED_ASIDE_RE.finditer(lower, start, end):
        if context.postpones_in(position, aside.start()):
            return True
        position = aside.end()
    return context.postpones_in(position, end)


#: A subject defined by a failure: "countries which fail to reach agreements", "those that do not sign".
_FAILING_SUBJECT_RE = re.compile(
    r"(?<![a-z])(?:who|which|that)[ \u00a0]+(?:fail(?:s|ed)?|refuse[sd]?|do[ \u00a0]+not|don't"
    r"|does[ \u00a0]+not|doesn't|cannot|can't)[ \u00a0]+(?:to[ \u00a0]+)?"
    r"(?:reach|strike|sign|make|agree|negotiate|conclude|secure|cut|come)(?![a-z])"
)
#: A relative aside closed before the date: ", which it had suspended at the start of the year,".
_CLOSED_ASIDE_RE = re.compile(r"(?:,[ \u00a0]+|(?<![a-z]))(?:which|who)[ \u00a0][^,;:()]*,")


def _failed_condition_after(lower: str, end: int) -> bool:
    after = _CONDITION_AFTER_RE.match(lower, end)
    if after is not None and _FAILED_CONDITION_RE.match(lower, after.end()) is not None:
        return True
    # "will impose a 5 per cent levy ... from June 10, rising to 10 per cent on July 1, ... and 25 per cent
    # on October 1, unless Mexico 'substantially stops' the flow": a condition closing the whole schedule.
    # Not across a clause of its own: in "starting Sept. 24, with the rate climbing to 25 percent on Jan. 1,
    # unless Beijing agrees" only the later step is conditional.
    trailing = _TRAILING_CONDITION_RE.match(lower, end) if ", unless " in lower or ", if " in lower else None
    return (
        trailing is not None
        and not any(word in lower[end : trailing.end()] for word in _OWN_CLAUSE_OPENERS)
        and _FAILED_CONDITION_RE.match(lower, trailing.end()) is not None
    )


_THREAT_CONDITION_RE = re.compile(
    r"(?<![a-z])if (?:[a-z.]+ ){1,4}(?:(?:does|did|do|is|are|was|were) ?(?:not|n't)|fails?|failed|refuses?"
    r"|refused)(?![a-z])"
)


#: A coordinated relative clause: ", and who has threatened", ", but which".
_COORDINATED_RELATIVE_RE = re.compile(r",[ \u00a0]+(?:and|but)[ \u00a0]+(?:who|which|whose)[ \u00a0]")


#: A coming action between a postponement and the date: "Tariffs that Trump delayed from Jan. 1 will now take
#: effect on March 1" (the date is the action's, the new one).
_LATER_ACTION_RE = re.compile(
    r"(?<![a-z])(?:will|would|shall|now|instead)(?:[ \u00a0](?:now|instead|then))?[ \u00a0]"
    r"(?:take[ \u00a0]effect|apply|start|begin|kick[ \u00a0]in|be[ \u00a0]imposed|be[ \u00a0]collected"
    r"|come[ \u00a0]into[ \u00a0](?:force|effect)|go[ \u00a0]into[ \u00a0]effect|go[ \u00a0]ahead|rise|climb"
    r"|increase|double|go[ \u00a0]up|be[ \u00a0](?:raised|increased|hiked))(?![a-z])"
)


def _later_action(lower: str, start: int, end: int) -> bool:
    """Whether a coming action follows the last postponement word in ``lower[start:end]``."""
    if not any(map(lower.__contains__, ("will", "would", "shall", "now", "instead"))):
        return False
    last = max(lower.rfind(term, start, end) for term in VOCABULARY["postpone"])
    return last >= 0 and _LATER_ACTION_RE.search(lower, last, end) is not None


def _own_relative_start(lower: str, start: int, end: int) -> int:
    """Where the last coordinated relative clause in ``lower[start:end]`` starts (``start`` if none)."""
    if "who" in lower or "which" in lower:
        for match in _COORDINATED_RELATIVE_RE.finditer(lower, start, end):
            start = match.start()
    return start


def _status(
    context: SentenceContext, contexts: ContextCache, start: int, end: int, clause_start: int
) -> DeadlineStatus:
    """Postponed for the old date of a pushed-back action, threatened for a threat, else scheduled."""
    lower = context.lower
    window = max(clause_start, start - 60)
    new_date = NEW_DATE_PREPOSITION_RE.search(lower, window, start) is not None
    # "first due on March 1, then moved to April 1": "to" names the new date even after an old-date word;
    # "had been scheduled for March 1" still names the old one.
    moved_to = new_date and _MOVED_TO_RE.search(lower, window, start) is not None
    if (
        not moved_to
        and OLD_DATE_LEFT_RE.search(lower, window, start)
        # This sentence or the one before postpones something.
        and (context.postpones or _previous_postpones(context, contexts))
    ):
        return "postponed"  # "had been due to take effect on Tuesday", "originally scheduled for March 1"
    if not new_date and _REPLACED_DATE_RE.search(lower, window, start):
        return "postponed"  # "It will apply from Aug. 6, rather than on Aug. 1": the date given up
    if not new_date and _POSTPONED_AFTER_RE.match(lower, end):
        return "postponed"  # "* Planned increase to 25 percent on Jan. 1 put on hold"
    item_end = min(len(lower), end + _ITEM_CLAUSE_REACH)
    item_end = min(
        (i for i in (lower.find(";", end, item_end), lower.find(". ", end, item_end)) if i >= 0),
        default=item_end,
    )
    if (
        lower.startswith(":", end)
        and context.postpones_in(end, item_end)
        and not _only_negated_postponements(lower, end, item_end)
        and _MOVED_TO_RE.search(lower, end, item_end) is None
    ):
        return "postponed"  # "- Jan. 1: planned rise to 25 percent, now suspended": a dated item put off
    if not new_date:
        # The date of the action a postponement verb governs is the old date: "hold off on raising
        # tariffs ... on Jan. 1", "delayed the increase from March 1"; "until"/"to"/"for" name the new one,
        # and so does the end of the pause itself ("under a pause that expires in 90 days").
        # A second relative clause is an act of its own: in "Trump, whose tariffs have been suspended ...,
        # and who has threatened to hit all exports from April 2" nothing postpones April 2.
        own_start = _own_relative_start(lower, clause_start, start)
        # "... is on hold while the two sides try to strike a deal within 90 days": a subordinate clause
        # dates its own act, not the postponed one.
        own_start = max(own_start, *(lower.rfind(word, own_start, start) for word in _SUBORDINATORS))
        if (
            context.postpones_in(own_start, start)
            and _postpones_outside_asides(context, own_start, start)
            and not _later_action(lower, own_start, start)
            and not _PAUSE_ENDS_RE.search(lower, window, start)
            and not _only_negated_postponements(lower, clause_start, start)
        ):
            return "postponed"
    # The threat must be in the date's own clause: in "the escalation threatens the truce, which is due to
    # expire on Nov. 10" the truce is threatened, not the expiry date.
    clause_end = context.clause(start, start + 1)[1]
    if (
        context.uses_anywhere("threat")
        and context.uses("threat", clause_start, clause_end)
        and not _only_danger(lower, clause_start, clause_end)
    ):
        threat = _THREAT_RE.search(lower, clause_start, clause_end)
        # ... unless the date sits in a condition after the threat: in "Beijing vowed countermeasures if
        # Washington goes ahead with raising tariffs on Friday" the raise is not the threat.
        condition = None
        if threat is not None and threat.start() < start:
            condition = next(
                (c for c in reversed(list(_CONDITION_RE.finditer(lower, threat.end(), start)))), None
            )
        # A threat in a later coordinated verb phrase is a separate act: in "ordered tariffs rising to 25 per
        # cent on January 1, and warned he would target a further US$267 billion" the rise is scheduled.
        separate = threat is not None and threat.start() > start and ", and " in lower[start : threat.start()]
        # A threat after the date must threaten a tariff action: "saying that Beijing's policy threatened
        # Canadian auto workers", "a confrontation that economists warned could raise prices" threaten
        # something else (but "warned of tariffs", "threatened to retaliate", "vowed that it would").
        separate = separate or (
            threat is not None and threat.start() > start and not _THREAT_OBJECT_RE.match(lower, threat.end())
        )
        if not separate and (
            condition is None
            or "," in lower[condition.end() : start]
            # "warned that the tariffs could be reimposed if Mexico fails to show results within 45 days":
            # the date is what the threat demands, not the other side's action.
            or _THREAT_CONDITION_RE.match(lower, condition.start()) is not None
        ):
            return "threatened"
    if _FAILING_SUBJECT_RE.search(lower, lower.rfind(";", 0, start) + 1, start) is not None:
        # "countries which fail to reach agreements will face much higher rates from July 9th": the tariff
        # falls only on those the failure defines, a conditional threat (settled rule).
        return "threatened"
    if _THREAT_CONDITION_RE.search(lower, start, clause_end):
        # "would extend its countermeasures ... in 21 days if Washington did not back down"
        return "threatened"
    if (
        any(map(lower.__contains__, _CONDITION_WORDS))
        and not context.postpones
        # A condition before the date in its sentence part (not across a semicolon), or right after it: in
        # "will start at 10% from Sept. 24 before rising to 25% on Jan. 1 unless the two sides strike a deal"
        # only the rise is conditional.
        and (
            _FAILED_CONDITION_RE.search(lower, lower.rfind(";", 0, start) + 1, start) is not None
            or _failed_condition_after(lower, end)
            # "unless Beijing called to open negotiations within two weeks the rate could rise": the date is
            # the term of the condition itself, whatever the other side must do by then.
            or (
                "unless" in lower
                and _UNLESS_BY_RE.search(lower, max(0, start - _UNLESS_REACH), start) is not None
            )
        )
        # "the duties would expire on July 6 unless US industries request that they continue": a measure
        # lapsing under its own terms is no threat.
        and _LAPSE_RE.search(lower) is None
    ):
        right = DATE_RIGHT_NOUN_RE.match(lower, end)
        if right is None or (right.group("deadline") is None and right.group("event") is None):
            # "If no deal is reached by March 1, tariffs will rise to 25%", "Unless Mexico acts within 90
            # days, duties go up", "If talks fail, Brazil would jump to 50 percent next month": a tariff
            # action that happens only if something fails is a threat (settled rule); a negotiating deadline
            # named as such ("by the March 1 deadline") stays scheduled.
            return "threatened"
    if (
        clause_start > 0
        and context.uses_anywhere("threat")
        and _RELATIVE_MODAL_RE.match(lower, clause_start) is not None
        and context.uses("threat", 0, clause_start)
    ):
        # "threatened to apply a five percent charge starting June 10, which he said would climb to 10
        # percent on July 1": the relative clause tells the course of the threatened charge.
        threat = _THREAT_RE.search(lower, 0, clause_start)
        if threat is not None and _THREAT_OBJECT_RE.match(lower, threat.end()) is not None:
            return "threatened"
    # Only a subject opening the sentence itself: a quotation ('wrote: "The 10% will go up"') is a new act.
    opening = context.anaphor_end and not _QUOTE_BEFORE_RE.search(lower, 0, context.anaphor_end)
    # A tariff noun opening the sentence carries the threat only in the conditional mood: "The duty would
    # begin at 5% on June 10" after a threat, but "The duties will take effect on March 23" is the plan.
    tariff_opening = (
        _TARIFF_OPENING_RE.match(lower) is not None and _HYPOTHETICAL_RE.search(lower) is not None
    )
    if opening or lower.startswith("it ") or tariff_opening:
        # "The levy would rise to 10% on July 1 ..." right after "Trump vowed to slap a 5% tariff", "It
        # would rise to 10 percent on July 1" after "The duty would ... climb steadily if Mexico does not
        # act": the subject carries the threat of the sentence before.
        previous = contexts.previous(context)
        if previous is not None and (
            previous.uses_anywhere("threat") or _THREAT_CONDITION_RE.search(previous.lower) is not None
        ):
            return "threatened"
    return "scheduled"


# --- resolution ------------------------------------------------------------------------------------


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, step: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + step
    return index // 12, index % 12 + 1


def _pick_year(first: date, last: date, explicit: bool, published_on: date, tense: Tense) -> int:
    """Choose the year of a year-less date: the occurrence nearest the article date, tense permitting.

    ``first``/``last`` are the first and last day the phrase covers, in the article's year.
    """
    year = first.year
    if explicit or first <= published_on <= last:
        return year
    if last < published_on:  # already past this year
        if first == last and (published_on - last).days <= _DAYS_JUST_PAST:
            # "On May 28, a panel held ..." in a May 29 paper: a day a few days back is that day, whatever
            # future a later clause speaks of; nobody writes next year's May 28 without the year.
            return year
        if tense == "future" or (tense == "neutral" and (published_on - last).days > _HALF_YEAR):
            return year + 1
        return year
    if tense == "past" or (tense == "neutral" and (first - published_on).days > _HALF_YEAR):
        return year - 1  # "met on Dec. 1" in a January article
    return year


_HALF_YEAR = 183
#: How many days before the article date a year-less day is still taken as this year's.
_DAYS_JUST_PAST = 14


def _resolve(candidate: _Candidate, published_on: date, tense: Tense, prep: str) -> tuple[str, date] | None:
    """Return the normalised date text and the last day it covers, or None for an impossible date."""
    form = candidate.form
    base_year = candidate.year or published_on.year
    explicit = candidate.year is not None
    try:
        if form == "day":
            assert candidate.month is not None and candidate.day is not None
            day = date(base_year, candidate.month, candidate.day)
            year = _pick_year(day, day, explicit, published_on, tense)
            day = date(year, candidate.month, candidate.day)
            return day.isoformat(), day
        if form in ("month", "month_end"):
            assert candidate.month is not None
            first = date(base_year, candidate.month, 1)
            year = _pick_year(first, _last_day(base_year, candidate.month), explicit, published_on, tense)
            last = _last_day(year, candidate.month)
            if form == "month_end":
                return last.isoformat(), last
            return f"{year:04d}-{candidate.month:02d}", last
    except ValueError:
        return None
    if form == "weekday":
        tense = candidate.pinned or tense
        ahead = (candidate.count - published_on.weekday()) % 7
        if tense == "future" and ahead == 0:
            ahead = 7  # "takes effect on Friday" written on a Friday means next week
        elif tense == "past" or (tense == "neutral" and ahead > 3):
            ahead = ahead - 7 if ahead else 0  # the most recent such day, or the nearest one
        day = published_on + timedelta(days=ahead + 7 * candidate.weeks)
        return day.isoformat(), day
    if form == "duration":
        if candidate.unit in ("months", "years"):
            step = candidate.count * (12 if candidate.unit == "years" else 1)
            year, month = _add_months(published_on.year, published_on.month, step)
            day = date(year, month, min(published_on.day, calendar.monthrange(year, month)[1]))
        else:
            day = published_on + timedelta(days=candidate.count * (7 if candidate.unit == "weeks" else 1))
        return day.isoformat(), day
    if form == "end_year":
        year = candidate.year or published_on.year + candidate.count
        day = date(year, 12, 31)
        return day.isoformat(), day
    if form == "end_month":
        year, month = _add_months(published_on.year, published_on.month, candidate.count)
        day = _last_day(year, month)
        return day.isoformat(), day
    if form in ("next_month", "this_month"):
        year, month = _add_months(published_on.year, published_on.month, 1 if form == "next_month" else 0)
        return f"{year:04d}-{month:02d}", _last_day(year, month)
    if form in ("next_year", "this_year", "year"):
        year = candidate.year or published_on.year + (1 if form == "next_year" else 0)
        # "before 2025" ends where 2025 begins.
        return f"{year:04d}", date(year - 1 if prep == "before" else year, 12, 31)
    day = published_on + timedelta(days=0 if form == "today" else 1)
    return day.isoformat(), day
