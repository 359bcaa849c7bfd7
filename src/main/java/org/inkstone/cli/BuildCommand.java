package org.inkstone.cli;

import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.publish.OutputFolder;
import org.inkstone.publish.Inkstone;
import org.inkstone.cache.Caches;
import org.inkstone.theme.ThemeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code inkstone build INPUT... [--to …] [--theme …] [--out …] [--strict] [--notes]}. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Build each INPUT into OUT/<name>.<format>.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file was built", "1:a build failed (the message says why)", "2:wrong usage"})
final class BuildCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Markdown files, or book folders (holding book.yaml and/or SUMMARY.md), to build.")
    List<Path> inputs;

    @Option(names = "--to", split = ",", paramLabel = "FORMAT", defaultValue = "html",
            description = "Output formats, comma-separated (html, pdf, epub, wechat). Default: ${DEFAULT-VALUE}.")
    List<String> formats;

    @Option(names = {"-q", "--quiet"}, description = "No progress line while a book builds.")
    boolean quiet;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
            description = "Output folder. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Inputs built at once (default: one per processor core).")
    Integer jobs;

    @CommandLine.Mixin
    BuildOptions build;

    private final ProgressLine progress = new ProgressLine(System.err);

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        List<String> wanted = List.copyOf(new LinkedHashSet<>(formats.stream()
                .map(f -> f.strip().toLowerCase(Locale.ROOT)).filter(f -> !f.isEmpty()).toList()));
        if (wanted.isEmpty()) throw new CommandLine.ParameterException(spec.commandLine(), "--to needs at least one format");
        build.requestedOptions(); // a wrong option value is a usage error before anything else
        if (jobs != null && jobs < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--jobs takes 1 or more");
        String outProblem = OutputFolder.problem(out);
        if (outProblem != null) { // one line, without the usage text: the option is right, the folder is not
            err.println("--out " + out + " " + outProblem + "; name a folder (it is created when missing)");
            err.flush();
            return 2;
        }
        Inkstone inkstone;
        try {
            // one set of caches for the run: several inputs share parsed fonts, formulas and covers
            build.checkTheme(inputs);
            Inkstone.Builder builder = build.applyTo(Inkstone.builder());
            if (!quiet && System.console() != null && !"dumb".equals(System.getenv("TERM"))) builder.progress(progress::show);
            inkstone = builder.caches(new Caches()).formats(wanted).output(out).build();
        } catch (IllegalArgumentException | ThemeException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        int[] failures = {0};
        // several inputs are built on every core at once; their messages still come in the order of the inputs
        inkstone.publishAll(inputs, jobs != null ? jobs : Runtime.getRuntime().availableProcessors(), r -> {
            progress.clear();
            for (Diagnostic d : r.diagnostics()) err.println(d.format());
            if (r.succeeded()) {
                for (String line : writtenLines(r.written())) outWriter.println(line);
            } else {
                err.println(r.failure());
                failures[0]++;
            }
        });
        err.flush();
        outWriter.flush();
        return failures[0] == 0 ? 0 : 1;
    }

    /**
     * One line per file written in the output folder itself, and one per folder below it (a web book's
     * pages, a book's WeChat articles): {@code wrote out/tea/ (12 files)}.
     */
    private List<String> writtenLines(List<Path> written) {
        Path folder = out.toAbsolutePath().normalize();
        java.util.Map<String, Integer> inFolders = new java.util.LinkedHashMap<>();
        List<String> lines = new java.util.ArrayList<>();
        for (Path p : written) {
            Path abs = p.toAbsolutePath().normalize();
            if (!abs.startsWith(folder) || abs.getParent().equals(folder)) {
                lines.add("wrote " + display(p));
                continue;
            }
            String sub = display(folder.resolve(folder.relativize(abs).getName(0))) + "/";
            if (inFolders.merge(sub, 1, Integer::sum) == 1) lines.add(sub);
        }
        lines.replaceAll(l -> inFolders.containsKey(l) ? "wrote " + l + " (" + inFolders.get(l)
                + (inFolders.get(l) == 1 ? " file)" : " files)") : l);
        return lines;
    }

    /** {@code p} relative to the working folder when it lies inside it, else absolute. */
    static String display(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
