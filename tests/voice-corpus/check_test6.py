#!/usr/bin/env python3
"""Validates utterances.test6.json (the sixth, blind test part) against demo-home.json and LABELS.md: every item
with the per-item checks of labels.py (shared with check.py, check_test2.py, check_test3.py, check_test4.py and check_test6.py), ids en-6NNN/zh-6NNN; totals >= 480
with >= half Chinese; category shares within 2.5 points of LABELS.md; every device of the home labelled and every
room named in both languages; no sentence quoted in TEST2.md, TEST3.md, TEST4.md or TEST5.md; TEST6.md states the counts. Exit code 0 when everything holds.

Usage: python3 tests/voice-corpus/check_test6.py [--table]   (--table prints the TEST6.md table)
"""
from blind_set import check

check(6, "6", minimum=480, hallway=("过道",))
