"""Quorum's site checker: HTML validity, accessibility, reflow, chart contrast and links of a built site."""
