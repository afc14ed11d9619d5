package kneadwise.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's figures from {@code outcomes_course_result}: for each group (everyone, each therapist, each
 * technique the notes record) the share of clients whose pain or function IMPROVED at the end of their latest
 * finished course, and the share of massaged clients who reported a side effect. A client counts once per group.
 * Groups of fewer than {@link #SMALLEST_GROUP} people are left out, so nobody can be picked out.
 */
@Repository
class ClinicDashboard {

    static final int SMALLEST_GROUP = 10;

    /** One group's figures: {@code kind} is OVERALL, THERAPIST or TECHNIQUE. */
    record Group(
            String kind,
            String key,
            Proportion improved,
            @Nullable Proportion sideEffects) {}

    /** The groups shown and how many were left out for being small. */
    record Figures(List<Group> groups, int hiddenGroups) {}

    /**
     * The whole clinic from the per-client rows that a trigger keeps (V016, decision 0021): one pass over about two
     * rows per client, with no sorting of courses.
     */
    private static final String CLINIC = """
            SELECT kind, group_key AS key,
                   count(*) FILTER (WHERE finished) AS clients, count(*) FILTER (WHERE improved) AS improved,
                   count(*) FILTER (WHERE massaged) AS massaged, count(*) FILTER (WHERE side_effect) AS side_effects
            FROM outcomes_client_group
            GROUP BY kind, group_key
            HAVING count(*) FILTER (WHERE finished) > 0
            ORDER BY kind, clients DESC, key
            """;

    /**
     * One therapist's clients, grouped from their course results (indexed on therapist): the same counting as the
     * trigger's, over courses with this therapist only; their own row is the overall one, so no per-therapist rows.
     */
    private static final String ONE_THERAPIST = """
            WITH finished AS (
                SELECT patient_id, techniques, improved, ended_at
                FROM outcomes_course_result WHERE ended_at IS NOT NULL AND therapist_id = :therapistId),
            massaged AS (
                SELECT patient_id, techniques, side_effect
                FROM outcomes_course_result WHERE massaged AND therapist_id = :therapistId),
            improvement AS (
                SELECT 'OVERALL' AS kind, '' AS key, patient_id,
                       (array_agg(improved ORDER BY ended_at DESC))[1] AS improved
                FROM finished GROUP BY patient_id
                UNION ALL
                SELECT 'TECHNIQUE', technique, patient_id, (array_agg(improved ORDER BY ended_at DESC))[1]
                FROM finished, unnest(techniques) AS technique GROUP BY technique, patient_id),
            harm AS (
                SELECT 'OVERALL' AS kind, '' AS key, patient_id, bool_or(side_effect) AS side_effect
                FROM massaged GROUP BY patient_id
                UNION ALL
                SELECT 'TECHNIQUE', technique, patient_id, bool_or(side_effect)
                FROM massaged, unnest(techniques) AS technique GROUP BY technique, patient_id),
            improved_by_group AS (
                SELECT kind, key, count(*) AS clients, count(*) FILTER (WHERE improved) AS improved
                FROM improvement GROUP BY kind, key),
            harm_by_group AS (
                SELECT kind, key, count(*) AS massaged, count(*) FILTER (WHERE side_effect) AS side_effects
                FROM harm GROUP BY kind, key)
            SELECT i.kind, i.key, i.clients, i.improved,
                   coalesce(h.massaged, 0) AS massaged, coalesce(h.side_effects, 0) AS side_effects
            FROM improved_by_group i LEFT JOIN harm_by_group h USING (kind, key)
            ORDER BY i.kind, i.clients DESC, i.key
            """;

    private final JdbcClient jdbc;

    ClinicDashboard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The whole clinic, or one therapist's clients when {@code therapistId} is given (then no per-therapist rows). */
    Figures figures(@Nullable UUID therapistId) {
        record Row(String kind, String key, int clients, int improved, int massaged, int sideEffects) {}
        String sql = therapistId == null ? CLINIC : ONE_THERAPIST;
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        if (therapistId != null) {
            statement = statement.param("therapistId", therapistId);
        }
        List<Row> rows = statement
                .query((row, n) -> new Row(
                        row.getString("kind"),
                        row.getString("key"),
                        row.getInt("clients"),
                        row.getInt("improved"),
                        row.getInt("massaged"),
                        row.getInt("side_effects")))
                .list();
        List<Group> groups = new ArrayList<>();
        int hidden = 0;
        for (Row row : rows) {
            if (row.clients() < SMALLEST_GROUP) {
                hidden++;
                continue;
            }
            Proportion harm = row.massaged() < SMALLEST_GROUP ? null : Proportion.of(row.sideEffects(), row.massaged());
            groups.add(new Group(row.kind(), row.key(), Proportion.of(row.improved(), row.clients()), harm));
        }
        return new Figures(groups, hidden);
    }
}
