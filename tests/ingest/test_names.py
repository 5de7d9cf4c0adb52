"""Names as attackers choose them: ids safe to write anywhere, one per name, the original kept."""

from __future__ import annotations

import os

import pytest

from grader.ingest.names import MAX_ID_CHARS, display_name, safe_id


def _fs(raw: bytes) -> str:
    """A name as Python hands over one the file system holds (bytes not UTF-8 as surrogates)."""
    return os.fsdecode(raw)


@pytest.mark.parametrize("name", ["000_6ad9972c2ed9da34", "ann smith", "Jane Doe_123456", "f01_ünïcödé_名前",
                                  "=cmd|' -C calc'!A0", "<b>bold</b>", "x" * MAX_ID_CHARS])
def test_a_plain_name_is_its_own_id(name):
    assert safe_id(name) == name
    assert display_name(name) == name


@pytest.mark.parametrize("raw, id_start, shown", [
    (b"caf\xe9", "caf\u00e9-", "caf\u00e9"),                  # Windows-1252 bytes, as unzip leaves them
    (b"dir\xff", "dir\u00ff-", "dir\u00ff"),
    (b"new\nline", "new_line-", "new\\x0aline"),
    (b"\x1b[31mred\x1b[0m", "_[31mred_[0m-", "\\x1b[31mred\\x1b[0m"),
    (b"\xe2\x80\xaeevil", "_evil-", "\\u202eevil"),          # a right-to-left override
    (b"\tx", "_x-", "\\x09x"),
    (b"tab\there", "tab_here-", "tab\\x09here"),
    (b"\x00", "", "\\x00"),
])
def test_an_odd_name_gets_a_safe_id_with_a_hash_and_keeps_a_display_form(raw, id_start, shown):
    name = _fs(raw)
    sid = safe_id(name)
    assert sid.startswith(id_start)
    assert len(sid) <= MAX_ID_CHARS
    assert sid.isprintable() and sid.encode("utf-8")  # no surrogates, no controls
    assert display_name(name) == shown
    display_name(name).encode("utf-8")


def test_a_very_long_name_is_cut_with_a_hash():
    long = "a" * 254
    sid = safe_id(long)
    assert len(sid) == MAX_ID_CHARS and sid.startswith("a" * 50)
    assert safe_id("a" * 253 + "b") != sid


@pytest.mark.parametrize("first, second", [
    (b"caf\xe9", "café".encode()),          # the same text once as Windows-1252, once as UTF-8
    (b"a\x01", b"a\x02"),                   # two controls that both become '_'
    (b"a" * 200 + b"1", b"a" * 200 + b"2"),  # differ only past the cut
    (b"x\ny", b"x_y"),
])
def test_two_names_never_give_one_id(first, second):
    assert safe_id(_fs(first)) != safe_id(_fs(second))


def test_the_id_is_the_same_in_every_run():
    assert safe_id(_fs(b"caf\xe9")) == safe_id(_fs(b"caf\xe9")) == "café-dafd66c0"


def test_printable_ascii_is_shown_as_it_is():
    """``display_name`` passes printable ASCII without a look at each character: none of it is invisible."""
    from grader.ingest.names import _invisible

    assert not any(_invisible(chr(c)) for c in range(0x80) if chr(c).isprintable())
