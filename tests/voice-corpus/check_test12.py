#!/usr/bin/env python3
"""Validates utterances.test12.json (the twelfth, blind test part) against demo-home.json and LABELS.md: every item
with the per-item checks of labels.py (shared with check.py and check_test2.py … check_test11.py), ids en-ZNNN/zh-ZNNN;
totals >= 480 with >= half Chinese; category shares within 2.5 points of LABELS.md; every device of the home labelled
and every room named in both languages; no sentence quoted in TEST2.md … TEST11.md; TEST12.md states the counts. Exit
code 0 when everything holds.

Usage: python3 tests/voice-corpus/check_test12.py [--table]   (--table prints the TEST12.md table)
"""
from blind_set import check

check(12, "Z", minimum=480, hallway=("过道",))
