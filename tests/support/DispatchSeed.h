#pragma once

// A small dispatch board on a fresh database (TestDispatchRepository, TestDispatchCommands). Day D is Tuesday
// 2030-03-05 (Quebec time, UTC-5 that day).
//  - tags: 1 Fibre (skill), 2 TV (skill), 3 Laurentides (region), 4 Lanaudière (region)
//  - DT-00001 Alice Tremblay: Fibre 3, TV 1, Laurentides 3; 08:00–16:30 Monday–Friday; home in Saint-Jérôme;
//    on vacation all of Wednesday D+1
//  - DT-00002 Bruno Gagnon: Fibre 2, Lanaudière 3, Laurentides 1; 07:00–15:30 Tuesday–Saturday
//  - regions from rules: the city Saint-Jérôme -> Laurentides, the postal prefix J6E -> Lanaudière
//  - DJ-00001 repair in the queue, Saint-Jérôme, requires Fibre 3, window D 08:00–12:00, 60 min
//  - DJ-00002 installation, Alice, D 09:00–10:00, Saint-Jérôme, requires Fibre 1
//  - DJ-00003 survey in the queue, Joliette (J6E), requires Fibre 2, no window, 30 min
//  - DJ-00004 repair, Alice, D 13:00–14:00, Saint-Jérôme (about 45 km from Joliette)
//  - staff 1 "Dominique Roy" is the connection's own role (who made the changes)
namespace ops::test {

inline const char *const kDispatchDay = "2030-03-05";

inline const char *const kDispatchSeed[] = {
    "INSERT INTO staff (id, pg_role, display_name, role_group) VALUES (1, current_user, 'Dominique Roy', 'dispatcher')",
    "INSERT INTO dispatch_tags (id, name, category) VALUES (1, 'Fibre', 'skill'), (2, 'TV', 'skill'),"
    " (3, 'Laurentides', 'region'), (4, 'Lanaudière', 'region')",
    "INSERT INTO region_rules (region_tag_id, city, postal_prefix) VALUES (3, 'Saint-Jérôme', NULL),"
    " (4, NULL, 'J6E')",
    "INSERT INTO customers (id, code, kind, display_name, language, phone, status) VALUES"
    " (1, 'CUST-00001', 'residential', 'Élise Tremblay', 'fr', '(450) 555-0101', 'active'),"
    " (2, 'CUST-00002', 'residential', 'John Smith', 'en', '(450) 555-0202', 'active')",
    "INSERT INTO service_locations (id, code, customer_id, civic_number, street, city, postal_code, latitude, "
    "longitude,"
    " status) VALUES"
    " (1, 'LOC-00001', 1, '12', 'rue Labelle', 'Saint-Jérôme', 'J7Z 5L3', 45.7800, -74.0030, 'active'),"
    " (2, 'LOC-00002', 2, '40', 'rue Notre-Dame', 'Joliette', 'J6E 3H1', 46.0210, -73.4400, 'active')",
    "INSERT INTO dispatch_technicians (id, code, name, phone, colour, home_latitude, home_longitude, shift_start,"
    " shift_end, work_days) VALUES"
    " (1, 'DT-00001', 'Alice Tremblay', '(450) 555-1001', '#1f77b4', 45.7700, -74.0100, '08:00', '16:30', 31),"
    " (2, 'DT-00002', 'Bruno Gagnon', '(450) 555-1002', '#ff7f0e', 46.0200, -73.4500, '07:00', '15:30', 62)",
    "INSERT INTO technician_tags (technician_id, tag_id, level) VALUES (1, 1, 3), (1, 2, 1), (1, 3, 3), (2, 1, 2),"
    " (2, 4, 3), (2, 3, 1)",
    "INSERT INTO dispatch_jobs (id, code, customer_id, location_id, job_type, status, priority, window_start, "
    "window_end,"
    " scheduled_start, duration_minutes) VALUES"
    " (1, 'DJ-00001', 1, 1, 'repair', 'unscheduled', 2, '2030-03-05 08:00-05', '2030-03-05 12:00-05', NULL, 60),"
    " (2, 'DJ-00002', 1, 1, 'installation', 'scheduled', 3, NULL, NULL, '2030-03-05 09:00-05', 60),"
    " (3, 'DJ-00003', 2, 2, 'survey', 'unscheduled', 4, NULL, NULL, NULL, 30),"
    " (4, 'DJ-00004', 1, 1, 'repair', 'scheduled', 2, NULL, NULL, '2030-03-05 13:00-05', 60)",
    "INSERT INTO job_technicians (job_id, technician_id, is_lead) VALUES (2, 1, true), (4, 1, true)",
    "INSERT INTO job_required_tags (job_id, tag_id, min_level) VALUES (1, 1, 3), (2, 1, 1), (3, 1, 2), (4, 1, 1)",
    "INSERT INTO technician_absences (technician_id, kind, starts_at, ends_at, note) VALUES"
    " (1, 'vacation', '2030-03-06 00:00-05', '2030-03-07 00:00-05', 'Congé')",
    // The rows above carry their ids: the identities continue after them, as after the demo seed or an import.
    "SELECT setval(pg_get_serial_sequence(t, 'id'), 100) FROM unnest(ARRAY['dispatch_tags', 'customers',"
    " 'service_locations', 'dispatch_technicians', 'dispatch_jobs', 'staff']) AS t",
};

} // namespace ops::test
