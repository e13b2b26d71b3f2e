"""A figure's subject that opens with an "in case" word (issue 10, q26b).

"กรณีผู้ป่วยติดเตียง จำนวน 450 ราย" counts the bedridden patients, not the case: the reader takes the case word
(กรณี, กรณีที่, ในกรณี, ในกรณีที่) into the phrase. `without_case_word` drops it where what follows is certain:

- people after it: the people (any kind of figure: "กรณีผู้ประกอบการรายย่อย 1,200 ราย");
- a count of cases (classifier กรณี, เรื่อง): the case is what is counted ("กรณีถูกบังคับให้สูญหาย 2 กรณี"), kept;
- money with a money noun after it (เงิน…, ค่า…, วงเงิน…): that money ("กรณีเงินต้นคงเหลือ 1 ล้านบาท");
- anything else after it, for money or a count: a condition, which names no amount and no thing counted
  ("กรณีได้รับความเดือดร้อน รายละไม่เกิน 50,000 บาท", "กรณีค่าชดเชย จำนวน 1,898 คน"): null;
- a percentage: left as it is (no sure reading).

A bare case word is handled where the subject is read (quantity_subjects.past_condition).
"""
from __future__ import annotations

from typing import Literal

from .phrases import _names_people

CASE_WORDS = ("ในกรณีที่", "ในกรณี", "กรณีที่", "กรณี")  # longest first
CASE_UNITS = frozenset(("กรณี", "เรื่อง"))  # classifiers that count the cases themselves
MONEY_NOUNS = ("เงิน", "ค่า", "วงเงิน")  # a money noun after the case word: the money is named
NOT_CASE = ("ศึกษา",)  # กรณีศึกษา, a case study, is a noun of its own


def without_case_word(kind: str, subject: str | None, unit: str | None) -> str | None | Literal[False]:
    """The subject without its leading case word, None when the rest names no thing, False to leave it (see the
    module's doc). `kind` is "quantity", "money" or "percentage"; `unit` a quantity's classifier."""
    if not subject:
        return False
    case = next((w for w in CASE_WORDS if subject.startswith(w)), None)
    if case is None:
        return False
    rest = subject[len(case):].lstrip(" \u00a0")
    if not rest or rest.startswith(NOT_CASE) or kind == "quantity" and unit in CASE_UNITS:
        return False  # a bare case word (read elsewhere), or cases counted
    if _names_people(rest):
        return rest
    if kind == "percentage":
        return False
    if kind == "money" and rest.startswith(MONEY_NOUNS):
        return rest
    return None
