-- Issue 15 item 6: the network fields are editable where they live (docs/network.md "Editing network fields").
-- Dispatch corrects a location's OLT name and port, VLAN and IP, and a device's IP and GenieACS id, so the outage view
-- and the CPE panel match the field; every other column of these tables stays admin-only. Column privileges: an
-- UPDATE that sets any other column is refused (42501). version and updated_at are set by ops_touch_row (a trigger
-- needs no column privilege); the audit row comes from the tables' audit triggers (0012), as for every edit.
GRANT UPDATE (olt_name, olt_port, vlan, ip_address) ON service_locations TO ops_dispatcher;
GRANT UPDATE (ip_address, genieacs_device_id) ON service_equipment TO ops_dispatcher;
