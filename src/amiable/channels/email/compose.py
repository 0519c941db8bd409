"""Composing an outbound e-mail: one debtor, one message, every header on purpose.

The template engine has already written the words (subject, plain text, optional HTML,
in the debtor's language); this module turns them into a MIME message a relay will
accept and a mail client will show well:

* ``multipart/alternative`` (text first, then HTML) when there is HTML, a single
  ``text/plain`` part otherwise; UTF-8, quoted-printable, so that every line on the
  wire stays under the 78 characters of RFC 5322 while the debtor's client shows the
  original lines (soft line breaks);
* ``From`` with the tenant's display name (RFC 2047-encoded when not ASCII),
  ``Reply-To`` carrying the reply token, ``Message-ID`` deterministic per outbox row,
  ``Date`` from the injected clock, ``Content-Language``, and ``In-Reply-To`` /
  ``References`` when answering a debtor, so the answer lands in the debtor's thread;
* ``Auto-Submitted: auto-generated`` (RFC 3834): vacation responders must not answer,
  and our own reader never answers a message carrying it, so two robots cannot loop;
* ``X-Auto-Response-Suppress: OOF, AutoReply``: the Exchange/Outlook spelling of the
  same wish. Delivery reports (DR, NDR) are deliberately NOT suppressed: a bounce is
  how we learn an address is dead.

What a collection notice must NOT carry:

* no ``List-Unsubscribe`` / ``List-Unsubscribe-Post`` (RFC 8058 one-click). These are
  for marketing and mailing lists; a collection notice is individual and
  transactional (Gmail's and Yahoo's 2024 bulk-sender rules exempt transactional
  mail). A one-click POST is unauthenticated and fired by link scanners and a
  mis-tap; it would silently stop a notice the creditor may need to prove was sent,
  without the record of *who* asked. The opt-out the law requires (US Reg F
  1006.6(e); the debtor's "stop" anywhere) is written in the body by the template and
  honoured by the reader, which records it as a channel opt-out with its evidence;
* no ``Precedence: bulk`` and no ``List-*``: they mark mail as bulk, and filters move
  it to promotions or spam;
* no ``Cc`` / ``Bcc``: a debt must not be disclosed to a third party, so a message has
  exactly one recipient; no ``Return-Path``: the relay writes it from the envelope
  sender (our VERP bounce address, given to the transport).

Headers refuse CR, LF and other control characters (a ``ValueError`` naming the
header) rather than trusting the library to fold them away: a debtor's name in a
subject must never be able to add a header.
"""

from __future__ import annotations

import binascii
import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.headerregistry import Address, BaseHeader, HeaderRegistry
from email.message import EmailMessage
from email.policy import EmailPolicy
from email.utils import format_datetime
from functools import lru_cache
from types import MappingProxyType
from typing import Any

# C0 controls except TAB, DEL, and the Unicode line breaks some parsers split on.
_FORBIDDEN_IN_HEADER = re.compile("[\x00-\x08\x0a-\x1f\x7f\x85\u2028\u2029]")
_MESSAGE_ID = re.compile(r"^<[^<>@\s]+@[^<>@\s]+>$")
_HEADER_NAME = re.compile(r"^[!-9;-~]+$")  # RFC 5322 ftext: printable ASCII but ':'
_LANGUAGE_TAG = re.compile(r"^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$", re.IGNORECASE)
# A bare address in the common shape, checked without the (slow) RFC 5322 parser.
_PLAIN_ADDRESS = re.compile(
    r"^([a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*)"
    r"@((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63})$",
    re.IGNORECASE,
)
# Named, decimal and hexadecimal character references: the sign of a plain-text part
# that went through HTML escaping by mistake ("Dupont &amp; Fils").
_HTML_ENTITY = re.compile(r"&(?:[a-z][a-z0-9]{1,31}|#[0-9]{1,7}|#x[0-9a-f]{1,6});", re.IGNORECASE)
_LINE_BREAK = re.compile(r"\n|\r")  # as email.policy: not splitlines(), which splits more
_MAX_REFERENCES = 20
# A word and the ASCII whitespace before it. Unicode spaces (the no-break spaces Babel
# puts in French amounts) belong to the word: they are encoded, not folded on.
_WORDS = re.compile(r"([ \t]*)([^ \t]+)")
_ENCODED_WORD = "=?utf-8?q?{}?="
_ENCODED_WORD_OVERHEAD = len(_ENCODED_WORD.format(""))
_ENCODED_WORD_PAYLOAD = 75 - _ENCODED_WORD_OVERHEAD
_Q_LITERAL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")
_MAX_LINE = 78  # RFC 5322 2.1.1

# Headers compose() writes itself, or that a collection notice must not carry (see the
# module docstring); extra headers may not set them.
_RESERVED_HEADERS = frozenset(
    name.lower()
    for name in (
        "From", "Sender", "To", "Cc", "Bcc", "Reply-To", "Subject", "Date", "Message-ID",
        "In-Reply-To", "References", "MIME-Version", "Content-Type",
        "Content-Transfer-Encoding", "Content-Language", "Auto-Submitted",
        "X-Auto-Response-Suppress", "Return-Path", "Received", "DKIM-Signature",
        "List-Unsubscribe", "List-Unsubscribe-Post", "List-Id", "Precedence",
    )
)  # fmt: skip


class _Folded(str):
    """A header value already encoded (RFC 2047) and folded to 78 columns."""


class WirePolicy(EmailPolicy):
    """`email.policy.SMTP`, except that values compose() has already encoded and
    folded are stored as they are.

    Why: the email package parses every header into a tree when it is set and folds
    that tree again on every flattening, about 5 ms a message, which alone capped a
    worker under the 300 messages a second the dispatcher needs. compose() encodes
    each value once (the sender's name once per sender), the way the parser stores a
    received message; reading a header back (``message["Subject"]``) parses it as
    usual, and any header set later by other code takes the normal path."""

    def header_store_parse(self, name: str, value: Any) -> tuple[str, Any]:
        if isinstance(value, _Folded):
            return (name, str(value))
        return super().header_store_parse(name, value)

    def header_fetch_parse(self, name: str, value: Any) -> Any:
        """As EmailPolicy, with the parsed header remembered: the generator asks for
        a part's Content-Type half a dozen times per flattening, and parsing it is
        the costly step. Header objects are immutable, so sharing them is safe."""
        if hasattr(value, "name"):
            return value
        return _parsed_header(self.header_factory, name, value)


@lru_cache(maxsize=4096)
def _parsed_header(factory: Any, name: str, value: str) -> Any:
    return factory(name, "".join(_LINE_BREAK.split(value)))


class _HeaderClasses(HeaderRegistry):
    """The standard header registry, building each header class once: the stock one
    builds a new class on every lookup, a fifth of the cost of sending a message."""

    def __init__(self) -> None:
        super().__init__()
        self._built: dict[str, type[BaseHeader]] = {}

    def __getitem__(self, name: str) -> type[BaseHeader]:
        key = name.lower()
        built = self._built.get(key)
        if built is None:
            built = self._built[key] = super().__getitem__(name)
        return built


_POLICY = WirePolicy(linesep="\r\n", header_factory=_HeaderClasses())
_NO_HEADERS: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Sender:
    """The identity mail goes out under: one per tenant and creditor.

    `name` is the display name ("Alcyon Gestion — Service recouvrement"), `address`
    the From address (its domain should be the one the relay signs with DKIM, for
    DMARC alignment), `reply_mailbox` the mailbox answers come to (``reply@domain``,
    sub-addressed with the reply token), `domain` the right-hand side of our
    Message-IDs and bounce address."""

    name: str
    address: str
    reply_mailbox: str
    domain: str

    def __post_init__(self) -> None:
        _check_header_text("sender name", self.name)
        display_name, address = _parse_single_address("sender address", self.address)
        if display_name or address != self.address:
            raise ValueError(f"sender address must be a bare ASCII address: {self.address!r}")
        _parse_single_address("reply mailbox", self.reply_mailbox)
        _check_header_text("sender domain", self.domain)
        if not self.domain or "@" in self.domain or " " in self.domain:
            raise ValueError(f"sender domain is not a domain name: {self.domain!r}")


def compose(
    *,
    sender: Sender,
    to: str,
    subject: str,
    text: str,
    html: str | None,
    message_id: str,
    reply_to: str,
    lang: str,
    now: datetime,
    references: Sequence[str] = (),
    headers: Mapping[str, str] = _NO_HEADERS,
) -> EmailMessage:
    """The MIME message for one debtor, ready for `EmailTransport.send`.

    `references` is the thread being answered, oldest first, ending with the debtor's
    message we answer (it becomes In-Reply-To). `headers` are extra headers (say a
    tenant's ``Feedback-ID``); they may not override the ones written here."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be a timezone-aware datetime")
    _check_header_text("subject", subject)
    if not subject.strip():
        raise ValueError("subject is empty")
    if not _LANGUAGE_TAG.match(lang):
        raise ValueError(f"not a language tag: {lang!r}")
    _check_message_id("message id", message_id)
    thread = _thread(references)
    extra = _extra_headers(headers)
    recipient = _parse_single_address("recipient", to)
    reply_address = _parse_single_address("reply-to", reply_to)
    _check_plain_text(text)

    if html is not None and not html.strip():
        raise ValueError("html part is empty: pass None for a text-only message")

    message = EmailMessage(policy=_POLICY)
    message["From"] = _address_value("From", sender.name, sender.address)
    message["To"] = _address_value("To", *recipient)
    message["Reply-To"] = _address_value("Reply-To", *reply_address)
    message["Subject"] = _header_value("Subject", subject)
    message["Date"] = _Folded(format_datetime(now.astimezone(UTC)))
    message["Message-ID"] = _Folded(message_id)
    if thread:
        message["In-Reply-To"] = _Folded(thread[-1])
        message["References"] = _Folded("\n ".join(thread))
    message["Auto-Submitted"] = _Folded("auto-generated")
    message["X-Auto-Response-Suppress"] = _Folded("OOF, AutoReply")
    for name, value in extra:
        message[name] = _header_value(name, value)
    message["MIME-Version"] = _Folded("1.0")
    message["Content-Language"] = _Folded(lang)
    if html is None:
        _set_text_body(message, text, "plain")
    else:
        # A boundary beginning "=_" cannot occur in a quoted-printable body (there
        # "=" is always followed by two hex digits or a line end); derived from the
        # Message-ID, so the same message is the same bytes on every attempt.
        boundary = "=_" + hashlib.sha256(message_id.encode("utf-8")).hexdigest()[:32]
        message["Content-Type"] = _Folded(f'multipart/alternative;\n boundary="{boundary}"')
        message.set_payload([_text_part(text, "plain"), _text_part(html, "html")])
    return message


def _text_part(body: str, subtype: str) -> EmailMessage:
    part = EmailMessage(policy=_POLICY)
    _set_text_body(part, body, subtype)
    return part


def _set_text_body(part: EmailMessage, body: str, subtype: str) -> None:
    """UTF-8, quoted-printable: lines of at most 76 characters on the wire, each long
    line of the template rejoined by the reader's client (soft line breaks)."""
    part["Content-Type"] = _Folded(f'text/{subtype}; charset="utf-8"')
    part["Content-Transfer-Encoding"] = _Folded("quoted-printable")
    encoded = binascii.b2a_qp(_with_final_newline(body).encode("utf-8"), istext=True)
    part.set_payload(encoded.decode("ascii"))


def _header_value(name: str, value: str) -> _Folded:
    """An unstructured value (Subject, extra headers) as it goes on the wire: words
    with non-ASCII characters become RFC 2047 encoded-words, ASCII words stay
    readable, lines are folded at spaces to 78 columns."""
    value = value.strip(" \t")
    if value.isascii() and "=?" not in value and len(name) + 2 + len(value) <= _MAX_LINE:
        return _Folded(value)
    tokens: list[tuple[str, str]] = []  # (whitespace before, word)
    pending: list[str] = []  # consecutive words to encode, with the whitespace between
    space = ""
    for whitespace, word in _WORDS.findall(value):
        if word.isascii() and "=?" not in word:
            if pending:
                tokens += _encoded_words("".join(pending), space, first_line=_opening(name, tokens))
                pending = []
            tokens.append((whitespace, word))
        elif pending:
            # Whitespace between two encoded-words is dropped by decoders: keep it
            # inside the encoding.
            pending += [whitespace, word]
        else:
            space, pending = whitespace, [word]
    if pending:
        tokens += _encoded_words("".join(pending), space, first_line=_opening(name, tokens))
    return _fold_tokens(name, tokens)


def _opening(name: str, tokens: list[tuple[str, str]]) -> int:
    """The room "Name: " takes when nothing precedes the next word on the first line."""
    return 0 if tokens else len(name) + 2


@lru_cache(maxsize=1024)
def _address_value(name: str, display_name: str, addr_spec: str) -> _Folded:
    """One mailbox as it goes on the wire (cached: the From of a tenant is the same
    on every message). A non-ASCII display name is encoded whole: in a phrase, an
    encoded-word may only stand next to other words (RFC 2047 5(3))."""
    username, _, domain = addr_spec.rpartition("@")
    # Tabs and runs of blanks in a name are typing accidents; readers collapse them.
    display_name = " ".join(display_name.split())
    if display_name.isascii():
        rendered = str(Address(display_name=display_name, username=username, domain=domain))
        if len(name) + 2 + len(rendered) <= _MAX_LINE:
            return _Folded(rendered)
        quoted, _, _ = rendered.rpartition(" <")
        return _fold_tokens(name, [*_plain_words(quoted), (" ", f"<{addr_spec}>")])
    tokens = _encoded_words(display_name, "", first_line=len(name) + 2)
    return _fold_tokens(name, [*tokens, (" ", f"<{addr_spec}>")])


def _plain_words(text: str) -> list[tuple[str, str]]:
    return [(whitespace, word) for whitespace, word in _WORDS.findall(text)]


def _encoded_words(text: str, space: str, *, first_line: int = 0) -> list[tuple[str, str]]:
    """`text` as UTF-8 Q encoded-words of at most 75 characters (RFC 2047 2), never
    splitting a character across two words. Only letters, digits and ``!*+-/`` stay
    literal, the set allowed even inside a display name (RFC 2047 5(3)).

    `first_line` is the room taken on the line by what precedes the first word ("To: "),
    when it opens the header: that word is shortened to fit within 78 columns."""
    words: list[tuple[str, str]] = []
    current: list[str] = []
    length = 0
    budget = _ENCODED_WORD_PAYLOAD
    if first_line:
        budget = max(_MAX_LINE - first_line - len(space) - _ENCODED_WORD_OVERHEAD, 12)
        budget = min(budget, _ENCODED_WORD_PAYLOAD)
    for character in text:
        encoded = _q_encoded(character)
        if length + len(encoded) > budget and current:
            words.append((space if not words else " ", _ENCODED_WORD.format("".join(current))))
            current, length, budget = [], 0, _ENCODED_WORD_PAYLOAD
        current.append(encoded)
        length += len(encoded)
    if current:
        words.append((space if not words else " ", _ENCODED_WORD.format("".join(current))))
    return words


@lru_cache(maxsize=4096)
def _q_encoded(character: str) -> str:
    if character == " ":
        return "_"
    if character in _Q_LITERAL:
        return character
    return "".join(f"={byte:02X}" for byte in character.encode("utf-8"))


def _fold_tokens(name: str, tokens: list[tuple[str, str]]) -> _Folded:
    """Greedy folding: a line break goes before the whitespace that precedes a word,
    so unfolding (removing the CRLF) gives the value back."""
    lines: list[str] = []
    line = ""
    width = len(name) + 2
    for whitespace, word in tokens:
        if line and width + len(line) + len(whitespace) + len(word) > _MAX_LINE and whitespace:
            # The break goes inside the blanks: what fits ends the line above, at
            # least one blank opens the next.
            room = max(0, _MAX_LINE - width - len(line))
            kept = min(len(whitespace) - 1, room)
            lines.append(line + whitespace[:kept])
            line, width = whitespace[kept:] + word, 0
        else:
            line += whitespace + word
    lines.append(line)
    return _Folded("\n".join(lines))


def _check_header_text(field: str, value: str) -> None:
    """Refuse what could end a header line: the injection a debtor-supplied name or a
    template variable could otherwise smuggle in."""
    if not isinstance(value, str):
        raise TypeError(f"{field} must be a string, not {type(value).__name__}")
    found = _FORBIDDEN_IN_HEADER.search(value)
    if found:
        raise ValueError(f"{field} contains a line break or control character ({found.group()!r})")


def _parse_single_address(field: str, value: str) -> tuple[str, str]:
    """Exactly one well-formed mailbox, as (display name, address): a debt notice
    has one recipient. An internationalised domain is turned into its ASCII form;
    a non-ASCII local part is refused (it needs SMTPUTF8 end to end)."""
    _check_header_text(field, value)
    value = value.strip()
    if _PLAIN_ADDRESS.match(value):
        return "", value
    try:
        header = _POLICY.header_factory("To", value)
        addresses: tuple[Address, ...] = getattr(header, "addresses", ())
    except Exception as error:  # the parser raises IndexError on "name@" (3.11)
        raise ValueError(f"{field} is not a valid address: {value!r}") from error
    if len(addresses) != 1:
        raise ValueError(f"{field} must be exactly one address: {value!r}")
    address = addresses[0]
    if header.defects or not address.username or not address.domain:
        raise ValueError(f"{field} is not a valid address: {value!r}")
    try:
        domain = address.domain.encode("idna").decode("ascii")
    except UnicodeError as error:
        raise ValueError(f"{field} has an invalid domain: {value!r}") from error
    addr_spec = f"{address.username}@{domain}"
    if not _PLAIN_ADDRESS.match(addr_spec):
        raise ValueError(f"{field} is not a valid address: {value!r}")
    return address.display_name, addr_spec


def _check_message_id(field: str, value: str) -> None:
    _check_header_text(field, value)
    if not _MESSAGE_ID.match(value):
        raise ValueError(f"{field} is not of the form <left@right>: {value!r}")


def _thread(references: Sequence[str]) -> list[str]:
    """The References chain: checked, de-duplicated, and trimmed to the first and the
    latest ids (as mail clients do) so a long thread cannot grow an endless header."""
    if isinstance(references, str):
        raise TypeError("references must be a sequence of Message-IDs, not one string")
    thread: list[str] = []
    for reference in references:
        _check_message_id("reference", reference)
        if reference not in thread:
            thread.append(reference)
    if len(thread) > _MAX_REFERENCES:
        thread = thread[:1] + thread[-(_MAX_REFERENCES - 1) :]
    return thread


def _extra_headers(headers: Mapping[str, str]) -> list[tuple[str, str]]:
    extra = []
    for name, value in headers.items():
        if not isinstance(name, str) or not _HEADER_NAME.match(name):
            raise ValueError(f"not a header name: {name!r}")
        if name.lower() in _RESERVED_HEADERS:
            raise ValueError(f"header {name} is written by compose() or not allowed on a notice")
        _check_header_text(f"header {name}", value)
        extra.append((name, value))
    return extra


def _check_plain_text(text: str) -> None:
    """The plain-text part is read as is by many debtors (and by every text-only
    client): an HTML entity there is a template escaping bug, shown verbatim."""
    if not isinstance(text, str):
        raise TypeError("text must be a string")
    if not text.strip():
        raise ValueError("the plain-text part is empty")
    entity = _HTML_ENTITY.search(text)
    if entity:
        raise ValueError(f"the plain-text part contains an HTML entity: {entity.group()!r}")


def _with_final_newline(body: str) -> str:
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    return body if body.endswith("\n") else body + "\n"
