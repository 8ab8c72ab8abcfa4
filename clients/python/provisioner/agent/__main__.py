"""python -m provisioner.agent: the same as provisioner-agent."""

from provisioner.agent.cli import main

raise SystemExit(main())
