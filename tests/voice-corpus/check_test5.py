#!/usr/bin/env python3
"""Validates utterances.test5.json (the fifth, blind test part) against demo-home.json and LABELS.md: every item
with the per-item checks of labels.py (shared with check.py, check_test2.py, check_test3.py and check_test4.py), ids en-5NNN/zh-5NNN; totals >= 480
with >= half Chinese; category shares within 2.5 points of LABELS.md; every device of the home labelled and every
room named in both languages; no sentence quoted in TEST2.md, TEST3.md or TEST4.md; TEST5.md states the counts. Exit code 0 when everything holds.

Usage: python3 tests/voice-corpus/check_test5.py [--table]   (--table prints the TEST5.md table)
"""
from blind_set import check

check(5, "5", minimum=480, hallway=())
