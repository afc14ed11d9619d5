package kneadwise.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import kneadwise.booking.FreeSlots;
import kneadwise.directory.Therapist;
import kneadwise.directory.Therapists;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Slot;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code /fhir/Slot}: a therapist's free session starts, worked out when asked exactly as the slots API does;
 * public. Searched by {@code schedule} (required), {@code start} (the coming week by default, at most
 * {@link #MOST_DAYS} days) and {@code status=free}; only free starts exist, so another status finds none.
 */
@Component
class SlotProvider implements IResourceProvider {

    static final int MOST_DAYS = 31;

    private final Therapists therapists;
    private final FreeSlots free;
    private final Clock clock;

    SlotProvider(Therapists therapists, FreeSlots free, Clock clock) {
        this.therapists = therapists;
        this.free = free;
        this.clock = clock;
    }

    @Override
    public Class<Slot> getResourceType() {
        return Slot.class;
    }

    /** A free start is found while it is still free; once booked (or past) it is not found. */
    @Read(version = false)
    public Slot read(@IdParam IdType id) {
        return SlotIds.parse(id.getIdPart())
                .flatMap(slot -> therapists.find(slot.schedule()).flatMap(therapist -> {
                    LocalDate day = slot.start().atZone(therapist.timeZone()).toLocalDate();
                    return free.starts(therapist, day, day.plusDays(1)).stream()
                            .filter(start -> start.toInstant().equals(slot.start()))
                            .findFirst()
                            .map(start -> DirectoryResources.slot(therapist, start, clock.instant()));
                }))
                .orElseThrow(() -> new ResourceNotFoundException(id));
    }

    @Search
    public IBundleProvider search(
            @RequiredParam(name = Slot.SP_SCHEDULE) ReferenceParam schedule,
            @OptionalParam(name = Slot.SP_START) @Nullable DateRangeParam start,
            @OptionalParam(name = Slot.SP_STATUS) @Nullable TokenParam status,
            @OptionalParam(name = "_lastUpdated") @Nullable DateRangeParam lastUpdated,
            @Offset @Nullable Integer offset,
            @Count @Nullable Integer count) {
        Instant now = clock.instant();
        boolean free = status == null || wantsFree(status);
        Optional<Therapist> therapist = scheduled(schedule);
        if (!free || therapist.isEmpty() || !Searches.within(lastUpdated, Date.from(now))) {
            return new SearchPage(List.of(), 0);
        }
        List<ZonedDateTime> starts = freeStarts(therapist.get(), start);
        int from = Math.min(starts.size(), offset == null ? 0 : Math.max(0, offset));
        int to = Math.min(starts.size(), from + Pages.size(count));
        return new SearchPage(
                starts.subList(from, to).stream()
                        .map(one -> DirectoryResources.slot(therapist.get(), one, now))
                        .toList(),
                starts.size());
    }

    private List<ZonedDateTime> freeStarts(Therapist therapist, @Nullable DateRangeParam range) {
        ZoneId zone = therapist.timeZone();
        Date lower = range == null ? null : range.getLowerBoundAsInstant();
        Date upper = range == null ? null : range.getUpperBoundAsInstant();
        LocalDate from = lower == null
                ? free.today(therapist)
                : lower.toInstant().atZone(zone).toLocalDate();
        LocalDate to = upper == null
                ? from.plusDays(7)
                : upper.toInstant().atZone(zone).toLocalDate().plusDays(1);
        if (to.isAfter(from.plusDays(MOST_DAYS))) {
            throw new InvalidRequestException("start may span at most " + MOST_DAYS + " days, such as start=ge" + from
                    + "&start=lt" + from.plusDays(MOST_DAYS));
        }
        return free.starts(therapist, from, to).stream()
                .filter(one -> lower == null || !one.toInstant().isBefore(lower.toInstant()))
                .filter(one -> upper == null || !one.toInstant().isAfter(upper.toInstant()))
                .toList();
    }

    private Optional<Therapist> scheduled(ReferenceParam schedule) {
        if (schedule.getResourceType() != null && !schedule.getResourceType().equals("Schedule")) {
            return Optional.empty();
        }
        return Ids.uuid(new IdType(schedule.getIdPart())).flatMap(therapists::find);
    }

    private static boolean wantsFree(TokenParam status) {
        try {
            return Slot.SlotStatus.fromCode(status.getValue()) == Slot.SlotStatus.FREE;
        } catch (org.hl7.fhir.exceptions.FHIRException unknown) {
            throw new InvalidRequestException("status must be one of free, busy, busy-unavailable, busy-tentative,"
                    + " entered-in-error (only free slots are listed)");
        }
    }
}
