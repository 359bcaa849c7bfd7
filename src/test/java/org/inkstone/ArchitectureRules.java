package org.inkstone;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileReader;
import java.io.RandomAccessFile;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.util.List;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture of Inkstone as ArchUnit rules: {@link ArchitectureTest} holds the production code to
 * them, {@link ArchitectureRulesCanFailTest} shows each one catching a deliberate breach.
 */
final class ArchitectureRules {
    /** The packages below the renderers: they serve the outputs and know nothing of them. */
    static final List<String> LOWER_PACKAGES = List.of("model", "diagnostic", "parse", "transform", "options", "asset", "font", "math",
            "highlight", "theme", "bounded");

    static final ArchRule FLEXMARK_ONLY_IN_PARSE = noClasses()
            .that().resideOutsideOfPackage("org.inkstone.parse..")
            .should().dependOnClassesThat().resideInAPackage("com.vladsch.flexmark..")
            .because("the Markdown library is read in parse alone; everything after works on the model");

    static final ArchRule NO_FILE_OR_NETWORK_ACCESS_IN_RENDER = noClasses()
            .that().resideInAPackage("org.inkstone.render..")
            .should().dependOnClassesThat().belongToAnyOf(Files.class, HttpClient.class, File.class, FileInputStream.class,
                    FileReader.class, RandomAccessFile.class)
            .because("renderers write to memory through OutputSink and get files and images through the asset resolver");

    static final ArchRule TOP_PACKAGES_FREE_OF_CYCLES = slices()
            .matching("org.inkstone.(*)..")
            .should().beFreeOfCycles();

    static final ArchRule RENDER_PACKAGES_FREE_OF_CYCLES = slices()
            .assignedFrom(new RenderPackages())
            .should().beFreeOfCycles();

    static final ArchRule RENDERERS_DO_NOT_PARSE = noClasses()
            .that().resideInAPackage("org.inkstone.render..")
            .should().dependOnClassesThat().resideInAPackage("org.inkstone.parse..")
            .because("renderers take the document model, never the Markdown");

    static final ArchRule MODEL_STANDS_ALONE = noClasses()
            .that().resideInAPackage("org.inkstone.model..")
            .should().dependOnClassesThat(resideInAPackage("org.inkstone..").and(resideOutsideOfPackage("org.inkstone.model..")))
            .because("every stage shares the model, so it may lean on none of them");

    static final ArchRule LOWER_PACKAGES_DO_NOT_REACH_UP = noClasses()
            .that().resideInAnyPackage(LOWER_PACKAGES.stream().map(p -> "org.inkstone." + p + "..").toArray(String[]::new))
            .should().dependOnClassesThat().resideInAnyPackage("org.inkstone.cache..", "org.inkstone.render..", "org.inkstone.publish..",
                    "org.inkstone.cli..")
            .because("the lower packages serve the outputs and the build and know nothing of them, nor of the caches that hold their state");

    static final List<ArchRule> ALL = List.of(FLEXMARK_ONLY_IN_PARSE, NO_FILE_OR_NETWORK_ACCESS_IN_RENDER, TOP_PACKAGES_FREE_OF_CYCLES,
            RENDER_PACKAGES_FREE_OF_CYCLES, RENDERERS_DO_NOT_PARSE, MODEL_STANDS_ALONE, LOWER_PACKAGES_DO_NOT_REACH_UP);

    private ArchitectureRules() {}

    /** Every package of org.inkstone.render its own slice: the shared package itself and each subpackage, nested ones too. */
    private static final class RenderPackages implements SliceAssignment {
        @Override public SliceIdentifier getIdentifierOf(JavaClass c) {
            String p = c.getPackageName();
            return p.equals("org.inkstone.render") || p.startsWith("org.inkstone.render.") ? SliceIdentifier.of(p) : SliceIdentifier.ignore();
        }

        @Override public String getDescription() {
            return "the packages of org.inkstone.render";
        }
    }
}
