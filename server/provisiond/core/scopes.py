"""The scopes an APID can be granted, and the access levels RPCs declare."""

PROVISIONING = "provisioning"
IMAGING = "imaging"
ADMIN = "admin"

# Scopes an APID may hold.
GRANTABLE = (PROVISIONING, IMAGING, ADMIN)

# Access levels that need no particular scope.
PUBLIC = "public"  # no credential at all
SESSION = "session"  # any valid session token
JOB_TOKEN = "job_token"  # noqa: S105 - a scope name: an imaging job's token
