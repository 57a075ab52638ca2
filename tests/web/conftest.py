"""Web tests: one read-only app over the examples store for the whole session."""
from __future__ import annotations

import warnings

import pytest


@pytest.fixture(scope="session")
def app(examples_db):
    from eventwire.web import create_app

    return create_app(examples_db)


@pytest.fixture(scope="session")
def client(app):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette's note about httpx versions
        from fastapi.testclient import TestClient

    with TestClient(app) as c:
        yield c
