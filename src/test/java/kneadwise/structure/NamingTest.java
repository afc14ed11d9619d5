package kneadwise.structure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import kneadwise.system.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * One naming scheme (issue 18, item 3), so that a newcomer finds a thing by its name: JSON controllers end in
 * {@code Api}, page controllers in {@code Page} (one page) or {@code Pages}, and a module's refusals are nested in its
 * {@code *Refusals} class.
 */
class NamingTest {

    static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kneadwise");

    @Test
    void jsonControllersEndInApi() {
        classes()
                .that()
                .areAnnotatedWith(RestController.class)
                .should()
                .haveSimpleNameEndingWith("Api")
                .check(PRODUCTION);
    }

    @Test
    void pageControllersEndInPageOrPages() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .should()
                .haveSimpleNameEndingWith("Page")
                .orShould()
                .haveSimpleNameEndingWith("Pages")
                .check(PRODUCTION);
    }

    @Test
    void refusalsAreNestedInTheirModulesRefusalsClass() {
        classes()
                .that()
                .areAssignableTo(Refusal.class)
                .and()
                .doNotHaveFullyQualifiedName(Refusal.class.getName())
                .should()
                .haveNameMatching(".*\\.[A-Z]\\w*Refusals\\$\\w+")
                .check(PRODUCTION);
    }
}
