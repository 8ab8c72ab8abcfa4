"""Generated stubs of the provisioner.v1 API; see protos/provisioner/v1."""
