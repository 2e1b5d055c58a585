#!/usr/bin/env python3
"""Regenerates utterances.test8.json (the eighth blind test part) from en8.py and zh8.py with
build/blind_build.py: ids en-8001…, zh-8001…, no sentence quoted in TEST2.md … TEST7.md.
Usage: python3 tests/voice-corpus/build8/build8.py"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "build"))
import blind_build  # noqa: E402

DESCRIPTION = (
    "Eighth blind, held-out test part of the voice corpus (test8): a family and their visitors in plain "
    "English and Mandarin (about two thirds) and regional or non-native speakers (Texan, Kenyan, "
    "Ghanaian, Pakistani, Hong Kong and Korean English; Guangxi, Yunnan, Shenyang, Jiangxi and Malaysian "
    "Chinese) in the demo home. Written from LABELS.md, demo-home.json, the Voice section of docs/api.md "
    "and the conventions of TEST2.md-TEST7.md only, without reading the engine or the other corpus parts; "
    "only run, never tuned on. See TEST8.md."
)

if __name__ == "__main__":
    blind_build.main(8, "8", DESCRIPTION)
