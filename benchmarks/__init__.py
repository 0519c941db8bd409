"""`make bench`: the performance figures the issues set, printed."""
