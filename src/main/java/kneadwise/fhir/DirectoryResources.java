package kneadwise.fhir;

import java.util.Date;
import java.util.Locale;
import kneadwise.directory.Therapist;
import kneadwise.directory.Therapists;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Practitioner;
import org.jspecify.annotations.Nullable;

/**
 * A therapist's public directory profile as FHIR: the person ({@code Practitioner}) and the practice's place
 * ({@code Location}), both with the profile's id. Only what the public directory API shows; pure functions.
 */
final class DirectoryResources {

    static final String LANGUAGES = "urn:ietf:bcp:47";
    static final String LICENCE = Definitions.BASE + "licence/";

    private DirectoryResources() {}

    static Practitioner practitioner(Therapists.Dated dated) {
        Therapist therapist = dated.therapist();
        Practitioner practitioner = new Practitioner();
        practitioner.setId(therapist.id().toString());
        practitioner.setMeta(meta(dated));
        practitioner.setActive(true);
        practitioner.addName().setText(therapist.name());
        AdministrativeGender gender = gender(therapist.gender());
        if (gender != null) {
            practitioner.setGender(gender);
        }
        if (therapist.licenceState() != null && therapist.licenceNumber() != null) {
            practitioner
                    .addQualification()
                    .addIdentifier(new Identifier()
                            .setSystem(LICENCE + therapist.licenceState().toLowerCase(Locale.ROOT))
                            .setValue(therapist.licenceNumber()))
                    .setCode(new CodeableConcept()
                            .setText("Massage therapy licence, " + therapist.licenceState()
                                    + (therapist.licenceVerifiedAt() == null ? " (not yet verified)" : " (verified)")));
        }
        for (String certification : therapist.certifications()) {
            practitioner.addQualification().setCode(new CodeableConcept().setText(certification));
        }
        for (String language : therapist.languages()) {
            practitioner.addCommunication(new CodeableConcept().addCoding(new Coding(LANGUAGES, language, null)));
        }
        return practitioner;
    }

    static Location location(Therapists.Dated dated) {
        Therapist therapist = dated.therapist();
        Location location = new Location();
        location.setId(therapist.id().toString());
        location.setMeta(meta(dated));
        location.setStatus(Location.LocationStatus.ACTIVE);
        location.setMode(Location.LocationMode.INSTANCE);
        location.setName("Practice of " + therapist.name());
        Address address = new Address().setCountry("US");
        if (therapist.address() != null) {
            address.addLine(therapist.address());
        }
        if (therapist.postalCode() != null) {
            address.setPostalCode(therapist.postalCode());
        }
        location.setAddress(address);
        location.getPosition()
                .setLatitude(therapist.location().latitude())
                .setLongitude(therapist.location().longitude());
        return location;
    }

    /** The version is the time of the last change, in milliseconds: it changes whenever the profile does. */
    static Meta meta(Therapists.Dated dated) {
        return new Meta()
                .setVersionId(String.valueOf(dated.updatedAt().toEpochMilli()))
                .setLastUpdated(Date.from(dated.updatedAt()));
    }

    private static @Nullable AdministrativeGender gender(@Nullable String gender) {
        if (gender == null) {
            return null;
        }
        return switch (gender.toLowerCase(Locale.ROOT)) {
            case "female" -> AdministrativeGender.FEMALE;
            case "male" -> AdministrativeGender.MALE;
            default -> AdministrativeGender.OTHER;
        };
    }
}
