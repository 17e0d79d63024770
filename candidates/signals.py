"""Signals candidates send to the apps above them (which candidates does not know).

`application_moved` is sent by `candidates.stages.move_application` inside its transaction,
after the application is saved, with `application`, `previous` and `to` (stage values), `by`
(the acting user or None) and `candidate_told` (True when the caller emails the candidate about
the move itself, saying what a receiver would: a receiver then sends no email of its own, so
that one move sends one email). Receivers that email or call out must wait for the commit
(`transaction.on_commit`); a receiver that raises rolls the move back.
"""

from django.dispatch import Signal

application_moved = Signal()
