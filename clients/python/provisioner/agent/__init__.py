"""provisioner-agent: captures a disk into an image, or deploys one onto it.

It runs on the target machine in the imaging environment, with the job's
token from the kernel command line, and talks to ImagingAgentService.
"""
