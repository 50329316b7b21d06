-- The organisations each archived event concerns, as their materialised paths at publication (/<root>/…/<id>/), so
-- that the HTTP feed answers a provincial system only the events of its subtree (an event is visible to a caller when
-- one of its paths lies in the caller's subtree). Rows written before this migration, and events that concern no
-- organisation (the working calendar), keep the empty array: the national root's feed alone reads them.
ALTER TABLE outbox_event ADD COLUMN organisation_paths TEXT[] NOT NULL DEFAULT '{}';
