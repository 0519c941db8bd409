"""Typed settings, read from the environment (prefix `AMIABLE_`) or a `.env` file.

Outside development and tests the settings refuse to start with the default secret.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEVELOPMENT_SECRET = "development-only-secret-change-me"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="AMIABLE_", env_file=".env", extra="ignore")

    environment: Literal["development", "test", "production"] = "development"
    # A SQLite file in the working directory by default; any SQLAlchemy URL otherwise,
    # e.g. postgresql+psycopg://user:password@host/dbname
    database_url: str = "sqlite:///amiable.db"
    secret_key: SecretStr = SecretStr(DEVELOPMENT_SECRET)
    # The tenant the command line works on unless `--tenant` is given.
    default_tenant: str = "default"
    # Time zone in which the office reads dates when none is given for a debtor.
    office_timezone: str = "Europe/Paris"
    host: str = "127.0.0.1"
    port: int = 8000
    # Rows per database transaction during imports; a failing batch is retried row by row.
    import_batch_size: int = 2000
    # The embedded default runs the agent's work inside `amiable serve`: every
    # `worker_interval` seconds, the scheduler's pass, then each tenant's outbox sent and
    # reply mailbox read. 0 turns it off (the scale-out mode runs workers apart).
    worker_interval: int = 300
    # The debtor's page: payment links in messages are `<portal_url>/<signed token>`.
    # Set it to the address debtors reach this server at (behind its proxy).
    portal_url: str = "http://127.0.0.1:8000/p"
    # The built-in test payment provider (no money moves): on by default for trials and
    # tests, refused in production, where a debtor could otherwise settle a case by a
    # click. Real providers come with the payments issue.
    payments_test_provider: bool | None = None

    @property
    def test_payments(self) -> bool:
        if self.payments_test_provider is None:
            return self.environment != "production"
        return self.payments_test_provider

    @model_validator(mode="after")
    def _refuse_default_secret(self) -> Settings:
        if self.environment == "production" and (
            self.secret_key.get_secret_value() == DEVELOPMENT_SECRET
        ):
            raise ValueError("AMIABLE_SECRET_KEY must be set to a long random value in production")
        if self.environment == "production" and self.payments_test_provider:
            raise ValueError(
                "AMIABLE_PAYMENTS_TEST_PROVIDER may not be on in production: the test "
                "provider books payments that were never made"
            )
        return self


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
