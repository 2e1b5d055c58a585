#!/usr/bin/env python3
"""Validates utterances.test11.json (the eleventh, blind test part) against demo-home.json and LABELS.md: every item
with the per-item checks of labels.py (shared with check.py, check_test2.py, check_test3.py, check_test4.py, check_test5.py, check_test6.py, check_test7.py, check_test8.py, check_test9.py and check_test10.py), ids en-YNNN/zh-YNNN; totals >= 480
with >= half Chinese; category shares within 2.5 points of LABELS.md; every device of the home labelled and every
room named in both languages; no sentence quoted in TEST2.md … TEST10.md; TEST11.md states the counts. Exit code 0 when everything holds.

Usage: python3 tests/voice-corpus/check_test11.py [--table]   (--table prints the TEST11.md table)
"""
from blind_set import check

check(11, "Y", minimum=480, hallway=("过道",))
