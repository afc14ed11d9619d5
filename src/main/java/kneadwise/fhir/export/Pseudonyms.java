package kneadwise.fhir.export;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kneadwise.fhir.BulkResources;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

/**
 * The pseudonymisation of a research export (CONTRACT.md section 11), for one export: every id is replaced by a new
 * one (a keyed hash with a key made for this export and then forgotten, so two exports cannot be linked and nothing
 * needs remembering); names, contact details, addresses and free text are left out; a postal code keeps its first 3
 * digits; a birth date keeps its year, and a person over 89 is shown as 90; and every date of one person moves by
 * the same number of days, between 1 and 180 either way, so the intervals between them are kept.
 */
final class Pseudonyms {

    static final int MAX_SHIFT_DAYS = 180;

    /** Ages above this are all shown as the next (HIPAA Safe Harbor's "90 or older"). */
    static final int OLDEST_SHOWN = 89;

    private static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final long DAY_MILLIS = 86_400_000L;

    private final Mac hash;
    private final int thisYear;

    private Pseudonyms(byte[] key, int thisYear) {
        try {
            this.hash = Mac.getInstance("HmacSHA256");
            this.hash.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", missing);
        }
        this.thisYear = thisYear;
    }

    /** With a new random key: nobody, not even this server, can link its pseudonyms to another export's. */
    static Pseudonyms forOneExport() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new Pseudonyms(key, Year.now(ZoneOffset.UTC).getValue());
    }

    /** The resource as a research export shows it; only the types we export are known. */
    Resource apply(Resource resource) {
        return switch (resource) {
            case Patient patient -> patient(patient);
            case QuestionnaireResponse response -> response(response);
            case Observation observation -> observation(observation);
            case Flag flag -> flag(flag);
            case CarePlan plan -> carePlan(plan);
            case Goal goal -> goal(goal);
            case Appointment appointment -> appointment(appointment);
            case Procedure procedure -> procedure(procedure);
            default ->
                throw new IllegalArgumentException(
                        "no pseudonymisation is defined for " + resource.fhirType() + ", so it is never exported");
        };
    }

    private Patient patient(Patient real) {
        UUID person = UUID.fromString(real.getIdPart());
        Patient shown = new Patient();
        shown.setId(newId(real.getIdPart()));
        shown.setActive(real.getActive());
        if (real.hasGender()) {
            shown.setGender(real.getGender());
        }
        if (real.hasBirthDate()) {
            Calendar born = Calendar.getInstance(TimeZone.getTimeZone(ZoneOffset.UTC));
            born.setTime(real.getBirthDate());
            // ages over 89 are all shown as 90 (born 90 years ago)
            int year = Math.max(born.get(Calendar.YEAR), thisYear - (OLDEST_SHOWN + 1));
            shown.setBirthDateElement(new DateType(String.valueOf(year)));
        }
        for (Address address : real.getAddress()) {
            String zip = address.getPostalCode();
            if (zip != null && zip.length() >= 3) {
                shown.addAddress().setCountry(address.getCountry()).setPostalCode(zip.substring(0, 3));
            }
        }
        return shown;
    }

    private QuestionnaireResponse response(QuestionnaireResponse real) {
        long shift = shiftOf(real.getSubject());
        QuestionnaireResponse shown = new QuestionnaireResponse();
        shown.setId(newId(real.getIdPart()));
        shown.setQuestionnaire(real.getQuestionnaire());
        shown.setStatus(real.getStatus());
        shown.setSubject(reference(real.getSubject()));
        real.getBasedOn().forEach(based -> shown.addBasedOn(reference(based)));
        if (real.hasAuthored()) {
            shown.setAuthoredElement(shifted(real.getAuthoredElement(), shift));
        }
        real.getItem().forEach(item -> shown.addItem(item(item)));
        return shown;
    }

    /**
     * The item with its coded, numeric and yes-or-no answers; a typed answer (free text) is left out, and an age over
     * 89 is shown as 90.
     */
    private static QuestionnaireResponseItemComponent item(QuestionnaireResponseItemComponent real) {
        QuestionnaireResponseItemComponent shown = new QuestionnaireResponseItemComponent().setLinkId(real.getLinkId());
        for (QuestionnaireResponseItemAnswerComponent answer : real.getAnswer()) {
            if (!answer.hasValue() || answer.getValue() instanceof StringType) {
                continue;
            }
            if (BulkResources.AGE.equals(real.getLinkId())
                    && answer.getValue() instanceof IntegerType age
                    && age.getValue() > OLDEST_SHOWN) {
                shown.addAnswer().setValue(new IntegerType(OLDEST_SHOWN + 1));
            } else {
                shown.addAnswer().setValue(answer.getValue().copy());
            }
        }
        real.getItem().forEach(child -> shown.addItem(item(child)));
        return shown;
    }

    private Observation observation(Observation real) {
        long shift = shiftOf(real.getSubject());
        Observation shown = new Observation();
        shown.setId(newId(real.getIdPart()));
        shown.setStatus(real.getStatus());
        shown.setCategory(real.getCategory());
        shown.setCode(real.getCode());
        shown.setSubject(reference(real.getSubject()));
        if (real.hasEffectiveDateTimeType()) {
            shown.setEffective(shifted(real.getEffectiveDateTimeType(), shift));
        }
        if (real.hasValue() && !(real.getValue() instanceof StringType)) {
            shown.setValue(real.getValue());
        }
        real.getDerivedFrom().forEach(from -> shown.addDerivedFrom(reference(from)));
        return shown;
    }

    /** A triage reason: its code and when it stood, without the message's words. */
    private Flag flag(Flag real) {
        long shift = shiftOf(real.getSubject());
        Flag shown = new Flag();
        shown.setId(newId(real.getIdPart()));
        shown.setStatus(real.getStatus());
        real.getCategory().forEach(category -> shown.addCategory(coded(category)));
        shown.setCode(coded(real.getCode()));
        shown.setSubject(reference(real.getSubject()));
        shown.setPeriod(shifted(real.getPeriod(), shift));
        return shown;
    }

    /** A course's plan: its status, dates and links, without its title (the therapist's name) or any text. */
    private CarePlan carePlan(CarePlan real) {
        long shift = shiftOf(real.getSubject());
        CarePlan shown = new CarePlan();
        shown.setId(newId(real.getIdPart()));
        shown.setStatus(real.getStatus());
        shown.setIntent(real.getIntent());
        shown.setSubject(reference(real.getSubject()));
        if (real.hasCreated()) {
            shown.setCreatedElement(shifted(real.getCreatedElement(), shift));
        }
        shown.setPeriod(shifted(real.getPeriod(), shift));
        if (real.hasAuthor()) {
            shown.setAuthor(reference(real.getAuthor()));
        }
        real.getGoal().forEach(goal -> shown.addGoal(reference(goal)));
        real.getActivity().forEach(activity -> shown.addActivity().setReference(reference(activity.getReference())));
        return shown;
    }

    /** What counts as working, by its measure's code alone (the description's words become that code). */
    private Goal goal(Goal real) {
        Goal shown = new Goal();
        shown.setId(newId(real.getIdPart()));
        shown.setLifecycleStatus(real.getLifecycleStatus());
        if (real.hasAchievementStatus()) {
            shown.setAchievementStatus(coded(real.getAchievementStatus()));
        }
        shown.setSubject(reference(real.getSubject()));
        for (Goal.GoalTargetComponent target : real.getTarget()) {
            shown.addTarget().setMeasure(coded(target.getMeasure()));
        }
        shown.setDescription(coded(real.getTargetFirstRep().getMeasure()));
        real.getAddresses().forEach(addressed -> shown.addAddresses(reference(addressed)));
        return shown;
    }

    /** A session: its status and times, and who took part, without its description. */
    private Appointment appointment(Appointment real) {
        Reference patient = real.getParticipant().stream()
                .map(Appointment.AppointmentParticipantComponent::getActor)
                .filter(actor -> String.valueOf(actor.getReference()).startsWith("Patient/"))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("an Appointment without its patient"));
        long shift = shiftOf(patient);
        Appointment shown = new Appointment();
        shown.setId(newId(real.getIdPart()));
        shown.setStatus(real.getStatus());
        if (real.hasStart()) {
            shown.setStart(shifted(real.getStart(), shift));
        }
        if (real.hasEnd()) {
            shown.setEnd(shifted(real.getEnd(), shift));
        }
        if (real.hasCreated()) {
            shown.setCreatedElement(shifted(real.getCreatedElement(), shift));
        }
        for (Appointment.AppointmentParticipantComponent participant : real.getParticipant()) {
            shown.addParticipant().setActor(reference(participant.getActor())).setStatus(participant.getStatus());
        }
        return shown;
    }

    /**
     * A session's note: when, by whom and the body regions worked on (coded); without its words (what the client said,
     * the response, the plan), which are free text.
     */
    private Procedure procedure(Procedure real) {
        long shift = shiftOf(real.getSubject());
        Procedure shown = new Procedure();
        shown.setId(newId(real.getIdPart()));
        shown.setStatus(real.getStatus());
        shown.setSubject(reference(real.getSubject()));
        if (real.hasPerformedPeriod()) {
            shown.setPerformed(shifted(real.getPerformedPeriod(), shift));
        } else if (real.hasPerformedDateTimeType()) {
            shown.setPerformed(shifted(real.getPerformedDateTimeType(), shift));
        }
        real.getPerformer().forEach(performer -> shown.addPerformer().setActor(reference(performer.getActor())));
        real.getBodySite().forEach(site -> shown.addBodySite(coded(site)));
        real.getReasonReference().forEach(reason -> shown.addReasonReference(reference(reason)));
        return shown;
    }

    /** The concept's codes, without its text (words of ours, or of a person). */
    private static CodeableConcept coded(CodeableConcept real) {
        CodeableConcept shown = new CodeableConcept();
        real.getCoding().forEach(coding -> shown.addCoding(coding.copy()));
        return shown;
    }

    /** The reference with every id in it replaced, and no display text (it may be a name). */
    private Reference reference(Reference real) {
        return new Reference(newId(real.getReference()));
    }

    /** Every UUID in the id or reference replaced by its pseudonym in this export. */
    String newId(String real) {
        Matcher ids = UUID_PATTERN.matcher(real);
        StringBuilder replaced = new StringBuilder();
        while (ids.find()) {
            ids.appendReplacement(
                    replaced, pseudonym(UUID.fromString(ids.group())).toString());
        }
        ids.appendTail(replaced);
        return replaced.toString();
    }

    private UUID pseudonym(UUID real) {
        ByteBuffer bits = ByteBuffer.wrap(keyed("id:" + real));
        long high = (bits.getLong() & ~0xF000L) | 0x4000L; // version 4, as a random id
        long low = (bits.getLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    /** The person's shift in days: 1 to 180, earlier or later, the same for every date of theirs. */
    int shiftDays(UUID person) {
        int drawn = Math.floorMod(ByteBuffer.wrap(keyed("shift:" + person)).getInt(), 2 * MAX_SHIFT_DAYS);
        return drawn < MAX_SHIFT_DAYS ? -(drawn + 1) : drawn - MAX_SHIFT_DAYS + 1;
    }

    private long shiftOf(Reference subject) {
        Matcher id = UUID_PATTERN.matcher(String.valueOf(subject.getReference()));
        if (!id.find()) {
            throw new IllegalArgumentException("a person's resource without its person: " + subject.getReference());
        }
        return shiftDays(UUID.fromString(id.group())) * DAY_MILLIS;
    }

    private static DateTimeType shifted(DateTimeType real, long shiftMillis) {
        DateTimeType shown = new DateTimeType(new Date(real.getValue().getTime() + shiftMillis), real.getPrecision());
        shown.setTimeZoneZulu(true);
        return shown;
    }

    private static Period shifted(Period real, long shiftMillis) {
        Period shown = new Period();
        if (real.hasStart()) {
            shown.setStartElement(shifted(real.getStartElement(), shiftMillis));
        }
        if (real.hasEnd()) {
            shown.setEndElement(shifted(real.getEndElement(), shiftMillis));
        }
        return shown;
    }

    private static Date shifted(Date real, long shiftMillis) {
        return new Date(real.getTime() + shiftMillis);
    }

    private byte[] keyed(String what) {
        synchronized (hash) {
            return hash.doFinal(what.getBytes(StandardCharsets.UTF_8));
        }
    }
}
