"""Tenants and their API keys. Tenant isolation rests on every query filtering on
`tenant_id`; the API resolves the tenant from the key in one place (web.api.deps)."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from amiable.portfolio.models import ApiKey, Tenant

KEY_PREFIX = "amk_"


class TenantNotFound(LookupError):
    pass


def tenant_get(session: Session, slug: str) -> Tenant:
    tenant = session.execute(select(Tenant).where(Tenant.slug == slug)).scalar_one_or_none()
    if tenant is None:
        raise TenantNotFound(f"no tenant {slug!r}; create it with `amiable tenant create {slug}`")
    return tenant


def tenant_create(
    session: Session, *, slug: str, name: str, now: datetime, **details: object
) -> Tenant:
    tenant = Tenant(slug=slug, name=name, created_at=now, **details)
    session.add(tenant)
    session.flush()
    return tenant


def tenant_ensure(session: Session, *, slug: str, now: datetime) -> Tenant:
    """The tenant named `slug`, created (named after its slug) on a fresh database."""
    try:
        return tenant_get(session, slug)
    except TenantNotFound:
        return tenant_create(session, slug=slug, name=slug, now=now)


@dataclass(frozen=True)
class IssuedKey:
    api_key: ApiKey
    secret: str  # shown once, never stored


def api_key_create(session: Session, *, tenant: Tenant, name: str, now: datetime) -> IssuedKey:
    secret = KEY_PREFIX + secrets.token_urlsafe(32)
    key = ApiKey(
        tenant_id=tenant.id, name=name, prefix=secret[:12], key_hash=_digest(secret), created_at=now
    )
    session.add(key)
    session.flush()
    return IssuedKey(key, secret)


def api_key_authenticate(session: Session, secret: str) -> Tenant | None:
    """The tenant a key belongs to, or None. Keys are long random strings, so a plain
    SHA-256 lookup is safe (no password-style stretching needed)."""
    if not secret.startswith(KEY_PREFIX):
        return None
    found = session.execute(
        select(Tenant)
        .join(ApiKey, ApiKey.tenant_id == Tenant.id)
        .where(ApiKey.key_hash == _digest(secret), ApiKey.revoked_at.is_(None))
    ).scalar_one_or_none()
    return found


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()
