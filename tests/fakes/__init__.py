"""Stand-ins for the hardware the server talks to, run as real peers on loopback."""
