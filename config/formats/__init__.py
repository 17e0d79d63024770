"""Vivier's date and number formats, per language (settings.FORMAT_MODULE_PATH).

Each language writes every date one way, day first and never ambiguous: French « 21 janvier 2027 »
and « 21/01/2027 », English « 21 January 2027 » and « 21 Jan 2027 » (never the US « 01/21/2027 »),
with 24-hour times in both. Whatever a module leaves out comes from Django's own locale formats.
"""
