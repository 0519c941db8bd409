"""The reader's regular expressions compiled ahead of time (amiable.nlu.precompiled)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zlib

import pytest

from amiable.nlu import dates, precompiled
from amiable.nlu import rules as rules_module
from amiable.nlu.precompiled import code_file, compile_re, read_code_file

_ASKED_AT_IMPORT = """
import json
import amiable.nlu.read
from amiable.nlu import dates, precompiled
print(json.dumps(list(precompiled._ASKED)))
"""


def test_the_shipped_file_holds_every_pattern_with_the_code_re_gives_now() -> None:
    """A pattern edited since the file was written would be compiled by `re` (correct, only
    slower): the file must hold every rule pattern and every pattern the reader's modules
    compile at import, each with the code Python's compiler makes of it today."""
    shipped = precompiled.shipped_patterns()
    # (In a fresh process: the patterns asked at import, not those other tests made.)
    asked = subprocess.run(
        [sys.executable, "-c", _ASKED_AT_IMPORT], capture_output=True, text=True, check=True
    )
    wanted = [(pattern, 0) for pattern in (*rules_module._WRITTEN, *dates.phrase_patterns())]
    wanted += [(pattern, flags) for pattern, flags in json.loads(asked.stdout)]
    missing = [key for key in wanted if key not in shipped]
    assert not missing, (
        f"{len(missing)} patterns are not in the file, e.g. {missing[0][0][:80]!r}: "
        "rewrite it with `python -m amiable.nlu.rules`"
    )
    for (pattern, flags), code in shipped.items():
        assert code == precompiled._code(pattern, flags)[3], pattern


@pytest.mark.parametrize(
    ("pattern", "flags", "text"),
    [
        (r"\bje (?P<verb>paie|regle) le (\d{1,2})\b", 0, "bon, je regle le 15 sans faute"),
        (r"(?<![a-z])x(?![a-z])", 0, "3 x 50"),
        (
            r"""\b(?:
              stop   # a word
            | arret  # another
            )\b""",
            re.VERBOSE | re.IGNORECASE,
            "ARRET svp",
        ),
        (r"^\s*$", re.MULTILINE, "a\n\nb"),
    ],
)
def test_a_pattern_from_the_file_matches_as_re_compiles_it(
    pattern: str, flags: int, text: str
) -> None:
    made = read_code_file(code_file([(pattern, flags)]))
    assert made is not None

    original = precompiled._shipped
    precompiled._shipped = lambda: made  # type: ignore[assignment]
    try:
        ours = compile_re(pattern, flags)
    finally:
        precompiled._shipped = original
    theirs = re.compile(pattern, flags)
    assert (ours.pattern, ours.flags, ours.groups, ours.groupindex) == (
        theirs.pattern,
        theirs.flags,
        theirs.groups,
        theirs.groupindex,
    )
    found, expected = ours.search(text), theirs.search(text)
    assert expected is not None
    assert found is not None and found.span() == expected.span()
    assert found.groups() == expected.groups()
    assert [m.span() for m in ours.finditer(text * 3)] == [
        m.span() for m in theirs.finditer(text * 3)
    ]


def test_a_file_written_for_another_matcher_is_not_used() -> None:
    content = zlib.decompress(code_file([(r"\bpaid\b", 0)]))
    split = content.index(b"\0")
    header = json.loads(content[:split])
    header["magic"] += 1
    forged = zlib.compress(json.dumps(header).encode() + content[split:])
    assert read_code_file(forged) is None
    assert read_code_file(code_file([(r"\bpaid\b", 0)])) is not None


def test_a_pattern_the_file_lacks_is_compiled_by_re() -> None:
    pattern = r"\bzorglub (?:a|au) paye\b"
    assert (pattern, 0) not in precompiled.shipped_patterns()
    assert compile_re(pattern).search("zorglub a paye hier") is not None
