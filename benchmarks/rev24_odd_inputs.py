"""Odd inputs around the twenty-third session's new keywords (rev24): offsets and exceptions, and time as each shape
repeats.

    python benchmarks/rev24_odd_inputs.py

4,000 inputs (seed 2424), each one to eight pieces of a keyword of a rule added in the twenty-third session (target
and plan words, a benefit, a size bearer, a spaced qualifier, carbon units, quarter and year dashes, fiscal quarters,
counted quarters, order words, range words, per chains, dash lines, organisation ends, …), then a figure (Thai
digits, a 60- or 400-digit run, an 80-digit decimal, a grouped 10^21, a bare dash) and a space, two, a line break or
CRLF. Prints the records read, bad offsets (text != original[start:end]) and exceptions; then the CPU time of one
line of rev24's shapes repeated 200 / 400 / 800 times (linear: about doubling).
"""
import random
import time

import _common  # noqa: F401 - first: measure this checkout, not the installed package
import thai_report_ie as t

KW = ["ตามเป้าหมาย", "เร็วกว่าแผน", "ล่าช้ากว่ากำหนด", "ไม่ต่ำกว่าเป้าหมาย", "ส่วนลดเพิ่มให้อีก", "เพิ่มส่วนลด", "เงินคืนเพิ่มอีก",
      "ปลานิลโต", "กุ้งโต", "กว่า   ", "ตันคาร์บอน", "ตันคาร์บอน\r\nไดออกไซด์", "ไตรมาส 1 - ", "ปี 2566 - ", "ปีละ ", "รายปี ",
      "ไตรมาส 1 ปีงบประมาณ ", "ไตรมาสแรก", " ไตรมาสแรกของปี ", "เมตรแรก", "ระหว่าง ", " ถึง ", "  ถึง  ", "ในช่วง ",
      "ต่อ 1 คน ต่อ 1 วัน ต่อ ", "ระยะที่ 2 - ", "\n-\n", "\r\n–\r\n", "หดตัวร้อยละ 1.7 ถึงขยายตัวที่", "จากราว ๆ ",
      "ให้ลง ", "ที่จัดขึ้น ", "จำกัด มหาชน", "(สมอ.)", "กนอ.", "อีกด้วย", "ทั่วประเทศ", "โควิด 19 ", "เป้ละ ", "รวมทั้งสิ้น ",
      "จ.", "อื่นๆ ", "เพียงแค่", "ตามลำดับ", "มูลค่ารวม ", "ของ", "ร้อยละ ", "%", "ล้านบาท", "ราย", "\r\n", "\n\n", "", "\u00a0"]
FIG = ["1", "3", "2,500", "1.5", "๒๕๖๗", "2567", "9" * 60, "1" * 400, "0." + "5" * 80, "1,000,000,000,000,000,000", "-", "–", "ๆ"]
rng = random.Random(2424)
bad = exc = n = 0
t0 = time.process_time()
for i in range(4000):
    parts = [rng.choice(KW) + rng.choice(FIG) + rng.choice(["", " ", "  ", "\n", "\r\n"]) for _ in range(rng.randint(1, 8))]
    s = "".join(parts)
    try:
        r = t.extract(s)
    except Exception as e:
        exc += 1
        if exc < 5: print("EXC", repr(s[:200]), repr(e))
        continue
    for x in list(r.money) + list(r.percentages) + list(r.quantities) + list(r.dates) + list(r.organisations) + list(r.ratios):
        n += 1
        if s[x.start:x.end] != x.text:
            bad += 1
            if bad < 5: print("OFFSET", repr(s), repr(x.text), x.start, x.end)
print("inputs 4000, records", n, "bad offsets", bad, "exceptions", exc, "cpu %.1fs" % (time.process_time() - t0))
# linear growth: each shape repeated
for k in (200, 400, 800):
    s = ("ยอดขายไม่ต่ำกว่าเป้าหมาย ร้อยละ 5 การส่งออกกุ้งโต 12% ลดได้ 600 ตันคาร์บอน\r\nไดออกไซด์ "
         "เพิ่มรายได้ให้เกษตรกรกลุ่มเป้าหมายร้อยละ 15 โครงการไม่ได้ช้ากว่ากำหนด 30 วัน\n") * k
    t1 = time.process_time(); t.extract(s); print(k, "%.2fs" % (time.process_time() - t1))
