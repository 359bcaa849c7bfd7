package org.inkstone.cli;

import org.inkstone.asset.AssetPolicy;
import org.inkstone.options.AutoSwitch;
import org.inkstone.options.EpubOptions;
import org.inkstone.options.FontSize;
import org.inkstone.options.PageSize;
import org.inkstone.options.PdfOptions;
import org.inkstone.options.RequestedOptions;
import org.inkstone.publish.BuildClock;
import org.inkstone.publish.Inkstone;
import org.inkstone.theme.Colour;
import org.inkstone.theme.ThemeLoader;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/**
 * The options that shape a build, shared by {@code build} and {@code serve} as a picocli mixin:
 * theme, strictness, editor notes, the typed output options and the remote-image switch.
 */
final class BuildOptions {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--theme", paramLabel = "NAME",
            description = "Theme: a bundled one's name (inkstone themes lists them), a folder themes/NAME/ beside the input,"
                    + " or the path of a theme folder. Default: a book's theme: in book.yaml, else default.")
    String theme;

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
            description = "Spaces between Chinese and Latin text (盘古之白): auto = on in every output, off = the text as written. Default: ${DEFAULT-VALUE}.")
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

    /**
     * Applies these options to a builder: theme, strict, notes, home ({@code inkstone.home}, else the
     * working folder), clock ({@code SOURCE_DATE_EPOCH}), the typed options and the asset policy.
     *
     * @throws CommandLine.ParameterException for a value that is not one, naming the option
     */
    Inkstone.Builder applyTo(Inkstone.Builder builder) {
        if (theme != null) builder.theme(theme);
        return builder.strict(strict).editorNotes(notes)
                .home(homeFolder())
                .clock(BuildClock.fromEnvironment(System.getenv("SOURCE_DATE_EPOCH")))
                .options(requestedOptions()).assets(assetPolicy());
    }

    /** The default asset policy, offline with {@code --offline}. */
    AssetPolicy assetPolicy() {
        return AssetPolicy.defaults().withOffline(offline);
    }

    /**
     * A usage error when {@code --theme} names a theme found nowhere: not as a folder, not in the home's or the
     * bundled themes, not in {@code themes/} beside any input.
     *
     * @throws org.inkstone.theme.ThemeException naming the theme and the available ones
     */
    void checkTheme(List<Path> inputs) {
        if (theme == null) return;
        ThemeLoader loader = new ThemeLoader(homeFolder());
        if (!loader.onlyBesideDocuments(theme)) return;
        for (Path input : inputs) {
            if (loader.foundBeside(theme, documentFolder(input))) return;
        }
        loader.load(theme);
    }

    /** The folder a build looks for {@code themes/} in: a book's folder, else the Markdown file's. */
    static Path documentFolder(Path input) {
        Path absolute = input.toAbsolutePath().normalize();
        return java.nio.file.Files.isDirectory(absolute) || absolute.getParent() == null ? absolute : absolute.getParent();
    }

    /** Inkstone's folder: {@code inkstone.home}, else the working folder. */
    static Path homeFolder() {
        String home = System.getProperty("inkstone.home");
        return home == null ? Path.of("").toAbsolutePath() : Path.of(home);
    }

    /**
     * The folders of the theme a build of {@code input} uses (given by {@code --theme}, else the default) and of
     * the themes it extends, those on disk (to watch them); empty for a bundled theme or one not found.
     */
    List<Path> themeFolders(Path input) {
        ThemeLoader loader = new ThemeLoader(homeFolder());
        return loader.folders(theme == null ? "default" : theme, theme == null ? null : documentFolder(input));
    }

    /** The options as typed values; a value that is not one is a usage error naming the option. */
    RequestedOptions requestedOptions() {
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
}
