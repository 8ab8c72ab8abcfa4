"""Benchmarks of the daemon, run by the scripts/bench-* entry points."""
