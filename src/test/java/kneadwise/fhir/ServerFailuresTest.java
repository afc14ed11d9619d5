package kneadwise.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import java.lang.reflect.InvocationTargetException;
import kneadwise.system.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** What would reach a FHIR client as a 500 is answered with the status it means. */
class ServerFailuresTest {

    final ServerFailures failures = new ServerFailures();

    @Test
    void noConnectionInTimeIsA503WithRetryAfter() {
        BaseServerResponseException answered = failures.translate(new InternalErrorException(
                "Failed to call access method",
                new InvocationTargetException(new CannotGetJdbcConnectionException("pool exhausted"))));

        assertThat(answered.getStatusCode()).isEqualTo(503);
        assertThat(answered.getResponseHeaders()).containsKey("Retry-After");
    }

    @Test
    void aMissingRecordIs404AndAnythingElseStaysAsItWas() {
        assertThat(failures.translate(new InternalErrorException("x", new NotFoundException("course 1")))
                        .getStatusCode())
                .isEqualTo(404);
        InternalErrorException unknown = new InternalErrorException("x", new IllegalStateException("bug"));
        assertThat(failures.translate(unknown)).isSameAs(unknown);
    }
}
