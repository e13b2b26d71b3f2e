"""Adversarial inputs for `extract()`: does each one stay linear in its length? (f13 robustness audit)

    python benchmarks/bench_adversarial.py [--sizes 10000 100000 1000000] [--only NAME ...] [--limit-s 300]

Each generator builds a text of a given number of characters aimed at one rule of the library (a regex
with a repeat inside a repeat, a loop that walks back over the text, a list walked item by item); the
table prints the CPU seconds of `extract()` at each size and the cost per character, which must stay
flat (a quadratic step multiplies it by ten at each row of sizes 10x apart). Texts over
`extract.PIECE_CHARS` (500,000) are read in pieces, so a quadratic step inside one document shows at
the two smaller sizes and within a piece. A case still running after --limit-s seconds is reported as
over the limit (SIGALRM) and the next one runs.
"""
from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable

import _common  # first: measure this checkout, not the installed package
import thai_report_ie


def _repeat(unit: str, tail: str = "") -> Callable[[int], str]:
    def make(n: int) -> str:
        body = unit * max(1, (n - len(tail)) // len(unit))
        return body + tail
    return make


def _random(alphabet: str | list[str], seed: int = 13) -> Callable[[int], str]:
    def make(n: int) -> str:
        rng = random.Random(seed)
        out, size = [], 0
        while size < n:
            piece = rng.choice(alphabet)
            out.append(piece)
            size += len(piece)
        return "".join(out)
    return make


def _nested(opening: str, closing: str) -> Callable[[int], str]:
    def make(n: int) -> str:
        k = n // (len(opening) + len(closing))
        return opening * k + closing * k
    return make


def _one_gap(left: str, gap: str, right: str) -> Callable[[int], str]:
    """`left`, then `gap` repeated to the size, then `right`: one long run between two words."""
    def make(n: int) -> str:
        return left + gap * max(1, (n - len(left) - len(right)) // len(gap)) + right
    return make


def _junk(encoding: str) -> Callable[[int], str]:
    def make(n: int) -> str:
        rng = random.Random(2566)
        raw = rng.randbytes(n)
        return raw.decode("latin-1") if encoding == "latin-1" else raw.decode("utf-8", errors="replace")
    return make


THAI_LETTERS = [chr(c) for c in range(0x0E01, 0x0E5C)]

# (id, what it aims at, generator of n characters)
CASES: list[tuple[str, str, Callable[[int], str]]] = [
    ("one-thai-char", "a run of one Thai letter (segmenter, word scans)", _repeat("ก")),
    ("thai-letters-no-space", "random Thai letters and marks, one line, no space", _random(THAI_LETTERS)),
    ("latin-no-space", "one Latin word as long as the text", _repeat("a")),
    ("tone-marks", "a run of one combining mark", _repeat("่")),
    ("mai-yamok", "thousands of ๆ", _repeat("ๆ")),
    ("mai-yamok-spaced", "ๆ with spaces", _repeat("ๆ ")),
    ("la-run", "ละ repeated (per_before's rate_each)", _repeat("ละ")),
    ("la-spaced", "ละ with spaces", _repeat("ละ ")),
    ("each-repeated", "N <unit> ๆ ละ N (_repeated_each)", _repeat("10 ชุด ๆ ละ 800 บาท ")),
    ("each-repeated-glued", "<unit>ๆละ glued, no figure", _repeat("ชุดๆละ")),
    ("jak-run", "จาก repeated (old values, change bases)", _repeat("จาก")),
    ("jak-spaced", "จาก with spaces and figures", _repeat("จาก 5 บาท ")),
    ("roiyla-run", "ร้อยละ repeated, no figure", _repeat("ร้อยละ")),
    ("roiyla-figures", "ร้อยละ N, one line", _repeat("ร้อยละ 1 ")),
    ("roiyla-list-respectively", "ร้อยละ N และ … ตามลำดับ, one enormous list", _repeat("ร้อยละ 1 และ ", " ตามลำดับ")),
    ("numbers-and-respectively", "N และ N … ตามลำดับ, one enormous list", _repeat("1 และ ", "ตามลำดับ")),
    ("numbers-respectively-often", "short lists ending in ตามลำดับ, one line", _repeat("10 20 และ 30 ตัน ตามลำดับ ")),
    ("respectively-run", "ตามลำดับ repeated", _repeat("ตามลำดับ ")),
    ("items-and-list", "ตลาดX และ … enormous list of items, then figures", _repeat("ตลาดจีน และ", "ขยายตัวร้อยละ 5.1 และ 3.2 ตามลำดับ")),
    ("items-respectively-often", "items before figures ตามลำดับ, one line", _repeat("ตลาดญี่ปุ่น และตลาดจีน ขยายตัวร้อยละ 5.1 และ 3.2 ตามลำดับ ")),
    ("intro-list", "ได้แก่ and an enormous list of items", _repeat("โครงการ ก และ", "ได้แก่ 10 20 และ 30 แห่ง ตามลำดับ")),
    ("and-words", "และ repeated", _repeat("และ")),
    ("and-items-counted", "word และ word … N แห่ง", _repeat("ก และ ", "5 แห่ง")),
    ("nested-parens", "((((…))))", _nested("(", ")")),
    ("nested-parens-figures", "(1 (1 (1 … ) ) )", _nested("(1 ", ") ")),
    ("nested-parens-thai", "(ก (ก … ) )", _nested("(กรม ", ") ")),
    ("open-parens", "( repeated, never closed", _repeat("(")),
    ("digits", "one run of digits", _repeat("1")),
    ("digits-spaced", "1 1 1 …", _repeat("1 ")),
    ("digits-comma", "1,1,1,…", _repeat("1,")),
    ("digits-dot", "1.1.1.…", _repeat("1.")),
    ("digits-dash", "1-1-1-…", _repeat("1-")),
    ("digits-slash", "1/1/1/…", _repeat("1/")),
    ("digits-percent", "1%1%…", _repeat("1%")),
    ("thai-digits-spaced", "๑ ๑ …", _repeat("๑ ")),
    ("number-words", "number words glued", _repeat("สองสามสี่ห้า")),
    ("number-words-spaced", "number words with units", _repeat("สองร้อยคน ")),
    ("spaces", "one run of spaces", _repeat(" ")),
    ("newlines", "one run of line breaks", _repeat("\n")),
    ("zwsp", "zero-width spaces", _repeat("\u200b")),
    ("spaces-between-figures", "figure, a long run of spaces, a figure", _one_gap("ผู้ป่วย 5 ราย", " ", "10 ราย")),
    ("covid-name", "โควิด 19 repeated (name numbers)", _repeat("โควิด 19 ")),
    ("covid-far", "โควิด, a long run of spaces, 19", _one_gap("โควิด", " ", "19 ราย")),
    ("covid-dashes", "โควิด - - - … 19", _one_gap("โควิด", " -", " 19 ราย")),
    ("compared-base", "ลดลงเมื่อเทียบกับ … ที่ ร้อยละ N", _repeat("ลดลงเมื่อเทียบกับเดือนก่อนหน้าที่ ร้อยละ 2.5 ")),
    ("compared-run", "เมื่อเทียบกับ repeated", _repeat("เมื่อเทียบกับ")),
    ("change-from-base", "ลดลงจากปีก่อน N", _repeat("ลดลงจากปีก่อน 0.11 ล้านตัน ")),
    ("bounds", "ตั้งแต่ N บาท ถึง N บาท", _repeat("ตั้งแต่ 400,000 บาท ถึง 2,000,000 บาท ")),
    ("to-run", "ถึง repeated", _repeat("ถึง")),
    ("bound-words-between", "N บาท ถึงสูงสุด… N บาท", _repeat("5 บาท ถึงสูงสุดถึงสูงสุดถึง 9 บาท ")),
    ("old-levels", "จาก N% และ N% … เหลือ N%", _repeat("ลดอัตราภาษีจาก 5% และ 3% และ 4% เหลือ 2% ")),
    ("rai-ngan-wah", "N ไร่ N งาน N ตารางวา", _repeat("13 ไร่ 2 งาน 50 ตารางวา ")),
    ("satang", "N บาท N สตางค์", _repeat("20 บาท 50 สตางค์ ")),
    ("interest-line", "ดอกเบี้ย and many yearly rates on one line", _repeat("อัตราดอกเบี้ยปีที่ 1 เท่ากับ 1.95% ต่อปี ")),
    ("interest-then-rates", "one ดอกเบี้ย, then N% ต่อปี on one line", _one_gap("อัตราดอกเบี้ย ", "1% ต่อปี ", "")),
    ("relative-run", "ที่ repeated", _repeat("ที่")),
    ("relative-through", "X ที่ขึ้นทะเบียนกับ … N ราย", _repeat("เกษตรกรที่ขึ้นทะเบียนกับกรมประมง 30 ราย ")),
    ("relative-share", "X ซึ่งคิดเป็นร้อยละ N", _repeat("ผู้สูงอายุซึ่งคิดเป็นร้อยละ 20 ของประชากร ")),
    ("have-all", "X มีทั้งหมด N แห่ง", _repeat("โรงเรียนในสังกัดมีทั้งหมด 21 แห่ง ")),
    ("at-place", "X ณ Y N ราย", _repeat("การลงทะเบียน ณ ศูนย์ดำรงธรรม 30 ราย ")),
    ("at-run", "ณ repeated", _repeat("ณ ")),
    ("zero-centre", "ศูนย์ as a centre and as zero", _repeat("ศูนย์บริการ ศูนย์ราย ร้อยละศูนย์ ")),
    ("family-names", "นาย… family names with number words", _repeat("นายนิยม สองแก้ว ")),
    ("acronyms-dotted", "ก.ข.ค.… one dotted run", _repeat("ก.")),
    ("acronym-members", "สมาชิก กอช. N คน", _repeat("สมาชิก กอช. 2 คน ")),
    ("amounting", "N คน เป็นเงิน N บาท", _repeat("จ่ายเงินสงเคราะห์ 661 คน เป็นเงิน 6,232.54 บาท ")),
    ("table-header", "หน่วย : ล้านบาท and an endless column", _one_gap("หน่วย : ล้านบาท\n", "1,000\n", "")),
    ("percent-words-glued", "ร้อยละ and digits glued, no space", _repeat("ร้อยละ1")),
    ("zero-run", "ศูนย์ repeated, glued", _repeat("ศูนย์")),
    ("can-at-run", "ได้ที่ repeated (the can-at stop)", _repeat("ได้ที่")),
    ("have-run", "มีทั้งหมด repeated, no figure", _repeat("มีทั้งหมด")),
    ("covid-run", "โควิด repeated, glued", _repeat("โควิด")),
    ("baht-run", "1 บาท 1 บาท … (satang look-ahead)", _repeat("1 บาท ")),
    ("rai-run", "1 ไร่1 ไร่… glued", _repeat("1 ไร่")),
    ("of-run", "ของ repeated", _repeat("ของ ")),
    ("level-run", "ระดับ 3 ระดับ 3 …", _repeat("ระดับ 3 ")),
    ("object-thing-share", "VERB OBJECT N noun-unit คิดเป็นร้อยละ N, one line (rev17 _object_of_verb)",
     _repeat("ผ่านเกณฑ์ 38 โรงเรียน คิดเป็นร้อยละ 76 ")),
    ("bounded-share", "X ที่มีอายุน้อยกว่า N ปี คิดเป็นร้อยละ N, one line (rev17 _bounded_category)",
     _repeat("ประชาชนที่มีอายุน้อยกว่า 25 ปี คิดเป็นร้อยละ 30 ")),
    ("doses-delivered", "ส่งมอบวัคซีนให้ X N โดส, one line (rev17 _delivered_vaccine)",
     _repeat("ส่งมอบวัคซีนให้โรงพยาบาลชุมชน 20,000 โดส ")),
    ("purpose-unit-noun", "จัดซื้อเครื่อง…เพื่อใช้ใน… N เครื่อง, one line (rev17 _unit_noun_before_purpose)",
     _repeat("จัดซื้อเครื่องช่วยหายใจเพื่อใช้ในหอผู้ป่วยวิกฤต 25 เครื่อง ")),
    ("given-bare-hai", "แจก X ให้ Y N ชุด, one line (rev17 _given_with_verb)", _repeat("แจกถุงยังชีพให้ผู้ประสบภัย 2,500 ชุด ")),
    ("seed-no-spaces", "the seed report with its spaces and line breaks removed (one line)",
     lambda n: _repeat(_common_seed().replace(" ", "").replace("\n", ""))(n)),
    ("binary-utf8", "random bytes decoded as UTF-8 with replacement", _junk("utf-8")),
    ("binary-latin1", "random bytes decoded as latin-1", _junk("latin-1")),
]


def _common_seed() -> str:
    return (_common.ROOT / "seeds" / "000_94da9129867dff51.txt").read_text(encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", nargs="*", type=int, default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--only", nargs="*", help="run only these cases")
    ap.add_argument("--limit-s", type=int, default=300, help="seconds a case may run before it is stopped")
    ap.add_argument("--list", action="store_true", help="list the cases and stop")
    args = ap.parse_args()
    if args.list:
        for name, what, _ in CASES:
            print(f"{name:<28}{what}")
        return
    thai_report_ie.extract("อุ่นเครื่อง 1 ครั้ง ร้อยละ 5 ตามลำดับ")  # lexicons and dictionaries first
    print(f"{'case':<28}" + "".join(f"{n:>14,}" for n in args.sizes) + "   µs/char at each size (CPU)", flush=True)
    for name, _, make in CASES:
        if args.only and name not in args.only:
            continue
        cells, per_char = [], []
        for n in args.sizes:
            text = make(n)
            c0 = time.process_time()
            try:
                with _common.time_limit(args.limit_s):
                    thai_report_ie.extract(text)
            except _common.OverLimit:
                cells.append(f">{args.limit_s}s")
                break
            except Exception as e:  # noqa: BLE001 - an exception is a finding too
                cells.append(type(e).__name__)
                break
            cpu = time.process_time() - c0
            cells.append(f"{cpu:.2f}s")
            per_char.append(f"{cpu / len(text) * 1e6:.1f}")
        print(f"{name:<28}" + "".join(f"{c:>14}" for c in cells) + "   " + " / ".join(per_char), flush=True)


if __name__ == "__main__":
    main()
