package org.inkstone;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each {@link ArchitectureRules architecture rule} reports the deliberate breaches of the fixture classes
 * ({@code org.inkstone.render.archfixture}, {@code org.inkstone.model.archfixture}, test code only), imported
 * together with the main classes: a rule that could not fail would prove nothing in {@link ArchitectureTest}.
 */
class ArchitectureRulesCanFailTest {
    private static final String RENDER_FIXTURE = "org.inkstone.render.archfixture.ForbiddenRenderer";
    private static final String LOOP_FIXTURE = "org.inkstone.render.archfixture.loop.LoopBack";
    private static final String MODEL_FIXTURE = "org.inkstone.model.archfixture.ModelReachingUp";
    private static JavaClasses withFixtures;

    @BeforeAll
    static void importMainAndFixtures() {
        ImportOption mainOnly = new ImportOption.DoNotIncludeTests();
        withFixtures = new ClassFileImporter()
                .withImportOption(location -> mainOnly.includes(location) || location.contains("/archfixture/"))
                .importPackages("org.inkstone");
    }

    @Test void flexmarkOutsideParseIsReported() {
        assertViolation(ArchitectureRules.FLEXMARK_ONLY_IN_PARSE, RENDER_FIXTURE, "com.vladsch.flexmark");
    }

    @Test void eachFileAndNetworkTypeInRenderIsReported() {
        assertViolation(ArchitectureRules.NO_FILE_OR_NETWORK_ACCESS_IN_RENDER, RENDER_FIXTURE, "java.nio.file.Files",
                "java.net.http.HttpClient", "java.io.File.<init>", "java.io.FileInputStream", "java.io.FileReader", "java.io.RandomAccessFile");
    }

    @Test void cycleBetweenTopPackagesIsReported() {
        assertViolation(ArchitectureRules.TOP_PACKAGES_FREE_OF_CYCLES, MODEL_FIXTURE, "org.inkstone.render.Renderer");
    }

    @Test void cycleBetweenRenderPackagesIsReported() {
        assertViolation(ArchitectureRules.RENDER_PACKAGES_FREE_OF_CYCLES, RENDER_FIXTURE, LOOP_FIXTURE);
    }

    @Test void rendererReadingMarkdownIsReported() {
        assertViolation(ArchitectureRules.RENDERERS_DO_NOT_PARSE, RENDER_FIXTURE, "org.inkstone.parse.MarkdownReader");
    }

    @Test void modelLeaningOnAnotherPackageIsReported() {
        assertViolation(ArchitectureRules.MODEL_STANDS_ALONE, MODEL_FIXTURE, "org.inkstone.diagnostic.Diagnostics");
    }

    @Test void lowerPackageReachingUpIsReported() {
        assertViolation(ArchitectureRules.LOWER_PACKAGES_DO_NOT_REACH_UP, MODEL_FIXTURE, "org.inkstone.render.Renderer");
    }

    /** The rule fails, and its report names the fixture and each thing it should not have used. */
    private static void assertViolation(ArchRule rule, String fixture, String... mentioned) {
        EvaluationResult result = rule.evaluate(withFixtures);
        assertTrue(result.hasViolation(), () -> "no violation of: " + rule.getDescription());
        String report = result.getFailureReport().toString();
        for (String s : List.of(mentioned)) {
            assertTrue(report.contains(fixture) && report.contains(s), () -> "the report does not name " + fixture + " and " + s + ":\n" + report);
        }
    }
}
