package kneadwise.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import kneadwise.system.NotFoundException;
import kneadwise.system.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * What HAPI would answer as a 500 when a module refuses or the database is busy: the status the rest of the service
 * gives (a module's refusal its own, a missing record 404), and 503 with {@code Retry-After} when no database
 * connection came in time, so a client under load backs off instead of seeing a server error.
 */
@Interceptor
final class ServerFailures {

    @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
    @Nullable
    BaseServerResponseException translate(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof BaseServerResponseException && cause != thrown) {
                return (BaseServerResponseException) cause;
            }
            if (cause instanceof Refusal refusal) {
                return new UnclassifiedServerFailureException(refusal.status(), refusal.detail());
            }
            if (cause instanceof NotFoundException) {
                return new ResourceNotFoundException(cause.getMessage());
            }
            if (cause instanceof CannotGetJdbcConnectionException || cause instanceof TransientDataAccessException) {
                UnclassifiedServerFailureException busy =
                        new UnclassifiedServerFailureException(503, "The service is busy; try again in a moment.");
                busy.addResponseHeader("Retry-After", "1");
                return busy;
            }
        }
        return thrown instanceof BaseServerResponseException known ? known : null;
    }
}
