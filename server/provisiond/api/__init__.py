"""The gRPC edge: servicers, the call pipeline, and proto<->domain conversion."""
