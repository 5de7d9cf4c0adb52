"""An e-mail saved as a file (.eml): the student's message as Markdown, and its attachments.

Students whose upload fails mail their answers to the TA, and the mail is what gets handed in:
headers, a body in quoted-printable or base64 and any charset, an HTML twin, attachments, and
below the student's words the earlier messages they reply to, quoted with ">". Parsed with the
standard library's ``email`` package. The body is read in the order it was written: the deepest
quoted message first and the student's newest words last, so that a correction sent as a reply
("PS: 2(a) should be 1,228,800") is read after the answer it corrects, as a TA reads a thread.
The headers and the signature are left out; attachments are read as the submission's other files.
"""

from __future__ import annotations

import email.policy
import re
from dataclasses import dataclass
from email.message import EmailMessage
from email.parser import BytesParser

from ..errors import UnreadableFileError
from .html import html_text

__all__ = ["Mail", "read_mail"]

# A quoted line's marks ("> ", ">> ", "> > ") and what is left of it.
_QUOTE = re.compile(r"^((?:[ \t]*>)+)[ \t]?(.*)$")
# The line that introduces a quoted message ("On Sun, 11 Feb 2024 at 18:02, TA <…> wrote:", "El lun, … escribió:",
# "Am … schrieb …:", "Le … a écrit :"): it belongs to the message it introduces.
_ATTRIBUTION = re.compile(r"(?:wrote|escribió|schrieb|a écrit|ha scritto|escreveu|schreef)\s*:\s*$", re.IGNORECASE)
# The header block Outlook writes above a forwarded or quoted message, which has no ">" marks.
_OUTLOOK_HEADER = re.compile(r"^-{3,}\s*(?:Original Message|Forwarded message)\s*-{3,}\s*$", re.IGNORECASE)
# The signature's separator ("-- "): what follows is the sender's name and address, not an answer.
_SIGNATURE = re.compile(r"^-- ?$")


@dataclass(frozen=True)
class Mail:
    text: str
    """The body as Markdown: the quoted messages first, the deepest first, then the sender's own words."""
    attachments: tuple[tuple[str, bytes], ...]
    """(file name, content) of each attachment, in the mail's order."""


def read_mail(data: bytes, name: str, *, max_attachments: int = 50) -> Mail:
    """The mail's text and attachments; an unreadable mail is an error that names the file."""
    try:
        message = BytesParser(policy=email.policy.default).parsebytes(data)  # (an EmailMessage, by the policy)
        body = message.get_body(preferencelist=("plain", "html"))
        text = ""
        if body is not None:
            text = _text_of(body)
            if body.get_content_subtype() == "html":
                text = html_text(text)
        attachments = []
        for part in message.iter_attachments():
            if len(attachments) >= max_attachments:
                break
            # the attachment's bytes as sent (a message forwarded as an attachment: the message itself)
            payload = part.get_payload(decode=True)
            if payload is None:
                payload = part.as_bytes()
            filename = (part.get_filename() or "").replace("/", "_").replace("\\", "_").lstrip(".")
            attachments.append((filename or f"attachment-{len(attachments) + 1}", bytes(payload)))
    except (LookupError, ValueError, TypeError, AttributeError, KeyError, UnicodeError) as exc:
        raise UnreadableFileError(f"{name}: not a readable e-mail ({exc.__class__.__name__}); save the mail again, or "
                                  f"hand in its text and attachments as files") from None
    return Mail(_in_order_written(text.replace("\r\n", "\n").replace("\r", "\n")), tuple(attachments))


def _text_of(part: EmailMessage) -> str:
    """A text part's words; in a charset Python does not know, its bytes read as UTF-8 (what is not, replaced)."""
    try:
        content = part.get_content()
    except LookupError:
        content = part.get_payload(decode=True) or b""
    return content if isinstance(content, str) else content.decode("utf-8", errors="replace")


def _in_order_written(body: str) -> str:
    """The body's messages oldest first: lines quoted deepest first, each message's lines in their order,
    the quote marks taken off; the sender's signature left out."""
    depths: dict[int, list[str]] = {}
    lines = body.split("\n")
    quoted = [_QUOTE.match(line) for line in lines]
    depth_of = [m.group(1).count(">") if m else 0 for m in quoted]
    outlook_below = signature = False
    for i, line in enumerate(lines):
        depth = depth_of[i]
        text = quoted[i].group(2) if depth else line
        if depth == 0 and _SIGNATURE.match(line):
            signature = True  # the signature runs to the next quoted message, or to the end
        elif depth:
            signature = False
        if _OUTLOOK_HEADER.match(text):
            outlook_below, signature = True, False
        if outlook_below and depth == 0:
            depth = 1  # Outlook quotes the earlier message below its header without marks
        if _ATTRIBUTION.search(text) and i + 1 < len(lines) and depth_of[i + 1] > depth:
            depth = depth_of[i + 1]
        if not (signature and depth == 0):
            depths.setdefault(depth, []).append(text)
    ordered = [depths[d] for d in sorted(depths, reverse=True)]
    return "\n\n".join("\n".join(group).strip("\n") for group in ordered if any(s.strip() for s in group)) + "\n"
