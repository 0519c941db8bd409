"""Cleaning a message down to what the debtor wrote this time.

E-mails arrive with the agency's own message quoted below, a signature, a legal footer,
sometimes as HTML. Entities must come from the debtor's own words (SPEC), so everything
quoted or boilerplate is cut before anything is read. What was cut is kept as flags,
because some of it is evidence in itself (an "Automatic reply" subject line).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from amiable.nlu.precompiled import compile_re

_TAG = compile_re(r"<[^>]{0,2000}>")
_BLOCK_TAG = compile_re(r"<\s*(?:br|/p|/div|/li|/tr|/h\d)\b[^>]{0,200}>", re.IGNORECASE)
_SCRIPT = compile_re(r"<(script|style|head)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_LOOKS_HTML = compile_re(
    r"<\s*(?:html|body|div|p|br|span|table|font|b|i|a)(?:\s|/?>)", re.IGNORECASE
)

# Where the quoted history starts: everything from such a line on is someone else's text.
_HISTORY_START = compile_re(
    r"""^\s*(?:
        (?:le|on)\s.{4,200}?(?:a\s+[ée]crit|wrote)\s*:?\s*$       # Le 12 mars ... a écrit : / On Tue ... wrote:
      | -{2,}\s*(?:original\s+message|message\s+d'origine|message\s+original|forwarded\s+message|message\s+transf[ée]r[ée])\s*-{2,}
      | _{10,}
      | (?:de|from)\s*:\s*.{1,200}$                               # Outlook header block
    )""",
    re.VERBOSE,
)
# A whole line in quotation marks, long enough to be a message of its own.
_QUOTED_LINE = compile_re(r'^\s*[«“"]\s*[^«»“”"]{30,}[»”"]\s*$')
_OFFICE_REMINDER = compile_re(
    r"\bstop(?: sms)? au \d|\br[ée]pondez (?:oui|stop|non)\b|\b(?:payez|r[ée]glez|r[ée]gularisez) (?:sur|avant|en ligne|d[èe]s)\b|"
    r"\brelance\b|\bsolde de\b|\breste d[ûu]\b|\bdue on\b|\bhas not been received\b|\breply stop\b|"
    r"\bpay (?:at|online|now at|before)\b|\byour (?:outstanding )?balance\b|\breminder\b"
)
# The office's words quoted inside the writer's sentence: 'ur bot just said "Your payment
# plan: 3 x £45.00, first payment on 1 April 2026" but I never asked for a plan'.
_OFFICE_QUOTED_INLINE = compile_re(
    r"\b((?:your|ur|the|votre|vot|le|la|ton|ce|cet|cette)\s+(?:bot|chatbot|robot|assistant|virtual"
    r"\s+assistant|agent\s+virtuel|message|text|sms|letter|email|e-mail|mail|app|appli|application"
    r"|site|website|portal|portail|courrier|lettre)\s+(?:just\s+|juste\s+|m'|m\s|me\s)?"
    r"(?:said|says|wrote|writes|told\s+me|sent|reads|read|states|dit|disait|a\s+dit|a\s+[ée]crit"
    r"|[ée]crit|indique|affiche|affichait|marque)\s*:?\s*)[«“\"][^«»“”\"\n]{10,400}[»”\"]",
    re.IGNORECASE,
)
_OUTLOOK_NEXT = compile_re(r"^\s*(?:envoy[ée]|sent|date|[àa]|to|objet|subject)\s*:")

_SIGNATURE_DELIMITER = compile_re(r"^\s*--\s*$")
_DEVICE_FOOTER = compile_re(
    r"^\s*(?:envoy[ée] (?:de|depuis) (?:mon|my) .{1,40}|sent from (?:my )?.{1,40}|get outlook for .{1,30}|"
    r"t[ée]l[ée]charger outlook .{1,40})\s*$",
)
_CLOSING = compile_re(
    r"^\s*(?:(?:tr[eè]s |bien |meilleures? |sinc[eè]res )?cordialement|bien [àa] vous|salutations(?: distingu[ée]es)?|"
    r"bonne (?:journ[ée]e|soir[ée]e)|(?:kind |best |warm )?regards|best|cheers|sincerely|yours (?:sincerely|faithfully|truly)|"
    r"many thanks|thanks(?: again)?|thank you|merci(?: beaucoup| d'avance| par avance)?|je vous prie d'agr[ée]er.{0,200})"
    r"\s*[,.!]*\s*$",
)
_FOOTER_PARAGRAPH = compile_re(
    r"(?:ce (?:message|courriel|mail|e-mail)(?: et (?:toutes )?(?:les|ses) pi[eè]ces jointes)? (?:est|sont) "
    r"(?:strictement )?confidentiel|this (?:e-?mail|message)(?: and any attachments?)? (?:is|are|may be|may contain|contains?) "
    r"(?:strictly )?(?:confidential|intended|privileged)|if you are not the intended recipient|"
    r"si vous n'[eê]tes pas (?:le|la) destinataire|pensez [àa] l'environnement|please consider the environment|"
    r"si vous avez re[çc]u ce message par erreur|if you (?:have )?received this (?:e-?mail|message) in error|"
    # A mailing footer: "To stop receiving emails from us, reply UNSUBSCRIBE."
    r"to stop receiving (?:e-?mails|emails|messages) from us|you are receiving this (?:e-?mail|email) because|"
    r"pour ne plus recevoir (?:nos|de) (?:e-?mails|courriels|messages))",
)
# A company's registration line under a signature: "SARL au capital de 7 500 € – SIRET …".
_REGISTRATION = compile_re(
    r"\bau capital (?:social )?de\b|\bcapital social\b|\bsiret\b|\bsiren\b|\brcs [a-z]|\bregistered in (?:england|scotland|wales|ireland)\b|"
    r"\bcompany (?:registration )?(?:no|number)\b|\bregistered office\b",
)
_AUTO_REPLY = compile_re(
    r"(?:r[ée]ponse automatique|r[ée]ponse auto\b|message automatique|message d'absence|r[ée]ponse d'absence|automatic reply|(?<!my )auto-?reply|autoreply|out of (?:the )?office|"
    r"absence du bureau|je suis (?:actuellement )?absente?\b|i am (?:currently )?(?:out|away)(?! of (?:hospital|the hospital|prison|jail|rehab|hospice|work|a job|money|pocket|my depth|danger|luck))|i'm (?:currently )?(?:out|away) of(?! (?:hospital|the hospital|prison|jail|rehab|hospice|work|a job|money|pocket|my depth|danger|luck))|"
    r"ne pas r[ée]pondre|do not reply|no-?reply(?![\w.-]*@)|ticket (?:n°|#|no\.?|num[ée]ro)|votre demande (?:n°|#)|"
    r"your (?:ticket|request|case) (?:#|number|no\.?|ref)|accus[ée] de r[ée]ception automatique|"
    r"this mailbox is (?:not|no longer) monitored|cette (?:bo[iî]te|adresse) n'est pas (?:consult[ée]e|surveill[ée]e))",
)

# "[ ] I do not owe any of the amount claimed", "☐ J'ai déjà payé": an option not chosen.
_UNTICKED = compile_re(r"^\s*(?:\[\s*\]|\u2610|\u25a1|\(\s\))\s*\S")

MAX_SIGNATURE_LINES = 7
# A line that speaks ("Je paierai le 15.") is a message line, never a signature line.
# A person's name alone ("Mark Hale", "R. Ellis", "Marie-Claire Dubois", "James Ord | …").
_NAME_LINE = compile_re(
    r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|M|Mme|Mlle|Me|Ma[iî]tre)\.? )?[A-ZÀ-Ý](?:[a-zà-ÿ'-]+|\.)(?: [A-ZÀ-Ý](?:[a-zà-ÿ'-]+|\.)){0,2} [A-ZÀ-Ý][A-Za-zà-ÿ'-]+(?: ?[|,–-] .*)?$"
)
# A line naming a position or a firm, as signatures do.
_TITLE_LINE = compile_re(
    r"(?i)\b(?:team|department|dept|practitioners?|practice|group|unit|llp|ltd|limited|plc|inc|solicitors|partners|associates|sas|sarl|selarl|scp|cabinet|service|case handler|manager|officer|director|associate|paralegal|clerk|consultants?|advisers?|advisors?|specialists?|counsel|esq|procedures collectives|proc[ée]dures collectives|association|associ[ée]s|avocats?|droit (?:des|du|de la)|[ée]tude|conseill(?:er|ere)|accompagnement|point conseil budget)\b"
)
_SPEAKING_LINE = compile_re(
    r"^\s*(?:je|j'|j\s|i|i'll|i'm|we|nous|vous|you|il|elle|on|ce|c'|ça|ca|mon|ma|mes|my|merci|please|pouvez|can|could)\b",
)


@dataclass(frozen=True, slots=True)
class Cleaned:
    text: str
    """The debtor's own words: no quoted history, signature, footer or markup."""
    had_history: bool = False
    had_html: bool = False
    auto_reply_marker: str | None = None
    """The automatic-reply phrase found anywhere in the message, if any."""


def clean(text: str) -> Cleaned:
    """The debtor's own words out of a raw message (any channel)."""
    if "=" in text and _QUOTED_PRINTABLE.search(text):
        text = _decode_quoted_printable(text)
    if ("\u00c3" in text or "\u00c2" in text or "\u00e2\u20ac" in text) and _MOJIBAKE.search(text):
        text = _MOJIBAKE.sub(_unmojibake, text)
    had_html = False
    if "<" in text and _LOOKS_HTML.search(text):
        text = _html_to_text(text)
        had_html = True
    elif "&" in text:
        text = html.unescape(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    # The patterns below are written in lower case and read lowered text: IGNORECASE
    # makes Python's engine try every alternative at every letter, five times slower.
    lowered = text.lower()
    marker = _AUTO_REPLY.search(lowered)
    lines = text.split("\n")
    own, had_history = _cut_history(lines)
    if _FOOTER_PARAGRAPH.search(lowered):
        own = [line for line in own if not _FOOTER_PARAGRAPH.search(line.lower())]
    own = _cut_signature(own)
    if "«" in text or "“" in text or '"' in text:
        # The office's SMS pasted back whole, in quotation marks, above or below the reply:
        # "« Novalys: M. BRIAND, 2e relance: 264,00EUR a regler avant le 20/07… »" then "STOP".
        # (Only the office's: a voice note's transcript or a receipt in quotation marks is
        # the writer's own.)
        kept = [
            line
            for line in own
            if not (_QUOTED_LINE.match(line) and _OFFICE_REMINDER.search(line.lower()))
        ]
        if any(line.strip() for line in kept):
            own = kept
        own = [_OFFICE_QUOTED_INLINE.sub(r'\1""', line) for line in own]
    if "[" in text or "\u2610" in text or "\u25a1" in text:
        # A reply form copied out: the options left unticked are not the writer's answer.
        own = [line for line in own if not _UNTICKED.match(line)]
    cleaned = "\n".join(own).strip()
    if _OCR_SLIP.search(cleaned):
        cleaned = _read_ocr_slips(cleaned)
    if "full stop" in lowered or "point à la ligne" in lowered:
        # Dictated punctuation: "I have entered into an IVA full stop" asks nothing to stop.
        cleaned = _DICTATED_COMMA.sub(",", _DICTATED_STOP.sub(".", cleaned))
    if not cleaned:
        # A message that is nothing but a closing ("Merci !") keeps its words; quoted
        # lines never come back.
        cleaned = "\n".join(_cut_history(lines)[0]).strip()
    # "jai payé150e", "virement de250e", "paid £85on monday": the figure split off.
    if _GLUED_TO_WORD.search(cleaned):
        cleaned = _GLUED_TO_WORD.sub(r" \g<0>", cleaned)
    if ("£" in cleaned or "$" in cleaned or "€" in cleaned) and _WORD_GLUED_TO_FIGURE.search(
        cleaned
    ):
        cleaned = _WORD_GLUED_TO_FIGURE.sub(r" \g<0>", cleaned)
    return Cleaned(
        text=cleaned,
        had_history=had_history,
        had_html=had_html,
        auto_reply_marker=_original(text, lowered, marker),
    )


# An e-mail's quoted-printable transfer encoding left undecoded by the office's software:
# "r=C3=A9glerai 250 =E2=82=AC", lines cut by a soft break ("l'inst=" then "ant"). Read
# only where a UTF-8 character is so encoded, so an "=" in ordinary text is left alone.
_QUOTED_PRINTABLE = compile_re(r"=(?:C[2-9A-F]|E[0-9A-F])=[89AB][0-9A-F]")
_QP_SOFT_BREAK = compile_re(r"=[ \t]*\n")
_QP_RUN = compile_re(r"(?:=[0-9A-F]{2})+")


def _decode_quoted_printable(text: str) -> str:
    def run(found: re.Match[str]) -> str:
        raw = bytes.fromhex(found.group(0).replace("=", ""))
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return found.group(0)

    return _QP_RUN.sub(run, _QP_SOFT_BREAK.sub("", text))


# UTF-8 read as Windows-1252 somewhere on the way ("rÃ©glÃ©", "50 â‚¬", "Iâ€™ll"): only the
# leads that such text shows (Â, Ã, Å for two bytes, â for three), each run put back when it
# decodes, so "à" or "é" before a quote mark stays as written.
_CP1252_CONTINUATION = "".join(
    sorted(
        {bytes([b]).decode("cp1252", errors="ignore") for b in range(0x80, 0xC0)} - {""}
        | {chr(b) for b in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
    )
)
_MOJIBAKE = compile_re(
    f"[\u00c2\u00c3\u00c5][{re.escape(_CP1252_CONTINUATION)}]"
    f"|\u00e2[{re.escape(_CP1252_CONTINUATION)}]{{2}}"
)


def _unmojibake(found: re.Match[str]) -> str:
    try:
        return found.group(0).encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return found.group(0)


# A figure glued to the word before ("payé150e", "de250e") or after ("£85on monday").
# (Each alternative starts on the glued character itself and looks behind only there:
# lookbehinds tried at every position cost five times as much.)
_GLUED_TO_WORD = compile_re(
    r"\d(?<=[a-zà-ÿ]\d)(?=\d{0,5}(?:[.,]\d{1,2})?\s?(?:€|e\b|eur\b|euros?\b))"
)
_WORD_GLUED_TO_FIGURE = compile_re(
    r"[a-z](?<=\d[a-z])(?:(?<=[£$€]\d[a-z])|(?<=[£$€]\d\d[a-z])|(?<=[£$€]\d\d\d[a-z]))(?=[a-z]+\b)"
)


# What optical character recognition gets wrong in a scanned letter: the letter O for a zero
# in a figure ("12O,00 €", "3O €"), a zero for an O in a month or a word in capitals
# ("5 0ctober", "lNC0NNU"), a lower-case L for a one ("l 250,00 €").
_OCR_SLIP = compile_re(r"\d[Oo]|[Oo][,.]?\d|\b0ct|[A-Z]0[A-Z]|\bl \d{3}\b|\bl[A-Z0]{3}")
_LETTER_O_IN_FIGURE = compile_re(
    r"(?<=\d)[Oo](?=[Oo]*(?:\d|[,.]\d|[,.][Oo]|\s?(?:€|£|\$|eur\b|euros?\b|e\b)|\b))"
)
_LETTER_O_AFTER_POINT = compile_re(r"(?<=\d[,.])[Oo]|(?<=\d[,.]\d)[Oo]|(?<=\d[,.][Oo])[Oo]")
_ZERO_IN_MONTH = compile_re(r"\b0(?=ct(?:ober|obre)?\b)")
_CAPITALS_WITH_ZERO = compile_re(
    r"\b(?=[lA-Z0]*[A-Z]{2})[lA-Z][A-Z0]*0[A-Z0]*\b|\bl(?=[A-Z0]{3,}\b)"
)
_L_FOR_ONE = compile_re(r"(?<![\w'])l(?= \d{3}(?:[ ,.]\d{2,3})*\s?(?:€|eur\b|euros?\b|£|\$))")


# Punctuation a speech-to-text service wrote out as words: only read so where the message
# is one such ("full stop", "point à la ligne" said somewhere), so "a comma" stays a word.
_DICTATED_STOP = compile_re(
    r"(?i)\s*\b(?:full stop|point à la ligne|new paragraph|nouveau paragraphe)\b"
)
_DICTATED_COMMA = compile_re(r"(?i)(?<!\ba )(?<!\bthe )\s*\bcomma\b")


def _read_ocr_slips(text: str) -> str:
    text = _LETTER_O_IN_FIGURE.sub("0", text)
    text = _LETTER_O_AFTER_POINT.sub("0", text)
    text = _ZERO_IN_MONTH.sub("o", text)
    text = _CAPITALS_WITH_ZERO.sub(
        lambda found: found.group(0).replace("0", "O").replace("l", "I"), text
    )
    return _L_FOR_ONE.sub("1", text)


def _original(text: str, lowered: str, found: re.Match[str] | None) -> str | None:
    """The words a match on the lowered text covers, as the writer wrote them."""
    if found is None:
        return None
    if len(lowered) != len(text):  # a letter that grows when lowered ("İ"): offsets moved
        return found.group(0)
    return text[found.start() : found.end()]


def _html_to_text(markup: str) -> str:
    markup = _SCRIPT.sub(" ", markup)
    markup = re.sub(
        r"<blockquote\b.*?</blockquote\s*>", "\n", markup, flags=re.IGNORECASE | re.DOTALL
    )
    markup = _BLOCK_TAG.sub("\n", markup)
    return html.unescape(_TAG.sub("", markup))


def _cut_history(lines: list[str]) -> tuple[list[str], bool]:
    own: list[str] = []
    quoted = False
    for index, line in enumerate(lines):
        if line.lstrip().startswith(">"):
            # Quoted lines are dropped, not a stop: some answer below the quote.
            quoted = True
            continue
        if _HISTORY_START.match(line.lower()) and _is_history_header(lines, index):
            rest = lines[index + 1 :]
            if _answered_inline(rest):
                # "mes réponses dans le texte": the writer's lines between the quoted ones
                # are theirs; the quoted ones still never count.
                own += [line for line in rest if not line.lstrip().startswith(">")]
            elif not any(line.strip() for line in own):
                # Written below the quote ("On …, X wrote: > … " then the answer): the
                # lines after the quoted block are the writer's.
                own += _answered_below(rest) or _forwarded_form(rest) or _below_a_rule(rest)
            return own, True
        own.append(line)
    return own, quoted


def _answered_below(lines: list[str]) -> list[str]:
    """The writer's lines under a quoted block that opens the message, up to another
    message's header; none when the quote does not come first."""
    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1
    if index == len(lines) or not lines[index].lstrip().startswith(">"):
        return []
    while index < len(lines) and (
        lines[index].lstrip().startswith(">") or not lines[index].strip()
    ):
        index += 1
    below = []
    for position in range(index, len(lines)):
        line = lines[position]
        if line.lstrip().startswith(">") or (
            _HISTORY_START.match(line.lower()) and _is_history_header(lines, position)
        ):
            break
        below.append(line)
    return below


# A web form or a helpdesk ticket passed on with its header: the debtor's answer is in its
# fields ("Nom : …", "Motif : Contestation", "Message : je conteste les frais …").
_FORM_MESSAGE_FIELD = compile_re(
    r"^\s*(?:message|votre message|commentaires?|comments?|your message|details)\s*:\s*\S"
)
_HEADER_FIELD = compile_re(
    r"^\s*(?:de|from|envoy[ée]|sent|date|[àa]|to|cc|objet|subject|sujet)\s*:"
    r"|^\s*-{2,}\s*(?:original message|message d'origine|message original|forwarded message"
    r"|message transf[ée]r[ée])\s*-{2,}\s*$"
)
# A rule drawn under a quoted message ("---"), the answer written below it.
_RULE_LINE = compile_re(r"^\s*(?:-{3,}|_{3,}|={3,})\s*$")


def _forwarded_form(lines: list[str]) -> list[str]:
    """A form's fields under the header that forwards it, when a field holds a message;
    none otherwise (a letter of the office's own, forwarded, is not the debtor's)."""
    index = 0
    while index < len(lines) and (
        not lines[index].strip() or _HEADER_FIELD.match(lines[index].lower())
    ):
        index += 1
    fields = _up_to_next_message(lines, index)
    if any(_FORM_MESSAGE_FIELD.match(line.lower()) for line in fields):
        return fields
    return []


def _below_a_rule(lines: list[str]) -> list[str]:
    """The writer's lines under a rule that ends a quoted message opening the message
    ("De : Cabinet Morel … la facture reste impayée. / --- / c'est réglé depuis vendredi")."""
    for index, line in enumerate(lines):
        if _RULE_LINE.match(line):
            below = _up_to_next_message(lines, index + 1)
            for end, candidate in enumerate(below):
                if _RULE_LINE.match(candidate):
                    return below[:end]
            return below
    return []


def _up_to_next_message(lines: list[str], start: int) -> list[str]:
    below = []
    for position in range(start, len(lines)):
        line = lines[position]
        if line.lstrip().startswith(">") or (
            _HISTORY_START.match(line.lower()) and _is_history_header(lines, position)
        ):
            break
        below.append(line)
    return below


def _answered_inline(lines: list[str]) -> bool:
    """Whether the writer answered inside the quote: a line of their own between two
    quoted lines (and no other message's header below)."""
    seen_quote = False
    answer = False
    for index, line in enumerate(lines):
        if line.lstrip().startswith(">"):
            if answer:
                return True
            seen_quote = True
        elif line.strip():
            if _HISTORY_START.match(line.lower()) and _is_history_header(lines, index):
                return False
            answer = seen_quote
    return False


def _is_history_header(lines: list[str], index: int) -> bool:
    line = lines[index].strip().lower()
    if not (line.startswith("de") or line.startswith("from")):
        return True
    # "De : X" only opens quoted history when Outlook's next header lines follow.
    following = [candidate for candidate in lines[index + 1 : index + 4] if candidate.strip()]
    return any(_OUTLOOK_NEXT.match(candidate.lower()) for candidate in following)


def _cut_signature(lines: list[str]) -> list[str]:
    for index, line in enumerate(lines):
        if _SIGNATURE_DELIMITER.match(line) or _DEVICE_FOOTER.match(line.lower()):
            return lines[:index]
    # A closing formula followed by a few short lines (name, title, phone) ends the message.
    for index in range(len(lines) - 1, -1, -1):
        if _CLOSING.match(lines[index].lower()):
            rest = [line for line in lines[index + 1 :] if line.strip()]
            if (
                len(rest) <= MAX_SIGNATURE_LINES
                and all(_looks_like_signature(line) for line in rest)
                and not _says_something_grave(rest)
            ):
                return lines[:index] if index > 0 else lines[: index + 1]
            return lines
    # With no closing formula: a name alone on its line after a blank one, and what follows
    # it (a title, a firm, a phone): "…when I get paid.\n\nMark Hale\nSenior Case Handler -
    # Bankruptcy & Insolvency Team\nNorthgate Legal LLP".
    for index in range(len(lines) - 1, 0, -1):
        if not lines[index].strip():
            rest = [line for line in lines[index + 1 :] if line.strip()]
            if (
                (1 < len(rest) <= MAX_SIGNATURE_LINES or (len(rest) == 1 and "|" in rest[0]))
                and _NAME_LINE.match(rest[0].strip())
                and any(lines[:index])
                and all(
                    _looks_like_signature(line) or ("|" in line and len(line) < 120)
                    for line in rest
                )
                and not _says_something_grave(rest)
            ):
                return lines[:index]
            break
    return lines


def _looks_like_signature(line: str) -> bool:
    lowered = line.lower()
    if _REGISTRATION.search(lowered) and len(line) < 200:
        return True
    if _SPEAKING_LINE.match(lowered):
        return False
    # (A firm and its trade run longer: "Henley & Partners — Insolvency, Liquidation &
    # Restructuring Advisors".)
    return (len(line) < 90 and len(line.split()) <= 8) or (
        len(line) < 120 and _TITLE_LINE.search(line) is not None
    )


def _says_something_grave(lines: list[str]) -> bool:
    """Whether lines that look like a signature say what must never be cut: "Merci /
    STOP SMS", "Cordialement / P.S. mon mari est décédé"."""
    from amiable.nlu.choices import SAFETY
    from amiable.nlu.normalize import normalize
    from amiable.nlu.rules import read_rules

    # (A job title is no news: "Senior Case Handler - Bankruptcy & Insolvency Team",
    # "James Ord | Licensed Insolvency Practitioner | Ord Recovery LLP".)
    said = [line for line in lines if not _TITLE_LINE.search(line) or _SPEAKING_LINE.match(line)]
    found = read_rules(normalize(" . ".join(said)), only=SAFETY).intents if said else {}
    return bool(found)
