"""Provisioner's daemon: the gRPC API, boot serving and BMC control."""

__version__ = "0.1.0"
