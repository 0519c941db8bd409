"""E-mail out and in."""
