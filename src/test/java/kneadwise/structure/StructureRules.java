package kneadwise.structure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/** Rules about the shape of the code that Spring Modulith does not know (DESIGN.md, "Shape of the code"). */
final class StructureRules {

    private StructureRules() {}

    /** The clinical engine stays plain Java: no framework, database or FHIR types (rooted at {@code root}). */
    static ArchRule clinicalEngineIsPureJava(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".assessment..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "org.jooq..",
                        "ca.uhn.fhir..",
                        "org.hl7.fhir..",
                        "jakarta.servlet..",
                        "java.sql..",
                        "javax.sql..",
                        "org.flywaydb..",
                        "com.zaxxer..")
                .because("assessment is pure Java, usable by the command line, the API and tests alike");
    }
}
