-- Quebec Law 25 (issue 15 item 2): technicians' GPS positions are collected only during their shifts, kept only for
-- the configured number of days, and the technicians are told so beforehand (the notice below).
--
-- 1. The company-wide GPS privacy settings (one row; admins edit them in Administration > GPS tracking). The notice
--    texts may contain {days} (retention_days) and {grace} (shift_grace_minutes), replaced when shown.
CREATE TABLE gps_privacy_settings (
    id                   integer PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    retention_days       integer NOT NULL DEFAULT 30 CHECK (retention_days BETWEEN 1 AND 365),
    shift_grace_minutes  integer NOT NULL DEFAULT 15 CHECK (shift_grace_minutes BETWEEN 0 AND 120),
    notice_fr            text NOT NULL CHECK (length(notice_fr) BETWEEN 1 AND 4000),
    notice_en            text NOT NULL CHECK (length(notice_en) BETWEEN 1 AND 4000),
    updated_at           timestamptz NOT NULL DEFAULT now()
);
INSERT INTO gps_privacy_settings (notice_fr, notice_en) VALUES (
'Avis aux techniciens : localisation GPS (Loi 25)

Ce qui est recueilli : la position du traceur GPS de votre véhicule (latitude, longitude, vitesse, heure).
Quand : seulement pendant vos quarts de travail ({grace} minutes avant et après comprises). Aucune position n''est conservée en dehors de vos quarts, pendant vos congés ni pendant vos absences.
Pourquoi : répartir les travaux et donner aux clients votre heure d''arrivée prévue.
Combien de temps : {days} jours, puis les positions sont supprimées automatiquement.
Qui les voit : les répartiteurs, les gestionnaires et les administrateurs de Targo.
Questions, accès ou correction : adressez-vous au responsable de la protection des renseignements personnels de Targo (par l''entremise de votre gestionnaire).',
'Notice to technicians: GPS tracking (Law 25)

What is collected: the position of your vehicle''s GPS tracker (latitude, longitude, speed, time).
When: only during your shifts (including {grace} minutes before and after). No position is kept outside your shifts, on your days off or during your absences.
Why: to dispatch jobs and to give customers your expected arrival time.
How long: {days} days, then the positions are deleted automatically.
Who sees them: Targo''s dispatchers, managers and administrators.
Questions, access or correction: contact Targo''s person in charge of the protection of personal information (through your manager).');

-- The GUI's live positions read the windows again when the grace changes (ops_change).
CREATE TRIGGER gps_privacy_settings_notify_u AFTER UPDATE ON gps_privacy_settings REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ops_notify_change();
CREATE TRIGGER gps_privacy_settings_audit AFTER INSERT OR UPDATE OR DELETE ON gps_privacy_settings
    FOR EACH ROW EXECUTE FUNCTION ops_audit_row('gps_privacy_settings', 'none');

-- 2. When a technician's positions may be collected on a given local day: from shift_start - grace to shift_end +
--    grace, in America/Toronto local time (so a DST day is right), on the technician's work days (work_days bit 0 =
--    Monday), when the technician is active and has no absence on any part of that day. NULL: not at all that day.
--    The one rule: PositionRepository::store keeps only positions inside it, LivePositions shows only those.
CREATE FUNCTION ops_gps_shift_window(tech bigint, day date) RETURNS tstzrange
LANGUAGE sql STABLE AS $$
    SELECT tstzrange(((day + t.shift_start) AT TIME ZONE 'America/Toronto') - make_interval(mins => s.shift_grace_minutes),
                     ((day + t.shift_end) AT TIME ZONE 'America/Toronto') + make_interval(mins => s.shift_grace_minutes),
                     '[]')
      FROM dispatch_technicians t CROSS JOIN gps_privacy_settings s
     WHERE t.id = tech AND s.id = 1 AND t.active
       AND ((t.work_days::integer >> (extract(isodow FROM day)::integer - 1)) & 1) = 1
       AND NOT EXISTS (SELECT 1 FROM technician_absences a
                        WHERE a.technician_id = t.id
                          AND a.starts_at < ((day + 1)::timestamp AT TIME ZONE 'America/Toronto')
                          AND a.ends_at > (day::timestamp AT TIME ZONE 'America/Toronto'))
$$;

-- 3. Privileges (docs/security.md): everyone reads the settings (technicians read the notice); admins change them.
GRANT SELECT ON gps_privacy_settings TO ops_technician, ops_dispatcher, ops_billing, ops_manager, ops_admin;
GRANT UPDATE ON gps_privacy_settings TO ops_admin;
REVOKE ALL ON FUNCTION ops_gps_shift_window(bigint, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ops_gps_shift_window(bigint, date) TO ops_dispatcher, ops_manager, ops_admin;
