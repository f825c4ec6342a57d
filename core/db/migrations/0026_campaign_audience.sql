-- Campaign audience (issue 14, docs/campaigns.md): the billing group creates campaigns, and a segment's region filter
-- and the {technician} variable read a region's name and a job's technicians, which 0012 did not grant it. Column
-- grants only, so the table-level rows of 0012's privilege matrix stay what they are: a tag's id and name, a
-- technician's id and name, which technicians a job has.
GRANT SELECT (id, name) ON dispatch_tags TO ops_billing;
GRANT SELECT (id, name) ON dispatch_technicians TO ops_billing;
GRANT SELECT (job_id, technician_id) ON job_technicians TO ops_billing;
