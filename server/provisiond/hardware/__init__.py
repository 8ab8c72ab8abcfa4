"""Hardware control: machine power and boot device through BMCs (IPMI, Redfish)."""
