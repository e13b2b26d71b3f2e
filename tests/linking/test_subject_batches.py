"""The blind batches of tests/data/subjects_thaigov.jsonl that give subject offsets (13 to 65): each
keeps the rows benchmarks/eval_subjects.py's docstring counts, per record kind, under its own id
prefix, numbered by the draw; a subject's offsets are the document's text, a null subject has none.
Only the rows' shape is read here, never the library's subjects, so the batches stay blind."""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / ".." / "shared" / "data" / "thaigov_sample" / "thaigov_sample.jsonl"
ANNOTATIONS = ROOT / "tests" / "data" / "subjects_thaigov.jsonl"

# batch: (id prefix, draws made, kept rows per kind, of them null) as the docstring states them
BATCHES = {
    13: ("tr", 140, {"quantity": 83, "money": 22, "percentage": 12}, None),
    14: ("tt", 110, {"money": 37, "quantity": 59}, {"money": 1, "quantity": 29}),
    15: ("tb", 121, {"quantity": 57, "money": 35}, {"quantity": 24, "money": 0}),
    16: ("tc", 90, {"quantity": 54, "money": 3}, {"quantity": 25, "money": 0}),
    17: ("td", 150, {"quantity": 50, "money": 40, "percentage": 31}, {"quantity": 16, "money": 2, "percentage": 0}),
    18: ("te", 145, {"quantity": 45, "money": 39, "percentage": 30}, {"quantity": 19, "money": 2, "percentage": 0}),
    19: ("tf", 100, {"quantity": 24, "money": 24, "percentage": 22}, {"quantity": 7, "money": 2, "percentage": 0}),
    20: ("th", 110, {"quantity": 22, "money": 28, "percentage": 26}, {"quantity": 2, "money": 2, "percentage": 0}),
    21: ("ti", 106, {"quantity": 23, "money": 30, "percentage": 22}, {"quantity": 7, "money": 1, "percentage": 0}),
    22: ("tj", 100, {"quantity": 34, "money": 29, "percentage": 24}, {"quantity": 10, "money": 1, "percentage": 0}),
    23: ("tk", 100, {"quantity": 34, "money": 28, "percentage": 22}, {"quantity": 15, "money": 2, "percentage": 0}),
    24: ("tl", 100, {"quantity": 38, "money": 29, "percentage": 24}, {"quantity": 14, "money": 0, "percentage": 0}),
    25: ("to", 100, {"quantity": 35, "money": 28, "percentage": 24}, {"quantity": 11, "money": 0, "percentage": 0}),
    26: ("ta", 100, {"quantity": 32, "money": 29, "percentage": 23}, {"quantity": 16, "money": 0, "percentage": 0}),
    27: ("ua", 100, {"quantity": 34, "money": 27, "percentage": 21}, {"quantity": 14, "money": 0, "percentage": 0}),
    28: ("ub", 100, {"quantity": 37, "money": 27, "percentage": 15}, {"quantity": 14, "money": 0, "percentage": 0}),
    29: ("uc", 100, {"quantity": 34, "money": 27, "percentage": 14}, {"quantity": 16, "money": 0, "percentage": 0}),
    30: ("ud", 84, {"quantity": 36, "money": 27, "percentage": 9}, {"quantity": 13, "money": 0, "percentage": 0}),
    31: ("ue", 88, {"quantity": 39, "money": 29, "percentage": 7}, {"quantity": 17, "money": 0, "percentage": 0}),
    32: ("uf", 82, {"quantity": 36, "money": 30, "percentage": 10}, {"quantity": 14, "money": 0, "percentage": 0}),
    33: ("ug", 82, {"quantity": 35, "money": 29, "percentage": 11}, {"quantity": 12, "money": 0, "percentage": 0}),
    34: ("uh", 82, {"quantity": 40, "money": 29, "percentage": 11}, {"quantity": 15, "money": 0, "percentage": 0}),
    35: ("ui", 82, {"quantity": 40, "money": 30, "percentage": 11}, {"quantity": 18, "money": 0, "percentage": 0}),
    36: ("uj", 75, {"quantity": 38, "money": 23, "percentage": 10}, {"quantity": 12, "money": 0, "percentage": 0}),
    37: ("uk", 82, {"quantity": 37, "money": 30, "percentage": 10}, {"quantity": 19, "money": 0, "percentage": 0}),
    38: ("ul", 82, {"quantity": 38, "money": 29, "percentage": 12}, {"quantity": 12, "money": 0, "percentage": 0}),
    39: ("um", 82, {"quantity": 40, "money": 30, "percentage": 10}, {"quantity": 15, "money": 0, "percentage": 0}),
    40: ("un", 77, {"quantity": 37, "money": 28, "percentage": 6}, {"quantity": 15, "money": 0, "percentage": 0}),
    41: ("uo", 75, {"quantity": 39, "money": 29, "percentage": 4}, {"quantity": 17, "money": 0, "percentage": 0}),
    42: ("up", 76, {"quantity": 38, "money": 30, "percentage": 5}, {"quantity": 13, "money": 1, "percentage": 0}),
    43: ("uq", 72, {"quantity": 39, "money": 27, "percentage": 2}, {"quantity": 13, "money": 0, "percentage": 0}),
    44: ("ur", 66, {"quantity": 39, "money": 14, "percentage": 12}, {"quantity": 16, "money": 0, "percentage": 0}),
    45: ("us", 82, {"quantity": 38, "money": 28, "percentage": 12}, {"quantity": 16, "money": 0, "percentage": 0}),
    46: ("ut", 82, {"quantity": 39, "money": 30, "percentage": 12}, {"quantity": 23, "money": 0, "percentage": 0}),
    47: ("uu", 82, {"quantity": 37, "money": 30, "percentage": 12}, {"quantity": 12, "money": 0, "percentage": 0}),
    48: ("uv", 82, {"quantity": 38, "money": 29, "percentage": 12}, {"quantity": 13, "money": 0, "percentage": 0}),
    49: ("uw", 82, {"quantity": 38, "money": 29, "percentage": 11}, {"quantity": 19, "money": 0, "percentage": 0}),
    50: ("ux", 82, {"quantity": 34, "money": 29, "percentage": 11}, {"quantity": 17, "money": 0, "percentage": 0}),
    51: ("uy", 82, {"quantity": 36, "money": 30, "percentage": 11}, {"quantity": 12, "money": 0, "percentage": 0}),
    52: ("uz", 82, {"quantity": 38, "money": 29, "percentage": 9}, {"quantity": 13, "money": 0, "percentage": 0}),
    53: ("va", 82, {"quantity": 39, "money": 30, "percentage": 10}, {"quantity": 16, "money": 0, "percentage": 0}),
    54: ("vb", 82, {"quantity": 38, "money": 30, "percentage": 11}, {"quantity": 14, "money": 0, "percentage": 0}),
    55: ("vc", 82, {"quantity": 40, "money": 30, "percentage": 12}, {"quantity": 10, "money": 0, "percentage": 0}),
    56: ("vd", 82, {"quantity": 39, "money": 28, "percentage": 12}, {"quantity": 12, "money": 0, "percentage": 0}),
    57: ("ve", 82, {"quantity": 36, "money": 30, "percentage": 11}, {"quantity": 16, "money": 0, "percentage": 0}),
    58: ("vf", 82, {"quantity": 38, "money": 28, "percentage": 12}, {"quantity": 16, "money": 0, "percentage": 0}),
    59: ("vg", 82, {"quantity": 37, "money": 30, "percentage": 12}, {"quantity": 11, "money": 0, "percentage": 0}),
    60: ("vh", 68, {"quantity": 36, "money": 23, "percentage": 4}, {"quantity": 12, "money": 0, "percentage": 0}),
    61: ("vi", 58, {"quantity": 49, "money": 8, "percentage": 0}, {"quantity": 23, "money": 0, "percentage": 0}),
    62: ("vj", 50, {"quantity": 47, "money": 0, "percentage": 0}, {"quantity": 13, "money": 0, "percentage": 0}),
    63: ("vk", 50, {"quantity": 49, "money": 0, "percentage": 0}, {"quantity": 25, "money": 0, "percentage": 0}),
    64: ("vl", 50, {"quantity": 48, "money": 0, "percentage": 0}, {"quantity": 15, "money": 0, "percentage": 0}),
    65: ("vm", 50, {"quantity": 48, "money": 0, "percentage": 0}, {"quantity": 21, "money": 0, "percentage": 0}),
}
# batch 17: draws 1-70 are the quantity stage, 71-115 the money and 116-150 the percentage second mentions;
# the sha256 of its "id<TAB>text[start:end]" lines, in file order (the records of main 8b24a28's dump)
B17_SECOND = {"money": (71, 115), "percentage": (116, 150)}
B17_TEXTS_SHA256 = "6f4f321657c92859a7f9ea7339b7180bac09cfffd7978ad1ebb82759c4e29092"
# batch 18, the same: draws 1-70 quantity, 71-110 money and 111-145 percentage second mentions (main 2385ac5's dump)
B18_SECOND = {"money": (71, 110), "percentage": (111, 145)}
B18_TEXTS_SHA256 = "64daf093873e4d35e969efabdb0e47e57041a9228b5fee3e1e28e86d2448b398"
# batch 19 (seed 32), the same: draws 1-50 quantity, 51-75 money and 76-100 percentage second mentions
# (main 7732c7b's dump); held out for the next session: not scored here
B19_SECOND = {"money": (51, 75), "percentage": (76, 100)}
B19_TEXTS_SHA256 = "9c602ffda756f1f34bf83f7fcc39723786b1c4de2e49288ef77df282a99c83d3"
# batch 20 (seed 34), the same: draws 1-50 quantity, 51-80 money and 81-110 percentage second mentions
# (main 0e0ee05's dump); ids th-NN, since tg- is the first round's prefix; not scored here (the lead scores it)
B20_SECOND = {"money": (51, 80), "percentage": (81, 110)}
B20_TEXTS_SHA256 = "e66080dacb40f1fdab13b3048feedb0554400347269b44513affef13b653d7aa"
# batch 21 (seed 36), the same: draws 1-46 quantity (the whole pool of unused documents with a quantity record),
# 47-76 money and 77-106 percentage second mentions (main 08a0d18's dump); ids ti-NN; not scored here (the lead scores it)
B21_SECOND = {"money": (47, 76), "percentage": (77, 106)}
B21_TEXTS_SHA256 = "9043fd81f8b313c4c1945c191e284598fc7f3cf820d9ed12193532b9358a7851"
# batch 22 (seed 38): second mentions only, quantities included (the unused documents with a quantity record
# ran out in batch 21; draw_batch.py with no --draw stage): draws 1-40 quantity, 41-70 money and 71-100
# percentage, all "draw": "second" (main 08a0d18's dump); ids tj-NN; not scored here (the lead scores it)
SECOND_ONLY = {"quantity": (1, 40), "money": (41, 70), "percentage": (71, 100)}  # batches 22 on: no normal stage
B22_SECOND = SECOND_ONLY
B22_TEXTS_SHA256 = "e1ea6828565283bf36271e4dca2b015ec267c7a2bbd32551746dddec4bba61c1"
# batch 23 (seed 40): batch 22's procedure, second mentions only: draws 1-40 quantity, 41-70 money and 71-100
# percentage, all "draw": "second" (main 3ef2e67's dump); ids tk-NN; not scored here (the lead scores it)
B23_SECOND = SECOND_ONLY
B23_TEXTS_SHA256 = "62fce336ee763e32af7e3abcddbd0571ba05d130a6a44afb87f806b834a6976c"
# batch 24 (seed 42): batch 23's procedure, second mentions only: draws 1-40 quantity, 41-70 money and 71-100
# percentage, all "draw": "second" (main 84cf378's dump); ids tl-NN; not scored here (the lead scores it)
B24_SECOND = SECOND_ONLY
B24_TEXTS_SHA256 = "ef880aa1a99a903fdaa64530c6148e8b0bbf6b981bc8b248e96f028820e47645"
# batch 25 (seed 44): batch 24's procedure, second mentions only: draws 1-40 quantity, 41-70 money and 71-100
# percentage, all "draw": "second" (main e6e98c4's dump); ids to-NN; not scored here (the lead scores it)
B25_SECOND = SECOND_ONLY
B25_TEXTS_SHA256 = "12268ca06376b2e17b61c0b5dba5cb2a834df2fff5ed27fb6c79ace3f6682f22"
# batch 26 (seed 46): batch 25's procedure, second mentions only: draws 1-40 quantity, 41-70 money and 71-100
# percentage, all "draw": "second" (main e6e98c4's dump); ids ta-NN; not scored here (the lead scores it)
B26_SECOND = SECOND_ONLY
B26_TEXTS_SHA256 = "9221acd8845a90658127670f8e0c362b2d7c30ca076e7dec46eda854eedba75e"
# batch 27 (seed 48): batch 26's procedure, second mentions only: draws 1-40 quantity, 41-70 money and 71-100
# percentage, all "draw": "second" (main e6e98c4's dump); ids ua-NN (every t? prefix is taken); not scored here
B27_SECOND = SECOND_ONLY
B27_TEXTS_SHA256 = "34a7095e6382289bafdef00587b75285f9f2466b5217e7c13c92c808862d2c0f"
# batch 28 (seed 49): batch 27's procedure, second mentions only: draws 1-40 quantity, 41-70 money and 71-100
# percentage, all "draw": "second" (main 821afa0's dump); ids ub-NN; not scored here (the lead scores it)
B28_SECOND = SECOND_ONLY
B28_TEXTS_SHA256 = "ff2c2dc1084ed9e4a40e018c82706f44c12234946b89178e9d347bc65661f536"
# batch 29 (seed 50): batch 28's procedure, second mentions only: draws 1-40 quantity, 41-70 money and 71-100
# percentage, all "draw": "second" (main a6db181's dump); ids uc-NN; not scored here (the lead scores it)
B29_SECOND = SECOND_ONLY
B29_TEXTS_SHA256 = "19b1a34b40cc366215d2224994c27beacb44104e6e063b26a81a64bee04972b0"
# batch 30 (seed 51): batch 29's procedure with --skip tests/data/subjects_leftout.jsonl, second mentions only:
# draws 1-40 quantity, 41-70 money and 71-84 percentage (the pool held 14 documents), all "draw": "second"
# (main 02b303d's dump); ids ud-NN; not scored here (the lead scores it)
B30_SECOND = {"quantity": (1, 40), "money": (41, 70), "percentage": (71, 84)}
B30_TEXTS_SHA256 = "2af82f3703f4fdefd92358a0068d5644b34d0604d5099adf14324d52959231e6"
# batch 31 (seed 52): batch 30's procedure with --skip-words too, and a normal percentage stage first (the whole pool
# of unused documents with a percentage record, 10: every draw left out, so no row has it): draws 1-10 percentage
# (normal), 11-50 quantity, 51-80 money and 81-88 percentage second mentions (the far pool held 8), the second ones
# "draw": "second" (main db7040b's dump); ids ue-NN; not scored here (the lead scores it)
B31_SECOND = {"quantity": (11, 50), "money": (51, 80), "percentage": (81, 88)}
B31_TEXTS_SHA256 = "d53876c9c87c1a31aa9799554668b182a9047935d18d55519bbf615ad740074c"
# batch 32 (seed 53): batch 31's procedure without the normal stage, the percentage stage with its own far window
# (--window percentage:300:100: the default window's pool held 10 documents): draws 1-40 quantity, 41-70 money and
# 71-82 percentage, all "draw": "second" (main 47d74eb's dump); ids uf-NN; scored once after the rows' commit
B32_SECOND = {"quantity": (1, 40), "money": (41, 70), "percentage": (71, 82)}
B32_TEXTS_SHA256 = "92786ef9c58c125bb3139f52833238ded73c37f10742739b4d209049aa9fbf89"
# batch 33 (seed 54): batch 32's procedure (--window percentage:300:100): draws 1-40 quantity, 41-70 money and 71-82
# percentage, all "draw": "second" (main b9d3ac3's dump); ids ug-NN; scored once after the rows' commit
B33_SECOND = {"quantity": (1, 40), "money": (41, 70), "percentage": (71, 82)}
B33_TEXTS_SHA256 = "b8f19afaf39164ee1b222613c2a02ea63976e616122264d0ddd864ce33f232ac"
# batch 34 (seed 55): batch 33's procedure unchanged: draws 1-40 quantity, 41-70 money and 71-82 percentage, all
# "draw": "second" (main ec4ba14's dump, /tmp/main-s19.jsonl); ids uh-NN; scored once after the rows' commit
B34_SECOND = {"quantity": (1, 40), "money": (41, 70), "percentage": (71, 82)}
B34_TEXTS_SHA256 = "c84bc3737cff085e44610dbeae3fb83570ca032ce2c17b2310a03299a80e3b45"
# batch 35 (seed 56): batch 34's procedure unchanged: draws 1-40 quantity, 41-70 money and 71-82 percentage, all
# "draw": "second" (main 1285745's dump, /tmp/main-s20.jsonl); ids ui-NN; scored once after the rows' commit
B35_SECOND = {"quantity": (1, 40), "money": (41, 70), "percentage": (71, 82)}
B35_TEXTS_SHA256 = "2f6047efef89f763d67e2ca2689b9ff716c23469d9262e2bc43a98d4f344adbb"
# batch 36 (seed 57): batch 35's procedure unchanged, but only 23 documents had a far money record, so the money
# stage took 23 draws, not 30: draws 1-40 quantity, 41-63 money and 64-75 percentage, all "draw": "second" (main
# 0e450d8's dump, /tmp/main-s21.jsonl); ids uj-NN; scored once after the rows' commit
B36_SECOND = {"quantity": (1, 40), "money": (41, 63), "percentage": (64, 75)}
B36_TEXTS_SHA256 = "6607d2797e170aeaf2ac87324a6bb65a2e40326d8db37fd68913b5b0fd0497d0"
# batch 37 (seed 58): batch 36's procedure, with money given the percentages' far window (300/100) since the money
# pool ran short in batch 36: draws 1-40 quantity, 41-70 money and 71-82 percentage, all "draw": "second" (main
# 94b3d09's dump, /tmp/main-s21b.jsonl); ids uk-NN; scored once after the rows' commit
B37_SECOND = {"quantity": (1, 40), "money": (41, 70), "percentage": (71, 82)}
B37_TEXTS_SHA256 = "3a395f5c4c919b4e887cbb780d78163a98bc3679f7eea71f22b99b38608cc76a"
# batch 38 (seed 59): batch 37's procedure unchanged (money and percentages with the far window 300/100): draws 1-40
# quantity, 41-70 money and 71-82 percentage, all "draw": "second" (main fc632a2's dump, /tmp/main-s22.jsonl); ids
# ul-NN; scored once after the rows' commit
B38_SECOND = {"quantity": (1, 40), "money": (41, 70), "percentage": (71, 82)}
B38_TEXTS_SHA256 = "e3cc6b2d3e65ae8de0d7b47cb285a87a0bcb4006b57439c29f5ea68178bb31b1"
# batch 39 (seed 60): batch 38's procedure unchanged: draws 1-40 quantity, 41-70 money and 71-82 percentage, all
# "draw": "second" (main 3410a78's dump, /tmp/main-s23.jsonl); ids um-NN; scored once after the rows' commit
B39_SECOND = {"quantity": (1, 40), "money": (41, 70), "percentage": (71, 82)}
B39_TEXTS_SHA256 = "1fbd6c8df66fe4930b0c4aaec87b26b149da3711b3727f04f53d4ca646b82f97"
# batch 40 (seed 61): batch 39's procedure unchanged: draws 1-40 quantity, 41-70 money and 71-77 percentage (the
# percentage pool held 7 documents, not 12), all "draw": "second" (main 752bcd2's dump, /tmp/main-s24.jsonl); ids
# un-NN; scored once after the rows' commit
B40_SECOND = {"quantity": (1, 40), "money": (41, 70), "percentage": (71, 77)}
B40_TEXTS_SHA256 = "42764f2dc26970d04d0af92ac8143b0981c4430cb272f6b093f177e48ae871c0"
# batch 41 (seed 62): batch 40's procedure unchanged: draws 1-40 quantity, 41-70 money and 71-75 percentage (the
# percentage pool held 5 documents, not 12), all "draw": "second" (main ed81a01's dump, /tmp/main-ed81a01.jsonl); ids
# uo-NN; scored once after the rows' commit
B41_SECOND = {"quantity": (1, 40), "money": (41, 70), "percentage": (71, 75)}
B41_TEXTS_SHA256 = "42e3bab9a7ec4a3d925c5efbdf37c699e13ef7257011cfce4f672199982940b9"
# batch 42 (seed 63): batch 41's procedure unchanged: draws 1-40 quantity, 41-70 money and 71-76 percentage (the
# percentage pool held 6 documents, not 12), all "draw": "second" (main 11545a6's dump, /tmp/main-s25.jsonl); ids
# up-NN; scored once after the rows' commit
B42_SECOND = {"quantity": (1, 40), "money": (41, 70), "percentage": (71, 76)}
B42_TEXTS_SHA256 = "85adf6447ea39f8bea1e9eff2cd9945396e06450c34b6f00c4670766b7894cfb"
# batch 43 (seed 64): batch 42's procedure unchanged: draws 1-40 quantity, 41-70 money and 71-72 percentage (the
# percentage pool held 2 documents, not 12), all "draw": "second" (main f4aa627's dump, /tmp/main-f4aa627.jsonl); ids
# uq-NN; scored once after the rows' commit
B43_SECOND = {"quantity": (1, 40), "money": (41, 70), "percentage": (71, 72)}
B43_TEXTS_SHA256 = "64efe921f7b3c088931f6f73145a9bd0d8d3f06a4bf7dbd851a6c9cf42b792f0"
# batch 44 (seed 65): batch 43's procedure but for the percentage stage's far window, 300/75 instead of 300/100 (the
# widest measured that held 12 documents: 300/100 held 1); draws 1-40 quantity, 41-54 money (the money pool held 14
# documents, not 30) and 55-66 percentage, all "draw": "second" (main ea4503e's dump, /tmp/main-s26.jsonl); ids ur-NN;
# scored once after the rows' commit
B44_SECOND = {"quantity": (1, 40), "money": (41, 54), "percentage": (55, 66)}
B44_TEXTS_SHA256 = "fac8891bcf369740959cf2bd38e99a7c90a341ff9ba609bc4a5d6477c41f83c3"
# batch 45 (seed 66): batch 44's procedure but for the far windows, each the widest before with 100 after measured to
# hold the full count: money 279/100 (31 documents; 280/100 held 28, 300/100 6), percentage 260/100 (12 documents;
# 262/100 held 11, 300/100 1); draws 1-40 quantity, 41-70 money and 71-82 percentage, all "draw": "second" (main
# 20f9fbd's dump, /tmp/main-20f9fbd.jsonl); ids us-NN; scored once after the rows' commit
B45_SECOND = {"quantity": (1, 40), "money": (41, 70), "percentage": (71, 82)}
B45_TEXTS_SHA256 = "88dd712b5dafd8ae03030deb4ef82efcc367d8c9a1e2d04e064ffb6c9f266cc1"
# batch 46 (seed 67): batch 45's procedure, the far windows again each the widest before with 100 after measured to
# hold the full count: money 262/100 (30 documents; 264/100 held 26, 279/100 8, 300/100 5), percentage 229/100 (12
# documents; 230/100 held 11, 260/100 1, 300/100 1); draws 1-40 quantity, 41-70 money and 71-82 percentage, all
# "draw": "second" (main 8beeb09's dump, /tmp/main-s27.jsonl); ids ut-NN; scored once after the rows' commit
B46_SECOND = {"quantity": (1, 40), "money": (41, 70), "percentage": (71, 82)}
B46_TEXTS_SHA256 = "cc3945a025ec91c90827714508de1ffddad68d3444d86598169d2718bc6c1016"
# batch 47 (seed 68): batch 46's procedure, the far windows again each the widest before with 100 after measured to
# hold the full count: money 239/100 (31 documents; 240/100 held 27, 262/100 7, 300/100 6), percentage 214/100 (13
# documents; 215/100 held 11, 220/100 7, 300/100 0); draws 1-40 quantity, 41-70 money and 71-82 percentage, all
# "draw": "second" (main 7ebff38's dump, /tmp/main-s27b.jsonl); ids uu-NN; scored once after the rows' commit
B47_SECOND = {"quantity": (1, 40), "money": (41, 70), "percentage": (71, 82)}
B47_TEXTS_SHA256 = "54f3f7f9805c73f60ab458e288c18f7bf32a2b9c7f33d010ae4aa7f84ebeee01"
# batch 48 (seed 69): batch 47's procedure, the far windows again each the widest before with 100 after measured to
# hold the full count: money 217/100 (31 documents; 218/100 held 29, 220/100 28, 239/100 8), percentage 202/100 (12
# documents; 203/100 held 11, 210/100 5, 214/100 3); draws 1-40 quantity, 41-70 money and 71-82 percentage, all
# "draw": "second" (main 6a8f0ab's dump, /tmp/main-s27c.jsonl); ids uv-NN; scored once after the rows' commit
B48_SECOND = {"quantity": (1, 40), "money": (41, 70), "percentage": (71, 82)}
B48_TEXTS_SHA256 = "2b92e307a227e66f9111e6b1a69cd45b2d7c66a6d3b8c6c965cca483e1e3e03a"
# batch 49 (seed 70): batch 48's procedure, the far windows again each the widest before with 100 after measured to
# hold the full count: money 197/100 (30 documents; 198/100 held 28, 210/100 11, 217/100 7), percentage 182/100 (12
# documents; 183/100 held 10, 190/100 6, 200/100 2); draws 1-40 quantity, 41-70 money and 71-82 percentage, all
# "draw": "second" (main 1a6e8cd's dump, /tmp/main-s28.jsonl); ids uw-NN; scored once after the rows' commit
B49_SECOND = {"quantity": (1, 40), "money": (41, 70), "percentage": (71, 82)}
B49_TEXTS_SHA256 = "ab30f61d6c1cd50e767c90c19c3642f619342ac465ebcd5998cfaf8150bee0a9"
# batch 50 (seed 71): batch 49's procedure, the far windows again each the widest before with 100 after measured to
# hold the full count: money 182/100 (31 documents; 183/100 held 29, 190/100 19, 197/100 5), percentage 169/100 (13
# documents, money 182/100 before it; 170/100 held 11, 180/100 4); draws 1-40 quantity, 41-70 money and 71-82
# percentage, all "draw": "second" (main b750fd3's dump, /tmp/a50/main-b750fd3.jsonl); ids ux-NN; scored once after
# the rows' commit
B50_SECOND = {"quantity": (1, 40), "money": (41, 70), "percentage": (71, 82)}
B50_TEXTS_SHA256 = "6e825af75b328114181e14f279a70d06ae6814316ea2d7236cb5471709c8b71b"
# batch 51 (seed 72): batch 50's procedure, the far windows again each the widest before with 100 after measured to
# hold the full count: money 166/100 (30 documents; 167/100 held 29, 170/100 26, 180/100 10), percentage 148/100 (13
# documents, money 166/100 before it; 149/100 held 10, 160/100 3, 170/100 0); draws 1-40 quantity, 41-70 money and
# 71-82 percentage, all "draw": "second" (main 72731ba's dump, /tmp/a51/main-START.jsonl); ids uy-NN; scored once
# after the rows' commit
B51_SECOND = {"quantity": (1, 40), "money": (41, 70), "percentage": (71, 82)}
B51_TEXTS_SHA256 = "f380c1546df72f6fb718489fd1422d41b5203703b3c06e080e2951f387c6bfa4"
# batch 52 (seed 73): batch 51's procedure, the far windows again each the widest before with 100 after measured to
# hold the full count: money 151/100 (30 documents; 152/100 held 29, 155/100 26, 160/100 20, 170/100 5), percentage
# 140/100 (12 documents, money 151/100 before it; 141/100 held 11, 145/100 8, 150/100 7); draws 1-40 quantity, 41-70
# money and 71-82 percentage, all "draw": "second" (main 3c9fd4a's dump, /tmp/a52/main-START.jsonl); ids uz-NN;
# scored once after the rows' commit
B52_SECOND = {"quantity": (1, 40), "money": (41, 70), "percentage": (71, 82)}
B52_TEXTS_SHA256 = "0e96e3db9fd43c9fae292e45d72fac05031eac21dcb4ccb429ee952a56ed4158"
# batch 53 (seed 74): batch 52's procedure, the far windows again each the widest before with 100 after measured to
# hold the full count: money 137/100 (30 documents; 138/100 held 26, 140/100 21, 145/100 13, 150/100 9), percentage
# 127/100 (12 documents, money 137/100 before it; 128/100 held 11, 130/100 10, 135/100 7, 140/100 0); draws 1-40
# quantity, 41-70 money and 71-82 percentage, all "draw": "second" (main 6bfec34's dump, /tmp/a53/main-START.jsonl);
# ids va-NN; scored once after the rows' commit
B53_SECOND = {"quantity": (1, 40), "money": (41, 70), "percentage": (71, 82)}
B53_TEXTS_SHA256 = "8e112ae33f314f374b95b36d1ccc64f1704ae42a4a4bf71b9badab4fb0929ef1"
# batch 54 (seed 75): batch 53's procedure, the far windows again each the widest before with 100 after measured to
# hold the full count: money 125/100 (31 documents; 126/100 held 29, 127/100 26, 130/100 18, 135/100 7, 140/100 3),
# percentage 113/100 (13 documents, money 125/100 before it; 114/100 held 10, 116/100 8, 120/100 4, 125/100 0); draws
# 1-40 quantity, 41-70 money and 71-82 percentage, all "draw": "second" (main 2e287fc's dump,
# /tmp/a54/main-START.jsonl); ids vb-NN; scored once after the rows' commit
B54_SECOND = {"quantity": (1, 40), "money": (41, 70), "percentage": (71, 82)}
B54_TEXTS_SHA256 = "072d5122cb472957c3b225373b229b57ba97eb14c74852d045eafae1078be94d"
# batch 55 (seed 76): batch 54's procedure, the far windows again each the widest before with 100 after measured to
# hold the full count: money 113/100 (31 documents; 114/100 held 29, 116/100 27, 120/100 18, 125/100 7, 130/100 6),
# percentage 102/100 (12 documents, money 113/100 before it; 103/100 held 10, 105/100 8, 110/100 5, 113/100 3); draws
# 1-40 quantity, 41-70 money and 71-82 percentage, all "draw": "second", none left out (main e7b84bd's dump,
# /tmp/a55/main-START.jsonl); ids vc-NN; scored once after the rows' commit
B55_SECOND = {"quantity": (1, 40), "money": (41, 70), "percentage": (71, 82)}
B55_TEXTS_SHA256 = "4863b679bf3b35ee90ef8cc12e0c36959f93ff72490a51486d63ccd01699374a"
# batch 56 (seed 77): batch 55's procedure, the far windows again each the widest before with 100 after measured to
# hold the full count: money 99/100 (30 documents; 100/100 held 29, 101/100 27, 102/100 25, 105/100 18, 110/100 12),
# percentage 90/100 (12 documents, money 99/100 before it; 91/100 held 11, 93/100 10, 95/100 9, 100/100 4: the first
# before under 100); draws 1-40 quantity, 41-70 money and 71-82 percentage, all "draw": "second", 3 left out (main
# 9abc34a's dump, /tmp/main-s33.jsonl); ids vd-NN; scored once after the rows' commit
B56_SECOND = {"quantity": (1, 40), "money": (41, 70), "percentage": (71, 82)}
B56_TEXTS_SHA256 = "60d570b06185a89e419c1ebcbadb1c1f99051b966e5d66ebeff294babdaa5adb"
# batch 57 (seed 78): batch 56's procedure, the far windows again each the widest before with 100 after measured to
# hold the full count: money 85/100 (30 documents; 86/100 held 27, 87/100 25, 90/100 20, 95/100 10, 100/100 5),
# percentage 79/100 (13 documents, money 85/100 before it; 80/100 held 11, 82/100 9, 85/100 3, 90/100 1); draws 1-40
# quantity, 41-70 money and 71-82 percentage, all "draw": "second", 5 left out (main 24bcca5's dump,
# /tmp/main-s34.jsonl); ids ve-NN; scored once after the rows' commit
B57_SECOND = {"quantity": (1, 40), "money": (41, 70), "percentage": (71, 82)}
B57_TEXTS_SHA256 = "13a1ff0670d376cc92307d74f2a323f792d1e2dba5e6540211c15e567037226c"
# batch 58 (seed 79): batch 57's procedure, the far windows again each the widest before with 100 after measured to
# hold the full count: money 76/100 (33 documents; 77/100 held 29, 78/100 26, 80/100 22, 85/100 8, 90/100 5),
# percentage 73/100 (12 documents, money 76/100 before it; 74/100 held 10, 75/100 9, 80/100 3, 90/100 1); draws 1-40
# quantity, 41-70 money and 71-82 percentage, all "draw": "second", 4 left out (main 7327147's dump,
# /tmp/main-s35.jsonl); ids vf-NN; scored once after the rows' commit
B58_SECOND = {"quantity": (1, 40), "money": (41, 70), "percentage": (71, 82)}
B58_TEXTS_SHA256 = "60dedaa373de5ca70d32d4d96d347584dbfdbddf9d02a4b6e8e5590afb3aa1bc"
# batch 59 (seed 80): batch 58's procedure, the far windows again each the widest before with 100 after measured to
# hold the full count: money 67/100 (32 documents; 68/100 held 29, 69/100 28, 70/100 23, 75/100 12), percentage
# 61/100 (13 documents, money 67/100 before it; 62/100 held 11, 63/100 10, 65/100 7, 70/100 4); draws 1-40 quantity,
# 41-70 money and 71-82 percentage, all "draw": "second", 3 left out (main f7b82cdb's dump,
# /tmp/main-f7b82cdb.jsonl); ids vg-NN; scored once after the rows' commit
B59_SECOND = {"quantity": (1, 40), "money": (41, 70), "percentage": (71, 82)}
B59_TEXTS_SHA256 = "0c2723e3c64af262b07c857df6b9011fa04abff78ae826f8cf9bf43fbe2ee163"
# batch 60 (seed 81): batch 59's procedure, but no window of 60/100 or wider held the full count of money or of
# percentages (money 60/100 held 24 documents, 61/100 23, 62/100 19, 65/100 15, 70/100 6; percentage 60/100 held 4,
# money 60/100 before it; 58/100 held 6, 55/100 11), so both stages were drawn short at the 60/100 floor rather
# than with a before under 60: draws 1-40 quantity, 41-64 money and 65-68 percentage, all "draw": "second", 5 left
# out (main 0e5321e5's dump, /tmp/main-0e5321e5.jsonl); ids vh-NN; scored once after the rows' commit
B60_SECOND = {"quantity": (1, 40), "money": (41, 64), "percentage": (65, 68)}
B60_TEXTS_SHA256 = "86e50d024b1f0b7d9ecb0aa5d85ddc767e19c206a68cfe0f605e7482fc8775a3"
# batch 61 (seed 82): quantity-weighted by the lead's rule (the far money and percentage windows nearly spent, the
# 60/100 floor kept): quantity 50 at the default window (150 documents held), money 60/100 (8 documents, quantity:50
# before it; 58/100 held 12, 55/100 17), percentage 60/100 (0 documents with money 60/100 before it, 3 without;
# 58/100 held 2, 55/100 8), so no percentage stage drawn: draws 1-50 quantity and 51-58 money, all "draw":
# "second", 1 left out (main 0e5321e5's records, /tmp/main-s36.jsonl); ids vi-NN; scored once after the rows' commit
B61_SECOND = {"quantity": (1, 50), "money": (51, 58)}
B61_TEXTS_SHA256 = "08450a56955f7ed9db4d7bf03e641248efe192d6d2e4a90ec6a7edc64168602f"
# batch 62 (seed 83): quantity only by the lead's rule from batch 62 on (the far money and percentage windows spent,
# 60/100 holding ~3 documents each): quantity 50 at the default window (128 documents held): draws 1-50 quantity,
# all "draw": "second", 3 left out (the session's baseline dump, /tmp/main-s37.jsonl); ids vj-NN; scored once after
# the rows' commit
B62_SECOND = {"quantity": (1, 50)}
B62_TEXTS_SHA256 = "c49efd2683b4a7f9f740c773428a0a0d8710828151b9434bd633ec387d15dc59"
# batch 63 (seed 84): quantity only, as batch 62: quantity 50 at the default window (106 documents held): draws 1-50
# quantity, all "draw": "second", 1 left out (main cffc038d's records, /tmp/a63/base.jsonl); ids vk-NN; scored once
# after the rows' commit
B63_SECOND = {"quantity": (1, 50)}
B63_TEXTS_SHA256 = "9537e0ba96f30fd7e9e33c81ded48ad190c598d068409aa0d519ac9ea15b2a94"
# batch 64 (seed 85): quantity only, as batch 62: quantity 50 at the default window (82 documents held): draws 1-50
# quantity, all "draw": "second", 2 left out (main 99a6cfce's records, /tmp/main-s38.jsonl); ids vl-NN; scored once
# after the rows' commit
B64_SECOND = {"quantity": (1, 50)}
B64_TEXTS_SHA256 = "3602bca8b1076b0be5a3d66b8940bc6018db125c6ccf959abae72e4bf7cca959"
# batch 65 (seed 86): quantity only, as batch 62: quantity 50 at the default window (64 documents held): draws 1-50
# quantity, all "draw": "second", 2 left out (main 744ccae7's records, /tmp/a65/base.jsonl); ids vm-NN; scored once
# after the rows' commit
B65_SECOND = {"quantity": (1, 50)}
B65_TEXTS_SHA256 = "041ab00fc987a6fb7f3d36efa6a22d8e35dbb35298eadbb3c34c7596646dd37b"
SECOND = {17: B17_SECOND, 18: B18_SECOND, 19: B19_SECOND, 20: B20_SECOND, 21: B21_SECOND, 22: B22_SECOND,
          23: B23_SECOND, 24: B24_SECOND, 25: B25_SECOND, 26: B26_SECOND, 27: B27_SECOND, 28: B28_SECOND,
          29: B29_SECOND, 30: B30_SECOND, 31: B31_SECOND, 32: B32_SECOND, 33: B33_SECOND, 34: B34_SECOND,
          35: B35_SECOND, 36: B36_SECOND, 37: B37_SECOND, 38: B38_SECOND, 39: B39_SECOND,
          40: B40_SECOND, 41: B41_SECOND, 42: B42_SECOND, 43: B43_SECOND, 44: B44_SECOND,
          45: B45_SECOND, 46: B46_SECOND, 47: B47_SECOND, 48: B48_SECOND, 49: B49_SECOND,
          50: B50_SECOND, 51: B51_SECOND, 52: B52_SECOND, 53: B53_SECOND,
          54: B54_SECOND, 55: B55_SECOND, 56: B56_SECOND, 57: B57_SECOND, 58: B58_SECOND,
          59: B59_SECOND, 60: B60_SECOND, 61: B61_SECOND, 62: B62_SECOND, 63: B63_SECOND, 64: B64_SECOND,
          65: B65_SECOND}
TEXTS_SHA256 = {17: B17_TEXTS_SHA256, 18: B18_TEXTS_SHA256, 19: B19_TEXTS_SHA256, 20: B20_TEXTS_SHA256,
                21: B21_TEXTS_SHA256, 22: B22_TEXTS_SHA256, 23: B23_TEXTS_SHA256, 24: B24_TEXTS_SHA256,
                25: B25_TEXTS_SHA256, 26: B26_TEXTS_SHA256, 27: B27_TEXTS_SHA256, 28: B28_TEXTS_SHA256,
                29: B29_TEXTS_SHA256, 30: B30_TEXTS_SHA256, 31: B31_TEXTS_SHA256, 32: B32_TEXTS_SHA256,
                33: B33_TEXTS_SHA256, 34: B34_TEXTS_SHA256, 35: B35_TEXTS_SHA256, 36: B36_TEXTS_SHA256,
                37: B37_TEXTS_SHA256, 38: B38_TEXTS_SHA256, 39: B39_TEXTS_SHA256, 40: B40_TEXTS_SHA256,
                41: B41_TEXTS_SHA256, 42: B42_TEXTS_SHA256, 43: B43_TEXTS_SHA256,
                44: B44_TEXTS_SHA256, 45: B45_TEXTS_SHA256,
                46: B46_TEXTS_SHA256, 47: B47_TEXTS_SHA256, 48: B48_TEXTS_SHA256,
                49: B49_TEXTS_SHA256, 50: B50_TEXTS_SHA256,
                51: B51_TEXTS_SHA256, 52: B52_TEXTS_SHA256,
                53: B53_TEXTS_SHA256, 54: B54_TEXTS_SHA256,
                55: B55_TEXTS_SHA256, 56: B56_TEXTS_SHA256, 57: B57_TEXTS_SHA256,
                58: B58_TEXTS_SHA256, 59: B59_TEXTS_SHA256, 60: B60_TEXTS_SHA256,
                61: B61_TEXTS_SHA256, 62: B62_TEXTS_SHA256, 63: B63_TEXTS_SHA256,
                64: B64_TEXTS_SHA256, 65: B65_TEXTS_SHA256}
# the last quantity draw of each batch with second mentions, for its normal (not second) quantity stage
QUANTITY_DRAWS = {17: 70, 18: 70, 19: 50, 20: 50, 21: 46}
ROWS = [json.loads(line) for line in ANNOTATIONS.read_text(encoding="utf-8").splitlines() if line.strip()]


def _batch(batch: int) -> list[dict]:
    return [r for r in ROWS if r.get("batch") == batch]


@pytest.mark.parametrize("batch", BATCHES)
def test_rows_per_kind(batch: int) -> None:
    prefix, draws, kept, nulls = BATCHES[batch]
    rows = _batch(batch)
    assert {k: sum(r["kind"] == k for r in rows) for k in kept} == kept
    assert len(rows) == sum(kept.values())
    if nulls is not None:
        assert {k: sum(r["kind"] == k and r["subject"] is None for r in rows) for k in nulls} == nulls
    numbers = [int(r["id"].split("-")[1]) for r in rows]
    assert all(r["id"].startswith(prefix + "-") for r in rows)
    assert numbers == sorted(set(numbers)) and 1 <= numbers[0] and numbers[-1] <= draws
    assert {r["split"] for r in rows} == {"heldout"}


def test_prefixes_belong_to_one_batch() -> None:
    by_prefix: dict[str, set] = {}
    for r in ROWS:
        by_prefix.setdefault(r["id"].split("-")[0], set()).add(r.get("batch"))
    for prefix, _, _, _ in BATCHES.values():
        assert len(by_prefix[prefix]) == 1, prefix
    assert len({r["id"] for r in ROWS}) == len(ROWS)


@pytest.mark.parametrize("batch", BATCHES)
def test_subject_fields(batch: int) -> None:
    for r in _batch(batch):
        if r["subject"] is None:
            assert "subject_start" not in r and "subject_end" not in r, r["id"]
        else:
            assert 0 <= r["subject_start"] < r["subject_end"], r["id"]
            assert r["subject_end"] - r["subject_start"] == len(r["subject"]), r["id"]
        assert r["start"] < r["end"], r["id"]


@pytest.mark.skipif(not SAMPLE.exists(), reason="needs the shared thaigov sample beside the repository")
@pytest.mark.parametrize("batch", BATCHES)
def test_offsets_are_the_texts(batch: int) -> None:
    sys.path.insert(0, str(ROOT))
    from benchmarks._common import annotated_texts

    _, texts = annotated_texts(ANNOTATIONS, SAMPLE)
    for r in _batch(batch):
        text = texts[r["doc"]]
        assert 0 <= r["start"] < r["end"] <= len(text), r["id"]
        if r["subject"] is not None:
            assert text[r["subject_start"]:r["subject_end"]] == r["subject"], r["id"]


@pytest.mark.parametrize("batch", SECOND)
def test_second_mentions(batch: int) -> None:
    for r in _batch(batch):
        n = int(r["id"].split("-")[1])
        if r["kind"] not in SECOND[batch]:  # a quantity of the normal stage
            assert r["kind"] == "quantity" and n <= QUANTITY_DRAWS[batch] and "draw" not in r, r["id"]
        else:
            low, high = SECOND[batch][r["kind"]]
            assert low <= n <= high and r["draw"] == "second", r["id"]


@pytest.mark.skipif(not SAMPLE.exists(), reason="needs the shared thaigov sample beside the repository")
@pytest.mark.parametrize("batch", TEXTS_SHA256)
def test_offsets_are_the_drawn_records(batch: int) -> None:
    sys.path.insert(0, str(ROOT))
    from benchmarks._common import annotated_texts

    _, texts = annotated_texts(ANNOTATIONS, SAMPLE)
    lines = "".join(f"{r['id']}\t{texts[r['doc']][r['start']:r['end']]}\n" for r in _batch(batch))
    assert hashlib.sha256(lines.encode("utf-8")).hexdigest() == TEXTS_SHA256[batch]


# one second-draw kind of each batch from 17 on: its lines in eval_subjects.py's report
SECOND_DRAW_KEYS = [(17, "money"), (18, "percentage"), (19, "money"), (20, "percentage"), (21, "money"),
                    (22, "quantity"), (23, "percentage"), (24, "money"), (25, "percentage"), (26, "quantity"),
                    (27, "money"), (28, "percentage"), (29, "quantity"), (30, "money"), (31, "percentage"),
                    (32, "quantity"), (33, "money"), (34, "percentage"), (35, "quantity"),
                    (36, "money"), (37, "percentage"), (38, "quantity"), (39, "money"), (40, "percentage"),
                    (41, "quantity"), (42, "money"), (43, "percentage"), (44, "quantity"),
                    (45, "money"), (46, "percentage"), (47, "quantity"), (48, "money"),
                    (49, "percentage"), (50, "quantity"), (51, "money"),
                    (52, "percentage"), (53, "quantity"),
                    (54, "money"), (55, "percentage"), (56, "quantity"), (57, "money"), (58, "percentage"),
                    (59, "quantity"), (60, "money"), (61, "quantity"), (62, "quantity"), (63, "quantity"),
                    (64, "quantity"), (65, "quantity")]


@pytest.mark.parametrize(("row", "keys"), [
    ({"split": "tune", "kind": "quantity"}, ["tune", "tune/quantity"]),
    ({"split": "tune", "batch": 2, "kind": "money"}, ["tune-b2", "tune-b2/money"]),
    ({"split": "heldout", "kind": "quantity"}, ["heldout", "heldout/quantity", "heldout-all/quantity",
                                                 "blind-all/quantity"]),
    ({"split": "heldout", "batch": 10, "kind": "percentage"},
     ["heldout-b10", "heldout-b10/percentage", "heldout-all/percentage", "blind-all/percentage"]),
    ({"split": "heldout", "batch": 11, "kind": "percentage"},
     ["heldout-b11", "heldout-b11/percentage", "heldout-all/percentage", "released-all/percentage"]),
    ({"split": "heldout", "batch": 16, "kind": "quantity"},
     ["heldout-b16", "heldout-b16/quantity", "heldout-all/quantity", "released-all/quantity"]),
    ({"split": "heldout", "batch": 17, "kind": "quantity"},
     ["heldout-b17", "heldout-b17/quantity", "heldout-all/quantity", "released-all/quantity"]),
    *[({"split": "heldout", "batch": b, "kind": k, "draw": "second"},
       [f"heldout-b{b}", f"heldout-b{b}/{k}", f"heldout-b{b}-second", f"heldout-b{b}-second/{k}", f"heldout-all/{k}",
        f"{'released' if b < 30 else 'blind'}-all/{k}"])
      for b, k in SECOND_DRAW_KEYS],
])
def test_report_keys(row: dict, keys: list[str]) -> None:
    """eval_subjects.py's lines for a row (read on made-up rows: batches 17 to 65 are scored apart)."""
    sys.path.insert(0, str(ROOT))
    from benchmarks.eval_subjects import report_keys

    assert report_keys(row) == keys
