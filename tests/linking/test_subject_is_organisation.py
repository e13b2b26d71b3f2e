"""Issue 4 item 5: when a quantity counts bodies, its subject and the organisation record agree.

The subject is found by reading leftwards from the number; the organisation by the
organisation rules. Both must name the same characters: the organisation record's span is
the very text of the subject, standing right before the number (only จำนวน/อยู่/spaces between).
"""
import pytest
import regex

from thai_report_ie import extract

CASES = [
    ("seed-youth-union", "มีสหภาพเยาวชนจำนวน 112 องค์กร มีสมาชิก 2,388 ราย", "112 องค์กร", "สหภาพเยาวชน"),
    ("seed-veterans", "มีสมาคมทหารผ่านศึกอยู่ 9 องค์กร โดยมีสมาชิก 97 ราย", "9 องค์กร", "สมาคมทหารผ่านศึก"),
    ("seed-people-union", "มีสหภาพแรงงานภาคประชาชนจำนวน 307 องค์กร โดยมีสมาชิกสหภาพแรงงานจำนวน 35,139 ราย",
     "307 องค์กร", "สหภาพแรงงานภาคประชาชน"),
    ("seed-party-organisations-ratio-context", "ก่อตั้งองค์กรภาคประชาชนของสหภาพเยาวชนและสหพันธ์เยาวชนเวียดนาม จำนวน 14/13 องค์กร",
     None, None),
]
_BETWEEN = regex.compile(r"[ ]*(?:จำนวน|อยู่)?[ ]*")


@pytest.mark.parametrize("case,text,quantity,subject", CASES, ids=[c[0] for c in CASES])
def test_subject_span_is_the_organisation_span(case, text, quantity, subject):
    report = extract(text)
    if quantity is None:  # a ratio's subject that holds bodies: each body is its own record inside it
        ratio = report.ratios[0]
        inside = [o.text for o in report.organisations if ratio.subject and o.text in ratio.subject]
        assert inside == ["สหภาพเยาวชน", "สหพันธ์เยาวชนเวียดนาม"]
        return
    q = next(q for q in report.quantities if q.text == quantity)
    assert q.subject == subject
    orgs = [o for o in report.organisations if o.text == subject]
    assert orgs, f"no organisation record {subject!r}: {[o.text for o in report.organisations]}"
    org = orgs[0]
    assert text[org.start:org.end] == org.text
    assert _BETWEEN.fullmatch(text, org.end, q.start), "the organisation must stand right before the number"
