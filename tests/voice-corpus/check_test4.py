#!/usr/bin/env python3
"""Validates utterances.test4.json (the fourth, blind test part) against demo-home.json and LABELS.md: every item
with the per-item checks of labels.py (shared with check.py, check_test2.py and check_test3.py), ids en-4NNN/zh-4NNN; totals >= 460
with >= half Chinese; category shares within 2.5 points of LABELS.md; every device of the home labelled and every
room named in both languages; TEST4.md states the counts. Exit code 0 when everything holds.

Usage: python3 tests/voice-corpus/check_test4.py [--table]   (--table prints the TEST4.md table)
"""
from blind_set import check

check(4, "4", minimum=460, hallway=())
