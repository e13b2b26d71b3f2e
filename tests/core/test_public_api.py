"""The public surface is small and deliberate: changing it must be a conscious act."""
import thai_report_ie

PUBLIC = [
    "Check", "DateMention", "Failure", "InputTypeError", "Money", "NumberMention", "NumberParseError",
    "Organisation", "Percentage", "Person", "Quantity", "Ratio", "Report", "ThaiReportIEError",
    "Token", "__version__", "extract", "extract_many", "find_numbers", "parse_number", "to_dataframe", "tokenize",
    "CorruptFileError", "EncryptedPDFError", "FileReadError", "FileText", "MissingExtraError", "NeedsOCRError",
    "UnknownEncodingError", "UnsupportedFileTypeError", "extract_file", "read_text", "repair_thai",
]
PUBLIC += ["Extractor", "LexiconError", "evaluate"]  # issue 15: your data
PUBLIC += ["OptionError"]  # issue 12: extract()'s organisation options are checked
PUBLIC += ["FileTooLargeError"]  # rob14: the readers' size limits


def test_all_is_sorted_and_exact():
    assert thai_report_ie.__all__ == sorted(thai_report_ie.__all__)
    assert sorted(thai_report_ie.__all__) == sorted(PUBLIC)
    for name in PUBLIC:
        assert hasattr(thai_report_ie, name)


def test_records_are_frozen():
    import dataclasses

    import pytest

    q = thai_report_ie.Quantity("73 องค์กร", 0, 9, value=73, unit="องค์กร")
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.value = 74  # type: ignore[misc]
    assert q.to_dict() == {"kind": "quantity", "text": "73 องค์กร", "start": 0, "end": 9, "rule": "",
                           "value": 73, "unit": "องค์กร", "subject": None, "qualifier": None, "range": None,
                           "per": None, "relation": None, "role": None}
