-- reporting-service owns nothing but read models built from events, plus the targets users set.
--
-- Read models live in a schema per generation (rm_1, rm_2, ...): a rebuild fills a fresh schema from the
-- beginning of the topics while the active one keeps serving, then switches `read_model.active_schema` in one
-- transaction. Every statement on read models is unqualified and runs with search_path = <active schema>.

-- The version of the platform's working calendar (working_calendar_day): a digest of its rows.
CREATE FUNCTION working_calendar_version() RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT md5(coalesce(string_agg(day || ':' || working, ',' ORDER BY day), '')) FROM public.working_calendar_day
$$;

-- Fills the working_day table of the generation on the search_path from the working calendar (Monday to Friday unless
-- working_calendar_day says otherwise), and records the calendar's version in projection_state.
CREATE FUNCTION fill_working_days() RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE working_day;
    INSERT INTO working_day (day, ordinal)
    SELECT d.day::date, (sum(CASE WHEN coalesce(c.working, extract(isodow FROM d.day) < 6) THEN 1 ELSE 0 END) OVER (ORDER BY d.day))::int
    FROM generate_series(DATE '1930-01-01', DATE '2099-12-31', INTERVAL '1 day') AS d(day)
    LEFT JOIN public.working_calendar_day c ON c.day = d.day::date;
    UPDATE projection_state SET calendar = public.working_calendar_version();
END;
$$;

CREATE FUNCTION create_read_model(target_schema TEXT) RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
    previous_path TEXT := current_setting('search_path');
BEGIN
    EXECUTE format('CREATE SCHEMA %I', target_schema);
    PERFORM set_config('search_path', quote_ident(target_schema), true);

    -- The organisation tree (OrganisationRegistered/Updated/Retired), with materialised paths.
    CREATE TABLE org_node (
        id             UUID         PRIMARY KEY,
        parent_id      UUID,
        path           TEXT         NOT NULL,
        kind           VARCHAR(30)  NOT NULL,
        code           VARCHAR(50)  NOT NULL,
        name           TEXT         NOT NULL,
        may_decide     BOOLEAN      NOT NULL,
        population     INTEGER,
        retired_on     DATE
    );
    CREATE INDEX org_node_path ON org_node (path text_pattern_ops);
    CREATE INDEX org_node_parent ON org_node (parent_id);
    -- a subtree's population (CoverageReport): its communes only, not every cell under it
    CREATE INDEX org_node_communes ON org_node (path text_pattern_ops) INCLUDE (population) WHERE kind = 'COMMUNE' AND retired_on IS NULL;
    -- the national root exists before any event (as in every service's organisation replica)
    INSERT INTO org_node (id, parent_id, path, kind, code, name, may_decide)
    VALUES ('00000000-0000-0000-0000-000000000001', NULL, '/00000000-0000-0000-0000-000000000001/', 'CENTRAL', 'TW', 'Trung ương', FALSE);

    -- Residential areas (thôn, bản, ấp, tổ dân phố) and how many active members live there.
    CREATE TABLE residential_area (
        id                UUID         PRIMARY KEY,
        commune_id        UUID         NOT NULL,
        commune_path      TEXT,
        kind              VARCHAR(20)  NOT NULL,
        name              TEXT         NOT NULL,
        disadvantaged     BOOLEAN      NOT NULL,
        covering_cell_id  UUID,
        population        INTEGER,
        members           INTEGER      NOT NULL DEFAULT 0
    );
    CREATE INDEX residential_area_path ON residential_area (commune_path text_pattern_ops);

    -- One row per person in the pipeline: every fact merges into its own columns whatever the arrival order.
    -- Business dates decide which of two facts about the same attribute wins (cell_since, demographics_on).
    -- fillfactor: room on each page for the live batches' updates, which mostly change unindexed columns (nominated,
    -- listed, case opened, demographics) and so stay on the page as HOT updates, with no new entry in the twelve indexes;
    -- the aggregate tables below keep 10 % free for the same reason (their counts are unindexed, but for
    -- admission_stat's covering index).
    CREATE TABLE person (
        person_id                 UUID         PRIMARY KEY,
        cell_id                   UUID,
        cell_since                DATE,
        org_path                  TEXT,
        residential_area_id       UUID,
        source                    VARCHAR(30),
        demographics_on           DATE,
        gender                    VARCHAR(10),
        age_at_admission          SMALLINT,                 -- completed years on the ceremony day, from MemberAdmitted
        ethnic_group              VARCHAR(20),
        religion                  VARCHAR(30),
        general_education         VARCHAR(20),
        professional_level        VARCHAR(20),
        occupation                VARCHAR(40),
        youth_union               BOOLEAN,
        nominated_on              DATE,
        listed_on                 DATE,
        removed_on                DATE,
        enrolled_on               DATE,
        certified_on              DATE,
        certificate_valid_until   DATE,
        case_id                   UUID,
        case_opened_on            DATE,
        cell_resolution_on        DATE,
        decision_due              DATE,
        decided_on                DATE,
        ceremony_due              DATE,
        admitted_on               DATE,
        probation_ends_on         DATE,
        recognition_vote_due      DATE,
        recognition_voted_on      DATE,
        recognition_decision_due  DATE,
        recognised_on             DATE,
        official_on               DATE,
        struck_off_on             DATE,
        case_closed_on            DATE,
        case_closed_as            VARCHAR(20)
    ) WITH (fillfactor = 80);
    -- a cell's people, and its latest admission (cell_stat.last_admitted_on) as one index lookup
    CREATE INDEX person_cell ON person (cell_id, admitted_on);
    CREATE INDEX person_path ON person (org_path text_pattern_ops);
    CREATE INDEX person_path_admitted ON person (org_path text_pattern_ops, admitted_on) WHERE admitted_on IS NOT NULL;
    -- partial months of a large subtree (the national root) read a few days of admissions across the whole tree
    CREATE INDEX person_admitted ON person (admitted_on) WHERE admitted_on IS NOT NULL;
    -- overdue work (OverdueReport): per kind, the people still pending, in two orders: by due date then path (the
    -- national root counts and lists by one range of the due date, in list order) and by path then due date (a
    -- province reads only its own range). Only rows with a due date (the queries' `due < ?` implies it): a candidate
    -- without one, the most common row, is in none of them.
    CREATE INDEX person_overdue_decision ON person (decision_due, org_path text_pattern_ops)
        WHERE decided_on IS NULL AND admitted_on IS NULL AND case_closed_on IS NULL AND decision_due IS NOT NULL;
    CREATE INDEX person_overdue_ceremony ON person (ceremony_due, org_path text_pattern_ops)
        WHERE admitted_on IS NULL AND case_closed_on IS NULL AND ceremony_due IS NOT NULL;
    CREATE INDEX person_overdue_recognition_vote ON person (recognition_vote_due, org_path text_pattern_ops)
        WHERE recognition_voted_on IS NULL AND recognised_on IS NULL AND struck_off_on IS NULL AND recognition_vote_due IS NOT NULL;
    CREATE INDEX person_overdue_recognition_decision ON person (recognition_decision_due, org_path text_pattern_ops)
        WHERE recognised_on IS NULL AND struck_off_on IS NULL AND recognition_decision_due IS NOT NULL;
    CREATE INDEX person_overdue_decision_path ON person (org_path text_pattern_ops, decision_due)
        WHERE decided_on IS NULL AND admitted_on IS NULL AND case_closed_on IS NULL AND decision_due IS NOT NULL;
    CREATE INDEX person_overdue_ceremony_path ON person (org_path text_pattern_ops, ceremony_due)
        WHERE admitted_on IS NULL AND case_closed_on IS NULL AND ceremony_due IS NOT NULL;
    CREATE INDEX person_overdue_recognition_vote_path ON person (org_path text_pattern_ops, recognition_vote_due)
        WHERE recognition_voted_on IS NULL AND recognised_on IS NULL AND struck_off_on IS NULL AND recognition_vote_due IS NOT NULL;
    CREATE INDEX person_overdue_recognition_decision_path ON person (org_path text_pattern_ops, recognition_decision_due)
        WHERE recognised_on IS NULL AND struck_off_on IS NULL AND recognition_decision_due IS NOT NULL;

    -- The member roll: where each member is and whether official, to count cells and areas exactly.
    CREATE TABLE member (
        member_id            UUID   PRIMARY KEY,
        cell_id              UUID,
        cell_since           DATE,
        residential_area_id  UUID,
        entry_date           DATE,
        official_date        DATE,
        left_on              DATE
    ) WITH (fillfactor = 90);
    CREATE INDEX member_cell ON member (cell_id);
    CREATE INDEX member_area ON member (residential_area_id);

    -- Per cell: active members, official members, latest admission (recomputed from member/person rows), with the
    -- cell's path (kept equal to org_node.path) so that a subtree's cells are read by one index range. Every organisation
    -- has a row (zeros when nothing counts for it), so the coverage lists are found from the partial indexes below
    -- without reading every cell of a large subtree. The organisation's code and name, and whether it is a current cell
    -- (a cell kind, not retired), are copies of org_node's (recomputed with the row and on every registration, update and
    -- retirement of the organisation): each coverage list is then a scan of one partial index in code order, stopped at
    -- the list's limit, and its total an index-only count, with no join to org_node.
    CREATE TABLE cell_stat (
        cell_id           UUID         PRIMARY KEY,
        org_path          TEXT,
        code              VARCHAR(50),
        name              TEXT,
        current_cell      BOOLEAN      NOT NULL,
        members           INTEGER      NOT NULL,
        officials         INTEGER      NOT NULL,
        last_admitted_on  DATE
    );
    CREATE INDEX cell_stat_path ON cell_stat (org_path text_pattern_ops) INCLUDE (members, officials, last_admitted_on);
    -- per coverage list: (code) for a large subtree (the national root: read in code order up to the limit), and
    -- (org_path, code) for a small one (its range read, then sorted) and for the totals
    CREATE INDEX cell_stat_under_five_code ON cell_stat (code) WHERE current_cell AND members < 5;
    CREATE INDEX cell_stat_under_five_path ON cell_stat (org_path text_pattern_ops, code) WHERE current_cell AND members < 5;
    CREATE INDEX cell_stat_under_three_code ON cell_stat (code) WHERE current_cell AND officials < 3;
    CREATE INDEX cell_stat_under_three_path ON cell_stat (org_path text_pattern_ops, code) WHERE current_cell AND officials < 3;
    -- no admission since a date the request gives: never admitted (a partial index), or latest admission before it (a range)
    CREATE INDEX cell_stat_current_code ON cell_stat (code) INCLUDE (last_admitted_on) WHERE current_cell;
    CREATE INDEX cell_stat_never_admitted ON cell_stat (org_path text_pattern_ops, code) WHERE current_cell AND last_admitted_on IS NULL;
    CREATE INDEX cell_stat_last_admitted ON cell_stat (last_admitted_on, org_path text_pattern_ops) WHERE current_cell;
    -- the seeded root's row (every organisation has one; the others are written when their registration is applied)
    INSERT INTO cell_stat (cell_id, org_path, code, name, current_cell, members, officials)
    SELECT id, path, code, name, FALSE, 0, 0 FROM org_node WHERE id = '00000000-0000-0000-0000-000000000001';

    -- The same members and officials rolled up to every organisation on the cell's path (the cell itself included):
    -- a subtree's members are one row (coverage). Kept equal to the sums of cell_stat over the organisation's subtree
    -- (see Aggregates); no zero rows.
    CREATE TABLE member_rollup (
        org_id     UUID     PRIMARY KEY,
        members    INTEGER  NOT NULL,
        officials  INTEGER  NOT NULL
    ) WITH (fillfactor = 90);

    -- Pre-aggregated admissions: per leaf organisation (cell), month and breakdown category.
    CREATE TABLE admission_stat (
        cell_id    UUID         NOT NULL,
        org_path   TEXT,
        month      DATE         NOT NULL,
        dimension  VARCHAR(30)  NOT NULL,
        value      VARCHAR(40)  NOT NULL,
        admitted   INTEGER      NOT NULL,
        PRIMARY KEY (cell_id, month, dimension, value)
    ) WITH (fillfactor = 90);
    -- no index by path: reports read admission_rollup; this table is read by its key (live) or whole (a rebuild)

    -- The same admissions rolled up to every organisation above the cell on its path (not the cell itself: its own
    -- figures are its admission_stat rows, written once): a subtree's months are a few hundred rows per year whatever the
    -- subtree's size. Kept equal to the sums of admission_stat over org_path LIKE '<path>%' but the organisation's own
    -- rows (see Rollup); no zero rows.
    CREATE TABLE admission_rollup (
        org_id     UUID         NOT NULL,
        month      DATE         NOT NULL,
        dimension  VARCHAR(30)  NOT NULL,
        value      VARCHAR(40)  NOT NULL,
        admitted   INTEGER      NOT NULL,
        PRIMARY KEY (org_id, month, dimension, value)
    ) WITH (fillfactor = 90);
    -- An organisation's whole subtree: its rollup rows plus its own leaf rows (a cell's; an organisation's cell_id leads
    -- both indexes, so a read of one organisation, or of a few, is a range of each).
    CREATE VIEW admission_subtree AS
        SELECT org_id, month, dimension, value, sum(admitted) AS admitted
        FROM (SELECT org_id, month, dimension, value, admitted FROM admission_rollup
              UNION ALL SELECT cell_id, month, dimension, value, admitted FROM admission_stat WHERE org_path IS NOT NULL) f
        GROUP BY org_id, month, dimension, value;

    -- The funnel's stages per cell, month of the stage's day, source and stage (recomputed from the cell's person rows),
    -- plus a row per cell and source with no month and stage PERSON: the people of that source, whatever their dates.
    CREATE TABLE funnel_stat (
        cell_id   UUID         NOT NULL,
        org_path  TEXT,
        month     DATE,
        source    VARCHAR(30)  NOT NULL,
        stage     VARCHAR(20)  NOT NULL,
        people    INTEGER      NOT NULL,
        UNIQUE NULLS NOT DISTINCT (cell_id, month, source, stage)
    ) WITH (fillfactor = 90);

    -- The same rolled up to every organisation above the cell on its path (as admission_rollup).
    CREATE TABLE funnel_rollup (
        org_id    UUID         NOT NULL,
        month     DATE,
        source    VARCHAR(30)  NOT NULL,
        stage     VARCHAR(20)  NOT NULL,
        people    INTEGER      NOT NULL,
        UNIQUE NULLS NOT DISTINCT (org_id, month, source, stage)
    ) WITH (fillfactor = 90);
    CREATE VIEW funnel_subtree AS
        SELECT org_id, month, source, stage, sum(people) AS people
        FROM (SELECT org_id, month, source, stage, people FROM funnel_rollup
              UNION ALL SELECT cell_id, month, source, stage, people FROM funnel_stat WHERE org_path IS NOT NULL) f
        GROUP BY org_id, month, source, stage;

    -- The funnel's durations per cell, month of the later stage's day, stage and working days from the previous stage
    -- (recomputed from the cell's person rows): the histograms whose cumulative counts give the medians.
    CREATE TABLE duration_stat (
        cell_id   UUID         NOT NULL,
        org_path  TEXT,
        month     DATE         NOT NULL,
        stage     VARCHAR(20)  NOT NULL,
        days      INTEGER      NOT NULL,
        people    INTEGER      NOT NULL,
        UNIQUE (cell_id, month, stage, days)
    ) WITH (fillfactor = 90);

    -- The same rolled up to every organisation above the cell on its path (as admission_rollup).
    CREATE TABLE duration_rollup (
        org_id    UUID         NOT NULL,
        month     DATE         NOT NULL,
        stage     VARCHAR(20)  NOT NULL,
        days      INTEGER      NOT NULL,
        people    INTEGER      NOT NULL,
        UNIQUE (org_id, month, stage, days)
    ) WITH (fillfactor = 90);
    CREATE VIEW duration_subtree AS
        SELECT org_id, month, stage, days, sum(people) AS people
        FROM (SELECT org_id, month, stage, days, people FROM duration_rollup
              UNION ALL SELECT cell_id, month, stage, days, people FROM duration_stat WHERE org_path IS NOT NULL) f
        GROUP BY org_id, month, stage, days;

    -- Working-day ordinals (fill_working_days): the working days from 1 Jan 1930 up to each day, so that the working days
    -- in (a, b] are ordinal(b) − ordinal(a). Days outside 1930–2099 have none, and durations to or from them are not counted.
    CREATE TABLE working_day (
        day      DATE     PRIMARY KEY,
        ordinal  INTEGER  NOT NULL
    );

    -- Cells whose funnel durations still count the working days of a calendar since corrected: recounted in the
    -- background a chunk at a time (WorkingCalendarDurations), or first by a live batch that touches one.
    CREATE TABLE duration_recount (
        cell_id  UUID  PRIMARY KEY
    );

    -- The pipeline the forecast counts, per cell (recomputed from the cell's person rows), as histograms:
    -- CASE_DAYS (value = days from case opened to admission), CERTIFIED_DAYS (value = days from certificate to case),
    -- FINISHED (cases admitted or closed), CERTIFIED (certificates), OPEN (open cases by on_day = the day opened) and
    -- WAITING (certified, no case, not removed: by on_day = the day certified and until_day = valid until). No zero rows.
    CREATE TABLE pipeline_stat (
        cell_id    UUID         NOT NULL,
        org_path   TEXT,
        measure    VARCHAR(20)  NOT NULL,
        value      INTEGER      NOT NULL,
        on_day     DATE,
        until_day  DATE,
        people     INTEGER      NOT NULL,
        UNIQUE NULLS NOT DISTINCT (cell_id, measure, value, on_day, until_day)
    ) WITH (fillfactor = 90);

    -- The same rolled up to every organisation above the cell on its path (as admission_rollup).
    CREATE TABLE pipeline_rollup (
        org_id     UUID         NOT NULL,
        measure    VARCHAR(20)  NOT NULL,
        value      INTEGER      NOT NULL,
        on_day     DATE,
        until_day  DATE,
        people     INTEGER      NOT NULL,
        UNIQUE NULLS NOT DISTINCT (org_id, measure, value, on_day, until_day)
    ) WITH (fillfactor = 90);
    CREATE VIEW pipeline_subtree AS
        SELECT org_id, measure, value, on_day, until_day, sum(people) AS people
        FROM (SELECT org_id, measure, value, on_day, until_day, people FROM pipeline_rollup
              UNION ALL SELECT cell_id, measure, value, on_day, until_day, people FROM pipeline_stat WHERE org_path IS NOT NULL) f
        GROUP BY org_id, measure, value, on_day, until_day;

    -- Training: classes (scoped by their organiser), enrolments, awareness-check attempts, certificates.
    CREATE TABLE training_class (
        class_id        UUID         PRIMARY KEY,
        kind            VARCHAR(30)  NOT NULL,
        organiser_id    UUID         NOT NULL,
        org_path        TEXT,
        starts_on       DATE         NOT NULL,
        ends_on         DATE         NOT NULL,
        capacity        INTEGER      NOT NULL,
        completed_on    DATE
    );
    CREATE INDEX training_class_path ON training_class (org_path text_pattern_ops);
    CREATE INDEX training_class_organiser ON training_class (organiser_id);

    CREATE TABLE enrolment (
        person_id     UUID         NOT NULL,
        class_id      UUID         NOT NULL,
        kind          VARCHAR(30)  NOT NULL,
        enrolled_on   DATE         NOT NULL,
        withdrawn_on  DATE,
        PRIMARY KEY (person_id, class_id)
    );
    -- TrainingReport reads a subtree's classes, then each class's rows dated in the period from the index alone
    CREATE INDEX enrolment_class ON enrolment (class_id, enrolled_on) INCLUDE (kind, withdrawn_on);

    CREATE TABLE check_attempt (
        person_id   UUID     NOT NULL,
        class_id    UUID     NOT NULL,
        attempt     INTEGER  NOT NULL,
        passed      BOOLEAN  NOT NULL,
        checked_on  DATE     NOT NULL,
        PRIMARY KEY (person_id, class_id, attempt)
    );
    CREATE INDEX check_attempt_class ON check_attempt (class_id);
    CREATE INDEX check_attempt_first ON check_attempt (class_id, checked_on) INCLUDE (person_id, passed) WHERE attempt = 1;
    -- "passed at a later attempt" for the trainees who failed their first
    CREATE INDEX check_attempt_passed_later ON check_attempt (person_id, class_id) WHERE passed AND attempt > 1;

    CREATE TABLE certificate (
        certificate_number  VARCHAR(80)  PRIMARY KEY,
        person_id           UUID         NOT NULL,
        kind                VARCHAR(30)  NOT NULL,
        issuer_id           UUID         NOT NULL,
        class_id            UUID,
        issued_on           DATE         NOT NULL,
        valid_until         DATE,
        revoked_on          DATE
    );
    CREATE INDEX certificate_class ON certificate (class_id, issued_on) INCLUDE (kind, revoked_on);

    -- Training per class and day (TrainingReport), recomputed per class from the fact rows above: the class starting
    -- (counted under the class's kind), trainees enrolled and not withdrawn (the enrolment's kind), certificates issued
    -- and not revoked (the certificate's kind), first awareness checks, of those passed at some attempt and passed at the
    -- first (the class's kind). Only classes known to training_class; no zero rows.
    CREATE TABLE training_day (
        class_id      UUID         NOT NULL,
        org_path      TEXT,
        day           DATE         NOT NULL,
        kind          VARCHAR(30)  NOT NULL,
        classes       INTEGER      NOT NULL,
        trainees      INTEGER      NOT NULL,
        certificates  INTEGER      NOT NULL,
        checked       INTEGER      NOT NULL,
        passed        INTEGER      NOT NULL,
        passed_first  INTEGER      NOT NULL,
        PRIMARY KEY (class_id, day, kind)
    ) WITH (fillfactor = 90);

    -- The same rolled up to every organisation on the class's path (its organiser included): a subtree's year is at
    -- most 366 × kinds rows of one organisation. Kept equal to the sums of training_day over the subtree; no zero rows.
    CREATE TABLE training_rollup (
        org_id        UUID         NOT NULL,
        day           DATE         NOT NULL,
        kind          VARCHAR(30)  NOT NULL,
        classes       INTEGER      NOT NULL,
        trainees      INTEGER      NOT NULL,
        certificates  INTEGER      NOT NULL,
        checked       INTEGER      NOT NULL,
        passed        INTEGER      NOT NULL,
        passed_first  INTEGER      NOT NULL,
        PRIMARY KEY (org_id, day, kind)
    ) WITH (fillfactor = 90);

    -- Acts with a deadline (R-SLA-1 decision, R-SLA-2 ceremony, R-SLA-3 recognition vote and decision) as they were
    -- done, one row per person and act (the last event of the act in reading order wins): who answers for the deadline
    -- (the deciding committee the events name as decidedBy — the cell when an event names none — and the cell for the
    -- recognition vote), the due date, the day it was done, the superior committee's approval of a later ceremony
    -- (R-SLA-2: not a breach), and whether it was late and by how many working days, as the admission service recorded it.
    CREATE TABLE sla_act (
        person_id          UUID         NOT NULL,
        act                VARCHAR(30)  NOT NULL,
        responsible_id     UUID         NOT NULL,
        case_id            UUID,
        cell_id            UUID,
        due                DATE,
        done_on            DATE         NOT NULL,
        approved_on        DATE,
        late               BOOLEAN      NOT NULL,
        late_working_days  INTEGER      NOT NULL,
        PRIMARY KEY (person_id, act)
    );
    -- the compliance report: a subtree's committees (from org_node's path index), each one's acts of the period
    CREATE INDEX sla_act_responsible ON sla_act (responsible_id, done_on);
    -- the breaches of a period in list order
    CREATE INDEX sla_act_breaches ON sla_act (done_on, person_id) WHERE late;

    -- Events applied to this generation (a rebuild and the live consumer may both meet an event at hand-over),
    -- and the time of the latest one (asOf).
    CREATE TABLE applied_event (
        event_id  UUID  PRIMARY KEY
    );
    CREATE TABLE projection_state (
        id              INTEGER      PRIMARY KEY CHECK (id = 1),
        as_of           TIMESTAMPTZ,
        events_applied  BIGINT       NOT NULL,
        -- the version of the working calendar the working-day ordinals (and so the durations) were computed from
        calendar        TEXT
    );
    INSERT INTO projection_state (id, as_of, events_applied) VALUES (1, NULL, 0);
    PERFORM public.fill_working_days();

    PERFORM set_config('search_path', previous_path, true);
END;
$$;

CREATE TABLE read_model (
    id             INTEGER  PRIMARY KEY CHECK (id = 1),
    active_schema  TEXT     NOT NULL
);
SELECT create_read_model('rm_1');
INSERT INTO read_model (id, active_schema) VALUES (1, 'rm_1');

-- Admissions targets (chỉ tiêu) per organisation and year or term, set by users of the parent organisation.
-- Not derived from events, so a rebuild never touches them.
CREATE TABLE admission_target (
    org_id      UUID          NOT NULL,
    period      VARCHAR(9)    NOT NULL,
    admissions  INTEGER       NOT NULL CHECK (admissions >= 0),
    set_by      VARCHAR(200)  NOT NULL,
    set_at      TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (org_id, period)
);

-- Rebuild runs and their progress.
CREATE TABLE rebuild_run (
    id              UUID          PRIMARY KEY,
    target_schema   TEXT          NOT NULL,
    state           VARCHAR(20)   NOT NULL,
    started_at      TIMESTAMPTZ   NOT NULL,
    finished_at     TIMESTAMPTZ,
    events_total    BIGINT        NOT NULL DEFAULT 0,
    events_applied  BIGINT        NOT NULL DEFAULT 0,
    failure         TEXT
);
CREATE SEQUENCE read_model_generation START 2;
