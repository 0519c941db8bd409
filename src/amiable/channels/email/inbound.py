"""Reading an inbound e-mail: from raw RFC 5322 bytes to what the agent needs.

Debtors answer from every mail client there is, and some of what arrives is broken: a
charset declared wrong, MIME cut short, a 30 MB scan, bytes that are not mail at all.
`parse_inbound` never raises on any of it. A message it can read becomes an
`InboundEmail`; one it cannot read becomes a `Quarantined` with the reason a clerk will
see, and in both cases the headers it could read are kept, so the message can still be
routed to its case. The caller stores the raw bytes (both results carry their size and
SHA-256 to tie them back); nothing here touches a database.

What this module deliberately does not do: cut quoted history and signatures (the reader,
`amiable.nlu.clean`, does that on whatever text it is given, so the whole text body is
handed over), or fetch anything remote (HTML is turned into text offline, with scripts,
styles, comments and tracking pixels dropped).
"""

from __future__ import annotations

import codecs
import email
import email.utils
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.header import decode_header
from email.message import Message
from email.parser import BytesHeaderParser
from typing import TypedDict

from charset_normalizer import from_bytes
from lxml import etree
from lxml import html as lxml_html

MAX_MESSAGE_BYTES = 25 * 2**20
"""Above this the message is quarantined unread: the usual ceiling of mail providers."""
MAX_ATTACHMENT_BYTES = 10 * 2**20
"""An attachment above this is flagged: too big to show or to keep without a clerk's look."""

# The reference of a case as debtors quote it in a subject line. The first named group
# that matched is the reference; a pattern without named groups gives its whole match.
DEFAULT_CASE_REFERENCE = re.compile(
    r"""
      \b(?P<reference>[A-Z]{1,4}-\d{4}-\d{2,8}(?:-[A-Z0-9]{1,6})?)\b          # D-2026-0042, AG-2026-0042-L1
    | \bdossier\s*(?:n\s*[°º]|no\.?|num[ée]ro|\#)\s*:?\s*(?P<number>\d{3,12})\b  # dossier n° 12345
    """,
    re.IGNORECASE | re.VERBOSE,
)

# A message with none of these headers is not mail (random bytes, a stray file).
_KNOWN_HEADERS = ("from", "to", "subject", "date", "message-id")
_MESSAGE_ID = re.compile(r"<([^<>\s]+)>")
_BARE_MESSAGE_ID = re.compile(r"[^<>\s,;]+@[^<>\s,;]+")
_FOLDED_LINE = re.compile(r"\r?\n(?=[ \t])")
_WHITESPACE = re.compile(r"\s+")
_HTML_WHITESPACE = re.compile(r"[ \t\r\n\f]+")
_BLANK_LINES = re.compile(r"\n{3,}")

_AUTO_REPLY_SUBJECT = re.compile(
    r"""^\s*(?:(?:re|tr|fw|fwd|aw)\s*:\s*)*(?:
          r[ée]ponse\s+automatique | message\s+automatique | automatic\s+reply | auto[- ]?reply
        | auto[- ]?response | out\s+of\s+(?:the\s+)?office | absent(?:e|\(e\))?\s+du\s+bureau
        | absence\b(?!\s+d[e'’]) | abwesend | vacation\s+reply   # not "Absence de réponse"
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# "Out of office" and its French twin say it anywhere in a subject; "Absence" only leads,
# and not as "Absence de paiement", which a debtor may well write.
_AUTO_REPLY_SUBJECT_ANYWHERE = re.compile(
    r"out\s+of\s+(?:the\s+)?office|absent(?:e)?\s+du\s+bureau|r[ée]ponse\s+automatique|automatic\s+reply",
    re.IGNORECASE,
)

# Codecs a French or English office sees declared while the bytes are really something
# else: a "latin-1" or "ascii" mail is windows-1252 in practice (as browsers assume),
# and valid multi-byte UTF-8 under such a label is UTF-8, never chance.
_SINGLE_BYTE_WESTERN = {"ascii", "iso8859-1", "iso8859-15", "cp1252"}
_UPGRADED_TO_WINDOWS_1252 = {"ascii", "iso8859-1"}
# When the detector hesitates between equally good codecs, the office's usual ones win.
_PREFERRED_DETECTED = ("utf_8", "cp1252", "iso8859_15", "latin_1", "mac_roman")
_CHARSET_ALIASES = {
    "utf8mb4": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
    "x-unknown": "",
    "unknown-8bit": "",
    "iso-8859-8-i": "iso-8859-8",
    "x-mac-roman": "mac_roman",
    "macintosh": "mac_roman",
}
UNREADABLE_RATIO = 0.1
"""Above this share of control or replacement characters, a text is not text."""

# Blocks that open a paragraph (a blank line around them) and blocks that only break
# the line; the two markers are resolved once the whole tree is rendered.
_PARAGRAPH_TAGS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "dl", "pre", "hr", "figure"}
)
_LINE_TAGS = frozenset(
    {"div", "li", "tr", "dt", "dd", "address", "section", "article", "header", "footer"}
    | {"main", "nav", "aside", "figcaption", "form", "fieldset", "center", "thead", "tbody"}
)
_PARAGRAPH_BREAK = "\x01"
_LINE_BREAK = "\x00"
_BREAK_RUN = re.compile(r"[ \t\n\x00\x01]*[\x00\x01][ \t\n\x00\x01]*")
_CELL_TAGS = frozenset({"td", "th"})
_DROPPED_TAGS = (
    "script",
    "style",
    "head",
    "title",
    "noscript",
    "template",
    "iframe",
    "object",
    "embed",
    "svg",
    "math",
    "img",
    "audio",
    "video",
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Attachment:
    """What is known of an attachment: its content is hashed, never kept."""

    filename: str | None
    content_type: str
    size: int
    sha256: str
    over_limit: bool = False
    """Larger than the attachment limit: a clerk looks before anything uses it."""


@dataclass(frozen=True, slots=True)
class ThreadKeys:
    """Every clue that ties a message to a case, strongest first; the caller tries them
    in this order (a reply token, then our Message-IDs, then a case number, then the
    sender's known address)."""

    plus_tags: list[str]
    """The "+tag" of each recipient address (reply+<token>@…), lowercased, in order."""
    message_ids: list[str]
    """In-Reply-To first, then References from newest to oldest, "<…>" included."""
    case_references: list[str]
    """Case references found in the subject, as written."""
    sender: str
    """The From address, lowercased ("" when there is none)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class InboundHeaders:
    """What the headers say: kept whether the message could be read or not."""

    message_id: str | None
    in_reply_to: str | None
    references: list[str]
    from_address: str | None
    """Lowercased addr-spec of the From header."""
    from_name: str
    to_addresses: list[str]
    cc_addresses: list[str]
    reply_to_addresses: list[str]
    delivered_to: list[str]
    """Delivered-To then X-Original-To: the envelope recipients the receiving server saw."""
    subject: str
    date: datetime | None
    """Aware, in UTC; None when missing or garbled."""
    auto_reply: bool
    auto_reply_reason: str | None
    raw_size: int
    raw_sha256: str

    def thread_keys(self, case_pattern: re.Pattern[str] = DEFAULT_CASE_REFERENCE) -> ThreadKeys:
        """The clues for threading; `case_pattern` is the office's own reference format
        when it differs from the default (first named group = the reference)."""
        recipients = [
            *self.to_addresses,
            *self.cc_addresses,
            *self.delivered_to,
        ]
        message_ids = [self.in_reply_to] if self.in_reply_to else []
        message_ids += list(reversed(self.references))
        return ThreadKeys(
            plus_tags=_unique(tag for tag in map(plus_tag, recipients) if tag),
            message_ids=_unique(message_ids),
            case_references=case_references(self.subject, case_pattern),
            sender=self.from_address or "",
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class InboundEmail(InboundHeaders):
    """A message that could be read."""

    text: str
    """The whole text body (quoted history included: the reader cuts it)."""
    html_present: bool
    attachments: list[Attachment] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)
    """What was wrong but recovered from (charset guessed, MIME cut short…), for clerks."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Quarantined(InboundHeaders):
    """A message that could not be read; a clerk sees the reason and the raw message."""

    reason: str


def parse_inbound(
    raw: bytes,
    *,
    max_bytes: int = MAX_MESSAGE_BYTES,
    max_attachment_bytes: int = MAX_ATTACHMENT_BYTES,
) -> InboundEmail | Quarantined:
    """Read raw message bytes. Never raises: whatever cannot be read is quarantined with
    its reason, keeping the headers that could be read."""
    raw_size = len(raw)
    raw_sha256 = hashlib.sha256(raw).hexdigest()
    if not raw.strip():
        return _quarantine(Message(), "empty message", raw_size, raw_sha256)
    if raw_size > max_bytes:
        # Only the header block is parsed: a too-large message is never decoded.
        return _quarantine(
            _parse_headers_only(raw),
            f"too large: {raw_size} bytes (limit {max_bytes} bytes)",
            raw_size,
            raw_sha256,
        )
    try:
        message = email.message_from_bytes(raw)
    except Exception as error:  # the parser is tolerant; this is the last net
        return _quarantine(
            Message(), f"could not be parsed: {type(error).__name__}", raw_size, raw_sha256
        )
    try:
        return _read(message, raw_size, raw_sha256, max_attachment_bytes)
    except Exception as error:
        # A mail client can produce anything: a bug here must cost one message a clerk's
        # look, never the poll or the webhook that carried it.
        return _quarantine(
            message,
            f"could not be read: {type(error).__name__}: {error}",
            raw_size,
            raw_sha256,
        )


def plus_tag(address: str) -> str | None:
    """The sub-address of "local+tag@domain", lowercased (our reply tokens are)."""
    local, at, _domain = address.rpartition("@")
    if not at:
        return None
    _base, plus, tag = local.partition("+")
    return tag.lower() if plus and tag else None


def case_references(subject: str, pattern: re.Pattern[str] = DEFAULT_CASE_REFERENCE) -> list[str]:
    """Case references in a subject line: the first named group that matched, else the
    whole match, each once."""
    found = []
    for match in pattern.finditer(subject):
        named = [value for value in match.groupdict().values() if value]
        found.append((named[0] if named else match.group(0)).strip())
    return _unique(reference for reference in found if reference)


def html_to_text(markup: str) -> str:
    """Visible text of an HTML body, offline: scripts, styles, comments, hidden blocks
    and images dropped; blocks become line breaks; blockquotes become "> " lines so the
    reader knows them for quoted history."""
    if not markup.strip():
        return ""
    parser = lxml_html.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True
    )
    try:
        root = lxml_html.document_fromstring(markup.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError):
        return ""
    etree.strip_elements(root, *_DROPPED_TAGS, with_tail=False)
    for hidden in root.xpath("//*[@style]"):
        if _HIDDEN_STYLE.search(hidden.get("style", "")) and hidden.getparent() is not None:
            hidden.drop_tree()
    return _tidy_lines(_render(root, preformatted=False))


def decode_text(data: bytes, declared: str | None) -> tuple[str, str | None]:
    """Bytes to text: the declared charset as far as the bytes allow it, else UTF-8 when
    the bytes are valid UTF-8, else what charset-normalizer detects (ties broken toward
    the Western codecs an office sees), else latin-1, which never fails. Returns the
    text and a note for the defects list when the declaration was not followed."""
    if not data:
        return "", None
    codec = _codec(declared)
    note = None
    if codec:
        if codec in _SINGLE_BYTE_WESTERN and not data.isascii() and _is_utf8(data):
            return data.decode("utf-8"), f"declared {declared} but the bytes are UTF-8"
        if codec in _UPGRADED_TO_WINDOWS_1252:
            try:
                return data.decode("cp1252"), None
            except UnicodeDecodeError:
                pass
        try:
            return data.decode(codec), None
        except (UnicodeDecodeError, LookupError):
            note = f"declared charset {declared} does not match the bytes"
    elif declared:
        note = f"unknown charset {declared}"
    if data.isascii():
        return data.decode("ascii"), note
    if _is_utf8(data):
        return data.decode("utf-8"), _join_notes(note, "decoded as UTF-8")
    detected = _detect(data)
    if detected is not None:
        text, encoding = detected
        return text, _join_notes(note, f"detected {encoding}")
    return data.decode("latin-1"), _join_notes(note, "decoded as latin-1")


def auto_reply_reason(message: Message, subject: str) -> str | None:
    """Why the message looks automatic (RFC 3834 and the usual vendor marks), or None."""
    auto_submitted = _first(message, "auto-submitted")
    if auto_submitted and auto_submitted.strip().lower() != "no":
        return f"Auto-Submitted: {auto_submitted.strip()}"
    for name in ("x-autoreply", "x-autorespond", "x-auto-reply"):
        if _first(message, name) is not None:
            return f"{_canonical(name)} header"
    precedence = (_first(message, "precedence") or "").strip().lower()
    if precedence in {"auto_reply", "bulk", "junk"}:
        return f"Precedence: {precedence}"
    source = _first(message, "x-ms-exchange-generated-message-source")
    if source and "rules agent" in source.lower():
        return f"X-MS-Exchange-Generated-Message-Source: {source.strip()}"
    if _first(message, "x-ms-exchange-inbox-rules-loop") is not None:
        return "X-MS-Exchange-Inbox-Rules-Loop header"
    if _AUTO_REPLY_SUBJECT.match(subject) or _AUTO_REPLY_SUBJECT_ANYWHERE.search(subject):
        return f"subject: {subject}"
    return None


# --- reading -------------------------------------------------------------------------


@dataclass
class _Body:
    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)


def _read(
    message: Message, raw_size: int, raw_sha256: str, limit: int
) -> InboundEmail | Quarantined:
    if not any(_first(message, name) is not None for name in _KNOWN_HEADERS):
        return _quarantine(
            message,
            "not an e-mail: no From, To, Subject, Date or Message-ID header",
            raw_size,
            raw_sha256,
        )
    body = _Body()
    _collect(message, body, limit)
    defects = _unique([*(_defect_names(message)), *body.defects])
    plain = "\n\n".join(part for part in body.plain if part.strip())
    text = _tidy_plain(plain) if plain.strip() else html_to_text("\n".join(body.html))
    headers = _headers(message, raw_size, raw_sha256)
    if not text.strip() or not _readable(text):
        reason = "no text: " + (
            "the message has no text or HTML part"
            if not body.plain and not body.html
            else "the text is empty or unreadable"
        )
        if body.attachments:
            names = ", ".join(item.filename or item.content_type for item in body.attachments)
            reason += f" (attachments: {names})"
        return Quarantined(reason=reason, **headers)
    return InboundEmail(
        text=text,
        html_present=bool(body.html),
        attachments=body.attachments,
        defects=defects,
        **headers,
    )


def _collect(part: Message, body: _Body, limit: int) -> None:
    """Sort a MIME tree into body texts and attachments."""
    content_type = part.get_content_type()
    if content_type.startswith("message/"):
        # A forwarded or returned message is a document, not the debtor's words.
        _add_attachment(part, body, limit)
        return
    if part.is_multipart():
        children = [child for child in part.get_payload() if isinstance(child, Message)]
        if content_type == "multipart/alternative":
            _collect_alternative(children, body, limit)
        else:
            for child in children:
                _collect(child, body, limit)
        return
    disposition = part.get_content_disposition()
    is_body_text = (
        content_type in {"text/plain", "text/html"} or part.get_content_maintype() == "multipart"
    )
    if is_body_text and disposition != "attachment":
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        text, note = decode_text(data, part.get_content_charset())
        if note:
            body.defects.append(f"{content_type}: {note}")
        if content_type == "text/html":
            body.html.append(text)
        else:
            if content_type.startswith("multipart/"):
                body.defects.append(f"{content_type} without parts: read as text")
            body.plain.append(_unflow(text, part) if _is_flowed(part) else text)
        return
    _add_attachment(part, body, limit)


def _add_attachment(part: Message, body: _Body, limit: int) -> None:
    try:
        body.attachments.append(_attachment(part, limit))
    except Exception as error:
        # One unreadable attachment must not cost the debtor's text.
        reason = type(error).__name__
        body.defects.append(f"{part.get_content_type()}: attachment unreadable ({reason})")


def _collect_alternative(children: list[Message], body: _Body, limit: int) -> None:
    """Of equivalent versions keep the plain one for text (what the debtor typed) and the
    richest HTML one for the record; attachments of every version are listed."""
    versions = []
    for child in children:
        version = _Body()
        _collect(child, version, limit)
        versions.append(version)
        body.attachments += version.attachments
        body.defects += version.defects
    plain = next((version for version in versions if any(p.strip() for p in version.plain)), None)
    richest = next((version for version in reversed(versions) if version.html), None)
    if plain is not None:
        body.plain += plain.plain
    if richest is not None:
        body.html += richest.html


def _attachment(part: Message, limit: int) -> Attachment:
    if part.get_content_type().startswith("message/") and part.is_multipart():
        blocks = part.get_payload()
        data = b"".join(block.as_bytes() for block in blocks if isinstance(block, Message))
    else:
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
    filename = part.get_filename()
    return Attachment(
        filename=_decode_words(filename) if filename else None,
        content_type=part.get_content_type(),
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        over_limit=len(data) > limit,
    )


class _HeaderFields(TypedDict):
    message_id: str | None
    in_reply_to: str | None
    references: list[str]
    from_address: str | None
    from_name: str
    to_addresses: list[str]
    cc_addresses: list[str]
    reply_to_addresses: list[str]
    delivered_to: list[str]
    subject: str
    date: datetime | None
    auto_reply: bool
    auto_reply_reason: str | None
    raw_size: int
    raw_sha256: str


def _headers(message: Message, raw_size: int, raw_sha256: str) -> _HeaderFields:
    subject = _WHITESPACE.sub(" ", _decode_words(_first(message, "subject") or "")).strip()
    senders = _addresses(message, "from")
    from_name, from_address = senders[0] if senders else ("", None)
    in_reply_to = _message_ids(_first(message, "in-reply-to") or "")
    reason = auto_reply_reason(message, subject)
    return _HeaderFields(
        message_id=next(iter(_message_ids(_first(message, "message-id") or "")), None),
        in_reply_to=in_reply_to[0] if in_reply_to else None,
        references=_message_ids(" ".join(_all(message, "references"))),
        from_address=from_address,
        from_name=from_name,
        to_addresses=[address for _name, address in _addresses(message, "to")],
        cc_addresses=[address for _name, address in _addresses(message, "cc")],
        reply_to_addresses=[address for _name, address in _addresses(message, "reply-to")],
        delivered_to=_unique(
            address
            for name in ("delivered-to", "x-original-to")
            for _name, address in _addresses(message, name)
        ),
        subject=subject,
        date=_date(_first(message, "date")),
        auto_reply=reason is not None,
        auto_reply_reason=reason,
        raw_size=raw_size,
        raw_sha256=raw_sha256,
    )


def _quarantine(message: Message, reason: str, raw_size: int, raw_sha256: str) -> Quarantined:
    try:
        headers = _headers(message, raw_size, raw_sha256)
    except Exception:
        headers = _headers(Message(), raw_size, raw_sha256)
    return Quarantined(reason=reason, **headers)


def _parse_headers_only(raw: bytes) -> Message:
    end = len(raw)
    for separator in (b"\r\n\r\n", b"\n\n"):
        found = raw.find(separator, 0, 1 << 20)
        if found != -1:
            end = min(end, found)
    try:
        return BytesHeaderParser().parsebytes(raw[: min(end, 1 << 20)])
    except Exception:
        return Message()


# --- headers -------------------------------------------------------------------------


def _all(message: Message, name: str) -> list[str]:
    """Raw values of a header, unfolded, 8-bit bytes decoded (UTF-8, else windows-1252)."""
    values = []
    for key, value in message.raw_items():
        if key.lower() == name:
            text = value if isinstance(value, str) else str(value)
            values.append(_FOLDED_LINE.sub("", _undo_surrogates(text)))
    return values


def _first(message: Message, name: str) -> str | None:
    values = _all(message, name)
    return values[0] if values else None


def _undo_surrogates(text: str) -> str:
    """Headers with raw 8-bit bytes come out of the parser as surrogate escapes."""
    if not any("\udc80" <= character <= "\udcff" for character in text):
        return text
    data = text.encode("utf-8", "surrogateescape")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def _decode_words(value: str) -> str:
    """RFC 2047 encoded words decoded, each with its charset or a fallback."""
    try:
        chunks = decode_header(value)
    except Exception:
        return value
    decoded = []
    for chunk, charset in chunks:
        if isinstance(chunk, str):
            decoded.append(chunk)
        else:
            decoded.append(decode_text(chunk, charset)[0] if charset else _undo_bytes(chunk))
    return "".join(decoded)


def _undo_bytes(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def _addresses(message: Message, name: str) -> list[tuple[str, str]]:
    """(display name, lowercased address) pairs; the name is decoded after the split, so
    an encoded comma in a name cannot cut it in two."""
    pairs = []
    for display, address in email.utils.getaddresses(_all(message, name)):
        address = address.strip().strip("<>").lower()
        if "@" in address:
            pairs.append((_WHITESPACE.sub(" ", _decode_words(display)).strip(), address))
    return pairs


def _message_ids(value: str) -> list[str]:
    found = [f"<{identifier}>" for identifier in _MESSAGE_ID.findall(value)]
    if not found:
        found = [f"<{identifier}>" for identifier in _BARE_MESSAGE_ID.findall(value)]
    return _unique(found)


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed.tzinfo is None:
        # RFC 5322 "-0000": the zone is unknown, the time is UTC.
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _canonical(name: str) -> str:
    return "-".join(word.capitalize() for word in name.split("-"))


def _defect_names(message: Message) -> list[str]:
    names = []
    for part in message.walk():
        names += [type(defect).__name__ for defect in getattr(part, "defects", [])]
    return names


# --- text ----------------------------------------------------------------------------


def _codec(declared: str | None) -> str | None:
    if not declared:
        return None
    label = declared.strip().strip("\"'").lower()
    label = _CHARSET_ALIASES.get(label, label)
    if not label:
        return None
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    # "base64", "zlib" and the like are codecs too, but not text encodings.
    return info.name if getattr(info, "_is_text_encoding", True) else None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _detect(data: bytes) -> tuple[str, str] | None:
    matches = list(from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    tied = [
        match
        for match in matches
        if match.chaos <= best.chaos + 0.01 and match.coherence >= best.coherence - 0.01
    ]
    for preferred in _PREFERRED_DETECTED:
        for match in tied:
            if preferred in match.could_be_from_charset:
                try:
                    return data.decode(preferred), preferred
                except UnicodeDecodeError:
                    continue
    return str(best), best.encoding


def _join_notes(first: str | None, second: str) -> str:
    return f"{first}; {second}" if first else second


def _readable(text: str) -> bool:
    unreadable = sum(
        1
        for character in text
        if character == "\ufffd" or (not character.isprintable() and character not in "\n\r\t")
    )
    return unreadable <= UNREADABLE_RATIO * len(text)


def _tidy_plain(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Trailing spaces go, except in "-- ", the signature delimiter the reader looks for.
    lines = [line if line == "-- " else line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


def _is_flowed(part: Message) -> bool:
    return str(part.get_param("format") or "").lower() == "flowed"


def _unflow(text: str, part: Message) -> str:
    """RFC 3676 format=flowed: soft line breaks (a trailing space) joined back."""
    delete_space = str(part.get_param("delsp") or "").lower() == "yes"
    lines: list[str] = []
    paragraph: str | None = None
    paragraph_depth = 0
    for line in text.replace("\r\n", "\n").split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        if content.startswith(" "):
            content = content[1:]
        flowed = content.endswith(" ") and content != "-- "
        if flowed and delete_space:
            content = content[:-1]
        if paragraph is not None and depth == paragraph_depth:
            paragraph += content
        else:
            if paragraph is not None:
                lines.append(_quoted(paragraph, paragraph_depth))
            paragraph, paragraph_depth = content, depth
        if not flowed:
            lines.append(_quoted(paragraph, paragraph_depth))
            paragraph = None
    if paragraph is not None:
        lines.append(_quoted(paragraph, paragraph_depth))
    return "\n".join(lines)


def _quoted(content: str, depth: int) -> str:
    return (">" * depth + " " + content) if depth else content


def _render(element: etree._Element, *, preformatted: bool) -> str:
    parts = [_text(element.text, preformatted)]
    for child in element:
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        inner_pre = preformatted or tag == "pre"
        if tag == "br":
            parts.append("\n")
        elif tag == "blockquote":
            quoted = _tidy_lines(_render(child, preformatted=inner_pre))
            lines = "\n".join(f"> {line}".rstrip() for line in quoted.split("\n"))
            parts.append(_PARAGRAPH_BREAK + lines + _PARAGRAPH_BREAK)
        elif tag in _PARAGRAPH_TAGS:
            inner = _render(child, preformatted=inner_pre)
            parts.append(_PARAGRAPH_BREAK + inner + _PARAGRAPH_BREAK)
        elif tag in _LINE_TAGS:
            parts.append(_LINE_BREAK + _render(child, preformatted=inner_pre) + _LINE_BREAK)
        elif tag in _CELL_TAGS:
            parts.append(_render(child, preformatted=inner_pre) + " ")
        elif tag:
            parts.append(_render(child, preformatted=inner_pre))
        parts.append(_text(child.tail, preformatted))
    return "".join(parts)


def _resolve_break(run: re.Match[str]) -> str:
    """A run of block edges and line breaks: a paragraph edge gives a blank line, a line
    edge one line break, and each <br> in the run one more (an empty <div><br></div>
    line is a blank line)."""
    text = run.group(0)
    required = 2 if _PARAGRAPH_BREAK in text else 1
    return "\n" * max(required, 1 + text.count("\n"))


def _text(value: str | None, preformatted: bool) -> str:
    if not value:
        return ""
    return value if preformatted else _HTML_WHITESPACE.sub(" ", value)


def _tidy_lines(text: str) -> str:
    text = _BREAK_RUN.sub(_resolve_break, text)
    lines = [line.replace("\u00a0", " ").strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n")


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))
