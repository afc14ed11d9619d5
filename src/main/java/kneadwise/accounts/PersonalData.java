package kneadwise.accounts;

import java.util.UUID;

/**
 * A module's share of a person's data, for the export of everything stored about them ({@code GET
 * /api/v1/me/export}). Each module that stores personal data provides one as a bean.
 */
public interface PersonalData {

    /** The name of the section in the export, for example {@code assessments}. */
    String section();

    /** Everything this module stores about the person, as JSON-ready values. */
    Object exportFor(UUID accountId);
}
