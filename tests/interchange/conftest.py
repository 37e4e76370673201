"""The `fixtures` fixture; helpers are in tests_interchange_support (every test folder has a conftest)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests_interchange_support import FIXTURES


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
