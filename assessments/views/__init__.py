"""Assessment pages: coding exercises, campaigns (candidate and employer sides), blind review."""
