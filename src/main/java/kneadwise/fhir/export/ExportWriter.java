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
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import kneadwise.fhir.export.ExportJob.ExportFile;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one claimed job: a file per resource type, each resource written as one line as it comes from the database,
 * so memory holds a resource (or a batch of courses) per writer whatever the size of the export. Every few seconds it renews the
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

    /** A type's writing stopped because another type's failed or stopped: the other's reason is the one told. */
    private static final class Abandoned extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abandoned() {
            super(null, null, false, false);
        }
    }

    /**
     * Writes the job and marks it done: {@code kneadwise.export.writers} types at a time, each into its own file
     * through its own database connection, since one type keeps a core busy.
     *
     * @param stopping true once this node is shutting down
     * @throws Stopped when it was cancelled or taken over ({@code stillOurs} false), or the node is stopping
     */
    void write(ExportJob job, String node, BooleanSupplier stopping) throws IOException {
        ExportRequest request = job.request();
        UUID @Nullable [] members = groups.of(request);
        files.fresh(job.id());
        Pseudonyms pseudonyms = request.research() ? Pseudonyms.forOneExport() : null;
        List<String> types = request.types();
        Progress progress = new Progress(job.id(), node, types.size(), stopping);
        List<List<String>> reads = ExportedTypes.longestFirst(ExportedTypes.reads(types));
        List<Future<long[]>> counts = new ArrayList<>();
        ExecutorService writers = Executors.newFixedThreadPool(
                Math.min(settings.writers(), reads.size()),
                Thread.ofPlatform().name("export-writer-", 1).factory());
        try {
            for (List<String> read : reads) {
                // file n holds the request's n-th type
                List<Path> paths = read.stream()
                        .map(type -> files.of(job.id(), types.indexOf(type) + 1))
                        .toList();
                counts.add(writers.submit(() -> {
                    try {
                        return writeRead(read, paths, members, request, pseudonyms, progress);
                    } catch (IOException | RuntimeException failed) {
                        progress.abandon(); // the other reads stop at their next resource
                        throw failed;
                    }
                }));
            }
            List<ExportFile> written = new ArrayList<>();
            Throwable failure = null;
            for (int i = 0; i < reads.size(); i++) {
                try {
                    long[] count = counts.get(i).get();
                    for (int j = 0; j < count.length; j++) {
                        String type = reads.get(i).get(j);
                        int number = types.indexOf(type) + 1;
                        if (count[j] > 0) {
                            written.add(new ExportFile(number, type, count[j]));
                        } else {
                            Files.delete(files.of(job.id(), number)); // the manifest lists only files with resources
                        }
                    }
                } catch (ExecutionException ended) {
                    if (failure == null && !(ended.getCause() instanceof Abandoned)) {
                        failure = ended.getCause();
                    }
                }
            }
            written.sort(Comparator.comparingInt(ExportFile::number));
            switch (failure) {
                case null -> {}
                case IOException io -> throw io;
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new IllegalStateException(failure);
            }
            if (!jobs.finish(job.id(), node, written, settings.keep())) {
                throw new Stopped(false);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Stopped(true);
        } finally {
            writers.shutdownNow();
        }
    }

    /** Writes one read's types, each to its file, and says how many resources of each it wrote. */
    private long[] writeRead(
            List<String> read,
            List<Path> paths,
            UUID @Nullable [] members,
            ExportRequest request,
            @Nullable Pseudonyms pseudonyms,
            Progress progress)
            throws IOException {
        long[] counts = new long[read.size()];
        read.forEach(progress::starting);
        List<Writer> outs = new ArrayList<>();
        try {
            for (Path path : paths) {
                outs.add(Files.newBufferedWriter(path, StandardCharsets.UTF_8));
            }
            if (pseudonyms == null) {
                // straight to JSON: the same lines as HAPI's, several times faster (BulkJson)
                List<JsonGenerator> json = new ArrayList<>();
                for (Writer out : outs) {
                    json.add(LINES.createGenerator(out));
                }
                types.writeJson(read, members, request.since(), type -> json.get(read.indexOf(type)), type -> {
                    int index = read.indexOf(type);
                    json.get(index).writeRaw('\n');
                    counts[index]++;
                    progress.written();
                });
                for (JsonGenerator generator : json) {
                    generator.close();
                }
            } else {
                // research: through HAPI's objects, which Pseudonyms rewrites before they are encoded
                IParser parser = fhir.newJsonParser();
                types.write(read, members, request.since(), (type, resource) -> {
                    int index = read.indexOf(type);
                    try {
                        parser.encodeResourceToWriter(pseudonyms.apply(resource), outs.get(index));
                        outs.get(index).write('\n');
                    } catch (IOException failed) {
                        throw new UncheckedIOException(failed);
                    }
                    counts[index]++;
                    progress.written();
                });
            }
        } catch (UncheckedIOException failed) {
            throw failed.getCause();
        } finally {
            for (Writer out : outs) {
                out.close();
            }
        }
        read.forEach(progress::finished);
        return counts;
    }

    /**
     * Counts what is written by every writer, and every {@code kneadwise.export.renew-every} renews the lease, showing
     * the progress. Shared by the writers: the count is atomic, the renewal one at a time.
     */
    private final class Progress {
        private final UUID job;
        private final String node;
        private final int typeCount;
        private final BooleanSupplier stopping;
        private final AtomicLong total = new AtomicLong();
        private final Set<String> writing = new LinkedHashSet<>();
        private int typesDone;
        private volatile Instant renewAt;
        private volatile boolean abandoned;

        Progress(UUID job, String node, int typeCount, BooleanSupplier stopping) {
            this.job = job;
            this.node = node;
            this.typeCount = typeCount;
            this.stopping = stopping;
            this.renewAt = clock.instant().plus(settings.renewEvery());
        }

        void starting(String type) {
            synchronized (this) {
                writing.add(type);
            }
            renew();
        }

        synchronized void finished(String type) {
            writing.remove(type);
            typesDone++;
        }

        void written() {
            total.incrementAndGet();
            if (abandoned) {
                throw new Abandoned();
            }
            if (!clock.instant().isBefore(renewAt)) {
                renew();
            }
        }

        void abandon() {
            abandoned = true;
        }

        private synchronized void renew() {
            if (stopping.getAsBoolean()) {
                throw new Stopped(true);
            }
            String shown = String.format(
                    Locale.ROOT,
                    "%,d resources written; %d of %d types done; now %s",
                    total.get(),
                    typesDone,
                    typeCount,
                    String.join(", ", writing));
            if (!jobs.renew(job, node, ExportSettings.LEASE, shown)) {
                throw new Stopped(false);
            }
            renewAt = clock.instant().plus(settings.renewEvery());
        }
    }
}
