"""Deterministic synthetic wire copy with planted tariff amounts and deadlines.

``generate(directory, n, seed)`` writes ``n`` articles of about 5 KB (`` date YYYY-MM-DD `` marker, a
dateline, a headline, ~30 sentences of trade-desk prose) and ``truth.jsonl``: for every file, the
mention keys that were planted in it (``tariff_amount|USD|200000000000``, ``deadline|2019-03-01``).
Distractors sit next to the planted facts: non-tariff money (export totals, purchase offers, company
results), non-tariff percentages (growth, share moves), and event dates (meetings, visits, summits)
that are not deadlines, so an extractor that reports every number or date loses precision.

The same ``(n, seed)`` always produces the same bytes; file names sort in generation order and
publication dates are spread over several years in random order (the pipeline must order them).
"""

from __future__ import annotations

import calendar
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

#: Bump when the templates change: cached corpora are keyed on it.
GENERATOR_VERSION = 4

_FIRST_DAY = date(2016, 1, 1)
_DAYS = 9 * 365

_CITIES = ("WASHINGTON", "BEIJING", "BRUSSELS", "OTTAWA", "MEXICO CITY", "TOKYO", "GENEVA", "LONDON", "SEOUL")
_DESKS = ("Reuters", "AP", "AFP", "Bloomberg", "Trade Desk")
_PARTNERS = ("China", "the European Union", "Canada", "Mexico", "Japan", "South Korea", "India", "Vietnam")
_GOODS = (
    "steel",
    "aluminum",
    "soybeans",
    "solar panels",
    "washing machines",
    "semiconductors",
    "autos",
    "auto parts",
    "lumber",
    "pork",
    "whiskey",
    "motorcycles",
    "furniture",
    "electronics",
    "textiles",
    "seafood",
    "cheese",
    "wine",
    "aircraft parts",
    "machinery",
)
_OFFICIALS = (
    "the U.S. Trade Representative",
    "the Commerce Department",
    "the Treasury Secretary",
    "a White House spokesman",
    "the Commerce Ministry",
    "the trade commissioner",
    "the finance minister",
    "a senior official",
)
_EVENTS = ("talks", "a summit", "a meeting of trade ministers", "a round of negotiations", "a state visit")
_HEADLINES = (
    "U.S. weighs new tariffs on",
    "Trade talks stall between Washington and",
    "Markets slide as tensions rise with",
    "Exporters brace for duties from",
    "Negotiators race against deadline with",
)
_SURNAMES = ("Chen", "Miller", "Okafor", "Dubois", "Tanaka", "Novak", "Silva", "Kowalski", "Haddad", "Larsen")

_FILLER = (
    "Negotiators from both sides have met several times without reaching an agreement on the core issues.",
    "Business groups warned that the dispute was already weighing on investment and hiring decisions.",
    "Farmers in the Midwest said they were struggling to find new buyers for their harvest this season.",
    "Analysts said the escalation made a broad settlement before the end of the year less likely.",
    "The dispute has rattled financial markets and prompted several companies to review their supply chains.",
    "Officials did not say whether the measures would apply to goods already in transit.",
    "Industry associations asked for exemptions for products that cannot be sourced elsewhere.",
    "Diplomats described the latest exchange as tense but said channels of communication remained open.",
    "Economists cautioned that retaliation could spread to sectors that had so far been spared.",
    "Ports along the coast reported longer waiting times as importers rushed shipments ahead of the changes.",
    "Several lawmakers called for hearings on how the measures would affect consumers and small businesses.",
    "The government said it was prepared to support affected industries if the standoff continued.",
    "Retailers said they had built up inventories earlier in the year to limit the impact on prices.",
    "The central bank said it was monitoring the situation closely but saw no need to act for now.",
    "Shipping companies said bookings on the main trans-Pacific routes had become harder to predict.",
    "A spokeswoman for the embassy declined to comment on the state of the negotiations.",
    "Manufacturers said uncertainty over the rules made it difficult to plan production for next year.",
    "The talks have been complicated by disagreements over subsidies, market access and technology rules.",
    "Consumer groups said households would eventually bear part of the cost through higher prices.",
    "Officials stressed that the door to further negotiations remained open despite the latest steps.",
)


@dataclass(frozen=True)
class Planted:
    """One planted mention: its kind, its exact key, and the text written into the article."""

    kind: str
    key: str
    text: str


def _capital(name: str) -> str:
    return name[0].upper() + name[1:]


def _money(rng: random.Random) -> tuple[str, str, int]:
    """A currency amount: (text, unit, value in base units)."""
    unit, prefix = rng.choice((("USD", "$"), ("USD", "$"), ("USD", "US$"), ("EUR", "€"), ("CAD", "C$")))
    if rng.random() < 0.7:
        billions = rng.choice((2, 3, 7, 12, 16, 34, 50, 60, 75, 110, 200, 250, 300))
        if rng.random() < 0.25:
            tenth = rng.randint(1, 9)
            return f"{prefix}{billions}.{tenth} billion", unit, billions * 10**9 + tenth * 10**8
        return f"{prefix}{billions} billion", unit, billions * 10**9
    millions = rng.choice((150, 250, 400, 500, 750, 900))
    return f"{prefix}{millions} million", unit, millions * 10**6


def _rate(rng: random.Random) -> tuple[str, int]:
    value = rng.choice((5, 10, 15, 20, 25, 30, 35, 50))
    return rng.choice((f"{value}%", f"{value} percent")), value


def _future_day(rng: random.Random, published_on: date) -> date:
    return published_on + timedelta(days=rng.randint(10, 200))


def _day_text(day: date) -> str:
    return f"{calendar.month_name[day.month]} {day.day}, {day.year}"


def _amount_sentence(rng: random.Random) -> tuple[str, list[Planted]]:
    partner, goods = rng.choice(_PARTNERS), rng.choice(_GOODS)
    choice = rng.randrange(5)
    if choice == 0:
        text, unit, value = _money(rng)
        key = f"tariff_amount|{unit}|{value}"
        return (
            f"The administration said it would impose tariffs on {text} of {goods} imports from {partner}.",
            [Planted("tariff_amount", key, text)],
        )
    if choice == 1:
        text, unit, value = _money(rng)
        return (
            f"{_capital(partner)} retaliated with duties on {text} "
            f"worth of American {goods}, officials said.",
            [Planted("tariff_amount", f"tariff_amount|{unit}|{value}", text)],
        )
    if choice == 2:
        text, value = _rate(rng)
        return (
            f"Under the plan, a {text} tariff will apply to {goods} shipped from {partner}.",
            [Planted("tariff_amount", f"tariff_amount|percent|{value}", text)],
        )
    if choice == 3:
        rate_text, rate = _rate(rng)
        money_text, unit, value = _money(rng)
        return (
            f"Officials confirmed {rate_text} tariffs on {money_text} of goods from {partner}, "
            f"including {goods}.",
            [
                Planted("tariff_amount", f"tariff_amount|percent|{rate}", rate_text),
                Planted("tariff_amount", f"tariff_amount|{unit}|{value}", money_text),
            ],
        )
    text, value = _rate(rng)
    return (
        f"The duty on {goods} will rise to {text} under the new schedule, {rng.choice(_OFFICIALS)} said.",
        [Planted("tariff_amount", f"tariff_amount|percent|{value}", text)],
    )


def _deadline_sentence(rng: random.Random, published_on: date) -> tuple[str, list[Planted]]:
    day = _future_day(rng, published_on)
    text = _day_text(day)
    planted = [Planted("deadline", f"deadline|{day.isoformat()}", text)]
    goods = rng.choice(_GOODS)
    choice = rng.randrange(3)
    if choice == 0:
        return f"The new tariffs on {goods} take effect on {text}, according to the notice.", planted
    if choice == 1:
        return f"The increase in duties was postponed until {text} to allow more time for talks.", planted
    return f"Officials set a deadline of {text} for an agreement before the tariffs rise.", planted


def _distractor(rng: random.Random, published_on: date) -> str:
    choice = rng.randrange(5)
    partner = rng.choice(_PARTNERS)
    if choice == 0:
        text, _, _ = _money(rng)
        return f"Exports to {partner} reached {text} last year, according to government figures."
    if choice == 1:
        text, _, _ = _money(rng)
        return f"{_capital(partner)} has offered to buy {text} of farm goods."
    if choice == 2:
        value = rng.randint(1, 9)
        return f"The benchmark stock index fell {value}.{rng.randint(1, 9)}% in afternoon trading."
    if choice == 3:
        day = _future_day(rng, published_on)
        return f"Negotiators are expected to hold {rng.choice(_EVENTS)} on {_day_text(day)} in Geneva."
    growth = rng.randint(2, 9)
    return f"The economy grew {growth} percent in the last quarter, slightly above forecasts."


@dataclass(frozen=True)
class Article:
    """One generated article: file name, publication date, full file text and planted mentions."""

    name: str
    published_on: date
    text: str
    planted: list[Planted]


def _article(rng: random.Random, serial: int) -> Article:
    published_on = _FIRST_DAY + timedelta(days=rng.randrange(_DAYS))
    partner, goods = rng.choice(_PARTNERS), rng.choice(_GOODS)
    planted: list[Planted] = []
    headline = f"{rng.choice(_HEADLINES)} {partner} over {goods}"
    head = (
        f" date {published_on.isoformat()} {headline}\n\n{rng.choice(_CITIES)} ({rng.choice(_DESKS)}) - "
        f"Trade officials from the United States and {partner} traded new threats over {goods} on "
        f"{calendar.day_name[published_on.weekday()]}, deepening a dispute that has unsettled markets."
    )
    paragraphs: list[str] = [head]
    size = len(head)
    facts = rng.randint(2, 5)
    slots = set(rng.sample(range(8), facts))
    paragraph_no = 0
    while size < 4800:
        sentences: list[str] = []
        for _ in range(rng.randint(3, 5)):
            if paragraph_no in slots and not sentences:
                if rng.random() < 0.6:
                    sentence, found = _amount_sentence(rng)
                else:
                    sentence, found = _deadline_sentence(rng, published_on)
                planted.extend(found)
                sentences.append(sentence)
            elif rng.random() < 0.25:
                sentences.append(_distractor(rng, published_on))
            else:
                sentences.append(rng.choice(_FILLER))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
        paragraph_no += 1
    # A unique sign-off makes every body (and so every article id) distinct.
    paragraphs.append(
        f"(Reporting by {rng.choice(_SURNAMES)} and {rng.choice(_SURNAMES)}; story {serial:07d}; "
        f"editing by {rng.choice(_SURNAMES)})"
    )
    return Article(f"a{serial:07d}.txt", published_on, "\n\n".join(paragraphs) + "\n", planted)


def iter_articles(n: int, seed: int = 5) -> Iterator[Article]:
    """Yield ``n`` generated articles (deterministic for a given ``seed``)."""
    rng = random.Random(seed)
    for serial in range(n):
        yield _article(rng, serial)


def generate(directory: Path, n: int, seed: int = 5) -> Path:
    """Write ``n`` articles under ``directory/articles/`` and their truth to ``directory/truth.jsonl``.

    An existing complete corpus with the same ``(n, seed, GENERATOR_VERSION)`` is reused.

    Args:
        directory: Where the corpus goes (created).
        n: Number of articles.
        seed: Random seed.

    Returns:
        The directory holding the article files.
    """
    articles_dir = directory / "articles"
    stamp = directory / "corpus.json"
    meta = {"n": n, "seed": seed, "generator_version": GENERATOR_VERSION}
    if stamp.exists() and json.loads(stamp.read_text()) == meta:
        return articles_dir
    articles_dir.mkdir(parents=True, exist_ok=True)
    for old in articles_dir.glob("*.txt"):
        old.unlink()
    with (directory / "truth.jsonl").open("w", encoding="utf-8") as truth:
        for art in iter_articles(n, seed):
            (articles_dir / art.name).write_text(art.text, encoding="utf-8")
            record = {
                "file": art.name,
                "published_on": art.published_on.isoformat(),
                "mentions": [[p.kind, p.key, p.text] for p in art.planted],
            }
            truth.write(json.dumps(record) + "\n")
    stamp.write_text(json.dumps(meta))
    return articles_dir


def load_truth(directory: Path) -> dict[str, set[str]]:
    """Read ``truth.jsonl``: file name → set of planted mention keys."""
    truth: dict[str, set[str]] = {}
    with (directory / "truth.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            truth[record["file"]] = {m[1] for m in record["mentions"]}
    return truth
