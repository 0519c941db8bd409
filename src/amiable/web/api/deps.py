"""Request dependencies. Tenant isolation is enforced here, in one place: every API
route receives a `TenantContext` resolved from its key, and every query it runs
filters on `context.tenant_id`."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from amiable.core.bootstrap import App
from amiable.portfolio.tenants import api_key_authenticate
from amiable.web.errors import ApiError

_bearer = HTTPBearer(auto_error=False, description="`Authorization: Bearer amk_…`")
_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="or `X-API-Key: amk_…`")


@dataclass(frozen=True)
class TenantContext:
    tenant_id: int
    slug: str


def get_app(request: Request) -> App:
    application: App = request.app.state.amiable
    return application


def read_session(application: Annotated[App, Depends(get_app)]) -> Iterator[Session]:
    with application.database.read() as session:
        yield session


def tenant_context(
    session: Annotated[Session, Depends(read_session)],
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    header: Annotated[str | None, Depends(_header)],
) -> TenantContext:
    # The request's read session (FastAPI gives every dependency of one request the
    # same one), so authenticating costs no connection of its own.
    secret = bearer.credentials if bearer else header
    if not secret:
        raise ApiError(401, "unauthorized", "an API key is required (Authorization: Bearer …)")
    tenant = api_key_authenticate(session, secret)
    if tenant is None:
        raise ApiError(401, "unauthorized", "unknown or revoked API key")
    return TenantContext(tenant.id, tenant.slug)


Tenant = Annotated[TenantContext, Depends(tenant_context)]
ReadSession = Annotated[Session, Depends(read_session)]
Application = Annotated[App, Depends(get_app)]
