package kneadwise.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * US ZIP codes to coordinates, offline: the Census Bureau's 2021 ZCTA Gazetteer (public domain), bundled as
 * {@value #RESOURCE}; where it came from and how to refresh it is in docs/decisions/0012. About 34,000 codes, held
 * in memory (about 3 MB).
 */
@Component
public class PostalCodes {

    static final String RESOURCE = "/kneadwise/directory/us-zcta-2021.csv";

    private final Map<String, GeoPoint> points;

    public PostalCodes() {
        this.points = load();
    }

    /** The point of a 5-digit ZIP code (a ZIP+4 is read by its first five digits), if the Gazetteer has it. */
    public Optional<GeoPoint> locate(String code) {
        String trimmed = code.strip();
        if (trimmed.matches("\\d{5}(-\\d{4})?")) {
            return Optional.ofNullable(points.get(trimmed.substring(0, 5)));
        }
        return Optional.empty();
    }

    public int size() {
        return points.size();
    }

    /** Every code, in code order: ZCTAs are dense where people live, so they also spread demo data like people. */
    public List<Map.Entry<String, GeoPoint>> all() {
        return points.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
    }

    private static Map<String, GeoPoint> load() {
        Map<String, GeoPoint> loaded = new HashMap<>(48_000);
        try (InputStream in = PostalCodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The postal code table " + RESOURCE + " is missing from the build");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            String line = lines.readLine(); // header: zip,latitude,longitude
            while ((line = lines.readLine()) != null) {
                String[] fields = line.split(",", -1);
                loaded.put(fields[0], new GeoPoint(Double.parseDouble(fields[1]), Double.parseDouble(fields[2])));
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Could not read " + RESOURCE, unreadable);
        }
        return Map.copyOf(loaded);
    }
}
