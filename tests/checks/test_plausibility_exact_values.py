"""`find_implausible` takes any exact Number a record may hold (int, Decimal, Fraction): a Fraction
value raised TypeError (Decimal(Fraction) is not supported) before typ15 compared the value directly."""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from thai_report_ie.document import Document
from thai_report_ie.plausibility import MONEY_LIMIT, find_implausible
from thai_report_ie.records import Money, Quantity

TEXT = "ผู้ได้รับผลกระทบ ๑ คน งบประมาณ ๑ บาท"

CASES = [
    # (id, value, flagged)
    ("int_over", MONEY_LIMIT + 1, True),
    ("int_under", MONEY_LIMIT, False),
    ("decimal_over", Decimal(MONEY_LIMIT) + Decimal("0.5"), True),
    ("fraction_over", Fraction(3 * MONEY_LIMIT + 1, 3), True),
    ("fraction_under", Fraction(MONEY_LIMIT, 3), False),
    ("negative_fraction_over", -Fraction(3 * MONEY_LIMIT + 1, 3), True),
]


@pytest.mark.parametrize("case_id, value, flagged", CASES, ids=[c[0] for c in CASES])
def test_money_limit_any_number(case_id: str, value, flagged: bool) -> None:
    start = TEXT.index("๑ บาท")
    money = Money("๑ บาท", start, start + 5, value=value, currency="THB")
    checks = find_implausible(Document(TEXT), money=[money])
    assert [c.rule for c in checks] == (["plausibility.money_amount"] if flagged else [])


@pytest.mark.parametrize("value, flagged", [(Fraction(10**13, 3), True), (Fraction(7, 2), False), (Decimal("3.5"), False)])
def test_people_limit_any_number(value, flagged: bool) -> None:
    start = TEXT.index("๑ คน")
    q = Quantity("๑ คน", start, start + 4, value=value, unit="คน")
    checks = find_implausible(Document(TEXT), quantities=[q])
    assert [c.rule for c in checks] == (["plausibility.people_count"] if flagged else [])
