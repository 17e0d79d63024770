"""The employer's pages: the workspace (offers, an offer's page, the audit log) and the offer
editor."""
