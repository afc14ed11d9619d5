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

    /**
     * A leaf module: no other module of the product depends on it, so it could be left out of a build (rooted at
     * {@code root}; the launcher in the root package may list its commands). Demo data and the FHIR facade are
     * leaves.
     */
    static ArchRule nothingDependsOn(String root, String module) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".(*)..")
                .and()
                .resideOutsideOfPackage(root + "." + module + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + "." + module + "..")
                .because(module + " writes or reads through the product's public APIs; the product never needs it");
    }
}
