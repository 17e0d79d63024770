"""The advisers' pages: their outreach to the people they support (offers, invitations,
follow-up, subscriptions; what the invited person sees) and their organisation's team."""
