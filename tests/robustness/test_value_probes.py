"""Values read by eye on sentences written for the twentieth session (branch v20), one case a line in
`tests/data/value_probes.jsonl`: `id`, `class` (compound_measure "2 ปี 6 เดือน" = 30 เดือน, rate_per_second
"ลบ.ม./วิ", year_range "ปีงบประมาณ 2566-67", mixed_numerals "๑,2๓4", line_break "2,500.\\n75 ล้านบาท",
percent_words "ร้อยละห้าสิบ", money_words "…บาท…สตางค์", negative "ติดลบ 2.5%", times "1.5 เท่า",
thousands_separator "1'234'567", percent_range "10-15%", date_range "1 ธ.ค. 2566 - 15 ม.ค. 2567", quarter
"ไตรมาส 3/2567", half "ครึ่งปีแรก", first_months "ช่วง 9 เดือนแรก", percent_per_before "ปีละ 3%", mixed; and the
twenty-first session's (branch v21): year_to_range "ปี 2566 ถึง 2567", percent_to_range "10% ถึง 15%", times_half "2
เท่าครึ่ง", per_one "55.20 บาท ต่อ 1 หน่วย", dash_line_range "วงเงิน 2\\n- 3 ล้านบาท", dashed_unit "160 ล้านคน -
ครั้ง"); and the twenty-second session's (branch v22): line_compound "จำคุก 2 ปี\\n6 เดือน" = 30 เดือน, year_dash_count
"ปี 2565 - 12 ราย", quarter_range "ไตรมาส 1 ถึง 3 ปี 2567" (end_quarter), "3 ไตรมาสแรก", percent_from_to "ขยายตัวจาก 2%
ถึง 3%" (two levels, no range, no change relation) and "ระหว่าง 2 ถึง 3%" (one range), doubled_mark "ธัันวาคม",
per_word "รางวัลละ", "ตันอ้อยละ", "ต่อการทำธุรกรรม"; and the twenty-third session's (branch v23): dash_alone_line
"วงเงิน 2\\n-\\n3 ล้านบาท" (no record, as dl-01), per_chain "350 บาท ต่อ 1 คน ต่อ 1 วัน ต่อ 1 ครั้ง" (the ones are no
counts), size_word "ปลาโต 2 กิโลกรัม" (no increase), year_dash_mult "ปี 2566 - 1.5 ล้านบาท", quarter_dash "ไตรมาส 2 -
1.5 ล้านบาท" ("ไตรมาส 1 - 3 ล้านบาท" stays none), label_dash_grouped "ระยะที่ 2 - 1,500 ล้านบาท" (no range from a
label's number), fiscal_quarter "ไตรมาส 1 ปีงบประมาณ 2567" (quarter and period), spaced_qualifier "มากกว่า\\u00a0 50
คน", carbon_unit "600 ตันคาร์บอนต่อปี"; po-15 to po-18, the
lead, a second "ต่อ 1 X" after the first), `text`, `expected` (for each Report
attribute named, the records of that kind in text order, each with the fields that matter; an empty list: no
record of that kind) and `on_main` where main at 1285745 (0e450d8 for v21's rows) read it otherwise (wrong: a wrong
number; field: a rate without its per or a range of years without its end; unit: a wrong unit; range: two records
for one range; missed: no record; for v22's rows, main fc632a2, and guess: a range built on one of two readings). Rows rv21-* (the twenty-first session's review,
benchmarks/rev21_adversarial.jsonl) say in `rev21` what main 0e450d8 read where it was wrong; cm-24, cm-33 and mx-43
were changed on purpose there (a smaller part of a whole larger one or more: nothing). Rows rv22-* (the
twenty-second session's review, benchmarks/rev22_adversarial.jsonl) say in `rev22` what main fc632a2 read where it
was wrong. For v23's rows `on_main` is main 3410a78's reading; rows rv23-* (the twenty-third session's review,
benchmarks/rev23_adversarial.jsonl) say in `rev23` what main 3410a78 read where it was wrong (a range's or list's last
figure before "ไตรมาสแรก" is no count of quarters; "จากประมาณ/ราว/เดิม" after a change word opens two levels; a
count's direction particle after ที่/ให้; a measure's last part before แรก/สุดท้าย/ต่อมา; a change word closed in
brackets) or is a guard. Rows rv23b-* (the twenty-third session's second review, benchmarks/rev23b_adversarial.jsonl)
say in `rev23b` what main ec4e228 read where it was wrong (ปีละ/ต่อปี is no year word; a quarter before a range of
years; ตันคาร์บอน before ไดออกไซด์/เครดิต; ต่อมา/ต่อเนื่อง no further per link; ราวๆ after จาก; ช่วง opens a range; up to
three spaces around ถึง; an order word glued after a measure's part) or is a guard. Rows rv24-* (the twenty-fourth
session's review, benchmarks/rev24_adversarial.jsonl) say in `rev24` what main 752bcd2 read where it was wrong
(ตันคาร์บอน wrapped at a line end before ไดออกไซด์) or are a guard. Rows v24-* (the twenty-fourth
session's sentences, benchmarks/v24_adversarial.jsonl; `on_main` main 752bcd2's verdict: wrong or field): a dash spaced
wider than a range's ("10 -  30 ราย": no record), a per chain across a line end ("ต่อ 1 คน\r\nต่อ 1 วัน", "ต่อ 1 คน ต่อ 1
มื้อ": no count), a year written short before a dash ("ปีงบ 67 - 500 ล้านบาท"), a qualifier up to six spaces before its
figure, a disease's number in Thai digits, "12 , 500" and "1 2 3 4 5" (no record), a range of quarters "ไตรมาส 3/2566 -
3/2567" (no record), per ถัง and มื้อ; v24-g* are guards. Rows rv25-* (the twenty-fifth session's review,
benchmarks/rev25_adversarial.jsonl) say in `rev25` what main 11545a6 read where it differs: a range whose bounds each
carry the unit or a multiplier ("3 ล้าน 5 แสนบาท ถึง 4 ล้านบาท", "3 ล้าน 5 แสน ถึง 4 ล้านบาท", "1,200 บาท - 2,500 บาท"), จนถึง
and ~ as links, a range whose low is written in two units (no record), a percent then a year ("ร้อยละ 45 - 2568"), a
negative growth (no increase), a negation over ปรับ, days joined by ถึง ("1 ถึง 15 มกราคม 2567"), percentage points;
classes ending in _guard are guards. Rows rv26-* (the twenty-sixth session's review, benchmarks/rev26_adversarial.jsonl)
say in `rev26` what main ea4503e read where it differs: a small number after a classifier and ที่ is an ordinal, no
count ("แห่งที่ 2 แห่ง"); a per before and one after chain ("คนละ 500 บาทต่อเดือน" → คน/เดือน); ปีหนึ่ง as per ปี; a range
per one unit on both bounds; a range's top in two units or two durations in two time units (no record); number words
joined by ถึง; at_least on a starting price, at_most on ภายใน + a time; ไม่ได้มี + a noun before a change word; a time
right after the target word is a horizon, no target. Rows rv27-* (the twenty-seventh session's review,
benchmarks/rev27_adversarial.jsonl) say in `rev27` what main 8beeb09 read where it differs: the figure after จากเดิม is
no target unless the clause changes a goal or names the old one ("ตั้งเป้า 30 นาที จากเดิม 60 นาที"); "ต่อคน/ต่อปี" and
"ต่อไร่/ปี" chain to a time unit only ("ต่อรุ่น/ชุมชน" stays รุ่น); a respective list's bare figures share the unit written
after its last ("120 และ 80 ราย ตามลำดับ"); a ปอนด์ weighed is no money; ".-" closes a whole amount before its currency;
ร่วม gives no approx. Rows rv28-* (the twenty-eighth session's review, benchmarks/rev28_adversarial.jsonl) say in
`rev28` what main 1a6e8cd read where it differs: a product's later side before a measure ("60 x 120 เมตร"), a ratio's
term after a colon and อัตราส่วน ("1 : 25 คน"), a figure whose ติดลบ stands outside it ("ติดลบ 1 องศาเซลเซียส"), a
proportion's terms ("4 ใน 10 คน") and the top of two plain figures joined by ถึง with nothing to open a range ("15 ถึง
25 ราย") give no record; สายทาง is a unit of its own; the rest are guards. Rows rv29-* (the twenty-ninth session's
review, benchmarks/rev29_adversarial.jsonl) say in `rev29` what main 72731ba read where it differs: a gold weight in บาท
at the end of a list of weights ("หนัก 2 สลึง และ 1 บาท") is no money, a proportion's base of people ("1 ใน 3 คน") no
count, and a bare "A ถึง B" whose top is a rate ("1 ถึง 2 ครั้งต่อเดือน") a range; a comparative negated across a
verb of the figure's move or a modal ("ไม่ลดลงต่ำกว่า", "ไม่ควรเกิน") or written with ไป ("ไม่น้อยไปกว่า") is at least / at
most, not the bare comparative's opposite; a ratio's term after ต่อ and อัตราส่วน ("1 ต่อ 150 คน") is no count; ตัวชี้วัด is
a unit of its own; ร้อยละ glued after อัตรา ("ในอัตราร้อยละ 15") is a percent; a respective list's figure with a unit of
its own ("ร้อยละ 20 และ 35 ครัวเรือน") is no percent; degrees after the word ลบ ("ลบ 3 องศาเซลเซียส") give no record
(not after บวกลบ, ผลลบ or ติดลบ); the rest are guards. Rows rv29b-* (the twenty-ninth session's second review,
benchmarks/rev29b_adversarial.jsonl) say in `rev29b` what main 3c9fd4a read where it differs: an old level after
"จากที่เคย(สูงสุด/ต่ำสุด/สูงถึง/มี)" before เหลือ/เป็น carries no change relation and, after เคย, สูงสุด/ต่ำสุด no bound;
ไม่เคย negates a comparative as ไม่ให้ does; money with three digits after a dot and no multiplier or per ("15.500 บาท",
12.5 or 15,500) gives no record; classes ending in _guard are guards. Rows rv30-* (the thirtieth session's review,
benchmarks/rev30_adversarial.jsonl) say in `rev30` what main 6bfec34 read where it differs: the classifier after a
range's top written right before its low ("ห้อง 3 ถึง 4 ห้อง") is the thing counted, no label, so the two figures are one
range; a range across units whose one bound carries an abbreviation no unit reads ("200 ม. ถึง 1.5 กม.") gives neither
bound; a per named before the figure after a rate's noun ("ผลผลิตเฉลี่ยต่อไร่ 3.5 ตัน") is the figure's per; an old level
after "จากที่เคย…" carries no change relation with no new level after it; a บาท figure under 100 right after gold
("ทองคำ 1 บาท") is a weight, no money; a meeting's number and two-digit year after ประชุม/มติ ("มติที่ประชุม 5/66") is no
ratio; a bare low before a top in digits and a multiplier ("4 ถึง 6 หมื่นคน") with nothing to open the range gives no
record; three decimals in a measure stay decimals ("8.250 ตัน"); classes ending in _guard are guards. Rows rv30b-* (the
thirtieth session's second review, benchmarks/rev30b_adversarial.jsonl) say in `rev30b` what main be76106 read where it
differs: a rate's per named before the figure is given to money and measures only, not to a period or a count after it
("ราคาเฉลี่ยต่อกิโลกรัม 6 เดือนแรก", "ผลผลิตเฉลี่ยต่อไร่ 4 สายพันธุ์"); a verb between a meeting word and "x/yy"
("ที่ประชุมมีผู้เห็นชอบ 47/60") leaves the ratio (a vote), no meeting's number; the rest are guards. Rows rv31-* (the
thirty-first session's review, benchmarks/rev31_adversarial.jsonl) say in `rev31` what main e7b84bd read where it differs:
เกิน after ห้าม in the same clause, or after มิให้, is a cap ("ห้ามบรรทุกผู้โดยสารเกิน 12 คน": at most), not when a relative
word, a person or an age stands between ("ห้ามรถบรรทุกที่มีน้ำหนักเกิน 15 ตัน"); a classifier label's low ("แต่ละห้อง 30",
"มีชั้น 4") then ถึง and a top of another unit gives no record of the top alone (a noun glued before the classifier keeps
it: "นักเรียนชั้น 2 ถึง 38 คน"); a time after เวลาเฉลี่ยต่อ… and a count of occurrences after a verb and เฉลี่ยต่อ… take the
per named before them; ต้นทุนการผลิต is a rate's noun; ปอนด์ before ต่อตารางนิ้ว is a pressure, no money; ฟุต is a measure
with นิ้ว its part ("5 ฟุต 10 นิ้ว" = 70 นิ้ว, not 10 นิ้ว alone); digits, กว่า and a multiplier ("12 กว่าล้านคน") are the
multiplied figure, more than it; number words ending in สิบ and a figure below ten ("สี่สิบ 2 คน") give no record, nor does a
dotted unit glued to a further dotted part ("900 ลบ.ฟ.": no ล้านบาท) or hours before "N น." ("2 ชม. 45 น."). Rows rv31b-* (the
thirty-first session's second review, benchmarks/rev31b_adversarial.jsonl) say in `rev31b` what main e61ab3d read where it
differs: ห้าม's cap stops at a condition or a reason between ("ห้ามมิให้…เว้นแต่มีปริมาณเกิน 5 กิโลกรัม": more than), after
ไม่ ("ไม่ห้ามหาก…เกิน") and inside a compound ("ห้ามล้อ", "ห้ามเลือด"); กว่า, a space, then a multiplier is no multiplied
figure ("อายุ 60 กว่า ล้านคน…"); an address's abbreviation glued after a dotted unit leaves the unit ("12 กม.ต.หนองบัว",
"20 ลบ.จ.ลำปาง"). Rows rv33-* (the thirty-third session's review, benchmarks/rev33_adversarial.jsonl) say in `rev33` what
main 9abc34a read where it differs: ไม่มีผู้ opening a clause before เกิน/มากกว่า is at most ("ไม่มีผู้ป่วยเกิน 8 ราย"), not
after a noun that has none ("ชาวประมงไม่มีเรือเกิน 120 ราย"); under ห้าม a place and its depth or slope before เกิน is more
than ("ห้ามวางอวนในพื้นที่น้ำลึกเกิน 10 เมตร"); ห้าม caps มากกว่า/สูงกว่า/ต่ำกว่า/น้อยกว่า as it caps เกิน, and so does
ไม่อนุญาต(ให้); a bare ผู้ under ห้าม keeps the cap when the figure counts people ("ห้ามผู้เข้าเยี่ยมผู้ป่วยเกิน 2 คน"); an
adjective glued or one space before a bare กว่า gives its direction ("ขนาดเล็ก|กว่า 12 เซนติเมตร": less than; "ไม่นาน|กว่า":
at most), a less-than one only before a measure or a time ("หนังสั้นกว่า 40 เรื่อง" stays more than); an amount restated in
brackets passes on the per after it; ISO/IEC standard numbers are labels, no count; อย่างต่ำ is at least; a bare อัตรา cues
a ratio's term ("ในอัตรา 3 ต่อ 1,000 คน": no thousand people). Rows rv33b-* (the thirty-third session's second review,
benchmarks/rev33b_adversarial.jsonl) say in `c482886` what main c482886 read where it was wrong, or are guards: a stem
before กว่า only before a measure or a time that fits it ("อาการไม่หนักกว่า 800 ราย" more than, "ชิ้นเล็กกว่า 2 ตัน" more
than); a depth or slope under ห้าม is the place's only with land or water right before it ("บ่อบาดาลในเขตชุมชนลึกเกิน 100
เมตร" at most); ขณะ/ทำให้/ส่งผล cut ห้าม and ไม่มีผู้ from the figure, ส่วน/ทั้งนี้/ซึ่ง/ว่า cut ไม่มีผู้; a bare อัตรา cues a
ratio's term only right before its first term ("รุ่นที่ 2: 280 คน" stays); ISO/IEC take a number of three digits or more
("ISO 15 แห่ง" is a count); a bracket restates only the same amount. Rows rev34-* (the thirty-fourth session's review of
values, benchmarks/rev34_adversarial.jsonl; `on_main` main 24bcca5's verdict) say: a comparative glued after ได้ in a
clause ไม่สามารถ/ไม่อาจ opens is a cap ("ไม่สามารถกู้ยืมได้เกิน 5 ล้านบาท" at most; "…ได้กว่า 200 ราย" stays more than), and so
after ไม่ควร or ไม่ให้ + a verb ("ไม่ควรดื่มเกิน 2 แก้ว") and ไม่ได้ + a verb of the figure's move ("ไม่ได้เพิ่มขึ้นมากกว่า 100 ราย"); ไม่มีผู้ glued after a verb, a place or an event caps a count of
people ("อุทกภัยไม่มีผู้เสียชีวิตเกิน 2 ราย"), after a word naming people it gives no qualifier; ห้าม caps an act's นาน/เร็ว +
กว่า ("ห้ามจอดรถนานกว่า 15 นาที"); เร็วกว่า before a time is at least when negated, else no qualifier; a time unit the
segmenter glued before ละ is the per ("จ่ายเงินเดือน|ละ"), and ครึ่ง/ทุก N before it leaves no per; a digit then สิบ ("7 สิบ 8
บาท") makes no record; a rate going on per a number in words ("ต่อคนต่อสามเดือน") has no per; a count of items right after
the goal word ("ตั้งเป้าหมาย 5 ด้าน") is no target; a place's head word after ต่อ with a name glued to it ("ต่อจังหวัด
นครราชสีมา") is no per; classes ending in _guard are guards. Rows rev34d-* (the thirty-fourth session's review of rev34's
value rules, benchmarks/rev34d_adversarial.jsonl; `on_main` main a830a4f1's verdict, `rev34` its reading) say: a
relative word before ไม่สามารถ, or a space between ได้ and a count's comparative, counts the things that could not ("ถนน
ที่ไม่สามารถสัญจรได้มากกว่า 120 สาย" more than); a count of things after a subject glued before ไม่สามารถ, a time after such a
subject, a relative clause over a measure, โดย/แล้ว after ไม่ให้, a time under ไม่มีผู้ without ใด, and a people word
(หญิง, ทารก, พระ …) before a glued ไม่มีผู้ give no qualifier (classes ending in _unsure); a relative word before ไม่(ได้) +
a verb keeps a count's more than ("สินค้าที่ไม่ได้ปรับมากกว่า 200 รายการ"); ไม่(ได้)ปรับขึ้น caps; ได้ after ไม่ให้ + a verb
is what was achieved; จึง/แม้/หลัง/ระหว่าง open a clause of their own under ไม่มีผู้, ไม่ควร or ห้าม; a small number before
the time unit of ละ ("3 เดือนละ 1 ครั้ง") gives no per; a kind word after a name head ("ต่อโรงเรียนขนาดเล็ก") keeps the
per. Rows rev34e-* (a review of rev34d and l34, benchmarks/rev34e_adversarial.jsonl; `main1fcf8b70` main's reading where
it fails there) say: a count of acts (ครั้ง, รอบ) after a relative word before ไม่สามารถ or after a space gives no
qualifier ("บัตรที่ไม่สามารถใช้ได้เกิน 3 ครั้ง"); after ไม่ให้ with no verb next, a time, a measure or money gives no
qualifier ("เพื่อไม่ให้ผู้ป่วยรอนานเกิน 2 ชั่วโมง"), a count keeps more than. Rows rev35-* (a review of values,
`main7327147` main's reading where `on_main` is wrong or field; classes ending in _guard pass on both) say: "บาท … สต."
is one amount; the figure after a bare rate figure and ต่อ is the rate's base when the first is one or the base a round
100, 1,000 … ("8.5 ต่อ 1,000 คน": no count), and after one thing with its unit ("1 ห้องต่อ 50 คน"; "20 บาทต่อ 1,000
บาท" and po-12 keep the base's record); a denied bound ("มิใช่ไม่ถึง", "ไม่ใช่น้อยกว่า"), a negated modal or finding before
a bare comparative ("ไม่น่าจะเกิน", "ไม่พบผู้ป่วยเกิน") give no qualifier, ไม่มี + a noun + ใด caps ("ไม่มีหมู่บ้านใดมีผู้ป่วย
เกิน 10 ราย" at most); ไม่สูงไปกว่า is at most; no over/under_target after an achieved figure in the same unit, no change
relation after ไม่มีการ, for a negative rise, or after change words of both signs ("เพิ่มขึ้น/ลดลง"); no target after a
negated goal word; pounds restated in kilograms are no sterling; หลาย/ไม่กี่ + 10, 100 … give no amount; a rate per
three ต่อ-units gets no per; the per after "บาท … สตางค์" or "ไร่ … งาน"; a bare low above a multiplied top's leading
digits ("900 ถึง 1.2 พันล้านบาท") gives no top alone. Rows rev35b-* (a review of rev35's rules; `on_main` main 24d8f135's
verdict, `main24d8f135` its reading, `main7327147` the reading before rev35 where it differs) say: ต่อ the verb (ต่อมา,
ต่อเนื่อง, ต่อเติม, ต่อ|ขยาย) opens no rate's base, nor after a name's number or between a vote's sides; หลากหลาย/ทั้งหลาย
are no หลาย; ใดๆ, ไม่น่าเชื่อ and a clause opener (แต่, โดย, จึง …) end a denial's reach, and people named before ไม่เคย/ไม่พบ/
ไม่ค่อย are those counted (more than); ไม่ได้ after a verb is cannot, no denial of the bound; a gap below the result under a
lower-than target, or one the stated goal confirms, keeps over/under_target; pounds restated only by their own weight;
a bracket of its own after a change word is no both-ways column; แทนที่จะ negates a change word; a goal moved by ลง/ขึ้น
is no target; the one after ต่อ past an area's last part is no count. Rows rev35e-* (a review of rev35b's rules;
`on_main` main 527d5f8e's verdict, `main527d5f8e` its reading, `main7327147` the reading before rev35 where it differs;
classes ending in _guard pass on both) say: ใด(ๆ) then the noun's own predicate (มี, ที่มี, ซึ่งมี) caps ("ไม่มีหมู่บ้าน
ใดๆมีผู้ป่วยเกิน 10 ราย" at most), ใด(ๆ) + ที่/ซึ่ง + a noun of its own is unsure; ซึ่ง, ส่วน, the conditions (หาก, ถ้า,
เมื่อ) and an opener right before the comparative ("มากจนเกิน") end no denial's reach, and ไม่น่าเชื่อว่า is a modal's doubt;
people before ไม่เคย/ไม่พบ/ไม่ค่อย are no count under เกิน, after ไม่เคยมี or before a per ("ผู้เข้าชมไม่เคยมีเกิน 500
คนต่อวัน": unsure); ไม่ได้ after a modal (อาจ, คง, จะ), a relative word or a modifier denies the bound ("อาจไม่ได้ไม่ถึง
100 คน": none); แบบ/กลุ่ม before a bare "1 ต่อ N" is no name ("สอนแบบ 1 ต่อ 5 คน": no count); the earlier figure a gap
is checked against must be a goal. Rows rev36-* (a review of rev35e's rules; `on_main` main 2315d794's verdict,
`main2315d794` its reading; classes ending in _guard pass on both) say: ใดๆ, a space and a bare มี, or ไม่มีผู้…ใด, a space
and the predicate, give no qualifier; ที่ผ่านมา and มีเพียง after ใดๆ open no relative clause; a preposition's object
under ไม่มี…ใด is no capped extent; a bare ไม่มี + a noun before เกิน/มากกว่า gives no qualifier over an amount, a measure or
people under the denial; ไม่มี(การ)รายงาน negates a change word; a goal adjusted (ปรับ…เป้าหมาย) by a change word or อีก is
no target; "สามล้าน 5 แสนบาท" is 3,500,000 ("สองแสน 5 หมื่นล้านบาท" nothing), "2 ล้านครึ่งบาท" 2,500,000, "หมื่นกว่าบาท" more
than 10,000; ต่อ + สายไฟฟ้า/สัญญาจ้าง … is the verb, no rate's base. Rows rev36b-* (a review of rev36's rules; `on_main`
main 526586d5's verdict, `main526586d5` its reading; classes ending in _guard pass on both) say: words ending in ล้าน
before "N แสนล้าน" ("สามล้าน 5 แสนล้านบาท", 3.5 million million) give no record, nor does a figure below a digit word
and place words the segmenter left unread ("ผู้ป่วยสะสมสองหมื่น 5 พันราย"); one digit after a glued เข็ม is the dose's
order ("วัคซีนเข็ม 4 แบบ…": no count); a classifier the segmenter cut ("10 เส้น|ทางใน") is read whole; ที่ผ่านการ after
ใดๆ + a space opens a relative clause (at most) and ที่ผ่านมา there is unsure; ไม่มีรายงาน does not reach across แต่/ขณะที่;
the rest are guards of rev36's words+digits numerals, ครึ่ง, กว่า and goal rules. Rows rev36c-* (a review of rev36b's
rules; `on_main` main d19ad01e's verdict, `maind19ad01e` its reading; classes ending in _guard pass on both) say: a bare
place word standing as its own word before a figure with a lower place word ("งบประมาณพันล้าน 5 ร้อยล้านบาท", "กว่าแสน 5
หมื่นคน") gives no record (not "ภาระผูกพัน 5 ร้อยล้าน", "กองพัน 5 ร้อยนาย", not after หลัก, nor on another scale: "โครงการ
หมื่นล้าน 5 พันราย"); a change verb naming a policy ("นโยบายลด
ค่าไฟฟ้า ประชาชนร้อยละ 85 เห็นด้วย") is no change of the figure a space on; a classifier cut by the segmenter is read
whole only when the rest of the next token is a grammatical word or หลัก ("10 เส้น|ทางหลวง", "5 ตัว|อย่างไรก็ตาม" keep
the short unit). Rows rev36d-* (the thirty-sixth session's fourth review) say in `main2f2619fd` what main
2f2619fd read where it was wrong (a change verb naming a proposal, guideline, law or strategy, or a policy before a
poll's เห็นด้วย/พึงพอใจ, gives a share no change); the rest are guards. Rows rev37-* (the thirty-seventh
session's review of values) say in `maindd270e73` what main dd270e73 read where it was wrong: a bare place word before a
plain figure that fills the place below it ("ราคาพัน 500 บาท", "งบประมาณพันล้าน 500 ล้านบาท") gives no record (a small
count after a split place name, "บ้านหนองแสน 12 ครัวเรือน", stays); a poll's verb after the figure or before การ + ลด/เพิ่ม
("การลดภาษี ผู้ตอบร้อยละ 70 เห็นด้วย") gives no change; งบการเงินรวม is no total; the lowest or highest bid
(เสนอราคา/ยื่นราคา…ต่ำสุด) no bound; a bare ไม่มี opening its clause negates a change word ("ไม่มีงบประมาณเพิ่มขึ้น 5 ล้านบาท");
a goal adjusted with its noun between (ปรับเป้าหมายการผลิตเพิ่มขึ้น 100 ตัน) is no target; a poll's respondents before เห็นชอบ/สนับสนุน and a policy
("ประชาชนสนับสนุนนโยบายลดค่าไฟฟ้า ร้อยละ 85") give no change; a time after ไม่เคย/ไม่ค่อย/ไม่น่า
+ เกิน gives no qualifier; 5 โครงการหลัก counts โครงการ; classes ending in _guard pass on both. Rows rev37b-* (a review of
rev37's rules) say in `main4e2b3b94` what main 4e2b3b94 read where it was wrong (`on_main` wrong: a wrong relation or
qualifier; field: a relation or qualifier dropped; missed: no record): a bare place word ending a name ("บ้านหนองแสน
12,000 ไร่", "ต.เวียงพัน 150 ครัวเรือน", "นายแสน 50,000 บาท", "ตำบลบ้านพัน 5 ร้อยไร่") or after เกิน/ใกล้/ระดับ/ราวๆ keeps the
figure after it; a poll's share given right before its verb ("ผู้ตอบแบบสอบถามร้อยละ 60 เห็นด้วยกับการเพิ่มภาษี ร้อยละ 2")
leaves the later figure its change, as ให้ before the respondents does (asked to back it) and a body glued before
เห็นด้วย ("ที่ประชุมเห็นด้วยกับการเพิ่มค่าแรงขั้นต่ำ ร้อยละ 5", "ครม.เห็นด้วยกับมาตรการลดภาษี ร้อยละ 10"); ระบุว่า between the figure and
เห็นด้วย is still a poll; a bare ไม่มี negates no change across ว่า, nor that of a count of people, households or areas
without something ("ไม่มีไฟฟ้าใช้ลดลง 20 หมู่บ้าน"), and does after ที่ผ่านมา/ปัจจุบัน/ล่าสุด; a bid's superlative bounds
nothing only glued right after เสนอราคา/ยื่นราคา (ผู้เสนอ|ราคา too) before an amount; a time after ไม่เคย/ไม่ค่อย over a span
up to now (มานาน, มาเป็นเวลา, ในรอบ) keeps more than. Rows l37-* (the lead, session 37, from blind batch 63's value read): ให้ได้
two word-spaces or more before a figure ("ให้ได้ผลเป็นรูปธรรม ซึ่ง… และจะให้เวลา 2 วัน") gives it no target role; the rest are
guards (a year between stays a target). Rows rev37c-* (a review of rev37b's rules; `on_main` main
c17fe407's verdict, `mainc17fe407` its reading, `made_by_rev37b` whether main 4e2b3b94 read it right; classes ending in
_guard pass on both) say: a place word keeps the figure after it only after a place's head and a name opening with a
place_name_word, with no verb or amount noun in it ("ตำบลนี้มีประชากรแสน 20,000 คน": none), or after a title opening its
own word (not "ค่าทนายพัน 500 บาท"); เกิน after a negation or ban and a modal, and ตั้ง, are no rough size; a poll's second
figure after a share keeps the change only alone at the sentence's end; a bare generic body (บริษัท, โรงเรียน, a kind, a
plural) before เห็นด้วย is a survey's unit; a bare ไม่มี leaves a count its change only for a lack for use (ใช้, ทำ…) or
bearers named before, and reaches over ว่า but after a doubt (rev37b-18 relabelled: no relation); after ไม่เคย only กว่า
keeps a span's more than; a bid one must make (ให้/ต้อง เสนอราคาต่ำสุด) keeps at least. Rows rev37d-* (a review of
rev37c's rules; `on_main` main 809589a2's verdict, `main809589a2` its reading, `made_by_rev37c` whether main c17fe407 read
it right; classes ending in _guard pass on both) say: a plain figure after a bare place word keeps its record only after
นับ or หลาย (after กว่า, เกือบ, ราว, ทะลุ, เกิน, ละ … a lower part is ordinary Thai: "กว่าพัน 500 ราย" may be 1,500; rev37-94…96,
rev37b-08…11, rev37c-34 relabelled: no record); a poll's later figure ends its sentence at a per of time only (not
"ร้อยละ 25 ต่อต้าน"); a company, bank, co-operative, school … head names one body only as a known name or with แห่ง; ไม่มี X
มา/ไปทำ is no lack for use; a bid keeps its bound only after กำหนด/ประกาศ/ระบุ ให้ (rev37c-27 relabelled: no bound); ผู้ให้/
ถูกสัมภาษณ์ are respondents. Rows rev38-* (a review of values beyond rough size; `on_main` wrong: main 99a6cfce's reading,
in `main99a6cfce`, is a wrong value or a check claiming an error that is not there; classes ending in _guard pass on both;
`checks` names Report.checks) say: a share's nearest larger figure proves no mismatch when the stated percent is over
100, the part is a target, an earlier time or เทียบกับ stands between, the whole is a rate per another unit, the percent
is one of a respective list, or it is the part's share of both figures or the change between them; a percent change or
fold proves nothing about "จาก X เป็น Y" when words other than change words stand between (another thing's change);
a fold of a fall reads old over new ("ลดลง 4 เท่า", 400 → 100); an unworded sum of siblings of one breakdown is no sum;
a breakdown with a rate or a change among its parts proves no mismatch; a met/over/under claim after ไม่/มิได้ is
no claim; a figure, a point spaced on both sides (or only before it) and digits give no record ("12 . 5 ราย", "ร้อยละ
80 .5"), nor a split figure with a percent sign ("7, 500 %"); "ลบ. ม." is cubic metres with a stray space, no ล้านบาท;
ประมาณการ after a comparative ("สูงกว่าประมาณการ 500 ล้านบาท") is the estimate, no approx; a percent after a ratio is
its stated percent only with change, share, target or claim words between, a change in the ratio's own direction, and
no earlier time after a change percent ("41 จาก 50 แห่ง เพิ่มขึ้นร้อยละ 10", "45/50 แห่ง ส่วนภาคเหนือร้อยละ 80": none).
Rows rev38b-* (a review of rev38's rules; `on_main` main b78c7b3f's verdict, missed: a right check it drops, wrong: a
false agreement, `mainb78c7b3f` its reading; classes ending in _guard pass on both) say: ตามลำดับ after a share's percent
makes it one of a list only with the list's other percents between ("ร้อยละ 90 รองลงมาคือ … ตามลำดับ" keeps its check); an
earlier time between "จาก X เป็น Y" and its change ("เพิ่มขึ้นจากปีก่อนร้อยละ 25") keeps an ok, proves no mismatch; a fall's
fold below 1 is the part kept or lost ("เหลือ 200 ราย หรือลดลง 0.5 เท่า"), a rise word's fold over a fall is read as a rise
(mismatch); a bare part of a total or whole per year or of a rise is its part (the sum or share check stays); ในจำนวนนี้
names the whole over an earlier time in the part's label; อยู่ที่, =, : may stand before a ratio's stated percent.
A case passes when, for every kind it
names, the report has exactly as many records and each equals its expected dict on the fields it names.
"""
from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

import thai_report_ie as tri

CASES = [json.loads(line) for line in
         (Path(__file__).resolve().parents[1] / "data" / "value_probes.jsonl").read_text(encoding="utf-8").splitlines()
         if line.strip()]


def _same(want: Any, got: Any) -> bool:
    if isinstance(want, (int, float)) and not isinstance(want, bool) and want is not None:
        return got is not None and not isinstance(got, (str, tuple, list)) \
            and math.isclose(float(want), float(got), rel_tol=1e-12)
    if isinstance(want, list):
        return isinstance(got, (list, tuple)) and len(want) == len(got) and all(_same(w, g) for w, g in zip(want, got))
    return want == got


def test_the_table_is_of_size() -> None:
    assert len(CASES) >= 350 and len({c["id"] for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_value_probe(case: dict[str, Any]) -> None:
    text = case["text"]
    report = tri.extract(text)
    for kind, expected in case["expected"].items():
        got = list(getattr(report, kind))
        # a check (kind "checks", rev38) has a message and spans, no text of its own
        assert len(got) == len(expected), (kind, [getattr(r, "text", None) or r.message for r in got])
        for want, rec in zip(expected, got):
            for field, value in want.items():
                assert _same(value, getattr(rec, field)), (kind, getattr(rec, "text", None) or rec.message, field,
                                                           value, getattr(rec, field))
            if kind == "checks":
                assert all(0 <= a < b <= len(text) for a, b in rec.spans)
            else:
                assert text[rec.start:rec.end] == rec.text
