-- The clinic dashboard per client (issue 7, decision 0021): for each client and each group they belong to (everyone,
-- each of their therapists, each technique their notes record) whether their latest finished course in that group
-- helped, and whether they were massaged and reported a side effect there. A trigger on outcomes_course_result keeps
-- it up to date in the same transaction as every change of a course's result (logs, notes, and courses deleted with
-- an account), so the clinic-wide dashboard counts about two rows per client instead of regrouping every course.
CREATE TABLE outcomes_client_group (
    patient_id  uuid    NOT NULL,
    kind        text    NOT NULL CHECK (kind IN ('OVERALL', 'THERAPIST', 'TECHNIQUE')),
    -- '' for OVERALL, the therapist's id, or the technique's name
    group_key   text    NOT NULL,
    -- has a finished course in the group, and the latest of those HELPED
    finished    boolean NOT NULL,
    improved    boolean NOT NULL,
    massaged    boolean NOT NULL,
    side_effect boolean NOT NULL,
    PRIMARY KEY (patient_id, kind, group_key),
    CHECK (finished OR NOT improved),
    CHECK (massaged OR NOT side_effect)
);

-- One row per client with results: locked while their rows above are rewritten, so that two courses of one client
-- changing at once are summed one after the other (a row lock, not an advisory one: a batch may touch thousands).
CREATE TABLE outcomes_client (
    patient_id uuid PRIMARY KEY
);

CREATE INDEX outcomes_course_result_patient ON outcomes_course_result (patient_id);

-- The group rows of one client, from all their course results as they stand.
CREATE FUNCTION outcomes_client_groups_of(client uuid)
    RETURNS TABLE (kind text, group_key text, finished boolean, improved boolean, massaged boolean,
                   side_effect boolean)
    LANGUAGE sql STABLE AS $$
    SELECT m.kind, m.group_key,
           bool_or(m.ended_at IS NOT NULL),
           coalesce((array_agg(m.improved ORDER BY m.ended_at DESC) FILTER (WHERE m.ended_at IS NOT NULL))[1], false),
           bool_or(m.massaged),
           bool_or(m.massaged AND m.side_effect)
    FROM (
        SELECT 'OVERALL' AS kind, '' AS group_key, r.ended_at, r.improved, r.massaged, r.side_effect
        FROM outcomes_course_result r WHERE r.patient_id = client
        UNION ALL
        SELECT 'THERAPIST', r.therapist_id::text, r.ended_at, r.improved, r.massaged, r.side_effect
        FROM outcomes_course_result r WHERE r.patient_id = client
        UNION ALL
        SELECT 'TECHNIQUE', t.technique, r.ended_at, r.improved, r.massaged, r.side_effect
        FROM outcomes_course_result r, unnest(r.techniques) AS t (technique) WHERE r.patient_id = client
    ) AS m
    GROUP BY m.kind, m.group_key
    HAVING bool_or(m.ended_at IS NOT NULL) OR bool_or(m.massaged)
$$;

CREATE FUNCTION outcomes_refresh_client(client uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO outcomes_client (patient_id) VALUES (client) ON CONFLICT DO NOTHING;
    PERFORM 1 FROM outcomes_client WHERE patient_id = client FOR UPDATE;
    DELETE FROM outcomes_client_group WHERE patient_id = client;
    INSERT INTO outcomes_client_group (patient_id, kind, group_key, finished, improved, massaged, side_effect)
    SELECT client, g.kind, g.group_key, g.finished, g.improved, g.massaged, g.side_effect
    FROM outcomes_client_groups_of(client) AS g;
    IF NOT EXISTS (SELECT 1 FROM outcomes_course_result WHERE patient_id = client) THEN
        DELETE FROM outcomes_client WHERE patient_id = client; -- an account deleted: keep nothing of it
    END IF;
END
$$;

CREATE FUNCTION outcomes_course_result_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM outcomes_refresh_client(OLD.patient_id);
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.patient_id <> OLD.patient_id) THEN
        PERFORM outcomes_refresh_client(NEW.patient_id);
    END IF;
    RETURN NULL;
END
$$;

-- Only when something counted changes: most logs rewrite a course's row with the same values (and a new updated_at),
-- and the row created empty before a course's first log counts for nothing yet.
CREATE TRIGGER outcomes_course_result_added
    AFTER INSERT ON outcomes_course_result
    FOR EACH ROW WHEN (NEW.ended_at IS NOT NULL OR NEW.massaged)
    EXECUTE FUNCTION outcomes_course_result_changed();

CREATE TRIGGER outcomes_course_result_changed
    AFTER UPDATE ON outcomes_course_result
    FOR EACH ROW WHEN ((OLD.patient_id, OLD.therapist_id, OLD.ended_at, OLD.improved, OLD.massaged, OLD.side_effect,
                        OLD.techniques)
                       IS DISTINCT FROM (NEW.patient_id, NEW.therapist_id, NEW.ended_at, NEW.improved, NEW.massaged,
                                         NEW.side_effect, NEW.techniques))
    EXECUTE FUNCTION outcomes_course_result_changed();

CREATE TRIGGER outcomes_course_result_removed
    AFTER DELETE ON outcomes_course_result
    FOR EACH ROW WHEN (OLD.ended_at IS NOT NULL OR OLD.massaged)
    EXECUTE FUNCTION outcomes_course_result_changed();

-- Results saved before this migration.
INSERT INTO outcomes_client (patient_id) SELECT DISTINCT patient_id FROM outcomes_course_result;
INSERT INTO outcomes_client_group (patient_id, kind, group_key, finished, improved, massaged, side_effect)
SELECT c.patient_id, g.kind, g.group_key, g.finished, g.improved, g.massaged, g.side_effect
FROM outcomes_client c, outcomes_client_groups_of(c.patient_id) AS g;
