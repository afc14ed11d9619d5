-- CLINICAL.md version 2, section 4, for courses judged before it: a rise to the top of a scale (NRS 10, RMDQ 24,
-- ODI 100) is WORSENED, never "no change"; and a course whose pain and function went opposite ways is MIXED, which
-- does not count as improved. Live logs get these verdicts from the Java rules (CourseResult.of); this brings the
-- stored ones in line. The trigger of V016 then rewrites each changed client's dashboard rows.
WITH ends AS (
    SELECT result.course_id,
           first.pain_nrs            AS pain_before,
           last.pain_nrs             AS pain_after,
           first.function_score      AS function_before,
           last.function_score       AS function_after,
           last.function_instrument  AS instrument
    FROM outcomes_course_result result
    JOIN booking_course course ON course.id = result.course_id
    JOIN outcomes_session_log first ON first.course_id = result.course_id AND first.session = 1
    JOIN outcomes_session_log last ON last.course_id = result.course_id AND last.session = course.sessions
    WHERE result.ended_at IS NOT NULL
)
UPDATE outcomes_course_result result
SET pain_verdict = CASE
        WHEN result.pain_verdict = 'NO_IMPORTANT_CHANGE' AND ends.pain_after = 10 AND ends.pain_before < 10
            THEN 'WORSENED'
        ELSE result.pain_verdict
    END,
    function_verdict = CASE
        WHEN result.function_verdict = 'NO_IMPORTANT_CHANGE'
             AND ends.function_after = CASE ends.instrument WHEN 'RMDQ' THEN 24 ELSE 100 END
             AND ends.function_before < ends.function_after
            THEN 'WORSENED'
        ELSE result.function_verdict
    END
FROM ends
WHERE ends.course_id = result.course_id
  AND ((result.pain_verdict = 'NO_IMPORTANT_CHANGE' AND ends.pain_after = 10 AND ends.pain_before < 10)
       OR (result.function_verdict = 'NO_IMPORTANT_CHANGE'
           AND ends.function_after = CASE ends.instrument WHEN 'RMDQ' THEN 24 ELSE 100 END
           AND ends.function_before < ends.function_after));

-- improved: either measure improved and neither got worse (a MIXED course is not improved)
UPDATE outcomes_course_result
SET improved = false
WHERE improved
  AND (pain_verdict = 'WORSENED' OR function_verdict = 'WORSENED');
