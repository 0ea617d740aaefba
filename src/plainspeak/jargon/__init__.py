"""Jargon detection: glossary terms, abbreviations, sig codes, unsafe notations, formal words,
rare words and word-part guesses, as non-overlapping Findings with offsets into the text."""

from .detector import Detector, DetectorSettings

__all__ = ["Detector", "DetectorSettings"]
