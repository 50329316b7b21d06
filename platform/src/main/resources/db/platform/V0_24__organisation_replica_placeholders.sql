-- Events may arrive out of order: an OrganisationRetired can be applied before the OrganisationRegistered it follows.
-- The subscriber then stores a placeholder row (id, retired, successor) that the registration completes later, so
-- the descriptive columns may be empty for a while. The directory treats an incomplete row as not (yet) known.
ALTER TABLE organisation_replica
    ALTER COLUMN kind DROP NOT NULL,
    ALTER COLUMN code DROP NOT NULL,
    ALTER COLUMN name DROP NOT NULL,
    ALTER COLUMN path DROP NOT NULL;
