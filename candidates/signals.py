"""Signals candidates send to the apps above them (which candidates does not know).

`application_moved` is sent by `candidates.stages.move_application` inside its transaction,
after the application is saved, with `application`, `previous` and `to` (stage values) and
`by` (the acting user or None). Receivers that email or call out must wait for the commit
(`transaction.on_commit`); a receiver that raises rolls the move back.
"""

from django.dispatch import Signal

application_moved = Signal()
