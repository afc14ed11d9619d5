package kneadwise.accounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Links in mails, built on the configured address ({@code kneadwise.base-url}), never on the request's Host header,
 * which a caller controls (password reset poisoning).
 */
@Component
public class Links {

    private final String baseUrl;

    Links(@Value("${kneadwise.base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** The absolute address of a path of this service, for links in mails. */
    public String to(String path) {
        return baseUrl + path;
    }
}
