"""Tariff amounts: money a tariff covers or authorises, and tariff rates.

Candidates are numbers with a currency ("US$200 billion", "C$16.6 billion", "7.5 billion dollars") or a
percent unit ("25 percent", "7.5%", the bare lower end of "10 to 25 percent"). A candidate becomes a
tariff amount when its sentence uses tariff vocabulary and the grammar ties the number to a tariff:

1. the noun it attaches to on the right ("$16 billion *in tariffs*", "25 percent *tariffs*" are tariff
   amounts; "US$1.2 trillion *in commitments*", "30 percent *of the requests*" are not);
2. otherwise the nearest governing word on its left within the clause ("tariffs *on* another $200
   billion", "tariffs *as high as* 25 percent" versus "exports *fell* 10 percent", "a *deficit* of");
3. otherwise whether the clause itself is about tariffs.

A sentence without tariff words can still hold one when it continues a tariff sentence: an anaphoric
subject ("The planned increase, from 10% to 25%"), a measure's verb ("takes effect"), a tariff verb whose
subject is the money ("$16 billion of goods ... could be targeted") or a verbless table of rates by country
("Cambodia 49%, Vietnam 46%"). Members of a list or comparison ("Vietnam 46%, Japan 24%", "40 percent,
compared with 15 percent", "starting with C$30 billion ... and the remaining C$125 billion") share the
decision of the member before them; a movement verb with a pronoun or elided subject ("until it hit 25%",
"before climbing to 25 percent") is about what its antecedent is about.

A conversion in parentheses right after an amount is not a second amount; a per-item threshold
("packages worth $800 or less") is not goods covered.

Numbers may be spelled out before a percent ("twenty-five per cent") and use Indian scales ("Rs 10,500
crore", "₹4.2 lakh crore"). A rate put on a country or on goods ("34 percent on China", "20% on the first
1.2 million units") in a tariff sentence is a tariff rate; a rate noun ("the 35% maximum rate", "a rate of
20 per cent") carries the tariff topic of the last few sentences; the goods a list covers may be the
subject of a trade flow ("Imports of the affected products totalled ..."); "the remaining $X" continues
the sum before it in the same sentence.

A conjunct whose verb is gapped keeps its rate ("Vietnamese goods face 20%, and goods transshipped through
the country 40%", "Steel faces a 25% duty; aluminum, 10%"); a tax or charge put on goods from abroad is a
tariff ("a tax on foreign steel of 25 percent", "a 10 percent charge on imported aluminum"); a bullet item
after a tariff rate's item lists the next rate of the same box, whatever heads it.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from tariffwatch.errors import ConfigError
from tariffwatch.extraction.context import LEFT_WINDOW, ContextCache, SentenceContext
from tariffwatch.extraction.cues import CueSet
from tariffwatch.extraction.lexicon import (
    ADDED_TO_RE,
    AMOUNT_SUFFIX_RE,
    ANTECEDENT_RE,
    COMPLEMENT_BEFORE_RE,
    CONVERSION_GAP_RE,
    COVER_VERB_SUBJECT_RE,
    COVERED_GOODS_SUBJECT_RE,
    CURRENCY_PREFIX_RE,
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    DOLLAR_ADJECTIVES,
    FINANCIAL_OBJECT_RE,
    MONEY_CUES,
    MONEY_FLOW_RE,
    MONEY_HEAD_RE,
    MONEY_RIGHT_ACTION_RE,
    MONEY_RIGHT_VERB_RE,
    MOVE_OBJECT_AFTER_RE,
    MOVE_OBJECT_RE,
    NON_GOODS_WORTH_RE,
    NON_TARIFF_RATE_RE,
    PERCENT_AS_NOUN_BEFORE_RE,
    PERCENT_CUES,
    PERCENT_HEAD_RE,
    PERCENT_RIGHT_VERB_RE,
    PERCENT_STACKED_RE,
    PRONOUN_OBJECT_RE,
    PRONOUN_SUBJECT_RE,
    RANGE_LOWER_END_RE,
    RATE_ON_SUM_AFTER_RE,
    SCALES,
    SPELLED_PERCENTS,
    TARIFF_SUBJECT_RE,
    THRESHOLD_AFTER_RE,
    THRESHOLD_BEFORE_RE,
    TRADE_FLOW_AFTER_RE,
    TRADE_FLOW_SUBJECT_RE,
    KeyedPattern,
)
from tariffwatch.models import Mention

# Characters that can end a currency prefix; a number not preceded by one of these (or a space after
# one) needs no prefix lookup at all.
_PREFIX_LAST_CHARS = frozenset("$€£¥₹₩DRYBSPKs.")
# What can follow a number that has no currency prefix and still make it an amount: "%", an attached scale
# ("360bn"), or a gap then a unit, currency word or range link ("25 percent", "7.5 billion", "10-25%").
_UNIT_ATTACHED = frozenset("%bmtkp")
_UNIT_GAP = frozenset(" -–\u00a0")
_UNIT_INITIALS = frozenset("pbmtkdeyrwfsaBMTDEP0123456789%")  # "%": "17.4 %"
# Indian scale words ("10,500 crore", "4.2 lakh crore"), tested only when the initial is "c" or "l".
_INDIAN_SCALES = (" crore", " lakh", " Crore", " Lakh")
# Text linking two percents into one range or list whose members share one decision.
_RANGE_LINKS = frozenset({"-", "–", "to", "and", "or", "from", "and to", ", or", "→", "->", "=>"})


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    value: float
    unit: str
    is_percent: bool


def find_amounts(body: str, contexts: ContextCache) -> list[Mention]:
    """Return the tariff amounts in ``body``.

    The classifier of :mod:`~tariffwatch.extraction.learned_amounts` re-decides every candidate of the
    sentences the hand rules (:func:`rule_amounts`) examine, keeping a rule amount unless it is sure it is
    none; ``TARIFFWATCH_AMOUNT_DECIDER=rules`` leaves the decision to the hand rules alone.

    Args:
        body: The clean article body.
        contexts: Sentence contexts of the same body.

    Returns:
        Mentions of kind ``tariff_amount`` in document order.

    Raises:
        ConfigError: ``TARIFFWATCH_AMOUNT_DECIDER`` names neither decider.
    """
    decider = os.environ.get(DECIDER_ENV) or "learned"
    if decider == "rules":
        return rule_amounts(body, contexts)
    if decider != "learned":
        raise ConfigError(f"{DECIDER_ENV} must be 'learned' or 'rules', not {decider!r}")
    # The classifier re-decides the candidates generated here; it imports this module, hence the late import.
    from tariffwatch.extraction.learned_amounts import decide

    return decide(body, contexts)


#: Environment variable naming who decides which candidates are tariff amounts: ``learned`` (the default, the
#: classifier of learned_amounts.py over this module's candidates) or ``rules`` (the hand rules alone).
DECIDER_ENV = "TARIFFWATCH_AMOUNT_DECIDER"


def rule_amounts(
    body: str,
    contexts: ContextCache,
    trace: dict[int, str] | None = None,
    sentences: list[list[_Candidate]] | None = None,
) -> list[Mention]:
    """The hand rules' tariff amounts in ``body`` (what :func:`find_amounts` returns with ``rules``).

    Args:
        body: The clean article body.
        contexts: Sentence contexts of the same body.
        trace: When given, receives for each candidate the rules examined (by its start offset) the
            rules' sub-decisions, ``"<first cue decision>|<final decision>"`` (see _sentence_amounts).
        sentences: When given, receives the candidates of every sentence the rules examine, a list per
            sentence in order, so that the learned decider reads them without generating them again.

    Returns:
        Mentions of kind ``tariff_amount`` in document order.
    """
    mentions: list[Mention] = []
    dollar = _HomeDollar(body)
    # Whether the article has a tariff sentence at all. A sentence's own find below says whether it holds
    # "charg", " tax" or " pay": cheaper than a pass over the whole body first.
    tariff_article = contexts.any_tariff_sentence()
    # In a trade-remedy case the provisional duty is collected as a deposit ("a deposit of 75.8 per cent",
    # "security deposits of up to 212 per cent"): there "deposit" is a tariff noun.
    deposits = _deposits(contexts.lower)
    for number, numbers in contexts.numbers_by_sentence():
        if _examined(contexts, number, tariff_article, deposits):
            candidates = _candidates(body, numbers, dollar)
            if sentences is not None:
                sentences.append(candidates)
            if candidates:
                mentions.extend(
                    _sentence_amounts(body, contexts, contexts.sentence(number), candidates, deposits, trace)
                )
    return mentions


def _examined(contexts: ContextCache, number: int, tariff_article: bool, deposits: bool) -> bool:
    """Whether the rules look at sentence ``number``'s numbers at all (see :func:`find_amounts`).

    A sentence without tariff words, without a measure's verb and with no sentence on topic among the three
    before holds no tariff amount (every rule in _decide needs one of them): its numbers (market moves, the
    economy) are not even parsed, and it gets no context.
    """
    lower = contexts.lower
    starts = contexts.starts
    ends = contexts.ends
    return (
        contexts.tariff_sentence(number)
        or contexts.recent_topic_at(number)
        or contexts.sentence_uses(number, "strong_deadline")
        or (tariff_article and lower.find("charg", starts[number], ends[number]) >= 0)
        or (deposits and lower.find("deposit", starts[number], ends[number]) >= 0)
        # "plans to tax foreign steel at 25 percent" (see _taxed_at).
        or (tariff_article and lower.find(" tax", starts[number], ends[number]) >= 0)
        # "we were paying the full 27.5 per cent on every vehicle", "European cars will pay 15 per
        # cent": a rate goods or importers pay, in an article about tariffs (see _imposed_rate).
        or (
            tariff_article
            and lower.find(" pay", starts[number], ends[number]) >= 0
            # Only a rate is paid (see _imposed_rate): "%" or "per cent"/"percent".
            and (
                lower.find("%", starts[number], ends[number]) >= 0
                or lower.find("cent", starts[number], ends[number]) >= 0
            )
        )
        # "We went to 25 percent on $200 billion of Chinese goods": a rate laid on a sum of goods, in an
        # article about tariffs (see RATE_ON_SUM_AFTER_RE in _decide).
        or (
            tariff_article
            and (
                lower.find("% on ", starts[number], ends[number]) >= 0
                or lower.find("cent on ", starts[number], ends[number]) >= 0
            )
        )
        # In an article about tariffs a rate noun may carry the topic alone ("the 46% rate the country
        # was given", see _framed_rate).
        or (number in contexts.rate_sentences and contexts.tariff_frame())
        # A rate said alone ("Thirty-nine percent.") takes its topic from a few sentences before.
        or ends[number] - starts[number] <= _BARE_RATE_LENGTH
        # A bullet item of a list of rates ("• Vietnam: 46%") takes its topic from the list's lead-in.
        or (
            lower.startswith(_BULLETS_START, starts[number])
            and lower.find(":", starts[number], ends[number]) >= 0
        )
        # Spoken copy (transcripts, bulletins) spells its figures and takes the topic from the whole
        # exchange, not from the sentence or the few before: "the rate goes up to twenty-five percent after
        # all" several turns after the tariffs were named.
        or (contexts.spells_a_figure(number) and contexts.tariff_frame())
    )


def _deposits(lower: str) -> bool:
    """Whether a trade-remedy article writes of deposits (then "deposit" is a tariff noun)."""
    return "deposit" in lower and any(map(lower.__contains__, _REMEDY_WORDS))


def _sentence_amounts(
    body: str,
    contexts: ContextCache,
    sentence: SentenceContext,
    candidates: list[_Candidate],
    deposits: bool = False,
    trace: dict[int, str] | None = None,
) -> list[Mention]:
    """Decide the candidates of one sentence, in order (``trace``: see :func:`rule_amounts`)."""
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
        start = group[0].start
        context = sentence if sentence.start <= start < sentence.end else contexts.at(start)
        decision: bool | None = None
        first_cue = "none"  # what _decide said, before the list, level and sum rules had their say
        if (
            not group[0].is_percent
            and previous_group
            and previous_decision is not None
            and not previous_group[-1].is_percent
            and previous_group[-1].end >= context.start
            and _INCLUDED_SUM_RE.search(body, max(previous_group[-1].end, start - 40), start) is not None
        ):
            # "purchases of at least $200 billion over two years, including some $32 billion of farm
            # products": a part of a sum is what the sum is.
            decision = previous_decision
        elif context.end >= group[-1].end:
            decision = _decide(context, contexts, group, deposits)
            if trace is not None:
                first_cue = str(decision)
            if (
                decision is False
                and previous_decision
                and group[0].is_percent
                and previous_group[-1].end >= context.start
                and not (
                    context.has_tariff_terms
                    or contexts.recent_topic(context)
                    or context.has_strong_deadline_verb
                )
                and _chained(body, context, previous_group[-1], group[0], True)
            ):
                # "• Walnuts: 120 per cent, up from 30 per cent", "to tax foreign steel at 25 percent and
                # aluminum at 10 percent": a rate listed with or compared to a tariff rate is one too, even
                # where the sentence alone says nothing of tariffs (which is all the False said).
                decision = True
            if not decision and previous_decision and previous_group[-1].end >= context.start:
                # What continues the tariff amount before it in the same sentence, by kind.
                previous_percent = previous_group[-1].is_percent
                if group[0].is_percent and previous_percent:
                    if _next_level(context, previous_group[-1], group[0]) or (
                        (
                            _COMBINED_BEFORE_RE.search(body, max(previous_group[-1].end, start - 40), start)
                            is not None
                            # "27.5 per cent, which is the ordinary 2.5 per cent plus the 25 per cent", "a
                            # charge of 25 per cent and aluminium one of 10 per cent": the parts of a tariff
                            # rate, or the same charge on other goods.
                            or _RATE_PARTS_BEFORE_RE.search(
                                context.lower, max(0, context.local(start) - 40), context.local(start)
                            )
                            is not None
                        )
                        # "which hold a combined 40% of the market": a share, not a rate.
                        and not _neg_head(context, group)
                    ):
                        # "a five percent charge starting June 10, which he said would climb to 10 percent
                        # on July 1 ... until it reached 25 percent": the later levels of the same tariff
                        # rate. "34% - stacked on the 20 percent imposed earlier ..., for a combined 54%": the
                        # sum of tariff rates the sentence has named is a tariff rate too.
                        decision = True
                elif (
                    not group[0].is_percent
                    and not previous_percent
                    and _TOTAL_REACH_BEFORE_RE.search(body, max(previous_group[-1].end, start - 50), start)
                    is not None
                ):
                    # "A further $16 billion of Chinese imports could face the same duties ..., adding that
                    # the total could eventually exceed $500 billion": the running total of the goods a
                    # tariff covers.
                    decision = True
            if (
                decision is None
                and previous_group
                and previous_decision is not None
                and previous_group[-1].end >= context.start
                and _chained(body, context, previous_group[-1], group[0], previous_decision)
            ):
                # "rates of 40% for Laos, 36% for Thailand", "Vietnam 46%, Japan 24%", "currently 40
                # percent, compared with 15 percent", "C$30 billion ... and the remaining C$125 billion":
                # a member of a list or comparison nothing else decides shares the decision before it.
                decision = previous_decision
            if (
                decision is None
                and group[0].is_percent
                # "the 10% baseline ..., the 25% on non-USMCA goods": a tariff rate already named in the
                # sentence puts it on topic.
                and (context.has_tariff_terms or context.has_amount)
                and _ON_TARGET_RE.match(context.text, context.local(group[-1].end))
            ):
                # "reciprocal rates ... April 9: 34 percent on China, 20 percent on the EU", "safeguard duties
                # on washers: 20% on the first 1.2 million units": a rate put on a country or on goods.
                decision = True
            if decision is None and (context.has_tariff_terms or context.anaphor_end):
                decision = _tariff_word_nearby(
                    context, context.local(group[0].start), context.local(group[-1].end)
                )
        if (
            not decision
            and not group[0].is_percent
            and previous_decision
            and previous_group[-1].is_percent
            and previous_group[-1].end >= context.start
            and (
                _GOODS_WORTH_BEFORE_RE.search(body, max(previous_group[-1].end, start - 50), start)
                is not None
                # "- Sept. 24: 10 percent on $200 billion": the sum the rate before it is put on.
                or _RATE_ON_SUM_BEFORE_RE.match(body, previous_group[-1].end, start) is not None
            )
        ):
            # "doubled its import taxes on U.S. cars to 120% ..., on goods worth about $533 million in total":
            # the goods a tariff rate of the same sentence is put on.
            decision = True
        if decision and not group[0].is_percent and group[0].value < _SMALL_SUM:
            # "on a $100,000 entry ... the duty rises to $25,000": a tariff covers goods worth millions at
            # least; a smaller sum is one shipment's arithmetic, a threshold or a fee.
            decision = False
        if (
            decision
            and not group[0].is_percent
            and (
                (
                    ("free" in context.lower or "-" in body[group[0].start : group[0].end])
                    and _not_covered_sum(context, group[0])
                )
                or _revenue(context, group[0])
            )
        ):
            # "Tariff revenue hit $30 billion", "The duties raised $20 billion": customs revenue collected is
            # money paid, not goods covered, a rate or an authorised amount (asked only of sums some rule
            # took for tariff amounts, and whatever rule that was).
            decision = False
        if trace is not None:
            for candidate in group:
                trace[candidate.start] = first_cue + "|" + str(decision)
        previous_group, previous_decision = group, decision
        if decision:
            context.mark_amount()
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


#: The total of tariffed sums reaching a sum: "the total could eventually exceed", "the total would reach".
_TOTAL_REACH_BEFORE_RE = re.compile(
    r"(?<![a-z])the[ \u00a0]+total[ \u00a0]+(?:(?:could|would|may|might|will|can)[ \u00a0]+)?"
    r"(?:(?:eventually|ultimately|soon|quickly)[ \u00a0]+)?"
    r"(?:exceed|top|reach|hit|surpass|rise[ \u00a0]+to|climb[ \u00a0]+to)[ \u00a0]+"
    r"(?:(?:about|around|roughly|nearly|some|more[ \u00a0]+than|over|well[ \u00a0]+over)[ \u00a0]+)?\Z"
)
#: A combined rate right before a percent: "for a combined", "an all-in", "a cumulative rate of".
_COMBINED_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:an?|the)[ \u00a0]+(?:combined|cumulative|overall|stacked|all-in)[ \u00a0]+"
    r"(?:(?:rate|tariff|duty|levy)[ \u00a0]+of[ \u00a0]+)?\Z"
)


#: A part of a tariff rate, or the same charge on other goods, right before a percent: "which is the
#: ordinary", "plus the", "on top of the", "and primary aluminium one of".
_RATE_PARTS_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:(?:which|that)[ \u00a0]+(?:is|was|are|were)(?:[ \u00a0]+made[ \u00a0]+up[ \u00a0]+of)?"
    r"|plus|on[ \u00a0]+top[ \u00a0]+of|in[ \u00a0]+addition[ \u00a0]+to"
    r"|(?:and|or|while)[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,3}one[ \u00a0]+of)[ \u00a0]+"
    r"(?:(?:the|an?|its|their)[ \u00a0]+)?"
    r"(?:(?:ordinary|standard|normal|usual|existing|base|baseline|mfn|regular|original|previous|earlier|old"
    r"|current|additional|extra|new)[ \u00a0]+)?\Z"
)
#: A verb of a rate's rise right before a percent: "would climb to", "until it reached", "go up to".
_LEVEL_VERB_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:(?:climb|rise|go|increase|jump|step|ratchet|escalate|move)(?:s|es|ed|ing)?"
    r"|rose|risen|went|gone|goes|reach(?:es|ed|ing)?|hit(?:s|ting)?)"
    r"(?:[ \u00a0]+(?:up|further|again))?(?:[ \u00a0]+to)?[ \u00a0]+"
    r"(?:(?:as[ \u00a0]+much[ \u00a0]+as|about|around|roughly|an?|the|full)[ \u00a0]+)?\Z"
)
#: Words of the economy or markets: a level verb after them moves their figure, not the tariff's.
_NOT_TARIFF_LEVEL_WORDS = (
    "index", "stock", "share", "yield", "peso", "dollar", "yen", "euro", "currenc", "inflation", "growth",
    "gdp", "unemploy", "price", "margin", "market", "bond", "poll", "econom", "interest", "profit", "sales",
    "revenue", "deficit", "surplus", "export", "import",
)  # fmt: skip
#: How far a later level may stand from the tariff rate it continues.
_LEVEL_REACH = 160


def _next_level(context: SentenceContext, first: _Candidate, second: _Candidate) -> bool:
    """Whether ``second`` is a later level of the tariff rate ``first``, a level verb between them with no
    figure of the economy or markets as its subject ("..., which he said would climb to 10 percent")."""
    start = context.local(second.start)
    gap_start = context.local(first.end)
    if start - gap_start > _LEVEL_REACH:
        return False
    if _LEVEL_VERB_BEFORE_RE.search(context.lower, max(gap_start, start - 40), start) is None:
        return False
    gap = context.lower[gap_start:start]
    return not any(map(gap.__contains__, _NOT_TARIFF_LEVEL_WORDS))


#: A sum named as a part of the one before: ", including some", ", of which about", ", among them".
_INCLUDED_SUM_RE = re.compile(
    r",[ \u00a0]+(?:including|of[ \u00a0]+which|among[ \u00a0]+them)[ \u00a0]+"
    r"(?:(?:about|around|roughly|nearly|almost|some|approximately|more[ \u00a0]+than|over|up[ \u00a0]+to)"
    r"[ \u00a0]+)?\Z"
)


def _decide(
    context: SentenceContext, contexts: ContextCache, group: list[_Candidate], deposits: bool = False
) -> bool | None:
    """Decide a candidate group from its cues; None when no cue decides it.

    ``deposits``: whether the article is a trade-remedy case that writes of deposits (see find_amounts).
    """
    if group[0].is_percent and _SHARE_OR_MOVE_BEFORE_RE.search(
        context.lower, max(0, context.local(group[0].start) - 48), context.local(group[0].start)
    ):
        # "China accounts for less than 3 percent", "steel makes up about 16 percent", "the Dow fell 420
        # points, or 1.7 percent": a share of trade or a market move, whatever tariff words are near.
        return False
    if (
        group[0].is_percent
        and context.lower.endswith(("point", "points"), 0, context.local(group[-1].end))
        and _POINTS_COMPARED_RE.match(context.lower, context.local(group[-1].end)) is not None
    ):
        # "a rate one percentage point above the 24% he announced": the gap between two rates, not a rate
        # (unlike "40 percentage points on top of the 10% rate", which is added to it).
        return False
    if (
        not group[0].is_percent
        and ("paid" in context.lower or " itself" in context.lower)
        and _DUTY_PAID_AFTER_RE.match(context.lower, context.local(group[-1].end)) is not None
    ):
        # "about $45 million of duty we paid in fiscal 2024", "that $180 million to $210 million is the duty
        # itself": the duty a company pays is its cost (customs revenue, the settled rule), not goods covered.
        return False
    if "|" in context.text and _pipe_table_cell(context, contexts, group[0]):
        return True  # "Round | US action (coverage; rate) | ...\n 1 (6 July) | US$34bn; 25% | US$34bn; 25%"
    if group[0].is_percent and _bare_rate(context, contexts, group):
        return True  # '"... It's so pathetic. Thirty-nine percent. We're going to charge them 20 percent."'
    if deposits and group[0].is_percent and _deposit_rate(context, group):
        return True  # "Beijing hits Australian wine with deposits of up to 212 per cent"
    if group[0].is_percent and _imposed_rate(context, group):
        # "threatened to impose an additional 10 percent on any country", "Our competitors pay 20 per cent.":
        # a rate a tariff verb governs directly, with no noun of its own, is a tariff rate.
        return True
    if (
        group[0].is_percent
        and " on " in context.lower
        and RATE_ON_SUM_AFTER_RE.match(context.lower, context.local(group[-1].end)) is not None
        and not _neg_head(context, group)
        # "Exports fell 12 percent on $200 billion of goods": a move of another figure.
        and not any(
            category in ("neg", "move")
            for _, category in PERCENT_CUES.finditer(
                context.lower, max(0, context.local(group[0].start) - 40), context.local(group[0].start)
            )
        )
    ):
        # "We went to 25 percent on $200 billion of Chinese goods": a rate laid on a sum of goods is a tariff
        # rate, whatever verb governs it (the sum follows by _RATE_ON_SUM_BEFORE_RE).
        return True
    if (
        group[0].is_percent
        # The level's "to"/"from" right before the percent is the cheap test.
        and context.lower.endswith(_TO_FROM_ENDINGS, 0, context.local(group[0].start))
        and ("rate" in context.lower or context.has_tariff_terms)
        and _changed_rate_on_goods(context, group)
    ):
        # "would cut the rate on a separate batch of roughly US$120 billion of Chinese goods, which was hit
        # on September 1, to 7.5 per cent from 15 per cent": both levels of a rate put on goods.
        return True
    if group[0].is_percent and _charged_rate(context, group):
        # "they're charging us 67 percent", "We're going to charge them 34 percent": in an article about
        # tariffs, a rate one country charges another is a tariff rate.
        return True
    if group[0].is_percent and _bullet_rate(context, contexts, group):
        return True  # "The rates, from the chart:" / "• China: 34%" / "• Vietnam: 46%"
    if group[0].is_percent and ":" in context.text and _colon_rate(context, group):
        # "The rates ... vary by manufacturer: 17.0% for BYD, 18.8% for Geely": the first item after a
        # lead-in whose subject is a tariff rate (the items after it follow by _chained).
        return True
    if group[0].is_percent and "value" in context.lower and _ad_valorem_charge(context, group):
        return True  # "postal items were charged 54% of their value": a duty assessed on the goods' value
    if (
        group[0].is_percent
        # The level verb's "to" right before the percent is the cheap test.
        and context.lower.endswith(_TO_ENDINGS, 0, context.local(group[0].start))
        and contexts.tariff_frame()
        and _country_level(context, context.local(group[0].start))
        and not _neg_head(context, group)
    ):
        # "If talks fail, Brazil would jump to 50 percent next month": in an article about tariffs, a
        # country moving to a level moves its tariff rate, whatever move verb says so.
        return True
    if group[0].is_percent and "than" in context.lower and _compared_rate(context, group):
        # "a rate that, while slightly higher than the 24% announced for Japan": the rate compared with a
        # tariff rate is one.
        return True
    if group[0].is_percent and _list_item_rate(context, contexts, group):
        # "The increases, by product group, are as follows:" / "1. Electric vehicles: from 25% to 100%"
        return True
    if (
        group[0].is_percent
        and ("tax" in context.lower or "charge" in context.lower)
        and _taxed_at(context, group)
    ):
        # "Trump's plan to tax foreign steel at 25 percent": goods taxed at a rate, in an article about
        # tariffs, are tariffed.
        return True
    if (
        not group[0].is_percent
        and "concession" in context.lower
        and _SUSPENDED_CONCESSIONS_RE.search(
            context.lower, max(0, context.local(group[0].start) - 70), context.local(group[0].start)
        )
        is not None
    ):
        # "requested authorization to suspend concessions amounting to USD 11.2 billion per year": in WTO
        # language the concessions suspended are the retaliatory tariffs, the sum their trade coverage.
        return True
    if (
        not group[0].is_percent
        and "list" in context.lower
        and contexts.tariff_frame()
        and _added_to_list(context, group[0])
    ):
        # "could add a further US$16 billion of Chinese goods to its list": in an article about tariffs, goods
        # added to a list are goods the list's tariffs will cover.
        return True
    if not group[0].is_percent and contexts.tariff_frame() and _list_value(context, group[0]):
        # "Lists 1 and 2 (about $50 billion of goods in total) remain at 25%", "the counter-list, valued at
        # $60 billion": in an article about tariffs, the value of a tariff list is goods covered.
        return True
    if (
        group[0].is_percent
        and " which " in context.lower
        and _LEVEL_RELATIVE_BEFORE_RE.search(
            context.lower, max(0, context.local(group[0].start) - 60), context.local(group[0].start)
        )
        is not None
    ):
        # "the American charges, which stand at twenty-five percent on steel", "the duties, which are
        # currently 25%": the level of a measure that heads the relative clause is its rate.
        return True
    if not (context.has_tariff_terms or contexts.recent_topic(context) or context.has_strong_deadline_verb):
        if (
            not group[0].is_percent
            and contexts.tariff_frame()
            and COVER_VERB_SUBJECT_RE.search(
                context.lower, max(0, context.local(group[0].start) - 80), context.local(group[0].start)
            )
        ):
            # "the new charges would apply to U.S. imports worth 533 million dollars": in an article about
            # tariffs, what its charges apply to is the goods they cover.
            return True
        # Every rule below needs tariff words in this sentence, a measure's verb, or a sentence on topic
        # among the three before: most sentences with a number (markets, the economy) stop here, unless
        # the article as a whole is about tariffs and the percent's own phrase names a rate.
        return _in_frame(context, contexts, group)
    if group[0].is_percent and (_rate_item(context, group) or _bullet_rate(context, contexts, group)):
        return True  # "We're going to charge 20 percent. Japan, 24 percent. Vietnam, 46 percent."
    if (
        not group[0].is_percent
        and any(map(context.lower.__contains__, _REQUEST_VERBS))
        and contexts.tariff_frame()
        and _REQUESTED_AFTER_RE.match(context.lower, context.local(group[0].end)) is not None
        and any(map(context.lower.__contains__, _REQUEST_TOPIC_WORDS))
        # "the $11.2 billion that Washington had originally requested, ... a claim of damages".
        and "damages" not in context.lower
    ):
        # "The WTO arbitrators' figure is well short of the roughly $11 billion that the U.S. had
        # originally asked for": in a sentence about a retaliation award, the sum a side asked for is the
        # retaliation it requested (settled rule); not "the $2 billion its lawyers had sought in damages".
        return True
    if context.has_tariff_terms or (context.anaphor_end and contexts.on_topic(context)):
        # An anaphoric subject ("The planned increase, from 10% to 25%", "They rise to 25% in June")
        # carries the tariff topic of the sentence before.
        window = LEFT_WINDOW
    elif (
        not group[0].is_percent
        and any(map(context.lower.__contains__, _ACTION_WORDS))
        and _right_action(context, group[0])
        and contexts.on_topic(context, depth=3, loose=True)
    ):
        return True  # "Another $16 billion of Chinese goods ... could be targeted"
    elif (
        group[0].is_percent
        and _in_rate_table(context, contexts, group[0])
        and contexts.on_topic(context, depth=3, loose=True)
    ):
        return True  # "Trump holds up a chart. Cambodia 49%, Vietnam 46%, ..."
    else:
        # A sentence without tariff words may still continue the previous one ("The increases cover
        # about $18 billion of imports") or report a measure taking effect ("The increase to 25% on the
        # $200 billion list took effect on Friday"); then only a near, explicit tariff cue counts.
        if not group[0].is_percent and COVER_VERB_SUBJECT_RE.search(
            context.lower, max(0, context.local(group[0].start) - 80), context.local(group[0].start)
        ):
            return True  # "List 4B covers goods worth roughly $160 billion": the subject is a tariff list
        if not group[0].is_percent and _answers_coverage(context, contexts, group[0]):
            return True  # "Q: How much trade does this affect?" / "A: About $18 billion of annual imports"
        if not group[0].is_percent and _covered_sum(context, group[0]):
            # "Tuesday's announcement ... covered roughly $156 billion of ... goods", "the order would still
            # hit goods worth about R$60 billion": a verb of coverage governs the sum, a few sentences after
            # the tariffs it continues.
            return True
        previous = contexts.previous(context)
        if (
            not context.has_strong_deadline_verb
            # A sentence that has already named a tariff rate ("keeps the 10% baseline on most British goods
            # but allows cars to enter at 10%") is on topic itself.
            and not context.has_amount
            and (previous is None or not contexts.on_topic(previous, depth=1))
            # "... than the 35% maximum rate", "Vietnam faces a rate of 20 per cent": a rate noun governing
            # the percent carries the tariff topic of the last few sentences across an aside.
            and not (group[0].is_percent and _rate_noun_governs(context, group))
            # A bullet item of a fact box ("* Planned increase to 25 percent on Jan. 1 put on hold") continues
            # the prose before the box's heading (the gate above found it among the sentences before).
            and not context.text.startswith(_BULLETS_START)
        ):
            return _in_frame(context, contexts, group)
        window = _CONTINUATION_WINDOW
        if not group[0].is_percent and _continues_sum(context, group[0]):
            # "the first batch would be followed by US$16 billion more", "The additional $325 billion would
            # cover ...": a further sum right after a tariff sentence is the next tranche, unless its noun
            # says otherwise ("another $12 billion in farm aid").
            start, end = context.local(group[0].start), context.local(group[0].end)
            head = MONEY_HEAD_RE.match(context.lower, end)
            if head is not None and head.group("neg"):
                return False
            # "agreed to buy an additional $200 billion of US goods": a purchase, not a tranche.
            return _left_decision(context, MONEY_CUES, start, end, LEFT_WINDOW) is not False
    if group[0].is_percent:
        decided = _percent_decision(context, group, window)
        return True if decided is None and _in_frame(context, contexts, group) else decided
    return _money_decision(context, group[0], window)


def _pipe_table_cell(context: SentenceContext, contexts: ContextCache, candidate: _Candidate) -> bool:
    """Whether an amount is a cell of a table written as text whose header row names tariff rates or their
    coverage ("Round | US action (coverage; rate) | China response (coverage; rate)"), in an article about
    tariffs."""
    lower = context.lower
    start = context.local(candidate.start)
    header_end = lower.find("\n")
    row = lower.rfind("\n", 0, start)
    if header_end < 0 or row < 0 or lower.find("|", row, start) < 0 or "|" not in lower[:header_end]:
        return False
    header = lower[:header_end]
    return (
        _TABLE_HEADER_RE.search(header) is not None
        and not any(map(header.__contains__, _TABLE_MARKET_WORDS))
        and contexts.tariff_frame()
    )


#: A table header naming tariffs, their rates or what they cover.
_TABLE_HEADER_RE = re.compile(
    r"(?<![a-z])(?:rates?|tariffs?|dut(?:y|ies)|lev(?:y|ies)|surcharges?|coverage)(?![a-z])"
)
#: Header words of a table of markets or the economy, whatever rates it shows.
_TABLE_MARKET_WORDS = (
    "market", "index", "indices", "stock", "share", "gdp", "growth", "inflation", "interest", "yield",
    "currenc", "forex", "poll", "price",
)  # fmt: skip


def _neg_head(context: SentenceContext, group: list[_Candidate]) -> bool:
    """Whether the noun right after a percent makes it something other than a rate ("50 percent of GDP")."""
    head = PERCENT_HEAD_RE.match(context.lower, context.local(group[-1].end))
    return head is not None and head.group("neg") is not None


def _in_frame(context: SentenceContext, contexts: ContextCache, group: list[_Candidate]) -> bool:
    """Whether a percent no other rule made a tariff rate is one by its own phrase in an article about
    tariffs: "the formula lands close to the 46% rate the country was given", "The 10% baseline starts on
    Saturday", "Those higher rates range from 11% to 50%", "34% for China, 20% for the EU"."""
    return group[0].is_percent and contexts.tariff_frame() and _framed_rate(context, group)


#: A verb of share governing a percent ("accounts for less than", "made up about", "represented some"), or
#: a market move restated as a percent ("down 420 points, or").
_SHARE_OR_MOVE_BEFORE_PATTERN = re.compile(
    r"(?:(?<![a-z])(?:accounts?|accounted|accounting)[ \u00a0]+for"
    r"|(?<![a-z])(?:makes?|made|making)[ \u00a0]+up"
    r"|(?<![a-z])(?:represents?|represented|representing)"
    r"|[0-9][ \u00a0]+points?,?[ \u00a0]+or"
    # "the Stoxx Europe 600 closed up 0.2%": a market's move over a session.
    r"|(?<![a-z])(?:closed|closing|ended|ending|finished|finishing|opened|settled|traded|trading)[ \u00a0]+"
    r"(?:the[ \u00a0]+(?:day|session|week)[ \u00a0]+)?(?:up|down|higher|lower)(?:[ \u00a0]+by)?"
    # "..., with Volkswagen down 0.9%": a company's move beside it (not "with the tariff down to 10%").
    r"|(?<![a-z])with[ \u00a0]+"
    r"(?:(?!(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|rates?)(?![a-z]))[a-z&.'-]+[ \u00a0]+){1,3}"
    r"(?:up|down)(?![ \u00a0]+to(?![a-z]))"
    # "the merchandise processing fee (0.3464% ad valorem)", "a user fee of 0.21%": a fee, not a tariff.
    r"|(?<![a-z])fees?[ \u00a0]*(?:\(|of|at|set[ \u00a0]+at))[ \u00a0]*"
    r"(?:(?:about|around|roughly|nearly|almost|some|approximately|just|only|less|more|than|over|under"
    r"|close|to|an?[ \u00a0]+estimated)[ \u00a0]+){0,3}\Z"
)
# Every alternative holds one of these: its verb, "points", "with" or "fee".
_SHARE_OR_MOVE_BEFORE_RE = KeyedPattern(
    _SHARE_OR_MOVE_BEFORE_PATTERN,
    ("account", "mak", "made", "represent", "point", "clos", "end", "finish", "open", "settled", "trad",
     "with", "fee"),
)  # fmt: skip


#: Points that compare two rates: "one percentage point above", "five points lower than", "two points below".
_POINTS_COMPARED_RE = re.compile(
    r"[ \u00a0]+(?:above|below|(?:higher|lower|more|less)[ \u00a0]+than)(?![a-z])"
)
#: A sentence that is nothing but a rate: "Thirty-nine percent." '25%!' (what is left around the number).
_BARE_RATE_RE = re.compile(r"[\"“‘'(]?[ \u00a0]*\Z")
_BARE_RATE_AFTER_RE = re.compile(r"[ \u00a0]*[.!]?[\"”’')]?[ \u00a0]*\Z")
#: How long a sentence that is only a rate may be.
_BARE_RATE_LENGTH = 40
#: How many sentences before a bare rate may hold the tariffs it speaks of (a quote runs on for a few).
_BARE_RATE_DEPTH = 6


def _bare_rate(context: SentenceContext, contexts: ContextCache, group: list[_Candidate]) -> bool:
    """Whether a verbless sentence that is only a rate ("Thirty-nine percent.") rates the tariffs spoken of
    a few sentences before: in an article about tariffs a rate said alone answers what a country charges."""
    if len(context.text) > _BARE_RATE_LENGTH or len(group) > 1:
        return False
    if _BARE_RATE_RE.fullmatch(context.text, 0, context.local(group[0].start)) is None:
        return False
    if _BARE_RATE_AFTER_RE.fullmatch(context.text, context.local(group[0].end)) is None:
        return False
    return context.is_on_tariff_article() and contexts.recent_topic(context, depth=_BARE_RATE_DEPTH)


#: A tariff verb governing a bare rate: "impose an additional 10 percent", "slap 25% on", "pay 20 per cent",
#: "faces 46 percent", "levied a further 5%".
_IMPOSE_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:impos(?:e|es|ed|ing)|lev(?:y|ies|ied|ying)|slap(?:s|ped|ping)?|pay(?:s|ing)?|paid"
    # "South Africa was told to expect 30 percent": what a tariff letter tells a country to expect.
    r"|fac(?:e|es|ed|ing)|(?:told|warned)[ \u00a0]+to[ \u00a0]+expect"
    # "Trump separately threatened an additional 10% on any country that ...": the threatened rate.
    r"|threaten(?:s|ed|ing)?"
    # "Japan will be given 25 percent", "the EU was assigned 20%": a rate a country is handed.
    r"|(?:be|been|was|were|is|are|get|gets|got)[ \u00a0]+(?:given|assigned|handed))[ \u00a0]+"
    r"(?:(?:an?|the|full|additional|extra|further|new|flat|blanket|another|about|approximately|roughly"
    # "will pay an all-in 15 per cent", "pay the combined 50%": the sum of the rates a good pays.
    r"|all-in|combined|total|cumulative|overall|stacked|ordinary|standard|normal|current|same"
    r"|around|nearly|almost|up[ \u00a0]+to|as[ \u00a0]+much[ \u00a0]+as|only|just|at[ \u00a0]+least)"
    r"[ \u00a0]+){0,3}\Z"
)


#: A verb changing a rate put on goods: "cut the rate on", "raise the rates on", "lowered its rate on".
_RATE_CHANGE_ON_RE = re.compile(
    r"(?<![a-z])(?:cut(?:s|ting)?|rais(?:e|es|ed|ing)|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)"
    r"|increas(?:e|es|ed|ing)|lift(?:s|ed|ing)?|halv(?:e|es|ed|ing)|doubl(?:e|es|ed|ing))[ \u00a0]+"
    r"(?:the|its|their|that|this)[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,3}?"
    # "raised the additional ad valorem duty on the so-called List 3 products ... from 10 percent to 25
    # percent": a tariff noun changed on goods, like a rate.
    r"(?:rates?|tariffs?|dut(?:y|ies)|lev(?:y|ies))[ \u00a0]+on[ \u00a0]+"
)
#: An aside between dashes or in parentheses, which does not count in the distance from verb to level.
_ASIDE_RE = re.compile(r"[ \u00a0](?:--|—|–)[ \u00a0].*?[ \u00a0](?:--|—|–)[ \u00a0]|\([^()]*\)")
#: The level a changed rate goes to or comes from: "to 7.5 per cent", "from 15 per cent".
_TO_FROM_BEFORE_RE = re.compile(r"(?<![a-z])(?:to|from)[ \u00a0]+(?:about[ \u00a0]+|around[ \u00a0]+)?\Z")
_GOODS_NOUN_RE = re.compile(
    r"(?<![a-z])(?:imports|goods|products|shipments|steel|alumini?um|cars|vehicles)(?![a-z])"
)
#: How the text before a changed rate's level ends (see _TO_FROM_BEFORE_RE, which the caller tests after).
_TO_FROM_ENDINGS = ("to ", "from ", "about ", "around ", "\u00a0")
#: How far the changed rate's verb may stand before its level.
_RATE_CHANGE_REACH = 140


def _changed_rate_on_goods(context: SentenceContext, group: list[_Candidate]) -> bool:
    """Whether a percent is a level of a rate a verb changes on goods ("cut the rate on $120 billion of
    Chinese goods ... to 7.5 per cent from 15 per cent")."""
    lower = context.lower
    start = context.local(group[0].start)
    if _TO_FROM_BEFORE_RE.search(lower, max(0, start - 12), start) is None:
        return False
    changes = [*_RATE_CHANGE_ON_RE.finditer(lower, max(0, start - 2 * _RATE_CHANGE_REACH), start)]
    if not changes:
        return False
    change = changes[-1]
    if start - change.end() > _RATE_CHANGE_REACH and (
        len(_ASIDE_RE.sub(" ", lower[change.end() : start])) > _RATE_CHANGE_REACH
    ):
        return False
    goods = _GOODS_NOUN_RE.search(lower, change.end(), start)
    # Only a word of another quantity stops it: "hit" or "cut" there is the tariff's own move.
    return goods is not None and not any(
        category == "neg" for _, category in PERCENT_CUES.finditer(lower, change.end(), start)
    )


def _imposed_rate(context: SentenceContext, group: list[_Candidate]) -> bool:
    start = context.local(group[0].start)
    if _IMPOSE_BEFORE_RE.search(context.lower, max(0, start - 48), start) is None:
        return False
    end = context.local(group[-1].end)
    head = PERCENT_HEAD_RE.match(context.lower, end)
    if head is not None and head.group("neg"):
        return False
    return _CHARGE_AFTER_RE.match(context.lower, end) is not None and context.is_on_tariff_article()


#: Goods taxed at a rate: "to tax foreign steel at 25 percent", "taxes imported cars at 10%".
_TAXED_AT_RE = re.compile(
    r"(?<![a-z])tax(?:es|ed|ing)?[ \u00a0]+(?P<object>(?:[a-z.'-]+[ \u00a0]+){1,4}?)at[ \u00a0]+"
    r"(?:(?:about|around|roughly|up[ \u00a0]+to|as[ \u00a0]+much[ \u00a0]+as|a[ \u00a0]+flat)[ \u00a0]+)?\Z"
)
#: Objects of "tax ... at" that are not goods: income, profits, a digital service.
_NOT_GOODS_TAXED = (
    "income", "profit", "earning", "wage", "revenue", "sales", "capital", "gains", "compan", "corporat",
    "digital", "service", "estate", "propert", "wealth", "dividend", "interest", "worker", "rich",
    "household",
)  # fmt: skip


#: A tax noun put on goods, then its rate: "a tax on foreign steel of 25 percent", "a charge on imported
#: aluminum of 10%", "taxes on imported cars at 15 percent".
_TAX_ON_OF_RE = re.compile(
    r"(?<![a-z])(?:tax|taxes|charge|charges)[ \u00a0]+on[ \u00a0]+(?P<object>(?:[a-z.'-]+[ \u00a0]+){1,4}?)"
    r"(?:of|at)[ \u00a0]+"
    r"(?:(?:about|around|roughly|up[ \u00a0]+to|as[ \u00a0]+much[ \u00a0]+as|a[ \u00a0]+flat)[ \u00a0]+)?\Z"
)


def _taxed_at(context: SentenceContext, group: list[_Candidate]) -> bool:
    start = context.local(group[0].start)
    taxed = _TAXED_AT_RE.search(context.lower, max(0, start - 60), start) or _TAX_ON_OF_RE.search(
        context.lower, max(0, start - 60), start
    )
    return (
        taxed is not None
        and not any(map(taxed.group("object").__contains__, _NOT_GOODS_TAXED))
        and context.is_on_tariff_article()
    )


#: Words of a trade-remedy case (anti-dumping, countervailing duties), where deposits are tariffs.
_REMEDY_WORDS = ("dump", "countervail", "anti-subsid")
#: A deposit governing a percent on its left: "a deposit of 75.8 per cent", "cash deposit rates of between".
_DEPOSIT_BEFORE_RE = re.compile(
    r"(?<![a-z])(?<!bank )deposits?(?:[ \u00a0]+rates?)?[ \u00a0]+"
    r"(?:of|at|ranging[ \u00a0]+from|set[ \u00a0]+at)"
    r"(?:[ \u00a0]+(?:up[ \u00a0]+to|between|from|about|around|roughly|nearly"
    r"|as[ \u00a0]+(?:high|much)[ \u00a0]+as))?"
    r"[ \u00a0]+\Z"
)
#: A deposit headed by a percent: "a 75.8% deposit", "62.9 percent provisional deposits".
_DEPOSIT_HEAD_RE = re.compile(
    r"[ \u00a0]*(?:(?:cash|security|provisional|preliminary|temporary|anti-?dumping|countervailing|import)"
    r"[ \u00a0]+)*deposits?(?![a-z])"
)


def _deposit_rate(context: SentenceContext, group: list[_Candidate]) -> bool:
    """Whether a percent is the rate of a trade-remedy deposit (asked only in trade-remedy articles)."""
    if "deposit" not in context.lower:
        return False
    return any(_cued(context, group, _DEPOSIT_HEAD_RE, _DEPOSIT_BEFORE_RE, 45))


def _cued(
    context: SentenceContext,
    group: list[_Candidate],
    after: re.Pattern[str],
    before: re.Pattern[str],
    window: int,
) -> tuple[bool, bool]:
    """Whether ``after`` matches right after a candidate group, and ``before`` in the ``window``
    characters before it (the two cues of a rate the sentence's wording frames)."""
    start = context.local(group[0].start)
    return (
        after.match(context.lower, context.local(group[-1].end)) is not None,
        before.search(context.lower, max(0, start - window), start) is not None,
    )


#: A verb of coverage governing a sum ("covered roughly $156 billion") or goods worth it ("hit goods worth
#: about R$60 billion", "affect EU exports of steel and aluminium worth EUR 6.4 billion").
_COVERAGE_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:(?:cover|target|affect)(?:s|ed|ing)?[ \u00a0]+"
    # "covered roughly $156 billion of the $300 billion": the whole a covered part belongs to.
    r"(?:(?:about|around|roughly|nearly|almost|some|approximately|more[ \u00a0]+than|over)[ \u00a0]+)?"
    r"(?:[^ \u00a00-9]{0,3}[0-9][0-9.,]*(?:[ \u00a0-](?:billion|million|trillion)|bn|m)?"
    r"[ \u00a0]+of[ \u00a0]+"
    r"(?:the[ \u00a0]+|an?[ \u00a0]+)?)?"
    r"|(?:cover|target|affect|hit)(?:s|ed|ing|ting)?[ \u00a0]+(?:[a-z.'-]+[ \u00a0]+){0,2}?"
    r"(?:goods|imports|exports|products|shipments|items|merchandise|trade)(?![a-z])[^,;:()$€£¥]{0,40}?"
    # "cover products of China with an estimated annual import value of approximately $18 billion".
    r"[ \u00a0](?:worth|valued[ \u00a0]+at"
    r"|with[ \u00a0]+an?[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,3}value[ \u00a0]+of)"
    r"[ \u00a0]+)"
    + r"(?:(?:about|around|roughly|nearly|almost|some|approximately|an[ \u00a0]+estimated|more[ \u00a0]+than"
    r"|over|up[ \u00a0]+to)[ \u00a0]+)?\Z"
)


def _covered_sum(context: SentenceContext, candidate: _Candidate) -> bool:
    start = context.local(candidate.start)
    cover = _COVERAGE_BEFORE_RE.search(context.lower, max(0, start - 90), start)
    if cover is None:
        return False
    end = context.local(candidate.end)
    head = MONEY_HEAD_RE.match(context.lower, end)
    if head is not None and head.group("neg"):
        return False
    if "worth" in cover.group(0) or "valued" in cover.group(0) or "value of" in cover.group(0):
        return True  # the goods are named before the sum
    # A sum the verb governs directly must be goods, or a part of a sum of goods: "covered $156 billion of
    # the $300 billion in Chinese goods" (not "affected $3 billion of crop sales").
    return (
        (head is not None and head.group("goods") is not None)
        or _GOODS_AFTER_RE.match(context.lower, end) is not None
        or _PART_OF_SUM_RE.match(context.lower, end) is not None
    )


#: The opening of an answer in a Q&A, up to its sum: "A: About".
_ANSWER_OPENING_RE = re.compile(
    r"(?:a|answer)[ \u00a0]*:[ \u00a0]*(?:(?:about|around|roughly|nearly|almost|some|approximately|just"
    r"|more[ \u00a0]+than|over|an[ \u00a0]+estimated)[ \u00a0]+)?"
)
#: What a question asks when its answer is the sum a tariff covers: "How much trade does this affect?".
_COVERAGE_QUESTION_WORDS = ("affect", "cover", "hit", "target", "subject to", "face")


def _answers_coverage(context: SentenceContext, contexts: ContextCache, candidate: _Candidate) -> bool:
    """Whether a sum opens the answer to a question about what a tariff covers."""
    if not context.lower.startswith(("a:", "a :", "answer:")):
        return False
    if _ANSWER_OPENING_RE.fullmatch(context.lower, 0, context.local(candidate.start)) is None:
        return False
    question = contexts.previous(context)
    if question is None or not question.lower.lstrip().startswith(("q:", "q :", "question:")):
        return False
    if not any(map(question.lower.__contains__, _COVERAGE_QUESTION_WORDS)):
        return False
    head = MONEY_HEAD_RE.match(context.lower, context.local(candidate.end))
    return head is not None and head.group("goods") is not None and context.is_on_tariff_article()


#: Goods after a sum with adjectives of any kind: "$112 billion in consumer goods".
_GOODS_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:of|in)[ \u00a0]+(?:[a-z.'-]+[ \u00a0]+){0,2}"
    r"(?:goods|imports|products|exports|shipments|items|merchandise)(?![a-z])"
)
_PART_OF_SUM_RE = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?:us\$|c\$|\$|€|£|¥)[0-9]")


_CHARGE_BEFORE_RE = re.compile(
    r"(?<![a-z])charg(?:e|es|ed|ing)[ \u00a0]+"
    r"(?:(?:us|them|you|it|america|the[ \u00a0]+united[ \u00a0]+states)[ \u00a0]+)?"
    r"(?:(?:about|approximately|roughly|around|nearly|almost|up[ \u00a0]+to|as[ \u00a0]+much[ \u00a0]+as"
    r"|only|just)[ \u00a0]+)?\Z"
)
#: The charged rate ends its clause or names its tariff: not "charge 30 percent commission".
_CHARGE_AFTER_RE = re.compile(
    r"[ \u00a0]*(?:[.,;:!?\"”)]|\Z|on[ \u00a0]|and[ \u00a0]|tariffs?(?![a-z])|dut|lev"
    # "will be charged 15% instead of the 25% in the July letter": compared with another rate.
    r"|instead[ \u00a0]+of|rather[ \u00a0]+than|compared[ \u00a0]+(?:with|to)|versus|up[ \u00a0]+from"
    r"|down[ \u00a0]+from|under[ \u00a0]+the|from[ \u00a0]+(?:the[ \u00a0]+)?[0-9]"
    # "pays 50% at the border", "paying 25 percent at Chinese ports": where the charge is collected.
    r"|at[ \u00a0]+(?:the[ \u00a0]+)?(?:[a-z]+[ \u00a0]+)?(?:border|ports?|customs)(?![a-z])"
    # "would be charged 50 percent from August 1": the start date of the charge.
    r"|(?:from|starting|beginning|effective|as[ \u00a0]+of)[ \u00a0]+(?:(?:on|the)[ \u00a0]+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|next|today|tomorrow)"
    r"[a-z]*(?![a-z]))"
)


def _charged_rate(context: SentenceContext, group: list[_Candidate]) -> bool:
    if "charg" not in context.lower:
        return False
    head = PERCENT_HEAD_RE.match(context.lower, context.local(group[-1].end))
    if head is not None and head.group("neg"):
        return False  # "a digital services tax charges 3% on revenue"
    return (
        all(_cued(context, group, _CHARGE_AFTER_RE, _CHARGE_BEFORE_RE, 40)) and context.is_on_tariff_article()
    )


#: Goods said to cross the border free of duty after the sum: "goods worth about $5.6 billion entered the US
#: duty-free last year" (a trade flow under a preference scheme, not goods a tariff covers).
_DUTY_FREE_AFTER_RE = re.compile(r"[^.;:()]{0,70}?(?<![a-z])(?:duty|tariff)[ \u00a0-]free(?![a-z])")


def _not_covered_sum(context: SentenceContext, candidate: _Candidate) -> bool:
    """Whether a sum is by its own phrase not goods covered: a hyphenated sum modifying a noun that is neither
    goods nor a tariff ("a $29-billion contributor to the economy", not "a $200-billion list"), or goods
    entering duty-free."""
    lower = context.lower
    end = context.local(candidate.end)
    if lower.endswith(("-billion", "-million", "-trillion"), 0, end) and lower.endswith(
        (" a ", " an ", " the ", " its ", " their "), 0, context.local(candidate.start)
    ):
        head = MONEY_HEAD_RE.match(lower, end)
        if head is None or head.group("neg"):
            return True
    if "free" not in lower:
        return False
    duty_free = _DUTY_FREE_AFTER_RE.match(lower, end)
    # "... entered duty-free, but the tariffs now cover $X": only a phrase without another figure.
    return duty_free is not None and not any(char.isdigit() for char in duty_free.group(0))


#: WTO retaliation: "suspend concessions amounting to", "the suspension of concessions worth up to".
_SUSPENDED_CONCESSIONS_RE = re.compile(
    r"(?<![a-z])suspen(?:d|ds|ded|ding|sion[ \u00a0]+of)[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}?concessions"
    r"(?:[ \u00a0]+(?:and|or)[ \u00a0]+other[ \u00a0]+obligations)?[ \u00a0,]+"
    r"(?:(?:amounting|totall?ing|valued|worth|of|at|to|in|the|value|an[ \u00a0]+amount|a[ \u00a0]+level"
    r"|up|about|around|roughly|nearly|some|approximately|more|than|over)[ \u00a0]+)*\Z"
)


#: The subject of a sum that is customs revenue: "Tariff revenue hit", "Customs receipts reached", "Duties
#: collected rose to", "revenue from the new tariffs came to" (no figure in between).
_REVENUE_SUBJECT_RE = re.compile(
    r"(?<![a-z])(?:(?:tariff|customs|duty|duties|import|levy)(?:[ \u00a0-]+(?:duty|tariff))?[ \u00a0-]+"
    r"(?:revenues?|receipts|collections|takings|proceeds|income|intake)"
    r"|(?:revenues?|receipts|collections|proceeds|income)[ \u00a0]+from[ \u00a0]+(?:the[ \u00a0]+)?"
    r"(?:[a-z-]+[ \u00a0]+)?(?:tariffs|duties|levies|customs)"
    r"|(?:tariffs|duties|levies)[ \u00a0]+(?:collected|paid)"
    # "Customs duties totalled $21 billion in June": what customs took in.
    r"|customs[ \u00a0]+(?:duties|tariffs))(?![a-z])"
    r"(?P<gap>[^0-9$€£¥;:()]{0,60})\Z"
)
#: Right before the sum, after a revenue subject, a word that puts a tariff on goods makes the sum the goods'
#: value: "Tariff revenue will fund aid to farmers hit by tariffs covering $200 billion".
_GOODS_OBJECT_RE = re.compile(
    r"(?<![a-z])(?:on|covering|covers?|covered|targeting|targets?)[ \u00a0]+"
    r"(?:(?:about|around|roughly|nearly|some|another|an|a|additional|further|more[ \u00a0]+than)"
    r"[ \u00a0]+)*\Z"
)
#: A verb of income right before a sum: "The duties raised $20 billion", "Tariffs netted the government $30
#: billion", "took in $195 billion from tariffs", "bring the Treasury about $7 billion a month".
_REVENUE_VERB_RE = re.compile(
    r"(?<![a-z])(?:rais(?:e|es|ed|ing)|yield(?:s|ed|ing)?|net(?:s|ted|ting)?"
    r"|t(?:ake|akes|ook|aking)[ \u00a0]+in|bring(?:s|ing)?|brought)[ \u00a0]+"
    r"(?:(?:the[ \u00a0]+)?(?:government|treasury|u\.s\.[ \u00a0]+treasury|federal[ \u00a0]+government|state"
    r"|exchequer|coffers|washington|beijing|ottawa|brussels)[ \u00a0]+)?"
    r"(?:in[ \u00a0]+)?(?:(?:about|around|roughly|nearly|almost|some|more[ \u00a0]+than|over"
    r"|an[ \u00a0]+estimated"
    r"|a[ \u00a0]+record|an[ \u00a0]+extra|an[ \u00a0]+additional)[ \u00a0]+)?\Z"
)


#: Substrings one of which the revenue patterns need before the sum.
_REVENUE_KEYS = (
    "revenue", "receipt", "collect", "takings", "proceeds", "income", "intake", "paid", "customs", "rais",
    "yield", "netted", "nets", "netting", "take", "took", "taking", "bring", "brought",
)  # fmt: skip


def _revenue(context: SentenceContext, candidate: _Candidate) -> bool:
    """Whether a sum is customs revenue collected: the subject is revenue from tariffs, or a verb of income
    governs the sum and its noun is not goods ("raised $20 billion", not "raised $50 billion of goods")."""
    lower = context.lower
    start = context.local(candidate.start)
    near = lower[max(0, start - 14) : start]
    if " on " in near or "worth" in near:
        return False  # "tariffs on $200 billion", "goods worth $50 billion": goods, the common case
    before = lower[max(0, start - 110) : start]
    if not any(map(before.__contains__, _REVENUE_KEYS)):
        return False  # none of the words either pattern needs
    subject = _REVENUE_SUBJECT_RE.search(lower, max(0, start - 110), start)
    if subject is not None and _GOODS_OBJECT_RE.search(subject.group("gap")) is None:
        return True
    if _REVENUE_VERB_RE.search(lower, max(0, start - 50), start) is None:
        return False
    head = MONEY_HEAD_RE.match(lower, context.local(candidate.end))
    return head is None or head.group("goods") is None


#: A percent of the goods' own value after a verb of charging: "postal items were charged 54% of their
#: value", "parcels will pay 30% of the declared value" (not "shares lost 3% of their value").
_OF_VALUE_AFTER_RE = re.compile(
    # "54% of value", "54% of their declared value".
    r"[ \u00a0]+of[ \u00a0]+(?:(?:their|its|the)[ \u00a0]+)?"
    r"(?:(?:declared|customs|dutiable|import|total|assessed|invoice|entered)[ \u00a0]+)?value(?![a-z])"
)
_ASSESSED_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:charg(?:e|es|ed|ing)|assess(?:ed|es|ing)?|levied|lev(?:y|ies)|pay(?:s|ing)?|paid|taxed"
    r"|tax(?:es)?|dut(?:y|ies)|tariffs?|fac(?:e|es|ed|ing))[ \u00a0]+"
    r"(?:(?:of|at|about|roughly|around|up[ \u00a0]+to|an?|the|a[ \u00a0]+flat|either|only|just)"
    r"[ \u00a0]+){0,2}\Z"
)


#: A tariff moved to a level: "would cut the duty on low-value parcels shipped from China to" (54% of value).
_TARIFF_TO_LEVEL_RE = re.compile(
    r"(?<![a-z])(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surcharges?)(?![a-z])"
    r"[^;:%$()]{0,70}?[ \u00a0]to[ \u00a0]+\Z"
)


def _ad_valorem_charge(context: SentenceContext, group: list[_Candidate]) -> bool:
    of_value, assessed = _cued(context, group, _OF_VALUE_AFTER_RE, _ASSESSED_BEFORE_RE, 30)
    if of_value and not assessed:
        # A tariff's level as a share of the goods' value: "cut the duty on parcels to 54% of their value".
        start = context.local(group[0].start)
        assessed = _TARIFF_TO_LEVEL_RE.search(context.lower, max(0, start - 90), start) is not None
    return of_value and assessed


#: A tariff noun compared with a percent: "a rate that, while slightly higher than the 24%", "tariffs lower
#: than the 25% first threatened", "a duty above the 10% baseline".
_COMPARED_RATE_RE = re.compile(
    r"(?<![a-z])(?P<noun>rates?|tariffs?|dut(?:y|ies)|lev(?:y|ies))(?![a-z])[^0-9%;:()]{0,40}?[ \u00a0,]"
    r"(?:higher|lower|above|below|more|less|greater|smaller|steeper|bigger|heavier|lighter)[ \u00a0]+"
    r"(?:than[ \u00a0]+)?(?:(?:the|a|an)[ \u00a0]+)?\Z"
)


def _compared_rate(context: SentenceContext, group: list[_Candidate]) -> bool:
    lower = context.lower
    start = context.local(group[0].start)
    compared = _COMPARED_RATE_RE.search(lower, max(0, start - 70), start)
    if compared is None:
        return False
    if not _tariff_rate_noun(context, group, compared):
        return False  # "the jobless rate, higher than the 4% forecast"
    return not any(
        category in ("neg", "move")
        for _, category in PERCENT_CUES.finditer(lower, compared.end("noun"), start)
    )


def _tariff_rate_noun(
    context: SentenceContext, group: list[_Candidate], lead: re.Match[str], financial: bool = False
) -> bool:
    """Whether the tariff noun (group ``noun``) a comparison or lead-in names is a tariff's rate for the
    percent after it: not negated by the percent's head ("a tax charges 3% on revenue"), and a bare "rate"
    is no jobless, interest (``financial``: "rates on mortgages") or other non-tariff rate."""
    lower = context.lower
    head = PERCENT_HEAD_RE.match(lower, context.local(group[-1].end))
    if head is not None and head.group("neg"):
        return False
    if not lead.group("noun").startswith("rate"):
        return True
    noun = lead.start("noun")
    return not (
        NON_TARIFF_RATE_RE.search(lower, max(0, noun - 34), noun) is not None
        or (financial and FINANCIAL_OBJECT_RE.match(lower, lead.end("noun")) is not None)
        or not context.is_on_tariff_article()
    )


#: A lead-in whose subject is a tariff rate, ending in a colon right before the percent: "The rates ... vary
#: by manufacturer: 17.0% for BYD", "Duties on the three groups: 25%, 15% and 10%".
_COLON_LEAD_IN_RE = re.compile(
    r"(?<![a-z])(?P<noun>rates?|tariffs?|dut(?:y|ies)|lev(?:y|ies))(?![a-z])"
    # A full stop inside the lead-in only abbreviates a month ("go up on Jan. 1:").
    r"(?:[^.;:]|\.(?=[ \u00a0]?[0-9])){0,160}:[ \u00a0]*"
    # "those two furniture rates go up on Jan. 1: upholstered pieces to 30%": the goods an item is for.
    r"(?:(?:[a-z][a-z'-]*,?[ \u00a0]+){1,4}(?:to|at)[ \u00a0]+)?"
    r"(?:(?:from|up[ \u00a0]+to|between|about|around|roughly)[ \u00a0]+)?\Z"
)


def _colon_rate(context: SentenceContext, group: list[_Candidate]) -> bool:
    lower = context.lower
    start = context.local(group[0].start)
    colon = lower.rfind(":", max(0, start - 48), start)
    if colon < 0:
        return False
    lead_in = _COLON_LEAD_IN_RE.search(lower, max(0, colon - 170), start)
    if lead_in is None:
        return False
    if not _tariff_rate_noun(context, group, lead_in, financial=True):
        return False
    return not any(
        category == "neg" for _, category in PERCENT_CUES.finditer(lower, lead_in.end("noun"), colon)
    )


#: A verbless list item, one per sentence: "Japan, 24 percent." "India, very, very tough, 26 percent."
_RATE_ITEM_BEFORE_RE = re.compile(
    # "Japan, 24 percent." "Switzerland: 39%."
    r"[\"“‘']?(?:the[ \u00a0]+|The[ \u00a0]+)?[A-Z][A-Za-z.'-]*(?:[ \u00a0][A-Z][A-Za-z.'-]*){0,3}[,:]?"
    r"(?:[ \u00a0][a-z][a-z ,]{0,30},)?[ \u00a0]+(?:at[ \u00a0]+)?\Z"
)
_RATE_ITEM_AFTER_RE = re.compile(r"[ \u00a0]*[.!]?[\"”’']?[ \u00a0]*\Z")


def _rate_item(context: SentenceContext, group: list[_Candidate]) -> bool:
    if len(context.text) > 60:
        return False
    start = context.local(group[0].start)
    if _RATE_ITEM_BEFORE_RE.fullmatch(context.text, 0, start) is None:
        return False
    if _RATE_ITEM_AFTER_RE.match(context.text, context.local(group[-1].end)) is None:
        return False
    previous = context.previous()
    return previous is not None and previous.has_amount


#: A bullet item naming a rate by country, bloc or goods: "• China: 34%", "- European Union: 20 percent",
#: "• Chickpeas and lentils: 70 per cent", "* Passenger cars — 15%".
_BULLET_ITEM_RE = re.compile(
    # The item's label may be a long product description with a gloss: "- Semiconductors (HTS headings 8541
    # and 8542): 25% → 50%", "- Solar cells, whether or not assembled into modules: 25% → 50%".
    r"[-*•▶►▪–—][ \u00a0]*(?:the[ \u00a0]+)?[A-Z][A-Za-z.'-]*"
    r"(?:,?[ \u00a0](?:\([^()\n]{1,40}\)|[A-Za-z0-9&][A-Za-z0-9.'-]*)){0,8}"
    r"(?:[ \u00a0]*:|[ \u00a0]+[—–-])[ \u00a0]*"
    # "• China: an additional 34 percentage points", "- Japan: a flat 24%".
    r"(?:(?:an?|the)[ \u00a0]+)?(?:(?:additional|extra|further|flat|new|higher|lower)[ \u00a0]+)?"
    # "- Jan. 1: planned rise to 25 percent": a timeline item's change of the rate.
    r"(?:(?:(?:planned|proposed|scheduled|threatened)[ \u00a0]+)?(?:rise|increase|hike|cut|reduction|jump)"
    r"[ \u00a0]+(?:to|of)[ \u00a0]+)?"
)
#: The duty paid on goods, right after a sum: " of duty we paid", " in tariffs the company paid", " to $210
#: million is the duty itself".
_DUTY_PAID_AFTER_RE = re.compile(
    r"(?:[ \u00a0]+to[ \u00a0]+(?:us|c|a)?[$€£][0-9][0-9.,]*(?:[ \u00a0](?:billion|million)|bn|m)?)?"
    r"(?:[ \u00a0]+(?:of|in)[ \u00a0]+(?:tariffs?|dut(?:y|ies)|levies)(?:[ \u00a0]+(?:that|which))?"
    r"(?:[ \u00a0]+[a-z]+){1,2}?[ \u00a0]+(?:paid|pays|pay|had[ \u00a0]+to[ \u00a0]+pay)(?![a-z])"
    r"|[ \u00a0]+(?:is|was|are|were)[ \u00a0]+the[ \u00a0]+(?:tariffs?|dut(?:y|ies)|levies)[ \u00a0]+"
    r"(?:itself|themselves|alone)(?![a-z]))"
)
#: A measure heading a relative clause of its level: "the American charges, which stand at", "duties that are
#: now", "the levies, which remain at".
_LEVEL_RELATIVE_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:tariffs|duties|levies|charges|surcharges|countermeasures|(?:tariff|duty)[ \u00a0]+rates"
    # "the reciprocal rate, which currently ranges from 10% to 41%": a rate a tariff word qualifies.
    r"|(?:tariff|duty|reciprocal|baseline|retaliatory|punitive|customs|import|levy)[ \u00a0]+rates?)"
    r",?[ \u00a0]+(?:which|that)[ \u00a0]+(?:(?:now|currently|still)[ \u00a0]+)?"
    r"(?:(?:stand|stands|stood|sit|sits|are|is|were|was|remain|remains|remained)"
    r"(?:[ \u00a0]+(?:now|currently|still|set))?(?:[ \u00a0]+at)?"
    # "which range from 10% to 41%", "which vary between 15% and 25%": both ends of the rate's range.
    r"|(?:range|ranges|ranged|vary|varies|varied|run|runs|ran)(?:[ \u00a0]+(?:from|between))?)[ \u00a0]+\Z"
)
#: A bulleted item naming goods, then a comma and the goods' rate: "- apples and potatoes, 20 per cent;", "-
#: flat steel products, at rates ranging from 15 percent to", "- various cheeses, between", "- whiskey
#: (bourbon), 25 percent".
_COMMA_ITEM_RE = re.compile(
    r"[-*•▶►▪–—][ \u00a0]*[A-Za-z][A-Za-z'-]*(?:[ \u00a0](?:\([^()\n]{1,40}\)|[A-Za-z][A-Za-z.'-]*)){0,8}"
    r",[ \u00a0]*(?:(?:at[ \u00a0]+)?(?:an?[ \u00a0]+)?(?:(?:duty|tariff|levy)[ \u00a0]+)?rates?[ \u00a0]+"
    r"(?:of[ \u00a0]+)?(?:ranging[ \u00a0]+)?|between[ \u00a0]+|up[ \u00a0]+to[ \u00a0]+|from[ \u00a0]+)?"
    r"(?:up[ \u00a0]+to[ \u00a0]+|from[ \u00a0]+)?"
)
#: A list's lead-in that names rates or tariffs and ends in a colon: "The rates, from the chart he held up:".
_RATE_LEAD_IN_RE = re.compile(r"(?<![a-z])(?:rates?|tariffs?|duties|levies)(?![a-z])[^.;]*:[ \u00a0]*\Z")
#: A heading with no colon that names rates or tariffs.
_RATE_HEADING_RE = re.compile(r"(?<![a-z])(?:rates?|tariffs?|duties|levies)(?![a-z])[^.;:]*\Z")
#: How many bullet items may sit between a rate item and its list's lead-in.
_BULLET_LIST_REACH = 30


def _bullet_rate(context: SentenceContext, contexts: ContextCache, group: list[_Candidate]) -> bool:
    """Whether a percent is the rate of a bullet item ("• Vietnam: 46%") in a list led in by rates."""
    text = context.text
    if not text.startswith(_BULLETS_START):
        return False
    comma_item = False
    if _BULLET_ITEM_RE.fullmatch(text, 0, context.local(group[0].start)) is None:
        # "- apples and potatoes, 20 per cent;": goods, a comma, then the rate; only as the next item of a
        # list whose item before named a tariff rate.
        if _COMMA_ITEM_RE.fullmatch(text, 0, context.local(group[0].start)) is None:
            return False
        comma_item = True
    previous = contexts.previous(context)
    if (
        previous is not None
        and previous.has_amount
        and previous.text.startswith(_BULLETS_START)
        and (
            _BULLET_ITEM_RE.match(previous.text) is not None
            or _COMMA_ITEM_RE.match(previous.text) is not None
        )
    ):
        # "- Steel: a duty of 25 percent on most products" / "- Aluminum: 10 percent on unwrought metal": the
        # item after a tariff rate's item lists the next rate of the same box, whatever heads the box.
        item_cues = PERCENT_CUES.finditer(context.lower, 0, context.local(group[0].start))
        return not any(
            category == "neg"
            # "- Jan. 1: planned rise to 25 percent": a move word used as a noun names the rate's change.
            or (category == "move" and _NOUN_USE_BEFORE_RE.search(context.lower, 0, cue.start()) is None)
            for cue, category in item_cues
        )
    for _ in range(_BULLET_LIST_REACH):
        if previous is None:
            return False
        if not previous.text.startswith(_BULLETS_START):
            break
        previous = contexts.previous(previous)
    else:
        return False
    if previous is None or comma_item:
        return False
    heading = previous.text.strip()
    # "THE SCORECARD (reciprocal rate, from April 9)": a parenthetical gloss does not make a heading prose.
    core = heading[: heading.find("(")] + heading[heading.rfind(")") + 1 :] if "(" in heading else heading
    # A headline-style heading with no colon: "FACT BOX — THE NEW RATES", "Key tariff changes".
    rate_heading = (
        len(core) <= _HEADING_LENGTH
        and heading[-1:] not in '.!?"”'
        and _RATE_HEADING_RE.search(previous.lower) is not None
    )
    if (
        not (rate_heading or _RATE_LEAD_IN_RE.search(previous.lower))
        and not (
            # A bare heading ("Key changes:", "At a glance:") leads rates when tariffs were the topic just
            # before.
            len(previous.text) <= _HEADING_LENGTH
            and previous.text.rstrip().endswith(":")
            and not any(map(previous.lower.__contains__, _STATISTICS_HEADINGS))
            and contexts.recent_topic(previous)
        )
        and not _tariff_lead_in(contexts, previous)
    ):
        return False
    # "Markets at the close, by rates of change:" leads a table of market moves, not of tariff rates; "•
    # Nikkei: 2.1%" is a market move whatever leads it.
    cues = [*PERCENT_CUES.finditer(previous.lower, 0, len(previous.lower))]
    cues += PERCENT_CUES.finditer(context.lower, 0, context.local(group[0].start))
    return previous.is_on_tariff_article() and not any(category in ("neg", "move") for _, category in cues)


def _tariff_lead_in(contexts: ContextCache, lead_in: SentenceContext) -> bool:
    """Whether a lead-in of any length ending in a colon introduces the numbers of the tariff sentence right
    before it: "... steeper country-specific rates from April 9." / "The headline numbers, as set out on
    the chart:" (its "numbers" are the rates just spoken of, not a box of market statistics)."""
    if not lead_in.text.rstrip().endswith(":"):
        return False
    if any(map(lead_in.lower.__contains__, _MARKET_HEADINGS)):
        return False
    # The sentence before must name a tariff rate or speak of rates: after "Tariffs rose again." the "Key
    # numbers:" are the markets'.
    before = contexts.previous(lead_in)
    return before is not None and (
        before.has_amount
        # "Q: How high are the country rates?" / "A: ... here is the scorecard:": in an article about tariffs
        # the rates asked or spoken of are tariff rates.
        or ("rate" in before.lower and (before.has_tariff_terms or contexts.tariff_frame()))
    )


#: A list item naming goods or a country, a colon, then its rate: "Electric vehicles: from 25 percent to
#: 100 percent", "Syringes and needles: 100 percent", "lithium-ion non-EV batteries: from 7.5 percent to".
#: The item may open the sentence (after a list number) or follow a semicolon within it.
_LIST_ITEM_RE = re.compile(
    # "- Battery parts: from 7.5% to 25%": a dashed or bulleted item of the same kind.
    r"(?:\(?[0-9]{1,2}[.)][ \u00a0]+|[-*•▶►▪–—][ \u00a0]*)?[A-Za-z][^:;.!?\n]{0,120}:[ \u00a0]*"
    r"(?:(?:from|up[ \u00a0]+to|rising[ \u00a0]+to"
    r"|raised[ \u00a0]+to|increased[ \u00a0]+to|to)[ \u00a0]+)?"
)
#: What may trail an item sentence, and what a sentence of its own may be: a list number ("2.", "(3)").
_LIST_NUMBER_RE = re.compile(r"\(?[0-9]{1,2}[.)]")
#: A lead-in ending in a colon, after which a list number may have been left: "are as follows:\n\n1.".
_LEAD_IN_TAIL_RE = re.compile(r":[ \u00a0\n]*(?:\(?[0-9]{1,2}[.)])?[ \u00a0\n]*\Z")
#: A lead-in names what its items rate: tariffs, duties, or a change to them ("increases", "new rates").
#: "The rest of the list, at a glance:" in a tariff article is the list of tariff changes.
_LIST_LEAD_IN_WORDS = ("tariff", "dut", "lev", "rate", "increase", "surcharge", "list")


def _list_item_rate(context: SentenceContext, contexts: ContextCache, group: list[_Candidate]) -> bool:
    """Whether a percent is the rate of a plain or numbered list item ("1. Electric vehicles: 100 percent")
    in a list whose lead-in, ending in a colon, names tariffs, duties or their increases."""
    start = context.local(group[0].start)
    text = context.text
    colon = text.rfind(":", 0, start)
    if colon < 0:
        return False
    item_start = max(text.rfind(";", 0, colon) + 1, 0)
    while item_start < colon and text[item_start] in " \u00a0\n":
        item_start += 1
    if _LIST_ITEM_RE.fullmatch(text, item_start, start) is None:
        return False
    previous = contexts.previous(context)
    for _ in range(_BULLET_LIST_REACH):
        if previous is None:
            return False
        stripped = previous.text.strip()
        if _LEAD_IN_TAIL_RE.search(stripped) is not None:
            break
        # Another item of the same list, or a list number split off as a sentence of its own.
        if _LIST_NUMBER_RE.fullmatch(stripped) is None and _LIST_ITEM_RE.match(stripped) is None:
            return False
        previous = contexts.previous(previous)
    else:
        return False
    lead = previous.lower
    if not any(map(lead.__contains__, _LIST_LEAD_IN_WORDS)) or any(
        map(lead.__contains__, _STATISTICS_HEADINGS)
    ):
        return False
    cues = [*PERCENT_CUES.finditer(context.lower, item_start, start)]
    return previous.is_on_tariff_article() and not any(category in ("neg", "move") for _, category in cues)


#: How long a heading that leads a list may be.
_HEADING_LENGTH = 40
#: Headings of a box of statistics ("Market snapshot:", "Key numbers:", "Economic indicators:"), not of a
#: measure's rates.
_STATISTICS_HEADINGS = (
    "market", "number", "figure", "data", "stat", "snapshot", "indicator", "econom", "close", "index",
    "indices",
    "currenc", "forex", "poll",
)  # fmt: skip
#: The statistics headings that name a market or the economy: "numbers" and "figures" may be tariff rates.
_MARKET_HEADINGS = tuple(word for word in _STATISTICS_HEADINGS if word not in ("number", "figure"))


_BULLETS_START = ("-", "*", "•", "▶", "►", "▪", "–", "—")


#: A sum that adds to one named before: "another $200 billion", "US$16 billion more", "the remaining C$12 bn".
_FURTHER_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:another|a[ \u00a0]+further|an?[ \u00a0]+additional|the[ \u00a0]+additional"
    r"|the[ \u00a0]+remaining|the[ \u00a0]+rest[ \u00a0]+of[ \u00a0]+the|the[ \u00a0]+next"
    r"|a[ \u00a0]+second|the[ \u00a0]+second)"
    r"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?\Z"
)
_FURTHER_AFTER_RE = re.compile(r"[ \u00a0]+more(?![a-z])(?![ \u00a0]+than)")


def _continues_sum(context: SentenceContext, candidate: _Candidate) -> bool:
    start = context.local(candidate.start)
    return (
        _FURTHER_BEFORE_RE.search(context.lower, max(0, start - 30), start) is not None
        or _FURTHER_AFTER_RE.match(context.lower, context.local(candidate.end)) is not None
    )


_CALENDAR_NAMES = (
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    "|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
#: What a rate is put on: a country or bloc by name, or goods ("on China", "on the EU", "on shipments above").
_ON_TARGET_RE = re.compile(
    r"[ \u00a0]+on[ \u00a0]+(?:(?:the|all|some|most|many|nearly all|about)[ \u00a0]+)?"
    r"(?:(?!(?:" + _CALENDAR_NAMES + r")(?![a-z]))[A-Z][A-Za-z]"
    r"|(?:[^,;:.()%]|\.(?=[0-9])){0,40}?(?<![a-z])(?:imports|goods|products|units|shipments|items|exports|cars|vehicles|steel"
    r"|aluminum|aluminium|parts|lines|categories|components)(?![a-z]))"
)


def _rate_noun_governs(context: SentenceContext, group: list[_Candidate]) -> bool:
    """Whether "rate" heads a percent ("the 35% maximum rate") or governs it ("a rate of 20 per cent")."""
    lower = context.lower
    head = PERCENT_HEAD_RE.match(lower, context.local(group[-1].end))
    if head is not None and head.group("tariff") is not None:
        return True
    start = context.local(group[0].start)
    left = _RATE_OF_RE.search(lower, max(0, start - 30), start)
    if left is None:
        return False
    return NON_TARIFF_RATE_RE.search(lower, max(0, left.start() - 34), left.start()) is None


_RATE_OF_RE = re.compile(
    r"(?<![a-z])rates?[ \u00a0]+(?:of|at"
    # "prices that assumed a rate between 10% and 25%", "a rate of up to 15%": a range or cap of the rate.
    r"|(?:of[ \u00a0]+)?(?:between|up[ \u00a0]+to)"
    # "Those higher rates range from 11% to 50%", "rates running as high as 50%".
    r"|(?:range[sd]?|ranging|run(?:s|ning)?|go(?:es|ing)?|climb(?:s|ing)?)[ \u00a0]+"
    r"(?:from|between|up[ \u00a0]+to|as[ \u00a0]+high[ \u00a0]+as))"
    r"[ \u00a0]+(?:about[ \u00a0]+|around[ \u00a0]+)?\Z"
)

#: A rate put on a country by name, with another rate in the sentence: "34% for China, 20% for the EU".
_FOR_NAME_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:for|on|against)[ \u00a0]+(?:the[ \u00a0]+)?(?!(?:" + _CALENDAR_NAMES + r")(?![a-z]))"
    # A name standing alone, not the modifier of a noun ("5% on Treasury bills" is a yield).
    r"[A-Z][A-Za-z.'-]*(?:[ \u00a0][A-Z][A-Za-z.'-]*){0,3}"
    r"(?=[ \u00a0]*(?:[,;:.)]|\Z|(?:and|or|among|while|from|in|under|if|on|but|as|after|before)(?![a-z])))"
)
#: Goods by their value right before a sum: "on goods worth about", "imports valued at".
_GOODS_WORTH_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:goods|imports|products|shipments|exports|trade)[ \u00a0]+"
    r"(?:worth|valued[ \u00a0]+at)[ \u00a0]+"
    r"(?:(?:about|around|roughly|nearly|some|almost|approximately|over|more[ \u00a0]+than|up[ \u00a0]+to"
    r"|an[ \u00a0]+estimated)[ \u00a0]+){0,2}\Z"
)
#: A determiner or plan word making the move word after it a noun: "planned rise", "a further increase".
_NOUN_USE_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:a|the|its|planned|proposed|scheduled|threatened|further|second|next)[ \u00a0]+\Z"
)
#: What lies between a rate and the sum it is put on: " on a further ", " on ".
_RATE_ON_SUM_BEFORE_RE = re.compile(
    r"[ \u00a0]+on[ \u00a0]+(?:(?:a[ \u00a0]+)?further[ \u00a0]+|another[ \u00a0]+"
    r"|an[ \u00a0]+additional[ \u00a0]+|(?:about|roughly|some|nearly|around)[ \u00a0]+)?\Z"
)
#: The same list with the name first: "for Malaysia and Kazakhstan at 25%, for South Africa at 30%".
_FOR_NAME_AT_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?:(?:for|on)[ \u00a0]+)?(?:the[ \u00a0]+)?(?!(?:" + _CALENDAR_NAMES + r")(?![a-z]))"
    r"(?P<name>[A-Z][A-Za-z.'-]*)(?:(?:[ \u00a0]|,[ \u00a0]|[ \u00a0]and[ \u00a0])[A-Z][A-Za-z.'-]*){0,5}"
    r"[ \u00a0]+at[ \u00a0]+(?:a[ \u00a0]+|the[ \u00a0]+)?\Z"
)
#: Goods a rate is put on: "34% on all American goods", "15% on most EU imports".
_ON_GOODS_RE = re.compile(
    r"[ \u00a0]+on[ \u00a0]+(?:[^,;:.()%]|\.(?=[0-9])){0,40}?(?<![a-z])(?:imports|goods|products|shipments"
    r"|exports|cars|vehicles|steel|alumini?um|parts)(?![a-z])"
    # "- Sept. 24: 10 percent on $200 billion": a rate on a sum of goods.
    r"|[ \u00a0]+on[ \u00a0]+(?:(?:a[ \u00a0]+)?further[ \u00a0]+|another[ \u00a0]+"
    r"|an[ \u00a0]+additional[ \u00a0]+|(?:about|roughly|some|nearly)[ \u00a0]+)?(?:US|C|A)?[$€£][0-9]",
    re.IGNORECASE,
)
#: A tax or charge heading a percent with no complement of income: "a 46% charge", "a 25% tax".
_FRAMED_HEAD_RE = re.compile(
    r"[ \u00a0]+(?:(?:additional|extra|new|reciprocal|punitive|flat|blanket|border|import|higher|lower)"
    r"[ \u00a0]+)?(?:tax|taxes|charge|charges"
    # "the EU agreed to a 15% ceiling on most goods": the cap on a deal's tariffs (not "a 3% cap on price
    # increases").
    r"|(?:ceiling|cap)(?=[ \u00a0]+on[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,3}?"
    r"(?:goods|imports|products|exports|cars"
    r"|autos|vehicles|steel|alumini?um|pharmaceuticals|chips|semiconductors|tariffs|duties|levies)(?![a-z])))"
    r"(?![a-z])" + r"(?![ \u00a0]+(?:on|to|against)[ \u00a0]+(?:its[ \u00a0]+|their[ \u00a0]+)?"
    r"(?:[a-z-]+[ \u00a0]+){0,2}?(?:revenues?|profits?|income|earnings|turnover|sales|wages|salaries))"
)
#: A percent opening its sentence as the subject of a verb only a measure takes: "The new 34% comes on top
#: of", "The 10% applies to", "The additional 25% kicks in".
_RATE_SUBJECT_RE = re.compile(
    # "Mexico's 25% stays in place": a country's rate.
    r"[\"“‘']?(?:the|[a-z.]+(?:'s|’s))[ \u00a0]+"
    r"(?:(?:new|additional|extra|higher|lower|added|further|full|remaining)[ \u00a0]+)?\Z"
)
_RATE_SUBJECT_VERB_RE = re.compile(
    r"[ \u00a0]+(?:(?:will|would|could|now|then|also)[ \u00a0]+)?"
    r"(?:comes?[ \u00a0]+on[ \u00a0]+top|stacks?|appl(?:y|ies)|kicks?[ \u00a0]+in|takes?[ \u00a0]+effect"
    r"|replaces?|goes[ \u00a0]+into[ \u00a0]+effect"
    r"|(?:stays?|remains?)[ \u00a0]+in[ \u00a0]+(?:place|force|effect))(?![a-z])"
)


#: A verb of goods crossing the border, then the rate they cross at: "will go into the States at", "enter the
#: EU at", "be admitted at", "come in at".
_ENTERS_AT_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:enter(?:s|ed|ing)?|go(?:es)?[ \u00a0]+into|went[ \u00a0]+into|come[ \u00a0]+in(?:to)?"
    r"|admitted|let[ \u00a0]+in)(?![a-z])[^,;.%]{0,40}?[ \u00a0]at[ \u00a0]+"
    r"(?:(?:a|the|about|around|just)[ \u00a0]+)?\Z"
)
#: A country by name as the subject of a level verb: "India goes to 50%", "Brazil would jump to 50 percent".
_COUNTRY_LEVEL_BEFORE_RE = re.compile(
    r"(?<![A-Za-z'’-])(?P<name>[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?)[ \u00a0]+"
    r"(?:(?:will|would|could|then|now|also)[ \u00a0]+)?"
    r"(?:goe?s|go(?:ing)?|went|mov(?:e|es|ed|ing)|ris(?:e|es|ing)|rose|jump(?:s|ed|ing)?|climb(?:s|ed|ing)?)"
    r"[ \u00a0]+(?:up[ \u00a0]+)?to[ \u00a0]+(?:(?:a|the)[ \u00a0]+)?\Z"
)
#: Names of indices and markets that also "rise to" a percent.
_MARKET_NAMES = frozenset(
    {
        "Nikkei",
        "Dow",
        "Kospi",
        "Nasdaq",
        "Topix",
        "Sensex",
        "Nifty",
        "Stoxx",
        "Hang Seng",
        "Inflation",
        "It",
        "He",
        "She",
        "They",
        "We",
        "This",
        "That",
        "Unemployment",
        "Growth",
    }
)


def _framed_rate(context: SentenceContext, group: list[_Candidate]) -> bool:
    """Whether a percent is a tariff rate by its own phrase, asked only in an article about tariffs."""
    if _rate_noun_governs(context, group):
        return True
    end = context.local(group[-1].end)
    start = context.local(group[0].start)
    head = PERCENT_HEAD_RE.match(context.lower, end)
    if head is not None and head.group("neg"):
        return False
    named_at = _FOR_NAME_AT_BEFORE_RE.search(context.text, max(0, start - 80), start)
    listed = (
        _FOR_NAME_AFTER_RE.match(context.text, end) is not None
        or (named_at is not None and named_at.group("name") not in _MARKET_NAMES)
    ) and context.text.count("%") + context.lower.count(" per") >= 2
    # "Beijing answered with 34% on all American goods", "the deal sets 15% on most EU goods".
    if (listed or _ON_GOODS_RE.match(context.text, end) is not None) and not any(
        category in ("neg", "move") for _, category in PERCENT_CUES.finditer(context.lower, 0, start)
    ):
        return True  # "34% for China, 20% for the European Union, 24% for Japan"
    if _FRAMED_HEAD_RE.match(context.lower, end) is not None:
        return True  # "Imports from Vietnam now carry a 46% charge", "a 25% tax"
    entry = _ENTERS_AT_BEFORE_RE.search(context.lower, max(0, start - 60), start)
    if entry is not None and _GOODS_NOUN_RE.search(context.lower, max(0, entry.start() - 80), entry.start()):
        # "A quota of 100,000 British-built cars a year will go into the States at 10 per cent": goods let in
        # at a rate.
        return True
    if _country_level(context, start):
        return True  # "It also assumes India goes to 50% on Aug. 27": a country's rate moving to a level
    return (
        start <= 16
        and _RATE_SUBJECT_RE.fullmatch(context.lower, 0, start) is not None
        and _RATE_SUBJECT_VERB_RE.match(context.lower, end) is not None
    )


#: How the text before a level verb's percent ends: "jump to ", "go to a ", "rise to the ".
_TO_ENDINGS = ("to ", "to a ", "to the ", "to\u00a0")


def _country_level(context: SentenceContext, start: int) -> bool:
    """Whether a country by name is the subject of a level verb right before the percent at ``start`` (not
    the complement of a market figure: "Yields on 10-year Treasuries rose to 4.5%")."""
    country = _COUNTRY_LEVEL_BEFORE_RE.search(context.text, max(0, start - 60), start)
    if country is None or country.group("name") in _MARKET_NAMES:
        return False
    clause_start, _ = context.clause(start, start + 1)
    return not any(
        category in ("neg", "move")
        for _, category in PERCENT_CUES.finditer(context.lower, clause_start, country.start())
    )


class _HomeDollar:
    """The currency of a bare "$" in one article, worked out when a bare "$" is first met."""

    __slots__ = ("_body", "_unit")

    def __init__(self, body: str) -> None:
        self._body = body
        self._unit: str | None = None

    def unit(self) -> str:
        """USD, unless the outlet is Canadian.

        A Canadian outlet writes its own figures in bare dollars with a hyphenated scale ("$3.6-billion",
        Canadian house style) and marks US ones ("US$2.5-billion"). US copy that merely mentions Canada, or
        writes "US$" beside a bare "$", stays USD; an article that writes "C$" marks its Canadian dollars
        itself.
        """
        if self._unit is None:
            body = self._body
            if "C$" in body or _HYPHENATED_SCALE_RE.search(body) is None:
                self._unit = "USD"
            else:
                canadian = body.count("Canad") + body.count("Ottawa")
                chinese = body.count("China") + body.count("Chinese")
                self._unit = "CAD" if canadian >= 3 and canadian > chinese else "USD"
        return self._unit


_HYPHENATED_SCALE_RE = re.compile(r"\$[0-9][0-9.,]*-(?:billion|million|trillion)")


def _candidates(body: str, numbers: list[tuple[int, int]], dollar: _HomeDollar) -> list[_Candidate]:
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
                after[0] in _UNIT_ATTACHED
                or (after[0] in _UNIT_GAP and after[1:] in _UNIT_INITIALS)
                or (after[1:] in "clCL" and body.startswith(_INDIAN_SCALES, number_end))
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
            if code == "R" and not scale_name:
                continue  # "R5bn" is rand; a bare "R5" is more often a name (a road, a model, a round)
            end = suffix.end("currency_word") if suffix.group("currency_word") else suffix.end()
            unit = dollar.unit() if code == "$" else CURRENCY_PREFIXES[code]
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
    if not last or last not in _PREFIX_LAST_CHARS or (last == "s" and "Rs" not in before):
        return None  # "was 10", "tariffs 25%": an "s" ends a currency prefix only in "Rs"
    match = CURRENCY_PREFIX_RE.search(before)
    if match is None:
        return None
    return match.group("code"), number_start - len(before) + match.start()


def _decimal(text: str) -> Decimal | None:
    if text[0].isalpha():  # a spelled-out number found by the context scan ("twenty-five per cent")
        return _spelled_decimal(text.lower().replace("-", " ").split())
    cleaned = text.replace(",", "")
    if cleaned.count(".") > 1:
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def _spelled_decimal(words: list[str]) -> Decimal:
    """The value of a spelled-out number's words: "a hundred and four", "seven and a half", "two point eight".

    Args:
        words: The lower-case words, hyphens split ("twenty five").
    """
    total = Decimal(0)
    for index, word in enumerate(words):
        if word == "hundred":
            total = max(total, Decimal(1)) * 100  # "two hundred", "a hundred"; "hundred" alone is 100
        elif word == "half":
            total += Decimal("0.5")
        elif word == "point":
            digits = "".join(str(SPELLED_PERCENTS.get(digit, 0)) for digit in words[index + 1 :])
            return total + Decimal("0." + digits)
        elif word not in ("a", "an", "and"):
            total += SPELLED_PERCENTS[word]
    return total


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


def _in_rate_table(context: SentenceContext, contexts: ContextCache, candidate: _Candidate) -> bool:
    """Whether a percent belongs to a verbless table of rates by name, with no market or economy word."""
    text = context.text
    if text.count("%") + text.count(" per") < 2:
        return False  # a table has two rates at least: a cheap test before the patterns
    before = _TABLE_NAME_BEFORE_RE.search(
        text, max(0, context.local(candidate.start) - 60), context.local(candidate.start)
    )
    if before is None:
        return False
    if not before.group("rate") and not _TABLE_ITEM_AFTER_RE.match(text, context.local(candidate.end)):
        return False
    cues = PERCENT_CUES.finditer(context.lower, 0, len(context.lower))
    if any(category in ("neg", "move") for _, category in cues):
        return False
    # "Asian shares fell. Tokyo 1.2%, Seoul 0.8%": a table after a market sentence lists market moves.
    previous = contexts.previous(context)
    if previous is None or previous.has_tariff_terms:
        return True
    cues = PERCENT_CUES.finditer(previous.lower, 0, len(previous.lower))
    return not any(category in ("neg", "move") for _, category in cues)


def _chained(
    body: str, context: SentenceContext, first: _Candidate, second: _Candidate, first_decision: bool
) -> bool:
    """Whether ``second`` is a list member, comparison or continuation of ``first`` (same sentence)."""
    if first.is_percent != second.is_percent:
        return False
    gap = body[first.end : second.start]
    if first.is_percent:
        if len(gap) <= 60 and (
            _LIST_GAP_RE.match(gap) is not None or _COMPARISON_GAP_RE.match(gap) is not None
        ):
            return True
        if (
            len(gap) <= 60
            # "steel to 50%, aluminum to 25%", "upholstered pieces to 30%, cabinets and vanities to 50%": the
            # same move repeated for other goods (parallel "to" before both), no other quantity between.
            and _GOODS_TO_GAP_RE.match(gap) is not None
            and context.lower.endswith(("to ", "to\u00a0"), 0, context.local(first.start))
        ):
            local_start = context.local(first.end)
            return not any(
                category in ("neg", "move")
                for _, category in PERCENT_CUES.finditer(context.lower, local_start, local_start + len(gap))
            )
        # "its 84% levy on all U.S. goods, up from 34%": the rate's noun phrase may run longer before the
        # comparison, as long as no figure of another quantity (a price, a market) comes between.
        if len(gap) > 90 or _LONG_COMPARISON_GAP_RE.match(gap) is None:
            return False
        local_start = context.local(first.end)
        return not any(
            category in ("neg", "move")
            for _, category in PERCENT_CUES.finditer(context.lower, local_start, local_start + len(gap))
        )
    # Money: "25% tariffs on C$155 billion of goods, starting with C$30 billion from Tuesday and the
    # remaining C$125 billion": later sums in the same clause chain split the first one, unless a
    # word of another quantity (a purchase, a deficit) comes between.
    if not first_decision or any(mark in gap for mark in ";:()"):
        return False
    if len(gap) > 90 and _REMAINDER_RE.search(gap, len(gap) - 30) is None:
        # "The first C$30 billion tranche, covering ..., with the remaining C$125 billion": a remainder
        # names the rest of the same sum however far the clause has run.
        return False
    local_start = context.local(first.end)
    return not any(
        category in ("neg", "move")
        for _, category in MONEY_CUES.finditer(context.lower, local_start, local_start + len(gap))
    )


_REMAINDER_RE = re.compile(
    r"(?<![a-z])(?:the[ \u00a0]+remaining|the[ \u00a0]+rest[ \u00a0]+of[ \u00a0]+the|another"
    r"|a[ \u00a0]+further|an[ \u00a0]+additional|the[ \u00a0]+other|the[ \u00a0]+second|a[ \u00a0]+second)"
    r"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?\Z",
    re.IGNORECASE,
)
_NAME = r"[A-Z][A-Za-z.'-]*(?:[ \u00a0][A-Z][A-Za-z.'-]*){0,3}"
_GOODS_TO_GAP_RE = re.compile(
    r"(?:,[ \u00a0]+(?:and[ \u00a0]+)?|,?[ \u00a0]+and[ \u00a0]+)(?:[A-Za-z-]+[ \u00a0]+){1,3}to[ \u00a0]+\Z"
)
_LIST_GAP_RE = re.compile(
    # "rates from 25 percent for Japan to 40 percent for Laos": "to" links the ends of a range of rates.
    r"[ \u00a0]+(?:for|on|against|from) [^,;:.()0-9]{1,40}?(?:,? and|,|;| and| to)[ \u00a0]+\Z|,[ \u00a0]+\Z"
    # "the duty on walnuts goes up to 120 per cent from 30 per cent, and on apples to 70 per cent": the
    # same change repeated for other goods.
    r"|,?[ \u00a0]+(?:and[ \u00a0]+)?(?:that[ \u00a0]+)?(?:on|for)[ \u00a0][^,;:.()0-9]{1,40}?"
    r"[ \u00a0](?:to|at)[ \u00a0]+\Z"
    # "rise to 10 percent on July 1, to 15 percent on Aug. 1 and to 20 percent": a schedule of levels, also
    # with the "to" left out after the first ("to 10% on July 1, 15% on August 1 and 20% on September 1").
    r"|[ \u00a0]+(?:on|from|by|in|starting(?: on)?)[ \u00a0](?:[A-Z][a-z]+\.?[ \u00a0][0-9]{1,2}"
    r"|[0-9]{1,2}[ \u00a0][A-Z][a-z]+|[A-Z][a-z]+)(?:,?[ \u00a0]and|,)[ \u00a0](?:then[ \u00a0])?"
    r"(?:to[ \u00a0]+)?\Z"
    # "the European Union 20%, Vietnam 46%, Japan 24% and Switzerland 31%", "followed by Laos and Myanmar at
    # 40 per cent, Switzerland at 39 per cent", "the European Union 20%; Vietnam 46%": a name before each
    # rate.
    # "15% all-in (no additional duty where the rate is already 15% or more); Japan, 15%": an aside after a
    # rate may close before the next item.
    r"|(?:(?:(?:[ \u00a0][a-z-]+){0,3}\)|[ \u00a0]+\([^()0-9%]{1,40}\))?"
    r"[,;][ \u00a0]+(?:and[ \u00a0]+|followed[ \u00a0]by[ \u00a0]+|then[ \u00a0]+)?"
    r"|,?[ \u00a0]+and[ \u00a0]+)"
    r"(?:the[ \u00a0]+)?" + _NAME + r"(?:[ \u00a0]+and[ \u00a0]+(?:the[ \u00a0]+)?" + _NAME + r")?"
    # "...; BYD, 17.0%; Geely, 18.8%; and SAIC, the state-owned parent of the MG brand, 35.3%", "Japan, 15%;
    # United Kingdom, 10%": a comma, or an apposition between commas, may part the name from its rate.
    r"(?:,[ \u00a0]+(?:the|a|an|its)[ \u00a0][^,;:()0-9%$]{1,60},|,)?"
    r"[ \u00a0]+(?:(?:at|on|with|gets|faces?)[ \u00a0]+)?\Z"
    # "to tax foreign steel at 25 percent and aluminum at 10 percent": goods named before each rate.
    r"|(?:,[ \u00a0]+(?:and[ \u00a0]+)?|,?[ \u00a0]+and[ \u00a0]+)(?:[a-z-]+[ \u00a0]+){1,3}at[ \u00a0]+\Z"
    # "Vietnamese goods face 20%, and goods judged to be transshipped through the country 40%": a second
    # conjunct whose verb is left out (gapped) keeps only its subject and its rate.
    # "Steel faces a 25% duty; aluminum, 10%": a gapped clause after a semicolon, its verb left out.
    r"|(?:[ \u00a0][a-z-]+){0,2};[ \u00a0]+(?:[A-Za-z][a-z'-]*[ \u00a0]+){0,3}[A-Za-z][a-z'-]*,[ \u00a0]+\Z"
    # "will face 20% under the framework, or 40% if Customs decides they were transshipped": an alternative.
    r"|(?:[ \u00a0][a-z-]+){0,8},[ \u00a0]+or[ \u00a0]+"
    r"(?:(?:up[ \u00a0]+to|as[ \u00a0]+much[ \u00a0]+as)[ \u00a0]+)?\Z"
    r"|,[ \u00a0]+and[ \u00a0]+(?:[A-Za-z][a-z'-]*[ \u00a0]+){1,8}"
    r"(?<![ \u00a0]to )(?<![ \u00a0]by )(?<![ \u00a0]of )(?<!than )(?<!from )(?<!about )(?<!around )\Z"
)
# A table of rates by name ("Cambodia 49%, Vietnam 46%"): a name right before the rate, and another
# "name rate" item right after it or right before the name.
# A semicolon separates items as a comma does ("China 34%; the European Union 20%; Vietnam 46%").
# A line break separates the rows of a table with dot leaders ("Vietnam ......... 46%\nTaiwan ..... 32%").
_TABLE_SEPARATOR = (
    r"(?:[,;][ \u00a0]+(?:and[ \u00a0]+)?|,?[ \u00a0]+and[ \u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)"
    r"(?:the[ \u00a0]+)?"
)
_TABLE_VERB = r"(?:(?:at|gets|faces?)[ \u00a0]+)?"
_TABLE_LEADER = r"(?:[ \u00a0]*\.{2,})?"
#: "34% (on top of the 20% already imposed)\nVietnam ... 46%": a short aside may close a table row.
_TABLE_ASIDE = r"(?:[ \u00a0]*\([^()\n]{0,60}\))?"
_TABLE_NAME_BEFORE_RE = re.compile(
    r"(?P<rate>[0-9][ \u00a0]?(?:%|per[ \u00a0]cent|percent)"
    + _TABLE_ASIDE
    + _TABLE_SEPARATOR
    + r")?(?<![A-Za-z])"
    + _NAME
    + _TABLE_LEADER
    + r"[ \u00a0]+"
    + _TABLE_VERB
    + r"\Z"
)
_TABLE_ITEM_AFTER_RE = re.compile(
    _TABLE_ASIDE + _TABLE_SEPARATOR + _NAME + _TABLE_LEADER + r"[ \u00a0]+" + _TABLE_VERB + r"[0-9]"
)
#: A second rate compared with the first: "currently 40 percent, compared with 15 percent", "a 10% tariff,
#: down from 27.5%".
_COMPARISON_GAP_RE = re.compile(
    r"(?:[ \u00a0][a-z-]+){0,2},?[ \u00a0]+(?:compared (?:with|to)|versus|vs\.?|up from|down from|rather than"
    r"|instead of|as against|on top of)[ \u00a0]+"
    r"(?:about[ \u00a0]|around[ \u00a0]|roughly[ \u00a0]|nearly[ \u00a0]|an?[ \u00a0]|the[ \u00a0])?\Z"
)


_LONG_COMPARISON_GAP_RE = re.compile(
    r"[ \u00a0][^0-9%;:()]{0,70}?,[ \u00a0]+(?:up[ \u00a0]+from|down[ \u00a0]+from"
    r"|compared[ \u00a0]+(?:with|to)"
    r"|versus|rather[ \u00a0]+than|instead[ \u00a0]+of|replacing)[ \u00a0]+"
    r"(?:(?:about|around|roughly|nearly|an?|the|its|their)[ \u00a0]+)?\Z"
)


def _linked(body: str, first: _Candidate, second: _Candidate) -> bool:
    if not second.is_percent or second.start - first.end > 12:
        return False
    gap = body[first.end : second.start].strip().strip(",").strip().lower()
    return gap in _RANGE_LINKS


#: A tariff rate that points are part of: "24 percentage points of the so-called reciprocal tariff".
_POINTS_OF_TARIFF_RE = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+|its[ \u00a0]+|their[ \u00a0]+|that[ \u00a0]+)?"
    # "24 percentage points of the 34 per cent "reciprocal" tariff": the rate and quotes may stand between.
    r"(?:[a-z0-9.%\"“”'-]+[ \u00a0]+){0,5}?"
    r"(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surcharges?)(?![a-z])"
)
#: How close a tariff word must be for a candidate no cue decides.
_FALLBACK_WINDOW = 60
#: How far back a relative clause's antecedent may be.
_RELATIVE_WINDOW = 80
#: How close the deciding cue must be in a sentence that only continues a tariff sentence.
_CONTINUATION_WINDOW = 40


_CONJUNCTION_RE = re.compile(r"[ \u00a0](?:and|or|then)[ \u00a0]")


#: A central bank's or a lender's rate as the subject of the percent: "the policy rate was set at".
_MONETARY_RATE_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:policy|interest|benchmark|repo|lending|overnight|mortgage)[ \u00a0]+rates?(?![a-z])"
    r"(?:(?!tariff|dut(?:y|ies)|lev(?:y|ies))[^.;:,%0-9]){0,30}\Z"
)


def _percent_decision(context: SentenceContext, group: list[_Candidate], window: int) -> bool | None:
    first_start = context.local(group[0].start)
    last_end = context.local(group[-1].end)
    if context.lower.endswith("points", 0, last_end) and _POINTS_OF_TARIFF_RE.match(context.lower, last_end):
        return True  # "24 percentage points of the reciprocal tariff are suspended": a part of a tariff rate
    if " rate" in context.lower[max(0, first_start - 50) : first_start] and _MONETARY_RATE_BEFORE_RE.search(
        context.lower, max(0, first_start - 50), first_start
    ):
        return (
            False  # "the central bank's policy rate was set at 17.75 percent": a monetary rate, whatever verb
        )
    head = PERCENT_HEAD_RE.match(context.lower, last_end)
    if (
        head is not None
        and head.group("neg")
        and _CONJUNCTION_RE.search(context.lower, last_end, head.start("neg"))
    ):
        # "The duties start at 10 per cent and rise to 25 per cent": after a conjunction "rise" is the next
        # verb, not the number's noun.
        head = None
    if head is not None and not head.group("weak"):
        return head.group("tariff") is not None
    if head is None and PERCENT_RIGHT_VERB_RE.match(context.lower, last_end):
        return True
    if (
        head is None
        and (" top of " in context.lower or " added to " in context.lower)
        and PERCENT_STACKED_RE.match(context.lower, last_end) is not None
        and PERCENT_AS_NOUN_BEFORE_RE.search(context.lower, max(0, first_start - 30), first_start) is not None
    ):
        return True  # "the new 34% comes on top of the 20% already imposed": a tariff rate stacked on another
    decided = _left_decision(context, PERCENT_CUES, first_start, last_end, window)
    if head is not None:
        # "10 percent lower": a comparison, unless a tariff word governs the number ("the rate of 10
        # percent lower than feared").
        return bool(decided)
    return decided


#: A relative clause of asking after a sum: "that the U.S. had originally asked for", "Washington sought".
_REQUESTED_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:that[ \u00a0]+|which[ \u00a0]+)?(?:the[ \u00a0]+)?[a-z.]+(?:[ \u00a0][a-z.]+)?[ \u00a0]+"
    r"(?:(?:had|has|have)[ \u00a0]+)?(?:(?:originally|initially|first|previously)[ \u00a0]+)?"
    r"(?:asked[ \u00a0]+for|requested|sought)(?![a-z])(?![ \u00a0]+(?:in|as|for|from)[ \u00a0])"
)
_REQUEST_VERBS = ("asked for", "requested", "sought")
_REQUEST_TOPIC_WORDS = ("wto", "arbitrat", "authori", "retaliat", "countermeasure", "tariff", "dut")
#: Substrings of every cost subject (the cheap test before _COST_SUBJECT_RE; "bill " is not "billion").
_COST_WORDS = ("cost", "bill ", "bills", "expense", "burden", "charge to")
#: A cost, bill or burden of a tariff as the subject of a copula before the sum.
_COST_SUBJECT_RE = re.compile(
    r"(?<![a-z])(?:cost|costs|bill|bills|expense|expenses|burden|charge[ \u00a0]+to[ \u00a0]+earnings)"
    r"(?:[ \u00a0]+to[ \u00a0]+[a-z]+)?[ \u00a0]+(?:of|from)[ \u00a0]+[^,;:()$€£¥]{0,60}?"
    r"(?:was|were|is|are|came[ \u00a0]+to|totall?ed|amounted[ \u00a0]+to|reached|rose[ \u00a0]+to"
    r"|will[ \u00a0]+be|would[ \u00a0]+be)[ \u00a0]+"
    r"(?:(?:about|around|roughly|nearly|almost|some|approximately|an[ \u00a0]+estimated|more[ \u00a0]+than"
    r"|over|up[ \u00a0]+to|at[ \u00a0]+least)[ \u00a0]+)?\Z"
)


def _money_decision(context: SentenceContext, candidate: _Candidate, window: int) -> bool | None:
    start = context.local(candidate.start)
    end = context.local(candidate.end)
    if candidate.value < _THRESHOLD_LIMIT and (
        THRESHOLD_AFTER_RE.match(context.lower, end)
        or THRESHOLD_BEFORE_RE.search(context.lower, max(0, start - 30), start)
    ):
        return False
    if _PAID_AFTER_RE.match(context.lower, end):
        return False  # "customs duties of $5.6 billion were collected in March": money paid, not goods
    if any(map(context.lower.__contains__, _COST_WORDS)) and _COST_SUBJECT_RE.search(
        context.lower, max(0, start - 110), start
    ):
        # "the direct cost to us of the additional duties was about 14 billion yen": what the tariff cost
        # someone, not the goods it covers, its rate or an authorised sum.
        return False
    if _list_value(context, candidate):
        return True  # "Beijing's counter-list, valued at $60 billion": the goods a list covers
    if COVERED_GOODS_SUBJECT_RE.search(context.lower, max(0, start - 90), start):
        return True  # "Imports of the affected products totalled 61 billion pesos": the goods covered
    if TRADE_FLOW_SUBJECT_RE.search(context.lower, max(0, start - 90), start):
        return False  # "UK steel exports to the US were worth about £360m a year before the tariffs"
    if _TRADE_FLOW_VERB_RE.search(context.lower, max(0, start - 70), start):
        return False  # "the auto sector exports cars and parts worth more than 1 trillion pesos a year"
    if NON_GOODS_WORTH_RE.search(context.lower, max(0, start - 50), start):
        return False  # "emergency credit lines worth R$ 30 billion": a sum of something other than goods
    if COVER_VERB_SUBJECT_RE.search(context.lower, max(0, start - 80), start):
        return True  # "List 4B covers goods worth roughly $160 billion": what a tariff list covers
    if "," in context.lower:
        valued = _GOODS_VALUED_AT_BEFORE_RE.search(context.lower, max(0, start - 70), start)
        if (
            valued is not None
            and _TARIFF_ON_GOODS_RE.search(context.lower, max(0, valued.start() - 70), valued.start())
            is not None
        ):
            # "raising tariffs on essentially all remaining imports from China, valued at about $300 billion":
            # the appositive values the goods the tariff is put on.
            return True
    if context.has_tariff_terms and _GOODS_VALUE_BEFORE_RE.search(context.lower, max(0, start - 70), start):
        # "the 10 percent duty on List 4 products — goods with an annual import value of about $300
        # billion": the value of the goods a tariff sentence is about.
        return True
    upper = _MONEY_RANGE_RE.match(context.lower, end)
    # "surcharges ranging from $500 to $2,700 per container": the first end shares the second's head.
    head = MONEY_HEAD_RE.match(context.lower, end if upper is None else upper.end())
    if head is not None:
        if head.group("neg"):
            return False
        if head.group("tariff"):
            # "collected $X in duties", "cost $X in tariffs": money paid, not goods covered.
            return MONEY_FLOW_RE.search(context.lower, max(0, start - 40), start) is None
        if (
            head.group("goods")
            and TRADE_FLOW_AFTER_RE.match(context.lower, head.end())
            # "tariffs on the $220 billion of goods Brazil buys each year": the tariff governs the goods
            # its relative clause describes.
            and not _TARIFF_ON_BEFORE_RE.search(context.lower, max(0, start - 60), start)
        ):
            return False  # "$427 billion in goods the United States bought": trade, not coverage
        on_before = head.group("goods") and _ON_BEFORE_RE.search(context.lower, max(0, start - 24), start)
        if on_before and (
            context.has_tariff_terms
            # "will halve the rate on roughly $120 billion of Chinese products": a rate put on goods.
            or _RATE_ON_BEFORE_RE.search(context.lower, max(0, on_before.start() - 12), on_before.start())
        ):
            # "the 25 percent tariffs already collected on $50 billion of Chinese goods": tariffs put on
            # goods, whatever verb reports them.
            return True
    decided = _left_decision(context, MONEY_CUES, start, end, window)
    if decided is not None:
        return decided
    if MONEY_RIGHT_VERB_RE.match(context.lower, end):
        return True
    # "shipments worth about Rs 4.2 lakh crore a year — roughly half of ... — would face the combined 50
    # per cent duty": the money's verb comes after an aside between dashes.
    aside = _DASH_ASIDE_RE.match(context.lower, end)
    if aside is not None and MONEY_RIGHT_ACTION_RE.match(context.lower, aside.end()):
        return True
    if head is not None and head.group("goods"):
        return None if not context.has_tariff_terms else True
    return None


#: A tariff list or tranche described by its value: "the counter-list, valued at", "a second batch worth".
_LIST_VALUE_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:counter-?)?(?:lists?|tranches?|batch(?:es)?)"
    r"(?:[ \u00a0]+of[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}?(?:goods|products|imports|items))?,?[ \u00a0]+"
    r"(?:(?:is|was|are|were)[ \u00a0]+)?(?:valued[ \u00a0]+at|worth|totall?ing)[ \u00a0]+"
    r"(?:(?:about|around|roughly|nearly|almost|some|approximately|an[ \u00a0]+estimated|more[ \u00a0]+than"
    r"|over|up[ \u00a0]+to)[ \u00a0]+)?\Z"
    # "Lists 1 and 2 (about $50 billion of goods in total)", "List 3 ($200 billion)": a list's value in
    # parentheses after its name.
    r"|(?<![a-z])(?:lists?|tranches?|batch(?:es)?)(?:[ \u00a0]+[0-9]{1,2}[a-z]?"
    r"(?:(?:,|[ \u00a0]+and|[ \u00a0]+to|[ \u00a0]*-)[ \u00a0]*[0-9]{1,2}[a-z]?)*)?[ \u00a0]*\([ \u00a0]*"
    r"(?:(?:about|around|roughly|nearly|almost|some|approximately|an[ \u00a0]+estimated|more[ \u00a0]+than"
    r"|over|up[ \u00a0]+to)[ \u00a0]+)?\Z"
)


def _right_action(context: SentenceContext, candidate: _Candidate) -> bool:
    """Whether a tariff action follows a sum, right after it or after an aside between dashes."""
    end = context.local(candidate.end)
    if MONEY_RIGHT_ACTION_RE.match(context.lower, end):
        return True
    aside = _DASH_ASIDE_RE.match(context.lower, end)
    return aside is not None and MONEY_RIGHT_ACTION_RE.match(context.lower, aside.end()) is not None


def _list_value(context: SentenceContext, candidate: _Candidate) -> bool:
    """Whether a sum is the value of a tariff list or tranche ("the counter-list, valued at $60 billion")."""
    lower = context.lower
    if not ("value" in lower or "worth" in lower or "total" in lower or "(" in lower or "account" in lower):
        return False
    start = context.local(candidate.start)
    if _LIST_VALUE_BEFORE_RE.search(lower, max(0, start - 60), start) is not None:
        return True
    # "For the 114 items in Annex 2, which include chemical products ..., with a value of about 16 billion
    # U.S. dollars": counted tariff lines are a list, whatever lies between them and their value.
    value = _ITEMS_VALUE_BEFORE_RE.search(lower, max(0, start - 40), start)
    return (
        value is not None
        and _COUNTED_ITEMS_RE.search(lower, max(0, value.start() - 140), value.start()) is not None
    )


#: The value verb right before a sum: "with a value of about", "together account for approximately".
_ITEMS_VALUE_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:with[ \u00a0]+a[ \u00a0]+(?:total[ \u00a0]+|combined[ \u00a0]+)?value[ \u00a0]+of"
    r"|valued[ \u00a0]+at"
    r"|worth|accounts?[ \u00a0]+for|accounted[ \u00a0]+for|totall?ing)[ \u00a0]+"
    r"(?:(?:about|around|roughly|nearly|almost|some|approximately|an[ \u00a0]+estimated|more[ \u00a0]+than"
    r"|over|up[ \u00a0]+to)[ \u00a0]+)?\Z"
)
#: Counted tariff lines: "the 114 items in Annex 2", "1,102 tariff lines", "818 product lines".
_COUNTED_ITEMS_RE = re.compile(
    r"(?<![a-z0-9])[0-9][0-9,]*[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?"
    r"(?:items|tariff[ \u00a0]+lines|product[ \u00a0]+lines)(?![a-z])"
)


#: A seller or buyer trading goods worth a sum: "Mexico's auto sector exports cars and parts worth", "China
#: sold goods valued at". Not "tariffs on exports of steel worth": a preposition before makes it a noun.
_TRADE_FLOW_VERB_RE = re.compile(
    r"(?<![a-z])(?<!on[ \u00a0])(?<!of[ \u00a0])(?<!to[ \u00a0])(?<!the[ \u00a0])(?<!in[ \u00a0])"
    r"(?<!its[ \u00a0])"
    r"(?:exports|exported|ships|shipped|sells|sold|imported|buys|bought|purchased)[ \u00a0]+"
    # The goods are its direct object: "exports to the EU worth", "exports of steel worth" are nouns.
    r"(?:(?:and[ \u00a0]+)?(?!(?:to|from|of|in|into|by|for)[ \u00a0])[a-z-]+,?[ \u00a0]+){1,4}?"
    r"(?:worth|valued[ \u00a0]+at)[ \u00a0]+"
    r"(?:(?:about|around|roughly|nearly|almost|some|approximately|more[ \u00a0]+than|over|up[ \u00a0]+to"
    r"|at[ \u00a0]+least)[ \u00a0]+)?\Z"
)

#: A passive of money changing hands after a sum: "$5.6 billion were collected", "$1 billion has been paid".
_PAID_AFTER_RE = re.compile(
    r"(?:[ \u00a0]+(?:a|per)[ \u00a0]+(?:year|month|quarter))?[ \u00a0]+(?:was|were|is|are|has[ \u00a0]+been"
    r"|have[ \u00a0]+been|had[ \u00a0]+been|will[ \u00a0]+be|would[ \u00a0]+be)[ \u00a0]+"
    r"(?:[a-z]+ly[ \u00a0]+)?"
    r"(?:collected|paid|raised|refunded|brought[ \u00a0]+in|taken[ \u00a0]+in|remitted|spent)(?![a-z])"
)

_MONEY_RANGE_RE = re.compile(
    r"[ \u00a0]*(?:to|-|–|and)[ \u00a0]*(?:us\$|c\$|a\$|\$|€|£)[0-9][0-9.,]*(?<![.,])"
    r"(?:[ \u00a0-](?:trillion|billion|million)|bn|m)?(?![a-z0-9])"
)

#: Goods described by their value: "products with an annual import value of approximately".
_GOODS_VALUE_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:goods|products|imports|items|shipments)[ \u00a0]+with[ \u00a0]+an?[ \u00a0]+"
    r"(?:(?:annual|yearly|combined|total|estimated)[ \u00a0]+)*(?:(?:import|trade|export)[ \u00a0]+)?"
    r"value[ \u00a0]+of[ \u00a0]+"
    + r"(?:(?:about|around|roughly|nearly|almost|some|approximately|more[ \u00a0]+than"
    r"|over)[ \u00a0]+)?\Z"
)
#: "on" right before a sum: "tariffs collected on $50 billion of goods", "levied on about $200 billion of".
_ON_BEFORE_RE = re.compile(
    r"(?<![a-z])on[ \u00a0]+(?:(?:about|around|roughly|nearly|almost|some|more[ \u00a0]+than|over|another"
    r"|an[ \u00a0]+additional|a[ \u00a0]+further|the)[ \u00a0]+){0,2}\Z"
)
#: A tariff noun governing the sum through "on": "import taxes on the roughly R$ 220 billion of goods".
_TARIFF_ON_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|taxes|surtax(?:es)?|surcharges?|countermeasures)"
    r"[ \u00a0]+" + _ON_BEFORE_RE.pattern.removeprefix("(?<![a-z])")
)
#: An aside between dashes right after a sum (and its "a year"), skipped to reach the sum's verb.
_DASH_ASIDE_RE = re.compile(
    r"(?:[ \u00a0]+(?:a[ \u00a0]+year|annually|per[ \u00a0]+year))?"
    # "About $160 billion of goods - the consumer electronics ..., mostly - had their start date pushed back".
    r"(?:[ \u00a0]+(?:of|in)[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}?(?:goods|imports|products|exports))?"
    r"[ \u00a0]*(?:—|–|--|-(?=[ \u00a0]))"
    r"[^—–;.]{1,120}(?:—|–|--|[ \u00a0]-(?=[ \u00a0]))"
)

# The words MONEY_RIGHT_ACTION_RE needs, tested by substring before the pattern runs.
_ACTION_WORDS = ("targeted", "levied", "slapped", "taxed", "subject", "fac", "start date", "effective date")

#: Per-item thresholds ("packages worth $800 or less") are small sums; covered goods never are.
_THRESHOLD_LIMIT = 1_000_000
#: The smallest sum of goods a tariff is said to cover (see _sentence_amounts).
_SMALL_SUM = 1_000_000


#: Goods added to a tariff list after a sum: "of Chinese goods to its list", "in imports to the tariff list".
_ADDED_TO_LIST_RE = re.compile(
    r"[ \u00a0]+(?:worth[ \u00a0]+)?(?:of|in)[ \u00a0]+(?:[a-z.'-]+[ \u00a0]+){0,3}?"
    r"(?:goods|products|imports|items)"
    r"[ \u00a0]+(?:to|onto)[ \u00a0]+(?:its|the|their|his|a|an)[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}?"
    r"(?:lists?|tranches?|tariffs?|duties)(?![a-z])"
)
#: The verb adding a sum of goods: "could add a further", "added another".
_ADD_BEFORE_RE = re.compile(
    r"(?<![a-z])add(?:s|ed|ing)?[ \u00a0]+(?:(?:a[ \u00a0]+further|another|an[ \u00a0]+additional|further"
    r"|some|about|around|roughly|nearly|up[ \u00a0]+to|more[ \u00a0]+than)[ \u00a0]+){0,2}\Z"
)


def _added_to_list(context: SentenceContext, candidate: _Candidate) -> bool:
    """Whether a sum of goods is added to a tariff list ("add a further $16 billion of goods to its list")."""
    start, end = context.local(candidate.start), context.local(candidate.end)
    return (
        _ADD_BEFORE_RE.search(context.lower, max(0, start - 36), start) is not None
        and _ADDED_TO_LIST_RE.match(context.lower, end) is not None
    )


#: An appositive value of goods right before a sum: "all remaining imports from China, valued at about".
_GOODS_VALUED_AT_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:goods|products|imports|exports|items|shipments)"
    r"(?:[ \u00a0]+from[ \u00a0]+[a-z.' -]{1,30}?)?"
    r",[ \u00a0]+(?:valued[ \u00a0]+at|worth)[ \u00a0]+"
    r"(?:(?:about|around|roughly|nearly|almost|some|approximately|an[ \u00a0]+estimated|more[ \u00a0]+than"
    r"|over|up[ \u00a0]+to)[ \u00a0]+)?\Z"
)
#: A tariff put on the goods an appositive values: "raising tariffs on essentially all remaining".
_TARIFF_ON_GOODS_RE = re.compile(
    r"(?<![a-z])(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surtax(?:es)?|surcharges?|rates?)[ \u00a0]+on[ \u00a0]"
    r"[^.;:,()]{0,60}\Z"
)
#: A rate put on a sum of goods: "halve the rate on roughly".
_RATE_ON_BEFORE_RE = re.compile(r"(?<![a-z])rates?[ \u00a0]+\Z")


def _left_decision(context: SentenceContext, cues: CueSet, start: int, end: int, window: int) -> bool | None:
    found = context.left_cue(cues, start, end, window)
    while found is not None and found[1] == "neg" and _not_a_cue(context.text, found[0]):
        # "the Economy Ministry values at US$3 billion": a capitalised name, not the economy; "by 5
        # percentage points ... until reaching 25%": the unit of another number.
        clause_start, _ = context.clause(start, end)
        found = cues.last(context.lower, max(clause_start, start - window), found[0].start())
    if found is None:
        found = _apposition_cue(context, cues, start, end)
    if found is None:
        return None
    cue, category = found
    if (
        category == "neg"
        and cue.group(0).startswith(("total", "amount", "averag"))
        and (
            _TARIFF_SUM_RE.search(context.lower, max(0, cue.start() - 40), cue.start())
            # "U.S. tariffs on Chinese goods averaged 19.3%": the tariffs are the subject of "averaged".
            or (
                cue.group(0).startswith("averag")
                and TARIFF_SUBJECT_RE.search(context.lower, max(0, cue.start() - 80), cue.start() - 1)
            )
        )
    ):
        # "duties totalling 80.5 per cent": the combined rate of the duties; "U.S. tariffs averaged 2.4%": an
        # average tariff rate is a tariff rate (settled rule).
        return True
    if category == "tariff" and cue.group(0) in ("rate", "rates"):
        # "its benchmark rate to 1.5 percent", "the unemployment rate of 4.3%": not a tariff rate.
        if _CENTRAL_BANK_RE.search(context.lower, max(0, cue.start() - 45), cue.start()):
            return False  # "The Fed held rates steady at 4.25%": a central bank's rates are interest rates
        if FINANCIAL_OBJECT_RE.match(context.lower, cue.end()) is not None:
            return False  # "the rate on two-year notes was 3.9%": the price of money, not a tax on goods
        return NON_TARIFF_RATE_RE.search(context.lower, max(0, cue.start() - 34), cue.start()) is None
    if category in ("tariff", "level"):
        return True
    if category == "move":
        if cue.group(0).startswith("add") and not context.lower.startswith((" to ", " onto "), end):
            # "could add a further US$16 billion of Chinese goods to its list": goods added to a tariff list.
            if _ADDED_TO_LIST_RE.match(context.lower, end) is not None:
                return True
            return None  # "will add a further 25 per cent duty": only what it is added to decides "add"
        return _moves_a_tariff(context, cue, start, end)
    return False


#: A tariff noun right before "totalling"/"amounting to": the sum is the tariff's own.
_TARIFF_SUM_RE = re.compile(
    r"(?<![a-z])(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surcharges?|countermeasures|counter-measures"
    # WTO retaliation: "to suspend concessions amounting to USD 11.2 billion per year".
    r"|suspen[a-z]*[ \u00a0]+(?:of[ \u00a0]+)?(?:trade[ \u00a0]+|tariff[ \u00a0]+)?concessions)[ \u00a0]+\Z"
)


def _apposition_cue(
    context: SentenceContext, cues: CueSet, start: int, end: int
) -> tuple[re.Match[str], str] | None:
    """The cue before a dash or colon that a sum opening the aside after it restates: "the figure ... for
    the purchases — an additional $200 billion of U.S. goods" is a purchase."""
    clause_start, _ = context.clause(start, end)
    lower = context.lower
    if clause_start < 2 or lower[clause_start - 2 : clause_start].strip() not in _APPOSITION_MARKS:
        return None
    if not _APPOSITION_OPENING_RE.fullmatch(lower, clause_start, start):
        return None
    before = clause_start - 2
    return cues.last(lower, max(0, before - _APPOSITION_REACH), before)


_APPOSITION_MARKS = frozenset({"—", "–", "--", ":", "-"})
#: What may open an aside before its sum: "an additional", "about", "some".
_APPOSITION_OPENING_RE = re.compile(
    r"[ \u00a0]*(?:(?:an?|the|some|about|around|roughly|nearly|almost|another|additional|further|more"
    r"|than|as|much|up|to)[ \u00a0]+)*"
)
#: How far before the dash the restated noun may be.
_APPOSITION_REACH = 40


_CENTRAL_BANK_RE = re.compile(
    r"(?<![a-z])(?:fed|federal reserve|central bank|bank of [a-z]+|ecb|boj|boe|pboc|rbi|reserve bank|fomc"
    r"|policymakers)(?![a-z])[^.;,]{0,35}\Z"
)


def _not_a_cue(text: str, cue: re.Match[str]) -> bool:
    """Whether a cue word is part of a capitalised name ("Economy Ministry", "Commerce Department") or the
    unit of a number ("5 percentage points")."""
    position = cue.start()
    if position > 1 and text[position - 1] == " " and text[position - 2].isdigit():
        return True
    if cue.group(0) == "total" and text.endswith(("in ", "In "), 0, position):
        return True  # "In total, $550 billion of goods would be subject to tariffs": an adverb, not a sum
    if _SPELLED_NUMBER_BEFORE_RE.search(text, max(0, position - 12), position) is not None:
        return True  # "climb by five percentage points a month to 10 percent": a spelled unit of a step
    return position > 0 and text[position].isupper() and _NAME_AFTER_RE.match(text, cue.end()) is not None


_NAME_AFTER_RE = re.compile(r"[ \u00a0][A-Z][a-z]")
_SPELLED_NUMBER_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:one|two|three|four|five|six|seven|eight|nine|ten|a few|several|a half)[ \u00a0]\Z"
)


#: A relative pronoun subject and its antecedent: "the yuan, which firmed", "output that fell".
_RELATIVE_SUBJECT_RE = re.compile(
    r"(?<![a-z])(?P<noun>[a-z]+),?[ \u00a0]+(?:which|that)[ \u00a0]+(?:has[ \u00a0]+|had[ \u00a0]+)?"
    r"(?:[a-z]+ly[ \u00a0]+)?\Z"
)


def _moves_a_tariff(context: SentenceContext, cue: re.Match[str], start: int, end: int) -> bool:
    """Whether a movement verb ("rose", "halve", "climbing") moves a tariff to the number.

    It does when a tariff noun heads its subject ("tariffs rose to 25 percent") or its object ("halved
    tariffs to 10%", "halve to 7.5% the 15% tariff"), or when its subject or object is a pronoun or left out
    ("until it hit 25%", "before climbing to 25 percent", "dropping them to 10%") and the noun it stands
    for is a tariff.
    """
    lower = context.lower
    verb_start, verb_end = cue.span()
    if cue.group(0).startswith("add") and lower.startswith((" to ", " onto "), end):
        # What a number is added to decides it, whatever the subject: "the order adds 40 percentage points to
        # the 10% baseline duty", but "the tariffs added 0.3 points to inflation".
        return ADDED_TO_RE.match(lower, end) is not None
    relative = _RELATIVE_SUBJECT_RE.search(lower, max(0, verb_start - 40), verb_start)
    if relative is not None and "neg" in (
        PERCENT_CUES.category(relative.group("noun")),
        PERCENT_CUES.category("the " + relative.group("noun")),  # "the peso", "the dollar"
    ):
        # "duties on US$250 billion of exports, and the yuan, which firmed 1.1 per cent": the relative
        # pronoun's antecedent, a market or economy noun, is what moved.
        return False
    # The subject may be long: "Tariffs on $250 billion of Chinese imports already taxed at 25 percent will".
    if TARIFF_SUBJECT_RE.search(lower, max(0, verb_start - 100), verb_start) is not None:
        return True
    between = lower[verb_end:start]
    if MOVE_OBJECT_RE.match(between) or MOVE_OBJECT_AFTER_RE.match(lower, end):
        return True
    pronoun = PRONOUN_SUBJECT_RE.search(lower, max(0, verb_start - 36), verb_start)
    if pronoun is not None or PRONOUN_OBJECT_RE.match(between):
        return _antecedent_is_tariff(context, verb_start)
    if _DEFINITE_CHARGE_RE.search(lower, max(0, verb_start - 40), verb_start) is not None:
        # "Trump would impose a 5% tax on all Mexican goods. ... the charge would rise to 10% on July 1": a
        # definite charge or tax right after a tariff sentence is that tariff under another name.
        previous = context.previous()
        return previous is not None and previous.has_tariff_terms
    return False


#: A bare definite charge, tax or penalty as a subject, with its auxiliaries: "the charge would", "the tax
#: will then". A modifier ("the freight charge", "the sales tax") gives it a referent of its own.
_DEFINITE_CHARGE_RE = re.compile(
    r"(?<![a-z])(?:the|this|that|such[ \u00a0]an?)[ \u00a0](?:charges?|tax|taxes|penalty|penalties|measure)"
    r"(?:[ \u00a0](?:would|will|could|might|may|is|are|was|were|then|be|set|to|gradually|further|also)){0,3}"
    r"[ \u00a0]\Z"
)


def _antecedent_is_tariff(context: SentenceContext, before: int) -> bool:
    """Whether the nearest subject-like noun before ``before`` is a tariff noun (see ANTECEDENT_RE).

    A pronoun opening a sentence ("It would rise to 10 percent on July 1") stands for a noun of the
    sentence before ("The duty would begin on June 10").
    """
    lower = context.lower
    for match in reversed(list(ANTECEDENT_RE.finditer(lower, 0, before))):
        if COMPLEMENT_BEFORE_RE.search(lower, max(0, match.start() - 30), match.start()):
            continue
        return match.group("tariff") is not None
    if lower[:before].strip(" \"“‘'").count(" ") > 2:
        return False  # the pronoun has words of its own sentence to refer to
    previous = context.previous()
    if previous is None:
        return False
    lower = previous.lower
    for match in ANTECEDENT_RE.finditer(lower):
        if COMPLEMENT_BEFORE_RE.search(lower, max(0, match.start() - 30), match.start()):
            continue
        # The subject of the sentence before: its first noun that is not a complement.
        return match.group("tariff") is not None
    return False


def _antecedent_kind(lower: str, start: int, end: int) -> str | None:
    """The kind ("tariff" or "other") of the last noun in ``lower[start:end]`` that is not a complement: the
    antecedent of a relative clause starting at ``end``."""
    for match in reversed(list(ANTECEDENT_RE.finditer(lower, start, end))):
        if COMPLEMENT_BEFORE_RE.search(lower, max(0, match.start() - 30), match.start()):
            continue
        return "tariff" if match.group("tariff") is not None else "other"
    return None


def _tariff_word_nearby(context: SentenceContext, start: int, end: int) -> bool:
    clause_start, clause_end = context.clause(start, end)
    window = _FALLBACK_WINDOW
    relative = clause_start
    while relative < start and context.lower[relative] in " -—–":
        relative += 1
    if context.lower.startswith(("which", "that", "who"), relative):
        # A relative clause is about its antecedent: "The duties, which would have doubled to 50%", "the 25%
        # tariff on $200 billion of goods, which was raised from 10% in May", "tariffs -- which he has
        # said could be as high as 25% --".
        antecedent_end = clause_start
        clause_start = max(0, clause_start - _RELATIVE_WINDOW)
        window = max(window, start - clause_start)
        if _antecedent_kind(context.lower, clause_start, antecedent_end) == "tariff":
            return True  # "the rate on that tranche, which stands at 10 percent": a rate of a tariff list
    lo = max(clause_start, start - window)
    hi = min(clause_end, end + _FALLBACK_WINDOW)
    if context.anaphor_end and lo < context.anaphor_end and clause_start < context.anaphor_end:
        return True  # the anaphoric subject ("The planned increase") stands for the tariff action
    return context.uses("tariff", lo, hi)
