"""Channels: outbound messages (the outbox), and later e-mail, SMS, letters and calls."""
