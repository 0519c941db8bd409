"""Reading debtor messages: intents, dates and amounts, offline (see shared/nlu/SPEC.md)."""
