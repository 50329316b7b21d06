-- The relay is no longer woken by a trigger: the writing service wakes its own relay in-process after the commit
-- and sends NOTIFY outbox_event only when the active relay is another replica's (platform outbox.Outbox). A
-- notifying transaction takes a cluster-wide lock at commit, held through its WAL flush, which serialises every
-- notifying commit of every database in the cluster.
DROP TRIGGER outbox_event_inserted ON outbox_event;
DROP FUNCTION outbox_event_notify();
