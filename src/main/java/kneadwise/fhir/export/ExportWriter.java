package kneadwise.fhir.export;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import kneadwise.fhir.export.ExportJob.ExportFile;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one claimed job: a file per resource type, each resource encoded by HAPI as one line as it comes from the
 * database, so memory holds one resource at a time whatever the size of the export. Every few seconds it renews the
 * job's lease and shows its progress; it stops when the job was cancelled or taken over, or the node is stopping.
 */
@Component
class ExportWriter {

    /** Writes JSON values one after another with nothing between them; each line's end is written by hand. */
    private static final JsonMapper LINES = JsonMapper.builder(
                    JsonFactory.builder().rootValueSeparator((String) null).build())
            .build();

    private final ExportedTypes types;
    private final ExportFiles files;
    private final ExportJobs jobs;
    private final GroupMembers groups;
    private final FhirContext fhir;
    private final ExportSettings settings;
    private final Clock clock;

    ExportWriter(
            ExportedTypes types,
            ExportFiles files,
            ExportJobs jobs,
            GroupMembers groups,
            FhirContext fhir,
            ExportSettings settings,
            Clock clock) {
        this.types = types;
        this.files = files;
        this.jobs = jobs;
        this.groups = groups;
        this.fhir = fhir;
        this.settings = settings;
        this.clock = clock;
    }

    /** Why a job stopped before it was done. */
    static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        final boolean stillOurs;

        Stopped(boolean stillOurs) {
            super(null, null, false, false);
            this.stillOurs = stillOurs;
        }
    }

    /**
     * Writes the job and marks it done.
     *
     * @param stopping true once this node is shutting down
     * @throws Stopped when it was cancelled or taken over ({@code stillOurs} false), or the node is stopping
     */
    void write(ExportJob job, String node, BooleanSupplier stopping) throws IOException {
        ExportRequest request = job.request();
        UUID @Nullable [] members = groups.of(request);
        files.fresh(job.id());
        Pseudonyms pseudonyms = request.research() ? Pseudonyms.forOneExport() : null;
        Progress progress = new Progress(job.id(), node, request.types().size(), stopping);
        List<ExportFile> written = new ArrayList<>();
        for (String type : request.types()) {
            int number = written.size() + 1;
            Path file = files.of(job.id(), number);
            long count = writeType(type, file, members, request, pseudonyms, progress);
            if (count > 0) {
                written.add(new ExportFile(number, type, count));
            } else {
                Files.delete(file); // the manifest lists only files with resources in them
            }
        }
        if (!jobs.finish(job.id(), node, written, settings.keep())) {
            throw new Stopped(false);
        }
    }

    private long writeType(
            String type,
            Path file,
            UUID @Nullable [] members,
            ExportRequest request,
            @Nullable Pseudonyms pseudonyms,
            Progress progress)
            throws IOException {
        long[] count = {0};
        progress.starting(type);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (pseudonyms == null) {
                // straight to JSON: the same lines as HAPI's, several times faster (BulkJson)
                try (JsonGenerator json = LINES.createGenerator(out)) {
                    types.writeJson(type, members, request.since(), json, () -> {
                        json.writeRaw('\n');
                        count[0]++;
                        progress.written();
                    });
                }
            } else {
                // research: through HAPI's objects, which Pseudonyms rewrites before they are encoded
                IParser parser = fhir.newJsonParser();
                types.write(type, members, request.since(), resource -> {
                    try {
                        parser.encodeResourceToWriter(pseudonyms.apply(resource), out);
                        out.write('\n');
                    } catch (IOException failed) {
                        throw new UncheckedIOException(failed);
                    }
                    count[0]++;
                    progress.written();
                });
            }
        } catch (UncheckedIOException failed) {
            throw failed.getCause();
        }
        return count[0];
    }

    /** Counts what is written, and every {@code kneadwise.export.renew-every} renews the lease, showing progress. */
    private final class Progress {
        private final UUID job;
        private final String node;
        private final int typeCount;
        private final BooleanSupplier stopping;
        private int typeNumber;
        private String type = "";
        private long ofType;
        private long total;
        private Instant renewAt;

        Progress(UUID job, String node, int typeCount, BooleanSupplier stopping) {
            this.job = job;
            this.node = node;
            this.typeCount = typeCount;
            this.stopping = stopping;
            this.renewAt = clock.instant().plus(settings.renewEvery());
        }

        void starting(String next) {
            type = next;
            typeNumber++;
            ofType = 0;
            renew();
        }

        void written() {
            ofType++;
            total++;
            if (!clock.instant().isBefore(renewAt)) {
                renew();
            }
        }

        private void renew() {
            if (stopping.getAsBoolean()) {
                throw new Stopped(true);
            }
            String shown = String.format(
                    Locale.ROOT,
                    "%,d resources written; now %s (type %d of %d): %,d",
                    total,
                    type,
                    typeNumber,
                    typeCount,
                    ofType);
            if (!jobs.renew(job, node, ExportSettings.LEASE, shown)) {
                throw new Stopped(false);
            }
            renewAt = clock.instant().plus(settings.renewEvery());
        }
    }
}
