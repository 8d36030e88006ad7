"""Extraction stages: dates, numbers, figures, events, attribution (Japanese first)."""
