"""One module per service."""
