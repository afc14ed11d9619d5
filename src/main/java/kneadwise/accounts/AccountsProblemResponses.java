package kneadwise.accounts;

import java.util.List;
import kneadwise.accounts.AccountProblems.EmailNotVerified;
import kneadwise.accounts.AccountProblems.TooManyAttempts;
import kneadwise.accounts.AccountProblems.WrongCredentials;
import kneadwise.system.ProblemDocument;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** 401, 403 and 429 problem documents for signing up and in, and for accepting invitations. */
@RestControllerAdvice(assignableTypes = {AccountsApi.class, MyAccessApi.class, EmailVerificationApi.class})
class AccountsProblemResponses {

    @ExceptionHandler
    ResponseEntity<ProblemDocument> notVerified(EmailNotVerified notVerified) {
        return answer(
                403,
                "urn:kneadwise:problem:email-not-verified",
                "Email not verified",
                String.valueOf(notVerified.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDocument> wrong(WrongCredentials wrong) {
        return ResponseEntity.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .contentType(MediaType.parseMediaType(ProblemDocument.MEDIA_TYPE))
                .body(problem(
                        401,
                        "urn:kneadwise:problem:wrong-credentials",
                        "Not signed in",
                        String.valueOf(wrong.getMessage())));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDocument> throttled(TooManyAttempts throttled) {
        return ResponseEntity.status(429)
                .header(
                        HttpHeaders.RETRY_AFTER,
                        String.valueOf(Math.max(1, throttled.retryAfter().toSeconds())))
                .contentType(MediaType.parseMediaType(ProblemDocument.MEDIA_TYPE))
                .body(problem(
                        429,
                        "urn:kneadwise:problem:too-many-logins",
                        "Too many attempts",
                        String.valueOf(throttled.getMessage())));
    }

    private static ResponseEntity<ProblemDocument> answer(int status, String type, String title, String detail) {
        return ResponseEntity.status(status)
                .contentType(MediaType.parseMediaType(ProblemDocument.MEDIA_TYPE))
                .body(problem(status, type, title, detail));
    }

    static ProblemDocument problem(int status, String type, String title, String detail) {
        return new ProblemDocument(type, title, status, detail, List.of());
    }
}
