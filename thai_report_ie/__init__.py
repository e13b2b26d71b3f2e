"""thai_report_ie: structured, checked facts from Thai reports.

>>> import thai_report_ie as tri
>>> tri.parse_number("๑,๕๔๙")
1549
"""
from __future__ import annotations

from ._frames import to_dataframe
from .batch import Failure, extract_many
from .errors import InputTypeError, NumberParseError, ThaiReportIEError
from .errors import LexiconError
from .evaluate import evaluate
from .extract import extract
from .extractor import Extractor
from .numerals import find_numbers, parse_number
from .records import (
    Check,
    DateMention,
    Money,
    NumberMention,
    Organisation,
    Percentage,
    Person,
    Quantity,
    Ratio,
    Report,
    Token,
)
from .tokenize import tokenize

__version__ = "0.1.0"

__all__ = [
    "Check",
    "DateMention",
    "Extractor",
    "Failure",
    "InputTypeError",
    "LexiconError",
    "Money",
    "NumberMention",
    "NumberParseError",
    "Organisation",
    "Percentage",
    "Person",
    "Quantity",
    "Ratio",
    "Report",
    "ThaiReportIEError",
    "Token",
    "__version__",
    "evaluate",
    "extract",
    "extract_many",
    "find_numbers",
    "parse_number",
    "to_dataframe",
    "tokenize",
]
