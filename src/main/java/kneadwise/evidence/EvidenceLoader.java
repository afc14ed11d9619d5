package kneadwise.evidence;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and checks the evidence data file. It refuses a file with a statement citing an unknown source, a missing or
 * unknown certainty, a duplicate id, a condition the engine does not know or a pattern that does not compile, and
 * lists every such problem at once.
 */
final class EvidenceLoader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<String> problems = new ArrayList<>();

    private EvidenceLoader() {}

    static EvidenceBase load(InputStream data) {
        JsonNode root;
        try {
            root = JSON.readTree(data);
        } catch (JacksonException e) {
            throw new InvalidEvidenceBaseException(List.of("not valid JSON: " + e.getOriginalMessage()));
        }
        return new EvidenceLoader().read(root);
    }

    private EvidenceBase read(JsonNode root) {
        String version = text(root, "version", "the file");
        LocalDate date = date(root, "date");
        String updatePolicy = text(root, "updatePolicy", "the file");
        LocalDate nextReview = date(root, "nextReview");
        if (!nextReview.isAfter(date)) {
            problems.add("the next review (" + nextReview + ") is not after the file's date (" + date + ")");
        }
        String publisher = text(root, "publisher", "the file");
        Map<String, Source> sources = sources(root.path("sources"));
        List<Statement> statements = statements(root.path("statements"), sources);
        List<TreatmentOption> options = options(root.path("options"), sources);
        List<Claim> claims = claims(root.path("claims"), sources);
        // The words that turn a sentence into a rejection of a claim, as one group of alternatives.
        List<Pattern> negation = patterns(JSON.createArrayNode().add(root.path("negations")), "the negations");
        if (!problems.isEmpty()) {
            throw new InvalidEvidenceBaseException(problems);
        }
        return new EvidenceBase(
                version,
                date,
                updatePolicy,
                nextReview,
                publisher,
                List.copyOf(sources.values()),
                statements,
                options,
                new ClaimCheck(claims, negation.get(0)));
    }

    private Map<String, Source> sources(JsonNode array) {
        Map<String, Source> sources = new LinkedHashMap<>();
        for (JsonNode node : array(array, "sources")) {
            String id = text(node, "id", "a source");
            String where = "source " + id;
            String citation = text(node, "citation", where);
            int year = node.path("year").asInt(0);
            if (year < 1900 || !citation.contains(String.valueOf(year))) {
                problems.add(where + " has no year, or one its citation does not show");
            }
            String doi = optionalText(node, "doi");
            String url = optionalText(node, "url");
            if (doi == null && url == null) {
                problems.add(where + " has neither a DOI nor a URL");
            }
            if (sources.putIfAbsent(id, new Source(id, citation, year, doi, url)) != null) {
                problems.add("two sources have the id " + id);
            }
        }
        return sources;
    }

    private List<Statement> statements(JsonNode array, Map<String, Source> sources) {
        return entries(
                array,
                "statement",
                (node, where) -> new Statement(
                        text(node, "id", where),
                        text(node, "topic", where),
                        text(node, "text", where),
                        certainty(node, where),
                        node.path("approximate").asBoolean(false),
                        applicability(node.path("appliesTo"), where),
                        sourcesOf(node, where, sources),
                        optionalText(node, "sourceFigure")));
    }

    private List<TreatmentOption> options(JsonNode array, Map<String, Source> sources) {
        return entries(
                array,
                "option",
                (node, where) -> new TreatmentOption(
                        text(node, "id", where),
                        text(node, "name", where),
                        text(node, "summary", where),
                        node.path("certainty").isNull() ? null : certainty(node, where),
                        names(node.path("phases"), Applicability.PHASES, where + " phases"),
                        names(node.path("fits"), TreatmentOption.WISHES, where + " fits"),
                        sourcesOf(node, where, sources)));
    }

    private List<Claim> claims(JsonNode array, Map<String, Source> sources) {
        return entries(
                array,
                "claim",
                (node, where) -> new Claim(
                        text(node, "id", where),
                        text(node, "claim", where),
                        enumValue(ClaimVerdict.class, node, "verdict", where, ClaimVerdict.NOT_SUPPORTED),
                        text(node, "evidence", where),
                        claimSources(node, where, sources),
                        patterns(node.path("allOf"), where)));
    }

    /** Reads each entry of a list of {@code kind}s, refusing duplicate ids; {@code where} names the entry. */
    private <T> List<T> entries(JsonNode array, String kind, BiFunction<JsonNode, String, T> read) {
        List<T> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode node : array(array, kind + "s")) {
            String id = text(node, "id", "a " + kind);
            if (!ids.add(id)) {
                problems.add("two " + kind + "s have the id " + id);
            }
            entries.add(read.apply(node, kind + " " + id));
        }
        return entries;
    }

    private List<Pattern> patterns(JsonNode groups, String where) {
        List<Pattern> patterns = new ArrayList<>();
        if (!groups.isArray() || groups.isEmpty()) {
            problems.add(where + " has no patterns (allOf)");
            return patterns;
        }
        for (JsonNode group : groups) {
            List<String> alternatives = new ArrayList<>();
            if (!group.isArray() || group.isEmpty()) {
                problems.add(where + " has an empty group of patterns");
                continue;
            }
            group.forEach(alternative -> alternatives.add(alternative.asString()));
            try {
                // Whole words (or phrases) in any letter case; each group is one concept of the claim.
                patterns.add(Pattern.compile(
                        "(?<!\\w)(?:" + String.join("|", alternatives) + ")(?!\\w)",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                problems.add(where + " has a pattern that does not compile: " + e.getDescription());
            }
        }
        return patterns;
    }

    /** A claim rests on sources, except one for which no source could be found. */
    private List<Source> claimSources(JsonNode node, String where, Map<String, Source> sources) {
        if ("NO_SOURCE".equals(optionalText(node, "verdict"))
                && node.path("sources").isEmpty()) {
            return List.of();
        }
        return sourcesOf(node, where, sources);
    }

    private Applicability applicability(JsonNode node, String where) {
        return new Applicability(
                names(node.path("phases"), Applicability.PHASES, where + " phases"),
                names(node.path("triage"), Applicability.TRIAGE_LEVELS, where + " triage levels"));
    }

    private Set<String> names(JsonNode array, Set<String> known, String where) {
        Set<String> names = new HashSet<>();
        for (JsonNode name : array) {
            if (known.contains(name.asString())) {
                names.add(name.asString());
            } else {
                problems.add(where + ": unknown name " + name);
            }
        }
        return names;
    }

    private List<Source> sourcesOf(JsonNode node, String where, Map<String, Source> sources) {
        List<Source> cited = new ArrayList<>();
        JsonNode ids = node.path("sources");
        if (!ids.isArray() || ids.isEmpty()) {
            problems.add(where + " cites no source");
        }
        for (JsonNode id : ids) {
            Source source = sources.get(id.asString());
            if (source == null) {
                problems.add(where + " cites an unknown source " + id);
            } else {
                cited.add(source);
            }
        }
        return cited;
    }

    private Certainty certainty(JsonNode node, String where) {
        return enumValue(Certainty.class, node, "certainty", where, Certainty.VERY_LOW);
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, JsonNode node, String field, String where, E placeholder) {
        String value = optionalText(node, field);
        if (value == null) {
            problems.add(where + " has no " + field);
            return placeholder;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problems.add(where + " has an unknown " + field + " '" + value + "'");
            return placeholder;
        }
    }

    private LocalDate date(JsonNode root, String field) {
        String text = text(root, field, "the file");
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add("the file's " + field + " is not YYYY-MM-DD: '" + text + "'");
            return LocalDate.EPOCH;
        }
    }

    private Iterable<JsonNode> array(JsonNode node, String name) {
        if (!node.isArray()) {
            problems.add("the file has no list of " + name);
            return List.of();
        }
        return node;
    }

    private String text(JsonNode node, String field, String where) {
        String value = optionalText(node, field);
        if (value == null) {
            problems.add(where + " has no " + field);
            return "";
        }
        return value;
    }

    private static @Nullable String optionalText(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() && !value.asString().isBlank() ? value.asString() : null;
    }
}
