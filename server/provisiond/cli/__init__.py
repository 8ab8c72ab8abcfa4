"""Entry points: the daemon and the root-only admin scripts."""
