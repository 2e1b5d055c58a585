#!/usr/bin/env python3
"""Validates utterances.test16.json (the sixteenth, blind test part) against demo-home.json and LABELS.md: every item
with the per-item checks of labels.py (shared with check.py and check_test2.py … check_test15.py), ids en-TNNN/zh-TNNN;
totals >= 480 with >= half Chinese; category shares within 2.5 points of LABELS.md; every device of the home labelled
and every room named in both languages; no sentence quoted in TEST2.md … TEST15.md; TEST16.md states the counts. Exit
code 0 when everything holds.

Usage: python3 tests/voice-corpus/check_test16.py [--table]   (--table prints the TEST16.md table)
"""
from blind_set import check

check(16, "T", minimum=480, hallway=("过道",))
