"""Tariff amounts: money a tariff covers or authorises, and tariff rates.

Candidates are numbers with a currency ("US$200 billion", "C$16.6 billion", "7.5 billion dollars") or a
percent unit ("25 percent", "7.5%", the bare lower end of "10 to 25 percent"). A candidate becomes a
tariff amount when its sentence uses tariff vocabulary and the grammar ties the number to a tariff:

1. the noun it attaches to on the right ("$16 billion *in tariffs*", "25 percent *tariffs*" are tariff
   amounts; "US$1.2 trillion *in commitments*", "30 percent *of the requests*" are not);
2. otherwise the nearest governing word on its left within the clause ("tariffs *on* another $200
   billion", "tariffs *as high as* 25 percent" versus "exports *fell* 10 percent", "a *deficit* of");
3. otherwise whether the clause itself is about tariffs.

A conversion in parentheses right after an amount is not a second amount.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from tariffwatch.extraction.context import LEFT_WINDOW, ContextCache, SentenceContext
from tariffwatch.extraction.cues import CueSet
from tariffwatch.extraction.lexicon import (
    AMOUNT_SUFFIX_RE,
    CONVERSION_GAP_RE,
    CURRENCY_PREFIX_RE,
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    DOLLAR_ADJECTIVES,
    MONEY_CUES,
    MONEY_FLOW_RE,
    MONEY_HEAD_RE,
    MONEY_RIGHT_VERB_RE,
    PERCENT_CUES,
    PERCENT_HEAD_RE,
    PERCENT_RIGHT_VERB_RE,
    RANGE_LOWER_END_RE,
    SCALES,
    TARIFF_SUBJECT_RE,
)
from tariffwatch.models import Mention

# Characters that can end a currency prefix; a number not preceded by one of these (or a space after
# one) needs no prefix lookup at all.
_PREFIX_LAST_CHARS = frozenset("$€£¥₹₩DRYBSPK.")
# What can follow a number that has no currency prefix and still make it an amount: "%", an attached scale
# ("360bn"), or a gap then a unit, currency word or range link ("25 percent", "7.5 billion", "10-25%").
_UNIT_ATTACHED = frozenset("%bmtkp")
_UNIT_GAP = frozenset(" -–\u00a0")
_UNIT_INITIALS = frozenset("pbmtkdeyrwfsa0123456789")
# Text linking two percents into one range or list whose members share one decision.
_RANGE_LINKS = frozenset({"-", "–", "to", "and", "or", "from", "and to", ", or"})


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    value: float
    unit: str
    is_percent: bool


def find_amounts(body: str, contexts: ContextCache) -> list[Mention]:
    """Return the tariff amounts in ``body``.

    Args:
        body: The clean article body.
        contexts: Sentence contexts of the same body.

    Returns:
        Mentions of kind ``tariff_amount`` in document order.
    """
    candidates = _candidates(body, contexts.numbers)
    mentions: list[Mention] = []
    previous_group: list[_Candidate] = []
    previous_decision: bool | None = None
    index = 0
    while index < len(candidates):
        group = [candidates[index]]
        if group[0].is_percent:
            while index + len(group) < len(candidates) and _linked(
                body, group[-1], candidates[index + len(group)]
            ):
                group.append(candidates[index + len(group)])
        index += len(group)
        context = contexts.at(group[0].start)
        decision: bool | None = None
        if context.end >= group[-1].end:
            decision = _decide(context, contexts, group)
            if decision is None and previous_group and _listed(body, previous_group[-1], group[0]):
                # "rates of 40% for Laos, 36% for Thailand and 30% for South Africa": a list member
                # nothing else decides shares the decision of the member before it.
                decision = previous_decision
            if decision is None and context.has_tariff_terms:
                decision = _tariff_word_nearby(
                    context, context.local(group[0].start), context.local(group[-1].end)
                )
        previous_group, previous_decision = group, decision
        if decision:
            mentions.extend(
                Mention(
                    kind="tariff_amount",
                    text=body[c.start : c.end],
                    start=c.start,
                    end=c.end,
                    sentence=context.text,
                    value=c.value,
                    unit=c.unit,
                )
                for c in group
            )
    return mentions


def _decide(context: SentenceContext, contexts: ContextCache, group: list[_Candidate]) -> bool | None:
    """Decide a candidate group from its cues; None when no cue decides it."""
    if context.has_tariff_terms:
        window = LEFT_WINDOW
    else:
        # A sentence without tariff words may still continue the previous one ("The increases cover
        # about $18 billion of imports") or report a measure taking effect ("The increase to 25% on the
        # $200 billion list took effect on Friday"); then only a near, explicit tariff cue counts.
        previous = contexts.previous(context)
        if not context.has_strong_deadline_verb and (previous is None or not previous.has_tariff_terms):
            return False
        window = _CONTINUATION_WINDOW
    if group[0].is_percent:
        return _percent_decision(context, group, window)
    return _money_decision(context, group[0], window)


def _candidates(body: str, numbers: list[tuple[int, int]]) -> list[_Candidate]:
    found: list[_Candidate] = []
    last_money_end = -1
    for number_start, number_end in numbers:
        text = body[number_start:number_end]
        if text[-1] in ".,":  # a sentence's full stop or a list comma, not a decimal part
            text = text.rstrip(".,")
            number_end = number_start + len(text)
        before = body[number_start - 1] if number_start else " "
        prefix = _prefix(body, number_start) if before in _PREFIX_LAST_CHARS or before in " \u00a0" else None
        if prefix is None:
            if before.isalnum() or before in "_/.":
                continue  # "G20", "F-35", "COVID-19": part of a name
            after = body[number_end : number_end + 2]
            if not after or not (
                after[0] in _UNIT_ATTACHED or (after[0] in _UNIT_GAP and after[1:] in _UNIT_INITIALS)
            ):
                continue  # "2019,", "1,300 products": no unit can follow
        suffix = AMOUNT_SUFFIX_RE.match(body, number_end)
        assert suffix is not None  # every part of the suffix pattern is optional
        if prefix is None and suffix.end() == number_end and not _RANGE_LINK_START.match(body, number_end):
            continue  # a bare number: a year, a count, a page
        number = _decimal(text)
        if number is None:
            continue
        scale_name = suffix.group("scale_word") or suffix.group("scale_abbr")
        if prefix is not None:
            code, prefix_start = prefix
            if suffix.group("percent"):
                continue
            if suffix.group("scale_abbr") and suffix.group("currency_word"):
                continue
            end = suffix.end("currency_word") if suffix.group("currency_word") else suffix.end()
            unit = CURRENCY_PREFIXES[code]
            if _is_conversion(body, last_money_end, prefix_start):
                last_money_end = end
                continue
            last_money_end = end
            found.append(_Candidate(prefix_start, end, _scaled(number, scale_name), unit, False))
        elif suffix.group("currency_word"):
            if suffix.group("scale_abbr") and suffix.group("scale_abbr") in ("m", "b", "k"):
                continue
            unit = _word_currency(suffix.group("currency_word"), suffix.group("dollar_adj"))
            if _is_conversion(body, last_money_end, number_start):
                last_money_end = suffix.end()
                continue
            last_money_end = suffix.end()
            found.append(_Candidate(number_start, suffix.end(), _scaled(number, scale_name), unit, False))
        elif suffix.group("percent"):
            if scale_name:
                continue
            found.append(_Candidate(number_start, suffix.end(), float(number), "percent", True))
        else:
            lower_end = RANGE_LOWER_END_RE.match(body, number_end)
            if lower_end is None or number > 100:
                continue
            if " and" in lower_end.group(0) and not body[max(0, number_start - 9) : number_start].endswith(
                "between "
            ):
                continue
            found.append(_Candidate(number_start, number_end, float(number), "percent", True))
    return found


_RANGE_LINK_START = re.compile(r"[ \u00a0]?(?:-|–|to |and )")


def _prefix(body: str, number_start: int) -> tuple[str, int] | None:
    before = body[max(0, number_start - 6) : number_start]
    last = before[-1:]
    if last in (" ", "\u00a0"):
        last = before[-2:-1]
    if not last or last not in _PREFIX_LAST_CHARS:
        return None
    match = CURRENCY_PREFIX_RE.search(before)
    if match is None:
        return None
    return match.group("code"), number_start - len(before) + match.start()


def _decimal(text: str) -> Decimal | None:
    cleaned = text.replace(",", "")
    if cleaned.count(".") > 1:
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def _scaled(number: Decimal, scale_name: str | None) -> float:
    if scale_name is None:
        return float(number)
    return float(number * SCALES[scale_name.lower()])


def _word_currency(word: str, adjective: str | None) -> str:
    word = word.lower()
    if word.startswith("dollar") and adjective:
        return DOLLAR_ADJECTIVES.get(adjective.lower(), "USD")
    return CURRENCY_WORDS.get(word, "USD")


def _is_conversion(body: str, previous_end: int, start: int) -> bool:
    if previous_end < 0 or start - previous_end > 24:
        return False
    return CONVERSION_GAP_RE.match(body[previous_end:start]) is not None


def _listed(body: str, first: _Candidate, second: _Candidate) -> bool:
    if first.is_percent != second.is_percent or second.start - first.end > 60:
        return False
    return _LIST_GAP_RE.match(body[first.end : second.start]) is not None


_LIST_GAP_RE = re.compile(
    r"[ \u00a0]+(?:for|on|against|from) [^,;:.()0-9]{1,40}?(?:,? and|,|;| and)[ \u00a0]+\Z|,[ \u00a0]+\Z"
)


def _linked(body: str, first: _Candidate, second: _Candidate) -> bool:
    if not second.is_percent or second.start - first.end > 12:
        return False
    gap = body[first.end : second.start].strip().strip(",").strip().lower()
    return gap in _RANGE_LINKS


#: How close a tariff word must be for a candidate no cue decides.
_FALLBACK_WINDOW = 60
#: How close the deciding cue must be in a sentence that only continues a tariff sentence.
_CONTINUATION_WINDOW = 40


def _percent_decision(context: SentenceContext, group: list[_Candidate], window: int) -> bool | None:
    first_start = context.local(group[0].start)
    last_end = context.local(group[-1].end)
    head = PERCENT_HEAD_RE.match(context.lower, last_end)
    if head is not None and not head.group("weak"):
        return head.group("tariff") is not None
    if head is None and PERCENT_RIGHT_VERB_RE.match(context.lower, last_end):
        return True
    decided = _left_decision(context, PERCENT_CUES, first_start, last_end, window)
    if head is not None:
        # "10 percent lower": a comparison, unless a tariff word governs the number ("the rate of 10
        # percent lower than feared").
        return bool(decided)
    return decided


def _money_decision(context: SentenceContext, candidate: _Candidate, window: int) -> bool | None:
    start = context.local(candidate.start)
    end = context.local(candidate.end)
    head = MONEY_HEAD_RE.match(context.lower, end)
    if head is not None:
        if head.group("neg"):
            return False
        if head.group("tariff"):
            # "collected $X in duties", "cost $X in tariffs": money paid, not goods covered.
            return MONEY_FLOW_RE.search(context.lower, max(0, start - 40), start) is None
    decided = _left_decision(context, MONEY_CUES, start, end, window)
    if decided is not None:
        return decided
    if MONEY_RIGHT_VERB_RE.match(context.lower, end):
        return True
    if head is not None and head.group("goods"):
        return None if not context.has_tariff_terms else True
    return None


def _left_decision(context: SentenceContext, cues: CueSet, start: int, end: int, window: int) -> bool | None:
    found = context.left_cue(cues, start, end, window)
    if found is None:
        return None
    cue, category = found
    if category in ("tariff", "level"):
        return True
    if category == "move":
        # A movement verb is about the tariff only when a tariff noun heads its subject.
        return TARIFF_SUBJECT_RE.search(context.lower, max(0, cue.start() - 70), cue.start()) is not None
    return False


def _tariff_word_nearby(context: SentenceContext, start: int, end: int) -> bool:
    clause_start, clause_end = context.clause(start, end)
    if context.lower.startswith(("which", "that", "who"), clause_start):
        # A relative clause is about its antecedent: "The duties, which would have doubled to 50%".
        clause_start = max(0, clause_start - _FALLBACK_WINDOW)
    lo = max(clause_start, start - _FALLBACK_WINDOW)
    hi = min(clause_end, end + _FALLBACK_WINDOW)
    return context.uses("tariff", lo, hi)
