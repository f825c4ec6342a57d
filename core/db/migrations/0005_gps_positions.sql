-- GPS positions of the technicians' trackers, received from Traccar (REST and the live WebSocket). Traccar stays the
-- source of truth; this is a bounded local copy for the dispatch map (latest position per device) and recent tracks.
-- Devices map to technicians through dispatch_technicians.traccar_device_id (0001); technician_id is resolved when a
-- position is stored. Retention is bounded by PositionRepository::prune (age and rows per device).
-- No ops_change trigger: positions arrive several times a minute per device and are read on demand.

CREATE TABLE gps_positions (
    id                   bigserial PRIMARY KEY,
    traccar_position_id  bigint NOT NULL UNIQUE, -- Traccar's position id: storing the same position twice is a no-op
    device_id            bigint NOT NULL, -- Traccar's device id
    technician_id        bigint REFERENCES dispatch_technicians (id) ON DELETE SET NULL,
    latitude             double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude            double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    speed_kmh            double precision NOT NULL DEFAULT 0 CHECK (speed_kmh >= 0), -- Traccar sends knots; × 1.852
    course               double precision NOT NULL DEFAULT 0, -- degrees
    accuracy             double precision CHECK (accuracy >= 0), -- metres; NULL when unknown
    valid                boolean NOT NULL DEFAULT true, -- the tracker had a GPS fix
    fix_time             timestamptz NOT NULL,
    received_at          timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE gps_positions IS 'Traccar positions (bounded retention); speed converted from knots to km/h';

-- Latest position per device, a device's track in a time window, per-device pruning.
CREATE INDEX gps_positions_device_time_idx ON gps_positions (device_id, fix_time DESC);
-- Pruning by age.
CREATE INDEX gps_positions_fix_time_idx ON gps_positions (fix_time);
CREATE INDEX gps_positions_technician_idx ON gps_positions (technician_id, fix_time DESC)
    WHERE technician_id IS NOT NULL;
