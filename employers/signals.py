"""Signals employers send to the apps above them (which employers does not know).

`offer_closed` is sent by `employers.services.close_offer` inside its transaction, once the
offer is saved closed, with `offer` and `by` (the acting user). Receivers that email must wait
for the commit (`transaction.on_commit`); a receiver that raises rolls the closing back.
"""

from django.dispatch import Signal

offer_closed = Signal()
