package kneadwise.fhir;

import ca.uhn.fhir.model.api.ResourceMetadataKeyEnum;
import ca.uhn.fhir.model.valueset.BundleEntrySearchModeEnum;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.instance.model.api.IAnyResource;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.InstantType;
import org.jspecify.annotations.Nullable;

/**
 * One page of a search that the database has already cut to {@code _offset} and {@code _count}, with the number of
 * all matches: from it HAPI writes {@code Bundle.total} and, while more remain, a {@code next} link carrying the next
 * offset, so paging keeps no state on any node.
 */
final class SearchPage implements IBundleProvider {

    private final List<IBaseResource> page;
    private final int total;
    private final InstantType published = new InstantType(new Date());

    SearchPage(List<? extends IBaseResource> page, long total) {
        this.page = List.copyOf(page);
        for (IBaseResource match : this.page) {
            // Marked as matches, so that resources HAPI adds for an _include are told apart in Bundle.entry.search.
            ResourceMetadataKeyEnum.ENTRY_SEARCH_MODE.put((IAnyResource) match, BundleEntrySearchModeEnum.MATCH);
        }
        this.total = (int) Math.min(Integer.MAX_VALUE, total);
    }

    /** The page of an already filtered and sorted list, from {@code _offset}, {@code _count} long. */
    static SearchPage of(List<? extends IBaseResource> all, @Nullable Integer offset, @Nullable Integer count) {
        int from = Math.min(all.size(), offset == null ? 0 : Math.max(0, offset));
        int to = Math.min(all.size(), from + Pages.size(count));
        return new SearchPage(all.subList(from, to), all.size());
    }

    @Override
    public IPrimitiveType<Date> getPublished() {
        return published;
    }

    @Override
    public List<IBaseResource> getResources(int fromIndex, int toIndex) {
        return page.subList(Math.min(fromIndex, page.size()), Math.min(toIndex, page.size()));
    }

    @Override
    public @Nullable String getUuid() {
        return null;
    }

    @Override
    public @Nullable Integer preferredPageSize() {
        return null;
    }

    @Override
    public Integer size() {
        return total;
    }
}
