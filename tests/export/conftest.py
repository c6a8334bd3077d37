import pytest

from export_graphs import hostile_graph, toy_graph


@pytest.fixture
def toy():
    return toy_graph()


@pytest.fixture
def hostile():
    return hostile_graph()
