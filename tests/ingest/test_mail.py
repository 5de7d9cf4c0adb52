"""An e-mail saved as a file: the student's words in the order written, and the attachments as files
(grader/ingest/mail.py)."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from grader.errors import UnreadableFileError
from grader.ingest import read_submission
from grader.ingest.mail import read_mail

HEADERS = "From: A Student <s@example.edu>\nTo: ta@example.edu\nSubject: Re: A2 answers\nMIME-Version: 1.0\n"

ORDERS = [
    # (what, body, the text read)
    ("a plain body, the headers left out", "Q1 (a) 0.0044\nQ1 (b) 0.0372\n", "Q1 (a) 0.0044\nQ1 (b) 0.0372\n"),
    ("a reply: the message quoted below it is older and is read first, its marks taken off",
     "PS: 2(a) should be 1,228,800.\n\nOn Mon, 12 Feb 2024, A Student <s@example.edu> wrote:\n> Q2 (a) 2,764,800\n"
     "> Q2 (b) 53,952\n",
     "On Mon, 12 Feb 2024, A Student <s@example.edu> wrote:\nQ2 (a) 2,764,800\nQ2 (b) 53,952\n\n"
     "PS: 2(a) should be 1,228,800.\n"),
    ("a thread: the deepest quote first", "new words\n> middle words\n>> oldest words\n",
     "oldest words\n\nmiddle words\n\nnew words\n"),
    ("'> > ' is as deep as '>>'", "new\n> > old\n", "old\n\nnew\n"),
    ("the signature after '-- ' is left out, up to the next quote", "Q3: L = λ − y log λ\n-- \nA Student\n"
     "Roll 21D180022\n", "Q3: L = λ − y log λ\n"),
    ("Outlook quotes below its header with no marks", "Corrected: (b) 0.0372\n\n-----Original Message-----\n"
     "From: A Student\n(b) 0.0421\n", "-----Original Message-----\nFrom: A Student\n(b) 0.0421\n\n"
     "Corrected: (b) 0.0372\n"),
]


@pytest.mark.parametrize("what, body, text", ORDERS, ids=[o[0] for o in ORDERS])
def test_a_mail_body_in_the_order_it_was_written(what, body, text):
    mail = read_mail((HEADERS + "Content-Type: text/plain; charset=utf-8\n\n" + body).encode("utf-8"), "m.eml")
    assert mail.text == text and mail.attachments == ()


def test_quoted_printable_in_another_charset():
    raw = (HEADERS + "Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n"
           "Exactitud =3D 0,6591 =E2=86=92 65,91 %, a=F1o\n").encode("ascii")
    assert read_mail(raw, "m.eml").text.startswith("Exactitud = 0,6591")
    assert "año" in read_mail(raw, "m.eml").text


def test_an_html_mail_is_read_as_its_text():
    raw = (HEADERS + "Content-Type: text/html; charset=utf-8\n\n<p>Q2 (b) <b>53,952</b></p><p>Q3 loss</p>\n")
    assert read_mail(raw.encode(), "m.eml").text.split("\n")[0].strip() == "Q2 (b) 53,952"


def _with_attachment(body: str, name: str, content: bytes, subtype: str) -> bytes:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "s@example.edu", "ta@example.edu", "A2"
    message.set_content(body)
    message.add_attachment(content, maintype="application", subtype=subtype, filename=name)
    return message.as_bytes()


def test_attachments_are_the_submission_s_files(tmp_path):
    """The body and a Markdown file attached are both read; an attachment's name cannot leave the mail's folder."""
    raw = _with_attachment("Answers attached.\n", "../../answers.md", b"## Q2\n(b) total = 53,952\n", "octet-stream")
    mail = read_mail(raw, "m.eml")
    assert [name for name, _ in mail.attachments] == ["_.._answers.md"]
    path = tmp_path / "mail.eml"
    path.write_bytes(raw)
    document = read_submission(path)
    files = {b.file for b in document.blocks}
    assert files == {"mail.eml", "mail.eml/_.._answers.md"}
    assert any("53,952" in b.text for b in document.blocks if b.file.endswith("answers.md"))


def test_a_zip_attached_is_not_opened(tmp_path):
    raw = _with_attachment("see zip\n", "work.zip", b"PK\x05\x06" + b"\0" * 18, "zip")
    path = tmp_path / "mail.eml"
    path.write_bytes(raw)
    document = read_submission(path)
    assert {b.file for b in document.blocks} == {"mail.eml"}
    assert any("work.zip" in w and "zip inside a zip" in w for w in document.warnings)


def test_a_charset_python_does_not_know_is_read_as_utf8():
    raw = (HEADERS + "Content-Type: text/plain; charset=no-such-charset\n\nQ2 (b) 53,952 \u2014 ok\n").encode()
    assert read_mail(raw, "m.eml").text == "Q2 (b) 53,952 \u2014 ok\n"


def test_an_attachment_in_an_unknown_charset_keeps_its_bytes():
    message = EmailMessage()
    message["Subject"] = "A2"
    message.set_content("see attached\n")
    message.add_attachment(b"dw11 = 0.0044\n", maintype="text", subtype="plain", filename="a.txt")
    raw = message.as_bytes().replace(b'charset="utf-8"', b'charset="no-such-charset"')
    assert read_mail(raw, "m.eml").attachments == (("a.txt", b"dw11 = 0.0044\n"),)


def test_an_unreadable_mail_is_an_error_that_names_the_file(monkeypatch):
    import grader.ingest.mail as mail

    def broken(self, data):
        raise ValueError("a header no parser reads")

    monkeypatch.setattr(mail.BytesParser, "parsebytes", broken)
    with pytest.raises(UnreadableFileError, match=r"^bad\.eml: not a readable e-mail \(ValueError\)"):
        read_mail(b"x", "bad.eml")
