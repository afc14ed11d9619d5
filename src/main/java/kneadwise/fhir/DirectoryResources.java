package kneadwise.fhir;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
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
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Schedule;
import org.hl7.fhir.r4.model.Slot;
import org.jspecify.annotations.Nullable;

/**
 * A therapist's public directory profile as FHIR: the person ({@code Practitioner}), the practice's place
 * ({@code Location}), their role there ({@code PractitionerRole}) and their bookable time ({@code Schedule}), all
 * with the profile's id, and each free session start ({@code Slot}). Only what the public directory and slots APIs
 * show; pure functions.
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

    /**
     * The role of massage therapist at their practice: who, where, and the techniques they offer as {@code specialty}.
     */
    static PractitionerRole practitionerRole(Therapists.Dated dated) {
        Therapist therapist = dated.therapist();
        PractitionerRole role = new PractitionerRole();
        role.setId(therapist.id().toString());
        role.setMeta(meta(dated));
        role.setActive(true);
        role.setPractitioner(practitionerReference(therapist));
        role.addLocation(locationReference(therapist));
        role.addCode().setText("Massage therapist");
        role.setSpecialty(techniques(therapist));
        return role;
    }

    /** The therapist's bookable time: its free starts are the Slots that name this Schedule. */
    static Schedule schedule(Therapists.Dated dated) {
        Therapist therapist = dated.therapist();
        Schedule schedule = new Schedule();
        schedule.setId(therapist.id().toString());
        schedule.setMeta(meta(dated));
        schedule.setActive(true);
        schedule.addActor(practitionerReference(therapist));
        schedule.addActor(locationReference(therapist));
        schedule.setSpecialty(techniques(therapist));
        schedule.setComment("Sessions of " + therapist.sessionMinutes() + " minutes, times in " + therapist.timeZone());
        return schedule;
    }

    /**
     * One free session start; its id is the schedule's and the start's epoch second, so it can be read back (and
     * is gone once booked). A free start is worked out when asked, so its version is 1, changed at {@code now}.
     */
    static Slot slot(Therapist therapist, ZonedDateTime start, Instant now) {
        Slot slot = new Slot();
        slot.setId(SlotIds.of(therapist.id(), start.toInstant()));
        slot.setMeta(new Meta().setVersionId("1").setLastUpdated(Date.from(now)));
        slot.setSchedule(new Reference("Schedule/" + therapist.id()));
        slot.setStatus(Slot.SlotStatus.FREE);
        slot.setStart(Date.from(start.toInstant()));
        slot.setEnd(Date.from(start.plusMinutes(therapist.sessionMinutes()).toInstant()));
        slot.setServiceType(List.of(new CodeableConcept().setText("Massage therapy session")));
        return slot;
    }

    static Reference practitionerReference(Therapist therapist) {
        return new Reference("Practitioner/" + therapist.id()).setDisplay(therapist.name());
    }

    static Reference locationReference(Therapist therapist) {
        return new Reference("Location/" + therapist.id()).setDisplay("Practice of " + therapist.name());
    }

    private static List<CodeableConcept> techniques(Therapist therapist) {
        return therapist.techniques().stream()
                .map(technique -> new CodeableConcept()
                        .addCoding(new Coding(
                                CodeSystems.url(CodeSystems.TECHNIQUE), technique.name(), technique.label())))
                .toList();
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
