"""Lets `python -m provisiond` start the daemon."""

from provisiond.cli.serve import main

raise SystemExit(main())
