"""Provisioner API client stubs."""
