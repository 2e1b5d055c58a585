#!/usr/bin/env python3
"""Validates utterances.test10.json (the tenth, blind test part) against demo-home.json and LABELS.md: every item
with the per-item checks of labels.py (shared with check.py, check_test2.py, check_test3.py, check_test4.py, check_test5.py, check_test6.py, check_test7.py and check_test8.py), ids en-XNNN/zh-XNNN; totals >= 480
with >= half Chinese; category shares within 2.5 points of LABELS.md; every device of the home labelled and every
room named in both languages; no sentence quoted in TEST2.md … TEST9.md; TEST10.md states the counts. Exit code 0 when everything holds.

Usage: python3 tests/voice-corpus/check_test10.py [--table]   (--table prints the TEST10.md table)
"""
from blind_set import check

check(10, "X", minimum=480, hallway=("过道",))
