import pytest

from benefits import compiled
from benefits.rules import RuleBook, default_rules


@pytest.fixture(scope="session")
def rules() -> RuleBook:
    return default_rules()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked `python_sources` replace an engine module's function (monkeypatch), which
    a compiled module would not see (its calls go straight to the compiled function): they run
    only on the Python sources. scripts/test.sh runs them again with BENEFITS_PURE=1."""
    if compiled.ENGINE != "compiled":
        return
    kept = [item for item in items if item.get_closest_marker("python_sources") is None]
    if len(kept) < len(items):
        config.hook.pytest_deselected(items=[i for i in items if i not in kept])
        items[:] = kept
