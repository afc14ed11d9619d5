package kneadwise.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The evidence base of one version (IPDAS asks for the date, the update policy and the certainty of each statement):
 * every answer names the version that made it.
 */
public final class EvidenceBase {

    /** The data file in the application, edited by the evidence editor. */
    public static final String BUNDLED_RESOURCE = "/kneadwise/evidence/evidence-base.json";

    private final String version;
    private final LocalDate date;
    private final String updatePolicy;
    private final LocalDate nextReview;
    private final String publisher;
    private final List<Source> sources;
    private final List<TreatmentOption> options;
    private final List<Statement> statements;
    private final ClaimCheck claimCheck;
    private final Map<String, List<Statement>> bySituation = new ConcurrentHashMap<>();

    EvidenceBase(
            String version,
            LocalDate date,
            String updatePolicy,
            LocalDate nextReview,
            String publisher,
            List<Source> sources,
            List<Statement> statements,
            List<TreatmentOption> options,
            ClaimCheck claimCheck) {
        this.version = version;
        this.date = date;
        this.updatePolicy = updatePolicy;
        this.nextReview = nextReview;
        this.publisher = publisher;
        this.sources = List.copyOf(sources);
        this.options = List.copyOf(options);
        this.statements = List.copyOf(statements);
        this.claimCheck = claimCheck;
    }

    /** The bundled evidence base, loaded and validated once. */
    public static EvidenceBase bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final EvidenceBase INSTANCE = loadBundled();

        private static EvidenceBase loadBundled() {
            try (InputStream data = EvidenceBase.class.getResourceAsStream(BUNDLED_RESOURCE)) {
                if (data == null) {
                    throw new IllegalStateException("The evidence base " + BUNDLED_RESOURCE + " is missing");
                }
                return EvidenceLoader.load(data);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public String version() {
        return version;
    }

    public LocalDate date() {
        return date;
    }

    public String updatePolicy() {
        return updatePolicy;
    }

    /** When the evidence editor next checks the evidence base (the update policy's next date). */
    public LocalDate nextReview() {
        return nextReview;
    }

    /** Who runs Kneadwise and how it is paid for, for the disclosure (CLINICAL.md section 5a). */
    public String publisher() {
        return publisher;
    }

    /** The treatment options of CLINICAL.md section 5a, in the order of the data file. */
    public List<TreatmentOption> options() {
        return options;
    }

    /** The options for a pain phase (by name). */
    public List<TreatmentOption> optionsFor(String phase) {
        return options.stream()
                .filter(option -> option.phases().contains(phase))
                .toList();
    }

    public List<Source> sources() {
        return sources;
    }

    public List<Statement> statements() {
        return statements;
    }

    /** The claims of CLINICAL.md section 7 and how to find them in a text. */
    public ClaimCheck claimCheck() {
        return claimCheck;
    }

    /** The statements for a pain phase and triage level (by name), in the order of the data file. */
    public List<Statement> statementsFor(String phase, String triageLevel) {
        return bySituation.computeIfAbsent(
                phase + "/" + triageLevel,
                key -> statements.stream()
                        .filter(statement -> statement.appliesTo().appliesTo(phase, triageLevel))
                        .toList());
    }
}
