"""Compliance rules as data: public holidays, debtors' places and time zones, contact windows."""
