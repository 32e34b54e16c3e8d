"""Builds a site whose every field holds a cross-site scripting payload and checks, in headless Chromium,
that no payload ran and each one shows as plain text where it was put (scripts/xss-check)."""
