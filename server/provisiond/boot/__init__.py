"""Boot serving: TFTP and HTTP transports in front of a BootBackend."""
