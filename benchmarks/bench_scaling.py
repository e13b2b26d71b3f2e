"""Does extract() stay linear in the length of the text? Times growing repeats of dense inputs.

    python benchmarks/bench_scaling.py [--max-chars 1000000] [--only acronyms organisations]

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
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--max-chars", type=int, default=1_000_000)
    ap.add_argument("--only", nargs="*", choices=list(DENSE), help="time only these inputs")
    args = ap.parse_args()
    thai_report_ie.extract("อุ่นเครื่อง 1 ครั้ง")  # load lexicons and dictionaries first
    print(f"{'input':<22}{'chars':>11}{'records':>9}{'seconds':>9}{'s per M chars':>15}{'CPU s per M':>13}")
    for name, unit in DENSE.items():
        if args.only and name not in args.only:
            continue
        for frac in (8, 4, 2, 1):
            text = unit * max(1, args.max_chars // frac // len(unit))
            t0, c0 = time.perf_counter(), time.process_time()
            report = thai_report_ie.extract(text)
            dt, cpu = time.perf_counter() - t0, time.process_time() - c0
            print(f"{name:<22}{len(text):>11,}{len(report.records):>9,}{dt:>9.2f}{dt / len(text) * 1e6:>15.2f}"
                  f"{cpu / len(text) * 1e6:>13.2f}")


if __name__ == "__main__":
    main()
