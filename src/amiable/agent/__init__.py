"""The agent: what a debtor's reply leads to (DOMAIN.md, "What a reply leads to")."""
