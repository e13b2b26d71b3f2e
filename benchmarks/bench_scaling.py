"""Does extract() stay linear in the length of the text? Times growing repeats of dense inputs.

    python benchmarks/bench_scaling.py [--max-chars 1000000] [--only acronyms organisations] [--fracs 8 1]

Each input is repeated to 1/8, 1/4, 1/2 and all of --max-chars; the last column is the time
per million characters (wall clock, then this process's CPU time, which other processes on a
busy machine disturb less), which should stay roughly flat (a quadratic step would double it at
each row). The inputs are dense on purpose: every few words is a record, a total, a share or a
ratio with its stated percent, the worst case for the cross-record linking and checks.
"""
from __future__ import annotations

import argparse
import pathlib
import time

import _common  # noqa: F401  (measure this checkout, not the installed package)
import thai_report_ie

SEED = pathlib.Path(__file__).resolve().parent.parent / "seeds" / "000_94da9129867dff51.txt"
DENSE = {
    "seed report": SEED.read_text(encoding="utf-8") + "\n",
    "totals and shares": "มีผู้เข้าร่วมทั้งหมด 5 คน ผ่าน 3 คน คิดเป็นร้อยละ 60 ",
    "ratios with percents": "รับสมาชิกพรรคใหม่ได้ 103/80 ราย เกินเป้าหมาย 28.75% ",
    # every word ratio's parts are looked up among the document's quantities (ratio_parts)
    "word ratios": "โรงเรียนผ่านการประเมิน 41 แห่ง จากทั้งหมด 50 แห่ง ครู 1 คน ต่อนักเรียน 20 คน ",
    "digits and words": "ผู้ป่วย ๑,๕๔๙ ราย งบ 1.5 ล้านบาท สองในสาม 27/02/2567 ",
    # every acronym in parentheses is tested against the organisations found so far (add_initials)
    "acronyms": "ตำรวจตระเวนชายแดน (ตชด.) ประสานกับ กพร. สธ. และ ตชด. ที่สถานที่ราชการ (กขค.) ",
    "organisations": "กระทรวงสาธารณสุข ร่วมกับกรมควบคุมโรค บริษัท ไทยออยล์ จำกัด (มหาชน) และโรงพยาบาลศิริราช ",
    # one input for each kind of cross-record work (checks, lists, relations, subjects, ranges)
    "sums on lines": "ผู้ป่วยทั้งหมด 12 ราย\nชาย 5 ราย\nหญิง 7 ราย\n",
    "total rows": "ภาคเหนือ 10 แห่ง\nภาคใต้ 15 แห่ง\nรวม 25 แห่ง\n",
    # every total row looked up through all the figures above it (checks._rows_above)
    "totals alone": "รวม 25 แห่ง\n",
    # every part counted its line number from the text's start (checks._run_across_lines)
    "parts on lines": "ผู้ป่วยรวม 10 ราย ดังนี้\n1) ชาย 3 ราย\n2) หญิง 4 ราย\n",
    # every stated breakdown's sum compared with every figure of the text (checks._sums_elsewhere)
    "breakdowns": "ผู้ป่วย 10 ราย แบ่งเป็น ชาย 3 ราย และหญิง 4 ราย ทั้งนี้ "
                  "ข้อมูลดังกล่าวเป็นข้อมูลเบื้องต้นจากการสำรวจของเจ้าหน้าที่ในพื้นที่\n",
    # every nearest whole tested against every percent of the text (checks._share_checks)
    "shares, whole before": "ผู้สมัคร 200 คน สอบผ่าน 150 คน คิดเป็นร้อยละ 75 ",
    "lists": "จำนวน 3 จังหวัด ได้แก่ เชียงใหม่ ลำปาง และน่าน ประกอบด้วย ครู 4 คน และนักเรียน 6 คน ",
    "respectively": "ผลผลิตข้าว ข้าวโพด และมันสำปะหลัง 10 20 และ 30 ตัน ตามลำดับ ",
    "numbered lists": "มาตรการ 3 ข้อ ดังนี้ 1) ลดภาษี 2) เพิ่มเงินทุน 3) ขยายตลาด ",
    "list counts": "มีโครงการ 3 โครงการ ได้แก่ โครงการแรก โครงการที่สอง และโครงการที่สาม ",
    "shares": "นักเรียน 200 คน สอบผ่าน 150 คน คิดเป็นร้อยละ 75 ของนักเรียนทั้งหมด ",
    "percent changes": "รายได้เพิ่มขึ้นจาก 100 ล้านบาท เป็น 120 ล้านบาท หรือเพิ่มขึ้นร้อยละ 20 ",
    "folds": "ยอดส่งออก 300 ตัน สูงกว่าปีก่อน 3 เท่า จาก 100 ตัน ",
    "achieved vs target": "เป้าหมาย 500 ราย ทำได้ 450 ราย คิดเป็นร้อยละ 90 ของเป้าหมาย ",
    "approx equal": "งบประมาณ 1,000 ล้านบาท หรือประมาณ 1 พันล้านบาท ",
    "date ranges": "ระหว่างวันที่ 1 - 15 มกราคม 2567 ปีงบประมาณ พ.ศ. 2566 - 2568 ไตรมาสที่ 2 ",
    # a decimal before a classifier read its line back from the line's start (quantities._section_number)
    "decimals on one line": "เฉลี่ย 2.3 คน ",
    "rates": "ค่าตอบแทน 300 บาทต่อวัน เบี้ยยังชีพ 600 บาท/เดือน คนละ 1,000 บาท ",
    "persons": "นายสมชาย ใจดี รองนายกรัฐมนตรี และนางสาวสมศรี มีสุข อธิบดีกรมการค้า ",
    "repeated acronyms": "สำนักงานคณะกรรมการพัฒนาระบบราชการ (ก.พ.ร.) ประชุม ก.พ.ร. ร่วมกับ สธ. และ ก.พ.ร. ",
    "percent lists": "ร้อยละ 10 20 และ 30 ของผู้ตอบ ร้อยละ 45.5 ร้อยละ 60 ",
    "tab tables": "จังหวัด\tจำนวน (ราย)\tร้อยละ\nเชียงใหม่\t120 ราย\t40\nลำปาง\t180 ราย\t60\nรวม\t300 ราย\t100\n",
    "space tables": "รายการ    ปี 2566    ปี 2567\nรายได้    1,200    1,500\nรายจ่าย    800    900\n",
    "no spaces": "ผู้ป่วย12รายงบ1.5ล้านบาทร้อยละ20จาก100คนเป็น120คน(กพร.)",
    "short lines": "ข้อ 1\n",
    "digits only": "1,234.5 / 67 - 8.9 , 10 : 11 ",
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--max-chars", type=int, default=1_000_000)
    ap.add_argument("--only", nargs="*", choices=list(DENSE), help="time only these inputs")
    ap.add_argument("--fracs", nargs="*", type=int, default=[8, 4, 2, 1],
                    help="time texts of --max-chars divided by each of these (default 8 4 2 1)")
    args = ap.parse_args()
    thai_report_ie.extract("อุ่นเครื่อง 1 ครั้ง")  # load lexicons and dictionaries first
    print(f"{'input':<22}{'chars':>11}{'records':>9}{'seconds':>9}{'s per M chars':>15}{'CPU s per M':>13}")
    for name, unit in DENSE.items():
        if args.only and name not in args.only:
            continue
        for frac in args.fracs:
            text = unit * max(1, args.max_chars // frac // len(unit))
            t0, c0 = time.perf_counter(), time.process_time()
            report = thai_report_ie.extract(text)
            dt, cpu = time.perf_counter() - t0, time.process_time() - c0
            print(f"{name:<22}{len(text):>11,}{len(report.records):>9,}{dt:>9.2f}{dt / len(text) * 1e6:>15.2f}"
                  f"{cpu / len(text) * 1e6:>13.2f}")


if __name__ == "__main__":
    main()
