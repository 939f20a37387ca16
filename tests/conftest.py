import pytest

from benefits.rules import RuleBook, default_rules


@pytest.fixture(scope="session")
def rules() -> RuleBook:
    return default_rules()
