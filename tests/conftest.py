"""Shared fixtures: the shipped spec, paths, and the --update-goldens switch."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "reference" / "gnr638_a2.yaml"
SUBMISSIONS = ROOT / "submissions"
SEEDS = ROOT.parent / "shared" / "seeds"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true", default=False,
                     help="rewrite the golden files under tests/**/goldens from the current output")


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


@pytest.fixture(scope="session")
def spec():
    from grader.spec_loader import load_spec

    return load_spec(SPEC_PATH)


@pytest.fixture(scope="session")
def reference(spec):
    from grader.reference import load_reference

    return load_reference(spec)
