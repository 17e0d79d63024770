"""Helpers every app may use, below every app (not a Django app: no models, no templates)."""
