"""The `PaymentProvider` port, and the built-in test provider.

A provider takes a payment for the debtor page: it is asked for a checkout (an amount,
a description, where to send the debtor back) and answers with its reference and the
address the debtor pays at. When the provider says the payment succeeded (a webhook,
or, for the test provider, the debtor's click on its page), `payments.record` books it
once under `<provider>:<reference>`.

A provider that talks to a paid service (Stripe, `payments.stripe`) raises `ProviderError`
when the service refuses or cannot be reached, saying whether the same call may be tried
again (with the same idempotency key, so that a retry never creates a second checkout).

The test provider moves no money: its checkout page is served by amiable itself (under
the debtor page, clearly marked as a test) so that the whole loop — link, page, plan,
payment, receipt, case settled — runs on the embedded default with no account anywhere.
Stripe and bank transfers are the payments issue's.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Checkout:
    provider_reference: str
    url: str


class ProviderError(Exception):
    """The provider refused the call or could not be reached; nothing was created on our
    side. `retryable`: the same call may succeed later (a rate limit, an outage, a
    network error), as opposed to one that will fail again until someone fixes the
    configuration or the request (a revoked key, a refused card, an invalid parameter)."""

    def __init__(
        self, message: str, retryable: bool, *, status: int | None = None, code: str | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.retryable = retryable
        self.status = status
        self.code = code


class PaymentProvider(Protocol):
    name: str

    def create_checkout(
        self,
        *,
        amount_cents: int,
        currency: str,
        description: str,
        return_url: str,
        idempotency_key: str | None = None,
        metadata: Mapping[str, str] | None = None,
    ) -> Checkout: ...


class TestProvider:
    """A provider for trials and tests: the checkout page is `<return_url>/test-checkout/<ref>`."""

    name = "test"

    def create_checkout(
        self,
        *,
        amount_cents: int,
        currency: str,
        description: str,
        return_url: str,
        idempotency_key: str | None = None,
        metadata: Mapping[str, str] | None = None,
    ) -> Checkout:
        if amount_cents <= 0:
            raise ValueError("a checkout is for a positive amount")
        reference = f"tst_{secrets.token_hex(10)}"
        return Checkout(reference, f"{return_url.rstrip('/')}/test-checkout/{reference}")
