"""The reader's regular expressions, compiled ahead of time and shipped.

Python compiles a regular expression in two steps: its parser turns the pattern into a
tree, and its compiler turns the tree into the code the C matcher runs. For the reader's
~1,500 patterns those two steps cost about 0.4 s, paid at import or the first time a rule
is needed, for every command and every single message that meets a rule not yet used.
The code is a list of integers that depends only on the pattern, its flags and the
matcher's version (`_sre.MAGIC`): `data/regex_code.bin` holds it for every pattern the
reader writes, and `compile_re` hands it straight to the matcher, as `re.compile` itself
does once it has compiled.

A pattern the file does not hold (edited since it was written, or built at run time) is
compiled by `re` as usual; so is every pattern when the file was written for another
matcher. A test holds the file to the patterns as written: `python -m amiable.nlu.rules`
rewrites it.
"""

from __future__ import annotations

import _sre
import json
import re
import re._compiler as _compiler
import re._parser as _parser
import sys
import zlib
from array import array
from functools import cache
from importlib import resources

CODE_FILE = "regex_code.bin"

_ASKED: dict[tuple[str, int], None] = {}
"""Every (pattern, flags) compiled through `compile_re`, in order: what the file holds."""


def compile_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the shipped code when the file holds it."""
    _ASKED[(pattern, flags)] = None
    shipped = _shipped()
    entry = shipped[0].get((pattern, flags)) if shipped else None
    if shipped is None or entry is None:
        return re.compile(pattern, flags)
    all_flags, groups, groupindex, start, end = entry
    indexgroup: list[str | None] = [None] * groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # (What re._compiler.compile does with the code it has just made.)
    compiled: re.Pattern[str] = _sre.compile(
        pattern,
        all_flags,
        shipped[1][start:end].tolist(),
        groups - 1,
        groupindex,
        tuple(indexgroup),
    )
    return compiled


def _code(pattern: str, flags: int) -> tuple[int, int, dict[str, int], list[int]]:
    """The flags, group count, group names and code `re` compiles the pattern to."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    return flags | parsed.state.flags, parsed.state.groups, dict(parsed.state.groupdict), code


def code_file(patterns: list[tuple[str, int]]) -> bytes:
    """The shipped file's content for these patterns: a JSON index, a NUL, then every
    pattern's code as unsigned 32-bit integers in this machine's byte order; compressed."""
    index = []
    code = array("I")
    for pattern, flags in dict.fromkeys(patterns):
        all_flags, groups, groupindex, pattern_code = _code(pattern, flags)
        index.append([pattern, flags, all_flags, groups, groupindex, len(code), len(pattern_code)])
        code.extend(pattern_code)
    header = {"magic": _sre.MAGIC, "byteorder": sys.byteorder, "patterns": index}
    content = json.dumps(header, ensure_ascii=False).encode("utf-8") + b"\0" + code.tobytes()
    return zlib.compress(content, 6)


def shipped_patterns() -> dict[tuple[str, int], list[int]]:
    """Each shipped pattern's code (for the test that holds the file to the patterns)."""
    shipped = _shipped()
    if not shipped:
        return {}
    return {key: shipped[1][start:end].tolist() for key, (*_, start, end) in shipped[0].items()}


_Entries = dict[tuple[str, int], tuple[int, int, dict[str, int], int, int]]


@cache
def _shipped() -> tuple[_Entries, array[int]] | None:
    resource = resources.files("amiable.nlu") / "data" / CODE_FILE
    if not resource.is_file():
        return None
    return read_code_file(resource.read_bytes())


def read_code_file(compressed: bytes) -> tuple[_Entries, array[int]] | None:
    """The index and the code of a file `code_file` wrote; None if written for another
    matcher."""
    content = zlib.decompress(compressed)
    split = content.index(b"\0")
    header = json.loads(content[:split])
    if header["magic"] != _sre.MAGIC:
        return None  # another matcher's code: every pattern is compiled by re
    code = array("I")
    code.frombytes(content[split + 1 :])
    if header["byteorder"] != sys.byteorder:
        code.byteswap()
    entries = {
        (pattern, flags): (all_flags, groups, groupindex, start, start + length)
        for pattern, flags, all_flags, groups, groupindex, start, length in header["patterns"]
    }
    return entries, code
