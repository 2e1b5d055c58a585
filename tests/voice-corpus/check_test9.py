#!/usr/bin/env python3
"""Validates utterances.test9.json (the ninth, blind test part) against demo-home.json and LABELS.md: every item
with the per-item checks of labels.py (shared with check.py, check_test2.py, check_test3.py, check_test4.py, check_test5.py, check_test6.py, check_test7.py and check_test8.py), ids en-9NNN/zh-9NNN; totals >= 480
with >= half Chinese; category shares within 2.5 points of LABELS.md; every device of the home labelled and every
room named in both languages; no sentence quoted in TEST2.md … TEST8.md; TEST9.md states the counts. Exit code 0 when everything holds.

Usage: python3 tests/voice-corpus/check_test9.py [--table]   (--table prints the TEST9.md table)
"""
from blind_set import check

check(9, "9", minimum=480, hallway=("过道",))
