package kneadwise.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import kneadwise.KneadwiseApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The modules of DESIGN.md keep to their boundaries. Each rule is also run on deliberately broken code (under
 * kneadwise.structurefixtures, test sources only) to show that it catches what it is meant to catch.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(KneadwiseApplication.class);

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kneadwise");

    @Test
    void modulesUseOnlyEachOthersPublicApiAndHaveNoCycles() {
        MODULES.verify();
    }

    @Test
    void findsTheModulesOfTheDesign() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .contains("system", "assessment", "demo", "fhir");
    }

    @Test
    void theClinicalEngineIsPureJava() {
        StructureRules.clinicalEngineIsPureJava("kneadwise").check(PRODUCTION);
    }

    @Test
    void noModuleDependsOnTheDemoModuleOrTheFhirFacade() {
        StructureRules.nothingDependsOn("kneadwise", "demo").check(PRODUCTION);
        StructureRules.nothingDependsOn("kneadwise", "fhir").check(PRODUCTION);
    }

    @Test
    void theDemoRuleCatchesAModuleThatNeedsTheDemo() {
        JavaClasses tangled = new ClassFileImporter().importPackages("kneadwise.structurefixtures.tangled");

        assertThat(StructureRules.nothingDependsOn("kneadwise.structurefixtures.tangled", "demo")
                        .evaluate(tangled)
                        .getFailureReport()
                        .getDetails())
                .anyMatch(line -> line.contains("NeedsDemo") && line.contains("DemoThing"));
    }

    @Test
    void theModuleCheckCatchesAReachIntoAnotherModulesInternals() {
        ApplicationModules broken = ApplicationModules.of("kneadwise.structurefixtures.modules", location -> true);

        assertThatThrownBy(broken::verify).hasMessageContaining("BetaSecret");
    }

    @Test
    void thePurityRuleCatchesSpringInTheClinicalEngine() {
        JavaClasses leaky = new ClassFileImporter().importPackages("kneadwise.structurefixtures.leaky");

        assertThat(StructureRules.clinicalEngineIsPureJava("kneadwise.structurefixtures.leaky")
                        .evaluate(leaky)
                        .getFailureReport()
                        .getDetails())
                .anyMatch(line -> line.contains("LeakyScore") && line.contains("org.springframework"));
    }
}
