"""Roman numerals, read by the name stages (a regnal number: "Louis XIV") and the reference tagger."""
from __future__ import annotations

import re

ROMAN = re.compile(r"[ivxlcdm]+", re.I)  # letters of a Roman numeral, either case (fullmatch a word)


def regnal_number(word: str) -> bool:
    """A capitalised Roman numeral after a name ("XIV", "II"): a ruler's number."""
    return word.isupper() and ROMAN.fullmatch(word) is not None
