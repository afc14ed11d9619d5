package kneadwise.accounts;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;
import kneadwise.system.JsonInput;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A sign-up, checked field by field the same way for the API and the web page: email, name, a role people may take
 * themselves, and a password that meets {@link PasswordPolicy}.
 */
record SignUpRequest(String email, String name, Role role, String password) {

    /** Something before and after one @, with a dot in the domain: enough to catch typing slips. */
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    static final int MAXIMUM_EMAIL = 254;
    static final int MAXIMUM_NAME = 100;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** @throws kneadwise.system.InvalidInputException naming every invalid field */
    static SignUpRequest read(JsonNode body) {
        JsonInput input = new JsonInput();
        if (!body.isObject()) {
            input.problem("$", "must be a JSON object");
            input.throwIfInvalid("account");
        }
        String email = input.line(body, "email", "email");
        if (email != null
                && (email.strip().length() > MAXIMUM_EMAIL
                        || !EMAIL.matcher(email.strip()).matches())) {
            email = input.problem("email", "must be an email address, such as name@example.org");
        }
        String name = input.line(body, "name", "name");
        if (name != null && (name.isBlank() || name.strip().length() > MAXIMUM_NAME)) {
            input.problem("name", "must be 1 to " + MAXIMUM_NAME + " characters");
        }
        Role role = input.oneOf(Role.class, body, "role", "role");
        if (role != null && !role.canSignUpThemselves()) {
            input.problem("role", "must be PATIENT or THERAPIST; other roles are given by an administrator");
        }
        String password = input.string(body, "password", "password");
        if (password != null) {
            PasswordPolicy.problemWith(password, email == null ? "" : email)
                    .ifPresent(problem -> input.problem("password", problem));
        }
        input.throwIfInvalid("account");
        return new SignUpRequest(
                requireNonNull(email), requireNonNull(name), requireNonNull(role), requireNonNull(password));
    }

    /** The web form's fields, read exactly like the API's JSON. */
    static SignUpRequest read(
            @Nullable String email, @Nullable String name, @Nullable String role, @Nullable String password) {
        var body = JSON.createObjectNode();
        body.put("email", email);
        body.put("name", name);
        body.put("role", role);
        body.put("password", password);
        return read(body);
    }
}
