package org.inkstone.cli;

import org.inkstone.asset.AssetPolicy;
import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.publish.BuildClock;
import org.inkstone.publish.OutputFolder;
import org.inkstone.publish.Inkstone;
import org.inkstone.options.AutoSwitch;
import org.inkstone.options.EpubOptions;
import org.inkstone.options.FontSize;
import org.inkstone.options.PageSize;
import org.inkstone.options.PdfOptions;
import org.inkstone.options.RequestedOptions;
import org.inkstone.cache.Caches;
import org.inkstone.theme.Colour;
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

    @Option(names = "--theme", paramLabel = "NAME",
            description = "Theme name (from themes/) or a theme folder. Default: a book's theme: in book.yaml, else default.")
    String theme;

    @Option(names = {"-q", "--quiet"}, description = "No progress line while a book builds.")
    boolean quiet;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
            description = "Output folder. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--strict", description = "Treat warnings as errors: nothing is written when there are any.")
    boolean strict;

    @Option(names = "--notes", description = "Show editor notes (HTML and Obsidian %%%% comments) in the output, marked as reviewer notes.")
    boolean notes;

    @Option(names = "--accent", paramLabel = "#RRGGBB", defaultValue = "",
            description = "Theme colour (headings, markers, links). Also 'accent:' in the front matter.")
    String accent;

    @Option(names = "--font-size", paramLabel = "SIZE", defaultValue = "",
            description = "WeChat body text size, 14px..18px. Also 'font-size:' in the front matter.")
    String fontSize;

    @Option(names = "--image-base", paramLabel = "URL", defaultValue = "",
            description = "WeChat: where you uploaded the local images; their paths are appended to it."
                    + " Without it, local images are embedded in the preview as data URIs.")
    String imageBase;

    @Option(names = "--cjk-spacing", paramLabel = "auto|on|off", defaultValue = "auto",
            description = "Spaces between Chinese and Latin text (盘古之白): auto = WeChat only. Default: ${DEFAULT-VALUE}.")
    String cjkSpacing;

    @Option(names = "--page-size", paramLabel = "SIZE", defaultValue = "A4",
            description = "PDF page size: A4, A5, B5 or Letter. Default: ${DEFAULT-VALUE}.")
    String pageSize;

    @Option(names = "--toc", paramLabel = "auto|on|off", defaultValue = "auto",
            description = "PDF table of contents: auto = when there are three or more headings. Default: ${DEFAULT-VALUE}.")
    String toc;

    @Option(names = "--pdf-ua", description = "PDF: tagged and accessible (PDF/UA).")
    boolean pdfUa;

    @Option(names = "--pdf-a", description = "PDF: archival PDF/A-2u.")
    boolean pdfA;

    @Option(names = "--split-level", paramLabel = "1|2", defaultValue = "1",
            description = "EPUB: start a new chapter at headings of this level. Default: ${DEFAULT-VALUE}.")
    int splitLevel;

    @Option(names = "--no-embed-fonts", negatable = false,
            description = "EPUB: do not embed the theme's fonts (readers use their own).")
    boolean noEmbedFonts;

    @Option(names = "--line-numbers", description = "Number the lines of every code block"
            + " (one block: write linenos after the fence's language).")
    boolean lineNumbers;

    @Option(names = "--offline", description = "Fetch no remote images: use the cache, else show placeholders.")
    boolean offline;

    private final ProgressLine progress = new ProgressLine(System.err);

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        List<String> wanted = List.copyOf(new LinkedHashSet<>(formats.stream()
                .map(f -> f.strip().toLowerCase(Locale.ROOT)).filter(f -> !f.isEmpty()).toList()));
        if (wanted.isEmpty()) throw new CommandLine.ParameterException(spec.commandLine(), "--to needs at least one format");
        RequestedOptions requested = requestedOptions();
        String outProblem = OutputFolder.problem(out);
        if (outProblem != null) { // one line, without the usage text: the option is right, the folder is not
            err.println("--out " + out + " " + outProblem + "; name a folder (it is created when missing)");
            err.flush();
            return 2;
        }
        Inkstone inkstone;
        try {
            String home = System.getProperty("inkstone.home");
            // one set of caches for the run: several inputs share parsed fonts, formulas and covers
            Inkstone.Builder builder = Inkstone.builder();
            if (theme != null) builder.theme(theme);
            if (!quiet && System.console() != null && !"dumb".equals(System.getenv("TERM"))) builder.progress(progress::show);
            inkstone = builder.caches(new Caches()).formats(wanted).output(out).strict(strict).editorNotes(notes)
                    .home(home == null ? Path.of("").toAbsolutePath() : Path.of(home))
                    .clock(BuildClock.fromEnvironment(System.getenv("SOURCE_DATE_EPOCH")))
                    .options(requested).assets(AssetPolicy.defaults().withOffline(offline)).build();
        } catch (IllegalArgumentException | ThemeException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        int failures = 0;
        for (Path input : inputs) {
            Inkstone.Result r = inkstone.publish(input);
            progress.clear();
            for (Diagnostic d : r.diagnostics()) err.println(d.format());
            if (r.succeeded()) {
                for (String line : writtenLines(r.written())) outWriter.println(line);
            } else {
                err.println(r.failure());
                failures++;
            }
        }
        err.flush();
        outWriter.flush();
        return failures == 0 ? 0 : 1;
    }

    /** The options as typed values; a value that is not one is a usage error naming the option. */
    private RequestedOptions requestedOptions() {
        RequestedOptions.Builder requested = RequestedOptions.builder().imageBase(imageBase).lineNumbers(lineNumbers)
                .cjkSpacing(autoSwitch("--cjk-spacing", cjkSpacing));
        if (!accent.isBlank()) requested.accent(Colour.parse(accent).orElseThrow(() -> usage("--accent: " + Colour.accentProblem(accent))));
        if (!fontSize.isBlank()) requested.fontSize(FontSize.parse(fontSize).orElseThrow(() -> usage("--font-size: " + FontSize.problem(fontSize))));
        PageSize page = PageSize.parse(pageSize).orElseThrow(() -> usage("--page-size takes "
                + String.join(", ", PageSize.labels()) + "; not '" + pageSize + "'"));
        if (splitLevel != 1 && splitLevel != 2) throw usage("--split-level takes 1 or 2");
        return requested.pdf(new PdfOptions(page, autoSwitch("--toc", toc), pdfUa, pdfA))
                .epub(new EpubOptions(splitLevel, !noEmbedFonts)).build();
    }

    private AutoSwitch autoSwitch(String option, String value) {
        return AutoSwitch.parse(value).orElseThrow(() -> usage(option + " takes auto, on or off"));
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
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

    private static String display(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
