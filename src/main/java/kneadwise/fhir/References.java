package kneadwise.fhir;

import ca.uhn.fhir.rest.param.ReferenceParam;
import org.hl7.fhir.r4.model.Reference;

/** Whether a reference search parameter names a resource's reference ({@code Practitioner/<id>} or the id alone). */
final class References {

    private References() {}

    static boolean names(ReferenceParam asked, Reference reference, String type) {
        if (asked.getResourceType() != null && !asked.getResourceType().equals(type)) {
            return false;
        }
        return (type + "/" + asked.getIdPart()).equals(reference.getReference());
    }
}
