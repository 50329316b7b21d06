-- Who read whose personal data (name, citizen id), when and why (privacy.PersonalDataAccessLog). Holds ids only,
-- never the personal values themselves.
CREATE TABLE personal_data_access (
    id               BIGSERIAL     PRIMARY KEY,
    accessed_at      TIMESTAMPTZ   NOT NULL,
    accessor         VARCHAR(200)  NOT NULL,   -- the token subject, or 'system'
    organisation_id  UUID,                     -- the accessor's organisation
    resource_type    VARCHAR(100)  NOT NULL,   -- e.g. 'candidate'
    resource_id      VARCHAR(100)  NOT NULL,
    purpose          VARCHAR(300)  NOT NULL,   -- e.g. 'view candidate profile'
    request_path     VARCHAR(500)
);
CREATE INDEX personal_data_access_resource ON personal_data_access (resource_type, resource_id, accessed_at);
CREATE INDEX personal_data_access_accessor ON personal_data_access (accessor, accessed_at);
