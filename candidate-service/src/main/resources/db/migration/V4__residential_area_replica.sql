-- The residential areas (thôn, bản, ấp, tổ dân phố) admission-service has announced (ResidentialAreaRegistered): a
-- nomination or correction may name only a known one, since coverage reports count candidates by their area.
CREATE TABLE residential_area_replica (
    id         uuid PRIMARY KEY,
    commune_id uuid NOT NULL
);
