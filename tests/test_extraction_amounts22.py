"""Round-22b tariff-amount cases: the grammar of rates and sums that independent writers used (wire-house
abbreviations, a rate laid on a sum of goods, ranges a rate noun heads, lists after a colon, trade-remedy
margins) and the look-alikes that must stay out."""

from __future__ import annotations

from datetime import date

import pytest

from tariffwatch.extraction import extract_mentions
from tariffwatch.extraction.amounts import DECIDER_ENV


@pytest.fixture(autouse=True)
def _rule_decider(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pin the hand rules: these tests specify them (the learned default: tests/test_learned_amounts.py)."""
    monkeypatch.setenv(DECIDER_ENV, "rules")


def _amounts(body: str, on: date = date(2019, 1, 24)) -> list[tuple[str, float | None, str | None]]:
    return [(m.text, m.value, m.unit) for m in extract_mentions(body, on) if m.kind == "tariff_amount"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Round 22b: Reuters house style sets the scale apart by a space ("$60 bln", "$1.2 trln").
        ("China hits back with levies on $60 bln of U.S. goods.", [("$60 bln", 60e9, "USD")]),
        ("Washington's duties on $200 bln of Chinese imports kick in on Monday.",
         [("$200 bln", 200e9, "USD")]),
        ("The tariffs would cover another $1.2 trln of goods.", [("$1.2 trln", 1.2e12, "USD")]),
        ("Beijing slapped duties on $300 mln worth of U.S. pork.", [("$300 mln", 300e6, "USD")]),
        ("The EU imposed tariffs on 2.8 bln euros of U.S. goods.", [("2.8 bln euros", 2.8e9, "EUR")]),
        ("Canada set tariffs on C$16.6 bn of U.S. goods.", [("C$16.6 bn", 16.6e9, "CAD")]),
        # Abbreviated sums that are not tariff amounts stay out.
        ("The tariffs took effect. China's trade surplus with the U.S. was $34 bln in August.", []),
        ("The tariffs took effect. The company's revenue rose to $12 bln last year.", []),
    ],
)  # fmt: skip
def test_round22b_wire_abbreviations(body: str, expected: list[tuple[str, float, str]]) -> None:
    assert _amounts(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Round 22b: a rate laid on a sum of goods is a tariff rate, whatever verb (spoken copy) governs it.
        ("Tariffs dominate the talks. We went to 25 percent on $200 billion of Chinese goods this month.",
         ["25 percent", "$200 billion"]),
        ("Tariffs dominate the talks. Then it moved to 10% on another $300 billion in Chinese imports.",
         ["10%", "$300 billion"]),
        ("The tariffs were raised. They stayed at 15% on about $112 billion of goods.",
         ["15%", "$112 billion"]),
        # A move of another figure "on" a sum is no rate.
        ("The tariffs took effect. Exports fell 12 percent on $200 billion of Chinese goods affected.", []),
        ("The tariffs took effect. Sales grew 5% on $2 billion of new orders.", []),
    ],
)  # fmt: skip
def test_round22b_rate_on_a_sum_of_goods(body: str, expected: list[str]) -> None:
    assert [text for text, _, _ in _amounts(body, date(2019, 5, 31))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Round 22b: a rate noun a tariff word qualifies heads a relative clause naming its range.
        ("The tariffs took effect. For most origins that means the reciprocal rate, which currently ranges "
         "from 10% to 41% depending on the country.", ["10%", "41%"]),
        ("The new duties, which vary between 15% and 25%, hit steel.", ["15%", "25%"]),
        ("The tariffs took effect. The baseline rate, which ranged from 10% to 15%, was kept.",
         ["10%", "15%"]),
        # A range of other figures stays out.
        ("Exporters said mortgage costs, which ranged from 6% to 7%, were rising.", []),
    ],
)  # fmt: skip
def test_round22b_range_of_a_rate(body: str, expected: list[str]) -> None:
    assert [text for text, _, _ in _amounts(body, date(2025, 8, 20))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Round 22b: items after a colon whose lead-in names tariff rates, each item the goods and its level.
        ("The tariffs took effect. Unless something changes, those two furniture rates go up on Jan. 1: "
         "upholstered pieces to 30%, cabinets and vanities to 50%.", ["30%", "50%"]),
        ("The tariffs took effect. The duties rise next year: steel to 50%, aluminum to 25%.",
         ["50%", "25%"]),
        ("The tariffs took effect. The new rates take effect Friday: cars at 25%, parts at 15%.",
         ["25%", "15%"]),
        # Other rates in a colon list, or another figure after a parallel "to", stay out.
        ("The tariffs took effect. Mortgage rates moved this week: the 30-year loan to 7%, the 15-year "
         "to 6%.", []),
        ("The tariffs took effect. Tariffs on steel went to 25%, and inflation rose to 3%.", ["25%"]),
        ("The tariffs took effect. Tariffs on steel went to 25%, and unemployment to 4%.", ["25%"]),
    ],
)  # fmt: skip
def test_round22b_colon_list_of_levels(body: str, expected: list[str]) -> None:
    assert [text for text, _, _ in _amounts(body, date(2025, 8, 20))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Round 22b: a trade-remedy margin is the duty rate; a profit margin is not.
        ("The levies took effect. China's commerce ministry set the anti-dumping margin at 73.6 per cent and "
         "the countervailing charge at 6.9 per cent.", ["73.6 per cent", "6.9 per cent"]),
        ("The levies took effect. The ministry found dumping margins of 28.2 per cent to 73.6 per cent.",
         ["28.2 per cent", "73.6 per cent"]),
        ("The levies took effect. The ministry set the subsidy margin at 6.9 per cent.", ["6.9 per cent"]),
        ("The levies took effect. Operating margins fell to 6.9 per cent.", []),
        ("The levies took effect. Growers said their margin had shrunk to 4 per cent.", []),
    ],
)  # fmt: skip
def test_round22b_remedy_margins(body: str, expected: list[str]) -> None:
    assert [text for text, _, _ in _amounts(body, date(2020, 5, 19))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Round 22b: credit for those a tariff hurts is not goods covered.
        ("The tariffs took effect. The government may impose counter-measures, and officials said a support "
         "package, including a credit line of around R$ 30 billion, would be presented within days.", []),
        ("The tariffs took effect. Ottawa opened a C$5 billion line of credit for exporters hit by the U.S. "
         "tariffs.", []),
        ("The tariffs took effect. The plan includes credit lines of up to R$ 30 billion for affected "
         "companies.", []),
        # Goods covered stay amounts beside a support package.
        ("The tariffs hit $50 billion of Chinese goods, and Beijing promised a support package.",
         ["$50 billion"]),
    ],
)  # fmt: skip
def test_round22b_credit_lines(body: str, expected: list[str]) -> None:
    assert [text for text, _, _ in _amounts(body, date(2025, 8, 20))] == expected


_FRAME = (
    "The tariffs on Vietnam took effect. The tariffs hit furniture. Tariffs also hit shoes.\n\n"
    "The VN-Index rose 0.9%. Our margins are single digits, the manager said. The weather was fine.\n\n"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Round 22b: in an article about tariffs, "a rate between" / "a rate of up to" governs its percents.
        (_FRAME + "The association said orders assumed a rate between 10% and 25%.", ["10%", "25%"]),
        (_FRAME + "Exporters priced orders for a rate of up to 20%.", ["20%"]),
        # Another rate so governed stays out.
        (_FRAME + "Banks expect the central bank to hold its policy rate between 4% and 4.5%.", []),
        (_FRAME + "Lenders offered an interest rate of up to 9%.", []),
    ],
)  # fmt: skip
def test_round22b_rate_between(body: str, expected: list[str]) -> None:
    assert [text for text, _, _ in _amounts(body, date(2025, 7, 3))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Round 22b: a tariff rate named earlier in the sentence puts a later "N% on goods" on topic.
        ("The court ruled on the tariffs. That covers the 10% baseline, the 25% on non-USMCA goods from "
         "Canada and Mexico, and the 10% reciprocal rate.", ["10%", "25%", "10%"]),
        # A move of another figure on goods stays out.
        ("The court ruled on the tariffs. That keeps the 10% baseline in place, while prices rose 3% on most "
         "goods.", ["10%"]),
    ],
)  # fmt: skip
def test_round22b_on_goods_after_a_rate(body: str, expected: list[str]) -> None:
    assert [text for text, _, _ in _amounts(body, date(2025, 5, 29))] == expected
