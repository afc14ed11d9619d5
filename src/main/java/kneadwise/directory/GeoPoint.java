package kneadwise.directory;

/**
 * A place on Earth in decimal degrees (WGS 84).
 *
 * <p>Distances use a sphere of radius {@link #EARTH_RADIUS_KM}, the radius PostgreSQL's {@code earthdistance} uses,
 * so a distance computed here equals the one the database filters and sorts by.
 */
public record GeoPoint(double latitude, double longitude) {

    /** PostgreSQL earthdistance's {@code earth()}: 6,378,168 m. */
    public static final double EARTH_RADIUS_KM = 6378.168;

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("Latitude must be -90 to 90, not " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("Longitude must be -180 to 180, not " + longitude);
        }
    }

    /** Great-circle distance by the haversine formula. */
    public double distanceKm(GeoPoint other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * This point as earthdistance's {@code ll_to_earth} places it: x, y, z in metres from the earth's centre.
     */
    double[] earthCube() {
        double metres = EARTH_RADIUS_KM * 1000;
        double lat = Math.toRadians(latitude);
        double lon = Math.toRadians(longitude);
        return new double[] {
            metres * Math.cos(lat) * Math.cos(lon), metres * Math.cos(lat) * Math.sin(lon), metres * Math.sin(lat)
        };
    }

    /** The straight line through the earth between two points this far apart on its surface ({@code gc_to_sec}). */
    static double chordKm(double greatCircleKm) {
        if (greatCircleKm <= 0) {
            return 0;
        }
        if (greatCircleKm / EARTH_RADIUS_KM > Math.PI) {
            return 2 * EARTH_RADIUS_KM;
        }
        return 2 * EARTH_RADIUS_KM * Math.sin(greatCircleKm / (2 * EARTH_RADIUS_KM));
    }

    /** The distance over the surface between two points this far apart in a straight line ({@code sec_to_gc}). */
    static double greatCircleKm(double chordKm) {
        if (chordKm <= 0) {
            return 0;
        }
        if (chordKm / (2 * EARTH_RADIUS_KM) > 1) {
            return Math.PI * EARTH_RADIUS_KM;
        }
        return 2 * EARTH_RADIUS_KM * Math.asin(chordKm / (2 * EARTH_RADIUS_KM));
    }
}
