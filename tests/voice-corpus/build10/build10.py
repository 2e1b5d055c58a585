#!/usr/bin/env python3
"""Regenerates utterances.test10.json (the tenth blind test part) from en10.py and zh10.py with
build/blind_build.py: ids en-X001…, zh-X001…, no sentence quoted in TEST2.md … TEST9.md.
Usage: python3 tests/voice-corpus/build10/build10.py"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "build"))
import blind_build  # noqa: E402

DESCRIPTION = (
    "Tenth blind, held-out test part of the voice corpus (test10): a young couple who just moved in, a "
    "father of twins, a student home for the holidays, a visiting grandmother, a cleaner and a neighbour "
    "who feeds the cat, in plain English and Mandarin (about two thirds), and regional or non-native "
    "speakers (Glasgow, Belfast, Cornwall, Alabama, Trinidadian, Ugandan, Bangladeshi, German and "
    "Brazilian English; Dalian, Harbin, Taiyuan, Nanchang, Xiamen and Macau Mandarin) in the demo home. "
    "Written from LABELS.md, demo-home.json, the Voice section of docs/api.md and the conventions of "
    "TEST2.md-TEST9.md only, without reading the engine or the other corpus parts; only run, never tuned "
    "on. See TEST10.md."
)

if __name__ == "__main__":
    blind_build.main(10, "X", DESCRIPTION)
