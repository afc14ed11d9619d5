package kneadwise.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** The earthdistance formulas the radius query relies on (decision 0017), against the haversine distance. */
class GeoPointTest {

    @Property(tries = 500)
    void theStraightLineBetweenTwoPointsGivesBackTheirDistanceOverTheSurface(
            @ForAll @DoubleRange(min = -90, max = 90) double lat1,
            @ForAll @DoubleRange(min = -180, max = 180) double lon1,
            @ForAll @DoubleRange(min = -90, max = 90) double lat2,
            @ForAll @DoubleRange(min = -180, max = 180) double lon2) {
        GeoPoint a = new GeoPoint(lat1, lon1);
        GeoPoint b = new GeoPoint(lat2, lon2);
        double[] p = a.earthCube();
        double[] q = b.earthCube();
        double chordKm =
                Math.sqrt(Math.pow(p[0] - q[0], 2) + Math.pow(p[1] - q[1], 2) + Math.pow(p[2] - q[2], 2)) / 1000;

        assertThat(GeoPoint.greatCircleKm(chordKm)).isCloseTo(a.distanceKm(b), within(1e-6));
        assertThat(GeoPoint.chordKm(a.distanceKm(b))).isCloseTo(chordKm, within(1e-6));
    }

    @Test
    void pointsLieOnTheSphereOfEarthdistance() {
        double[] manhattan = new GeoPoint(40.75, -73.99).earthCube();
        double radiusMetres =
                Math.sqrt(manhattan[0] * manhattan[0] + manhattan[1] * manhattan[1] + manhattan[2] * manhattan[2]);

        assertThat(radiusMetres).isCloseTo(6_378_168, within(1e-6));
        // ll_to_earth(40.75, -73.99) in PostgreSQL 17, as EXPLAIN printed it
        assertThat(manhattan[0]).isCloseTo(1332656.3610555052, within(1e-6));
        assertThat(manhattan[1]).isCloseTo(-4644465.509252525, within(1e-6));
        assertThat(manhattan[2]).isCloseTo(4163411.3648456573, within(1e-6));
    }

    @Test
    void radiiBeyondHalfTheEarthCoverAllOfIt() {
        assertThat(GeoPoint.chordKm(0)).isZero();
        assertThat(GeoPoint.chordKm(25_000)).isEqualTo(2 * GeoPoint.EARTH_RADIUS_KM);
        assertThat(GeoPoint.greatCircleKm(2 * GeoPoint.EARTH_RADIUS_KM + 1))
                .isEqualTo(Math.PI * GeoPoint.EARTH_RADIUS_KM);
    }
}
