"""Features and scoring of a learned deadline classifier over the deadline finder's candidates.

The default deadline decider: the hand rules of :mod:`~tariffwatch.extraction.deadlines` reach high F1 on
the sets they were tuned on and much less on unseen ones, where this classifier does better (README,
"Who decides a deadline"). It describes each calendar candidate by sparse string features (its form, the
words around it, its sentence's cues, how far its resolved date lies from the article date) and scores
them with a logistic-regression weight dict, in pure Python so that it runs on the extraction path without
numpy. Training lives in :mod:`~tariffwatch.extraction.training` (``make train``).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path

from tariffwatch.extraction.context import ContextCache, SentenceContext
from tariffwatch.extraction.deadlines import (
    _Candidate,
    _candidates,
    _prepositions,
    _resolve,
    _status,
    _tense,
    rule_deadlines,
)
from tariffwatch.extraction.lexicon import FUTURE_MARKERS_RE, PAST_MARKERS_RE, first_letter_alternation
from tariffwatch.models import Mention

_TOKEN_RE = re.compile(r"[a-z]+|[0-9]+|[^\sa-z0-9]")
_WINDOW = 8
_BULLETS = "-*•▶►▪–—"
#: Sentence cue words, each category a feature of its own (and another when it is in the 60 characters
#: before the candidate).
_CUES = {
    "deadline": ("deadline",),
    "threat": ("threat",),
    "delay": ("delay", "postpone", "push back", "pushed back", "extend", "suspend", "pause"),
    "effect": ("take effect", "takes effect", "took effect", "into force", "into effect", "kick in",
               "effective"),
    "event": ("meeting", "summit", "visit", "talks", "signing", "met ", "meet "),
    "purchase": ("buy", "purchase"),
    "said": (" said", " says", " told"),
    "if": ("if ", "unless"),
    "expire": ("expire", "expiry", "lapse"),
    # Session 10, each category chosen leaving one set out (deadline F1 .904 -> .909 over the pool, .903 ->
    # .907 without the sets whose errors suggested them): goods in transit beat a start date by arriving
    # (a cargo cut-off, not a deadline); comment periods and hearings are procedure; an exemption's end is
    # a tariff's start; a measure in force since a date had that date as its start. ("hearing" was an event
    # word before.)
    "transit": ("arrive", "reach a", "reaches a", "reach u", "clear customs", "clears customs",
                "on the water", "at sea", "in transit", "loaded", "sail", "cargo", "shipments that",
                "goods that left"),
    "comment": ("comment", "hearing", "docket", "petition", "submission", "filing", "testimony"),
    "exempt": ("exemption", "de minimis", "duty-free", "exclusion", "waiver", "preference"),
    "since": ("since ", "imposed", "lifted", "in force", "was cut", "were cut", "removed", "scrapped"),
}  # fmt: skip
_CUE_CATEGORY = {word: name for name, words in _CUES.items() for word in words}
# Longest first; branched by first letter, as it is searched over the whole sentence of every candidate.
_CUE_RE = re.compile(
    first_letter_alternation([re.escape(word) for word in sorted(_CUE_CATEGORY, key=lambda w: (-len(w), w))])
)
_NEAR = 60


@dataclass(slots=True)
class CandidateView:
    """One deadline candidate with what the rules made of it and the date a model would report."""

    candidate: _Candidate
    context: SentenceContext
    resolved: str  # the rules' resolved date when they accepted it, else the fallback resolution
    #: The last day of the fallback resolution (the same for accepted and rejected candidates, so that a
    #: feature built on it does not leak the rules' decision).
    latest: date | None
    accepted: bool
    status: str | None
    fallback: str | None  # the fallback resolution's date text
    mention: Mention | None  # the rules' mention of it


def candidate_views(
    body: str, published_on: date, contexts: ContextCache, tense_weights: dict[str, float] | None = None
) -> list[CandidateView]:
    """Every deadline candidate of ``body`` with the rules' decision and a resolved date.

    ``contexts`` must have been through :func:`~tariffwatch.extraction.amounts.find_amounts` already, as in
    :func:`~tariffwatch.extraction.extract_mentions` (the candidate gate reads the amount sentences).
    ``tense_weights`` choose the past or future reading of candidates the rules rejected (default: the
    shipped ones; an empty dict keeps the fallback tense).
    """
    candidates = _candidates(body, contexts, published_on)
    return _views(
        body,
        published_on,
        contexts,
        candidates,
        rule_deadlines(body, published_on, contexts, candidates),
        load_model()[2] if tense_weights is None else tense_weights,
    )


#: Forms whose date depends on reading the sentence as past or future ("March 4" in an August article).
TENSE_FORMS = ("day", "month", "month_end", "weekday")


def tense_features(
    view: CandidateView, published_on: date, prep: str, tense: str, fallback_is_past: bool
) -> list[str]:
    """Features of the past-or-future choice for one candidate: the decider's, minus the date's distance.

    Args:
        view: The candidate (its ``latest`` is not used: it depends on the choice being made).
        published_on: The article date.
        prep: The preposition before the candidate (``_prepositions``).
        tense: The fallback tense (the clause's markers alone).
        fallback_is_past: Whether the fallback resolution is the past reading.
    """
    context = view.context
    lower = context.lower
    candidate = view.candidate
    start = context.local(candidate.start)
    end = context.local(candidate.end)
    clause_start, clause_end = context.clause(start, end)
    out = [f for f in features(view, published_on, False) if not f.startswith("delta")]
    out += ["tense=" + tense, "prep=" + prep, f"prep|form={prep}|{candidate.form}"]
    out.append(f"fallback_past={fallback_is_past}")
    if FUTURE_MARKERS_RE.search(lower, clause_start, start):
        out.append("clause_future_left")
    if FUTURE_MARKERS_RE.search(lower, end, clause_end):
        out.append("clause_future_right")
    if PAST_MARKERS_RE.search(lower, clause_start, start):
        out.append("clause_past_left")
    if PAST_MARKERS_RE.search(lower, end, clause_end):
        out.append("clause_past_right")
    return out


def _views(
    body: str,
    published_on: date,
    contexts: ContextCache,
    candidates: list[_Candidate],
    rule_mentions: list[Mention],
    tense_weights: dict[str, float],
) -> list[CandidateView]:
    # A candidate the rules rejected is resolved with the tense the rules use when no cue word decides it: a
    # due or start preposition means the future, else the clause's future or past markers. Where the past
    # and the future readings differ, the learned tense choice overrides that fallback: the clause markers
    # alone miss "has applied since April 5" or a timeline's "Feb. 3 - ... from Feb. 4 to March 4".
    accepted = {m.start: m for m in rule_mentions}
    views: list[CandidateView] = []
    for candidate in candidates:
        context = contexts.at(candidate.start)
        if context.end < candidate.end:
            continue
        lower = context.lower
        start = context.local(candidate.start)
        end = context.local(candidate.end)
        prep, strong, _ = _prepositions(lower, start)
        clause_start, clause_end = context.clause(start, end)
        tense = _tense(lower, start, end, clause_start, clause_end, [], None, strong)
        resolved = _resolve(candidate, published_on, tense, prep)
        mention = accepted.get(candidate.start)
        if mention is None and resolved is not None and tense_weights:
            view = CandidateView(candidate, context, resolved[0], None, False, None, resolved[0], None)
            choice = tense_choice(view, published_on)
            if choice is not None:
                resolved = choice.past if score(choice.features, tense_weights) >= 0.5 else choice.future
        if mention is not None:
            assert mention.date is not None
            views.append(
                CandidateView(
                    candidate,
                    context,
                    mention.date,
                    resolved[1] if resolved else None,
                    True,
                    mention.status,
                    resolved[0] if resolved else None,
                    mention,
                )
            )
        elif resolved is not None:
            views.append(
                CandidateView(candidate, context, resolved[0], resolved[1], False, None, resolved[0], None)
            )
    return views


@dataclass(slots=True)
class TenseChoice:
    """The past and future readings of a candidate and the features that choose between them."""

    past: tuple[str, date]
    future: tuple[str, date]
    features: list[str]


def tense_choice(view: CandidateView, published_on: date) -> TenseChoice | None:
    """The choice to make for ``view``, or None when its date does not depend on the tense.

    That is the case for a candidate with a year, of a form without a direction (a countdown, "next
    month") or whose two readings coincide; ``view.fallback`` is the reading the clause markers pick.
    """
    candidate = view.candidate
    if candidate.year is not None or candidate.form not in TENSE_FORMS or view.fallback is None:
        return None
    context = view.context
    lower = context.lower
    start = context.local(candidate.start)
    end = context.local(candidate.end)
    prep, strong, _ = _prepositions(lower, start)
    past = _resolve(candidate, published_on, "past", prep)
    future = _resolve(candidate, published_on, "future", prep)
    if past is None or future is None or past[0] == future[0]:
        return None
    clause_start, clause_end = context.clause(start, end)
    tense = _tense(lower, start, end, clause_start, clause_end, [], None, strong)
    return TenseChoice(
        past, future, tense_features(view, published_on, prep, tense, view.fallback == past[0])
    )


#: The shipped model: variant A weights and threshold, written by ``make train``. Found through the package,
#: not ``__file__``: the compiled build of this module lives elsewhere.
MODEL_PATH = Path(str(resources.files("tariffwatch.extraction"))) / "deadline_model.json"
_model: tuple[dict[str, float], float, dict[str, float]] | None = None


def load_model() -> tuple[dict[str, float], float, dict[str, float]]:
    """The shipped decider weights, its acceptance threshold and the tense-choice weights, read once."""
    global _model
    if _model is None:
        data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
        _model = (
            {str(k): float(v) for k, v in data["weights"].items()},
            float(data["threshold"]),
            {str(k): float(v) for k, v in data.get("tense_weights", {}).items()},
        )
    return _model


def decide(
    body: str,
    published_on: date,
    contexts: ContextCache,
    candidates: list[_Candidate],
    rule_mentions: list[Mention],
) -> list[Mention]:
    """The deadlines the learned model accepts among ``candidates`` (the hook of ``find_deadlines``).

    A candidate the rules accepted keeps the rules' mention (date and status) when the model accepts it too;
    one only the model accepts reports its fallback resolution with the rules' status grammar.
    """
    if not candidates:
        return rule_mentions
    weights, threshold, tense_weights = load_model()
    found: list[Mention] = []
    for view in _views(body, published_on, contexts, candidates, rule_mentions, tense_weights):
        if score(features(view, published_on, False), weights) < threshold:
            continue
        if view.mention is not None:
            found.append(view.mention)
            continue
        candidate = view.candidate
        context = view.context
        start = context.local(candidate.start)
        end = context.local(candidate.end)
        status = _status(context, contexts, start, end, context.clause(start, end)[0])
        found.append(
            Mention(
                kind="deadline",
                text=body[candidate.start : candidate.end],
                start=candidate.start,
                end=candidate.end,
                sentence=context.text,
                date=view.resolved,
                status=status,
            )
        )
    return found


def _bucket(days: int) -> str:
    # Only the side of the article date, and whether it is more than a year ahead: finer steps (a week, a
    # month, a quarter) scored no better leaving one set out, and they taught the model that a deadline
    # half a year ahead is unlikely.
    if days < 0:
        return "past"
    if days == 0:
        return "same"
    return "future" if days <= 365 else "far"


def features(view: CandidateView, published_on: date, rule_features: bool) -> list[str]:
    """Sparse string features of one candidate (each present feature has value 1).

    Args:
        view: The candidate and its resolution.
        published_on: The article date.
        rule_features: Whether to add the rules' own decision (variant B of the experiment).
    """
    candidate = view.candidate
    context = view.context
    lower = context.lower
    start = context.local(candidate.start)
    end = context.local(candidate.end)
    form = candidate.form
    out = ["bias", "form=" + form]
    left = _TOKEN_RE.findall(lower[max(0, start - 80) : start])
    right = _TOKEN_RE.findall(lower[end : end + 80])
    left = ["#" if t.isdigit() else t for t in left]
    right = ["#" if t.isdigit() else t for t in right]
    for n in (1, 2, 3):
        out.append(f"L{n}=" + (" ".join(left[-n:]) if len(left) >= n else "^"))
        out.append(f"R{n}=" + (" ".join(right[:n]) if len(right) >= n else "$"))
    out.append("L1form={}|{}".format(left[-1] if left else "^", form))
    # dict.fromkeys, not set: a set's order changes with the hash seed, and so would the float sum in score().
    out.extend("wl=" + token for token in dict.fromkeys(left[-_WINDOW:]))
    out.extend("wr=" + token for token in dict.fromkeys(right[:_WINDOW]))
    cues: dict[str, bool] = {}  # category -> seen near the candidate; insertion order keeps sums stable
    near_from = start - _NEAR
    for cue in _CUE_RE.finditer(lower):
        name = _CUE_CATEGORY[cue.group()]
        cues[name] = cues.get(name, False) or (cue.start() >= near_from and cue.end() <= start)
    for name, near in cues.items():
        out.append("s:" + name)
        if near:
            out.append("near:" + name)
    if context.has_tariff_terms:
        out.append("s:tariff")
    if context.has_amount:
        out.append("s:amount")
    if FUTURE_MARKERS_RE.search(lower, 0, start) or FUTURE_MARKERS_RE.search(lower, end):
        out.append("s:future")
    if PAST_MARKERS_RE.search(lower, 0, start) or PAST_MARKERS_RE.search(lower, end):
        out.append("s:past")
    if view.latest is not None:
        bucket = _bucket((view.latest - published_on).days)
        out.append("delta=" + bucket)
        out.append(f"delta|form={bucket}|{form}")
    out.append("year=%s" % (candidate.year is not None))
    if context.number == 0:
        out.append("first_sentence")
    if candidate.start < 80:
        out.append("opening")
    first = lower.lstrip()[:1]
    if first and first in _BULLETS:
        out.append("bullet")
    if lower.startswith(":", end) or lower.startswith(" --", end) or lower.startswith(" —", end):
        out.append("item_mark")
    if "|" in lower:
        out.append("table")
    if rule_features:
        out.append(f"rule={view.accepted}")
        out.append(f"rule|form={view.accepted}|{form}")
        if view.status:
            out.append("rule_status=" + view.status)
    return out


def score(feature_list: list[str], weights: dict[str, float]) -> float:
    """The model's probability that a candidate is a deadline, from its features and a weight dict."""
    total = 0.0
    get = weights.get
    for feature in feature_list:
        total += get(feature, 0.0)
    if total < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-total))
