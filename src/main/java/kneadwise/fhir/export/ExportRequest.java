package kneadwise.fhir.export;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a kick-off asked for, once checked ({@link KickOffs}).
 *
 * @param groupId the Group's id for a {@link ExportLevel#GROUP} export, else null
 * @param types the resource types to write, in the order written; never empty
 * @param since only resources changed after this time, or all when null
 * @param request the kick-off's address, as the manifest repeats it
 */
record ExportRequest(
        ExportLevel level,
        @Nullable String groupId,
        List<String> types,
        @Nullable Instant since,
        String request) {

    ExportRequest {
        types = List.copyOf(types);
    }

    /** The research group: every patient, pseudonymised (CONTRACT.md section 11). */
    static final String RESEARCH_GROUP = "research";

    boolean research() {
        return RESEARCH_GROUP.equals(groupId);
    }
}
