"""The web application: the REST API, the providers' webhooks and the debtor page."""

from __future__ import annotations

from fastapi import FastAPI

from amiable import __version__
from amiable.core.bootstrap import App, bootstrap
from amiable.web import errors, portal, webhooks
from amiable.web.api import payments as payments_api
from amiable.web.api.routes import router

DESCRIPTION = """
The case book of an amicable debt-recovery office: creditors and their mandates,
debtors, cases, claims, itemised balances, ledger and case events.

Authenticate with a tenant's API key (`amiable apikey create`), as
`Authorization: Bearer amk_…` or `X-API-Key: amk_…`. Amounts are decimal strings.
Errors are `{"error": {"code", "message", "details"}}` with a stable `code`.
"""


def create_app(application: App | None = None) -> FastAPI:
    application = application or bootstrap()
    # The interactive docs pages load scripts from a CDN, which a self-hosted install
    # must not need; the schema itself is served at /openapi.json.
    app = FastAPI(
        title="amiable", version=__version__, description=DESCRIPTION, docs_url=None, redoc_url=None
    )
    app.state.amiable = application
    errors.install(app)
    app.include_router(router)
    app.include_router(payments_api.router)
    app.include_router(webhooks.router)
    app.include_router(portal.router)

    @app.get("/health", tags=["reference"])
    def health() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    return app
