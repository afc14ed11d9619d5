package kneadwise.fhir;

import ca.uhn.fhir.rest.param.DateRangeParam;
import java.util.Date;
import org.jspecify.annotations.Nullable;

/** Small rules that every provider's search shares. */
final class Searches {

    private Searches() {}

    /** Whether {@code when} lies in the asked range (bounds included); no range asks for everything. */
    static boolean within(@Nullable DateRangeParam range, Date when) {
        if (range == null) {
            return true;
        }
        Date from = range.getLowerBoundAsInstant();
        Date to = range.getUpperBoundAsInstant();
        return (from == null || !when.before(from)) && (to == null || !when.after(to));
    }
}
