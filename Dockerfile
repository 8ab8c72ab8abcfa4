# provisiond in a container, installed as the README installs it, without the
# dev tools. Data (the SQLite database, secret key, TLS and boot files) lives
# on the volume.
#
#   docker build -t provisioner .
#   docker run --network host -v provisioner:/var/lib/provisioner provisioner
FROM python:3.11-slim

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1

COPY . /tmp/provisioner
RUN pip install /tmp/provisioner && rm -rf /tmp/provisioner

RUN useradd --system --user-group --home-dir /var/lib/provisioner \
        --shell /usr/sbin/nologin provisioner \
    && install -d -o provisioner -g provisioner -m 0700 /var/lib/provisioner

# Settings read by provisiond and provisiond-health (see provisiond --help).
# The data directory is set because its default for a non-root user is in
# the home directory; the admin scripts run as root and must find it too.
# TFTP answers each transfer from a new port, which port publishing does not
# follow: run the container with --network host, and set PROVISIONER_BOOT_URL
# to http://ADDRESS:8080 on the provisioning network (README, Boot serving).
ENV PROVISIONER_GRPC_LISTEN=0.0.0.0:50051 \
    PROVISIONER_TFTP_LISTEN=0.0.0.0:6969 \
    PROVISIONER_HTTP_LISTEN=0.0.0.0:8080 \
    PROVISIONER_DATA_DIR=/var/lib/provisioner

VOLUME ["/var/lib/provisioner"]
# gRPC API, TFTP, boot HTTP.
EXPOSE 50051 6969/udp 8080

USER provisioner
WORKDIR /var/lib/provisioner
HEALTHCHECK --interval=30s --timeout=10s --start-period=10s --retries=3 \
    CMD ["provisiond-health"]
CMD ["provisiond"]
