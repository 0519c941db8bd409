"""Payments: secure payment links, the debtor's page, the payment providers."""
