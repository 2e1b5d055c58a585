#!/usr/bin/env python3
"""Regenerates utterances.test15.json (the fifteenth blind test part) from en15.py and zh15.py with
build/blind_build.py: ids en-U001…, zh-U001…, no sentence quoted in TEST2.md … TEST14.md.
Usage: python3 tests/voice-corpus/build15/build15.py"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "build"))
import blind_build  # noqa: E402

DESCRIPTION = (
    "Fifteenth blind, held-out test part of the voice corpus (test15): a family keeping Ramadan (suhoor at "
    "four, iftar, taraweeh, Eid), a hard-of-hearing father and his daughter, a podcaster recording in the "
    "living room, a couple woken by a noise at 3 a.m., a games night, Halloween, morning yoga and a flat the "
    "decorators just left; a Saturday mahjong table, a live-streamer selling from the sofa, a noon nap, a "
    "matchmaking dinner, a morning workout and a grandfather who cannot hear, in plain English and Mandarin "
    "(about two thirds), and regional or non-native speech (Norfolk, East End Cockney rhyming slang, "
    "Philadelphia, Turkish, Thai and Indonesian learners' English; Yangzhou and Liuzhou Mandarin, an "
    "Indonesian-Chinese speaker mixing in Indonesian, an American learner's Chinese), plus recogniser "
    "homophones, another assistant's wake word and the TV caught instead of a person, in the demo home. "
    "Written from LABELS.md, demo-home.json, the Voice section of the API and the conventions of "
    "TEST2.md-TEST14.md only, without reading the engine or the other corpus parts; only run, never tuned "
    "on. See TEST15.md."
)

if __name__ == "__main__":
    blind_build.main(15, "U", DESCRIPTION)
