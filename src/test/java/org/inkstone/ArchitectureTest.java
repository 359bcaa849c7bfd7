package org.inkstone;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The production code (main classes only, no tests or fixtures) keeps every {@link ArchitectureRules architecture rule}. */
class ArchitectureTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests()).importPackages("org.inkstone");
    }

    @Test void flexmarkOnlyInParse() { ArchitectureRules.FLEXMARK_ONLY_IN_PARSE.check(main); }

    @Test void noFileOrNetworkAccessInRender() { ArchitectureRules.NO_FILE_OR_NETWORK_ACCESS_IN_RENDER.check(main); }

    @Test void topPackagesFreeOfCycles() { ArchitectureRules.TOP_PACKAGES_FREE_OF_CYCLES.check(main); }

    @Test void renderPackagesFreeOfCycles() { ArchitectureRules.RENDER_PACKAGES_FREE_OF_CYCLES.check(main); }

    @Test void renderersDoNotParse() { ArchitectureRules.RENDERERS_DO_NOT_PARSE.check(main); }

    @Test void modelStandsAlone() { ArchitectureRules.MODEL_STANDS_ALONE.check(main); }

    @Test void lowerPackagesDoNotReachUp() { ArchitectureRules.LOWER_PACKAGES_DO_NOT_REACH_UP.check(main); }
}
