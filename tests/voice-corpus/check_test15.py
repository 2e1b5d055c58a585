#!/usr/bin/env python3
"""Validates utterances.test15.json (the fifteenth, blind test part) against demo-home.json and LABELS.md: every item
with the per-item checks of labels.py (shared with check.py and check_test2.py … check_test14.py), ids en-UNNN/zh-UNNN;
totals >= 480 with >= half Chinese; category shares within 2.5 points of LABELS.md; every device of the home labelled
and every room named in both languages; no sentence quoted in TEST2.md … TEST14.md; TEST15.md states the counts. Exit
code 0 when everything holds.

Usage: python3 tests/voice-corpus/check_test15.py [--table]   (--table prints the TEST15.md table)
"""
from blind_set import check

check(15, "U", minimum=480, hallway=("过道",))
