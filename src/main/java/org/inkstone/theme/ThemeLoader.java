package org.inkstone.theme;

import org.inkstone.asset.FolderBoundary;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.font.FontFace;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds a theme by name: a folder path as given; then {@code themes/<name>/} beside the document, when
 * the caller names its folder; then {@code <home>/themes/<name>/}; then the themes bundled in the jar
 * (listed in {@value #INDEX}). Loaded once per build.
 *
 * <p>A theme whose {@code theme.properties} says {@code extends=NAME} inherits everything from that theme
 * (a bundled or home theme's name, or a folder path relative to the theme's folder): its properties (the
 * child's own win), its style sheets (for each output the parent's whole style sheet first, then the
 * child's {@code base.css} and the output's file, each of which may be absent) and its fonts (a child's
 * {@code fonts=} replaces the parent's; its files are looked for in the child's folder, then the parent's,
 * then {@code <home>/fonts/}). A child that changes {@code accent=} gets the parent's CSS in its accent.
 * Chains work; a cycle or a parent that is not found is a {@link ThemeException} naming the line.
 */
public final class ThemeLoader {
    /** The bundled themes' names, one a line ({@code #} starts a comment), in the order they are listed. */
    public static final String INDEX = "themes/index.txt";
    private static final List<String> OUTPUTS = List.of("html", "print", "epub", "wechat", "book-html", "book-print", "book-epub");
    /** The outputs {@link Theme#css} serves, and those {@link Theme#bookCss} serves. */
    private static final List<String> PAGE_OUTPUTS = List.of("html", "print", "epub", "wechat");
    private static final List<String> BOOK_OUTPUTS = List.of("html", "print", "epub");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern EXTENDS_LINE = Pattern.compile("\\s*extends\\s*[=:].*");
    private final Path home;

    /** @param home Inkstone's folder (holds {@code themes/}), or null to use the bundled themes only */
    public ThemeLoader(Path home) {
        this.home = home;
    }

    /** A theme {@code inkstone themes} lists: where it was found ("bundled", "home" or its folder), its one-line description and the theme it extends ("" for none). */
    public record Listed(String name, String where, String description, String extendsName) {}

    /** Where a theme's files are: a folder, or the jar's {@code themes/<name>/}. */
    private sealed interface Source permits Folder, Bundled {
        String name();

        /** The same theme reached by another path has the same key. */
        String key();

        /** Its theme.properties, for messages. */
        String propertiesFile();
    }

    private record Folder(Path dir) implements Source {
        public String name() {
            Path file = dir.toAbsolutePath().normalize().getFileName();
            return file == null ? dir.toString() : file.toString();
        }

        public String key() {
            try {
                return dir.toRealPath().toString();
            } catch (IOException e) {
                return dir.toAbsolutePath().normalize().toString();
            }
        }

        public String propertiesFile() {
            return dir.resolve("theme.properties").toString();
        }
    }

    private record Bundled(String name) implements Source {
        public String key() {
            return "bundled:" + name;
        }

        public String propertiesFile() {
            return "the bundled theme's themes/" + name + "/theme.properties";
        }
    }

    /** One theme's own files, before inheritance; {@code base} is null when it has no base.css, {@code dir} for a bundled one. */
    private record OwnFiles(String propertiesText, String base, Map<String, String> outputs, Path dir) {}

    /** A loaded theme and the folders its font files are looked for in, nearest first. */
    private record Loaded(Theme theme, List<Path> fontFolders) {}

    public Theme load(String nameOrPath) {
        return load(nameOrPath, null);
    }

    /**
     * The theme {@code nameOrPath} names: a folder path as given; then, for a plain name, {@code themes/<name>/}
     * in {@code documentFolder} (when not null), {@code <home>/themes/<name>/} and the bundled theme.
     *
     * @throws ThemeException when there is none, or it (or a theme it extends) cannot be read
     */
    public Theme load(String nameOrPath, Path documentFolder) {
        Source source = locate(nameOrPath, documentFolder).orElseThrow(() -> new ThemeException("unknown theme '"
                + nameOrPath + "'; available: " + String.join(", ", available())
                + (isName(nameOrPath) ? " (or a folder themes/" + nameOrPath + "/ beside the document, or the path of a theme folder)"
                : " (or the path of a theme folder)")));
        return load(source, List.of()).theme();
    }

    /**
     * True when {@code nameOrPath} is a plain name found nowhere yet: it can only be a {@code themes/<name>/}
     * folder beside a document, which each build looks for.
     */
    public boolean onlyBesideDocuments(String nameOrPath) {
        return isName(nameOrPath) && locate(nameOrPath, null).isEmpty();
    }

    /** True when {@code nameOrPath} names {@code themes/<name>/} in {@code documentFolder} (and no folder as given). */
    public boolean foundBeside(String nameOrPath, Path documentFolder) {
        return documentFolder != null && isName(nameOrPath) && !isThemeFolder(Path.of(nameOrPath))
                && isThemeFolder(documentFolder.resolve("themes").resolve(nameOrPath));
    }

    /**
     * The folders of the theme {@code load(nameOrPath, documentFolder)} finds and of the themes it extends,
     * nearest first, absolute; those bundled in the jar have none. Empty when the theme cannot be loaded.
     */
    public List<Path> folders(String nameOrPath, Path documentFolder) {
        try {
            return locate(nameOrPath, documentFolder).map(s -> load(s, List.of()).fontFolders()).orElse(List.of())
                    .stream().map(p -> p.toAbsolutePath().normalize()).toList();
        } catch (ThemeException e) {
            return List.of(); // the build reports it
        }
    }

    /** The names {@code load} finds without a document: the bundled themes and those in {@code <home>/themes/}, sorted. */
    public List<String> available() {
        TreeSet<String> names = new TreeSet<>(bundledNames());
        names.addAll(folderNames(home == null ? null : home.resolve("themes")));
        return List.copyOf(names);
    }

    /**
     * Every theme a document in {@code folder} can name: the bundled ones (in the index's order), those in
     * {@code <home>/themes/}, then those in {@code folder/themes/}; a name found in several places once, as
     * {@code load} finds it.
     */
    public List<Listed> list(Path folder) {
        List<String> bundled = bundledNames();
        List<String> names = new ArrayList<>(bundled);
        TreeSet<String> others = new TreeSet<>(folderNames(home == null ? null : home.resolve("themes")));
        others.addAll(folderNames(folder == null ? null : folder.resolve("themes")));
        others.removeAll(bundled);
        names.addAll(others);
        List<Listed> listed = new ArrayList<>();
        for (String name : names) {
            Optional<Source> found = locate(name, folder, false);
            if (found.isEmpty()) continue;
            Source source = found.get();
            String where = "bundled";
            if (source instanceof Folder f) {
                if (folder != null && f.key().equals(new Folder(folder.resolve("themes").resolve(name)).key())
                        && !(home != null && f.key().equals(new Folder(home.resolve("themes").resolve(name)).key()))) {
                    where = "themes/" + name + "/";
                } else if (!bundled.contains(name)) {
                    where = "home";
                }
            }
            try {
                Map<String, String> own = parse(read(source).propertiesText());
                listed.add(new Listed(name, where, own.getOrDefault("description", "").strip(), own.getOrDefault("extends", "").strip()));
            } catch (ThemeException e) {
                listed.add(new Listed(name, where, "(cannot be read: " + e.getMessage() + ")", ""));
            }
        }
        return listed;
    }

    private Optional<Source> locate(String nameOrPath, Path documentFolder) {
        return locate(nameOrPath, documentFolder, true);
    }

    /** Where {@code nameOrPath} is, looking in the order {@link #load(String, Path)} describes. */
    private Optional<Source> locate(String nameOrPath, Path documentFolder, boolean asPath) {
        if (nameOrPath.isBlank()) return Optional.empty();
        try {
            Path dir = Path.of(nameOrPath);
            // A plain name is a folder here only when that folder is a theme (a folder "academic/" of notes
            // beside the command does not hide the bundled theme); a path is taken as given.
            if (asPath && (isName(nameOrPath) ? isThemeFolder(dir) : Files.isDirectory(dir))) return Optional.of(new Folder(dir));
            if (!isName(nameOrPath)) {
                Path installed = home == null ? null : home.resolve("themes").resolve(nameOrPath);
                return installed != null && Files.isDirectory(installed) ? Optional.of(new Folder(installed)) : Optional.empty();
            }
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (documentFolder != null && isThemeFolder(documentFolder.resolve("themes").resolve(nameOrPath))) {
            return Optional.of(new Folder(documentFolder.resolve("themes").resolve(nameOrPath)));
        }
        return named(nameOrPath).stream().findFirst();
    }

    /** The places a plain name is found after a document's folder: {@code <home>/themes/<name>/}, then the bundled theme. */
    private List<Source> named(String name) {
        List<Source> found = new ArrayList<>();
        if (home != null && Files.isDirectory(home.resolve("themes").resolve(name))) found.add(new Folder(home.resolve("themes").resolve(name)));
        if (bundledExists(name)) found.add(new Bundled(name));
        return found;
    }

    private static boolean isName(String nameOrPath) {
        return NAME.matcher(nameOrPath).matches();
    }

    private static boolean isThemeFolder(Path dir) {
        return Files.isRegularFile(dir.resolve("theme.properties")) || Files.isRegularFile(dir.resolve("base.css"));
    }

    private static boolean bundledExists(String name) {
        return resource("themes/" + name + "/theme.properties") != null || resource("themes/" + name + "/base.css") != null;
    }

    /** The names in the bundled index whose theme is in the jar. */
    static List<String> bundledNames() {
        String index = resource(INDEX);
        if (index == null) return bundledExists("default") ? List.of("default") : List.of();
        return index.lines().map(l -> l.replaceAll("#.*", "").strip()).filter(l -> isName(l) && bundledExists(l)).distinct().toList();
    }

    private static List<String> folderNames(Path themes) {
        if (themes == null || !Files.isDirectory(themes)) return List.of();
        try (Stream<Path> s = Files.list(themes)) {
            return s.filter(ThemeLoader::isThemeFolder).map(p -> p.getFileName().toString()).filter(ThemeLoader::isName).sorted().toList();
        } catch (IOException e) {
            return List.of(); // listing is only for messages and the themes command
        }
    }

    /**
     * The theme at {@code source} with everything it inherits.
     *
     * @param below the themes that extend this one, nearest last (to find a cycle)
     */
    private Loaded load(Source source, List<Source> below) {
        OwnFiles files = read(source);
        Map<String, String> own = parse(files.propertiesText());
        String parentName = own.getOrDefault("extends", "").strip();
        List<Path> folders = files.dir() == null ? List.of() : List.of(files.dir());
        if (parentName.isEmpty()) {
            if (files.base() == null) {
                throw new ThemeException("theme folder " + files.dir() + " has no base.css (a theme that extends another"
                        + " may leave it out: write extends=default in its theme.properties)");
            }
            Theme theme = new Theme(source.name(), own, files.base(), files.outputs(), fonts(own, files.dir()),
                    printFallbackFonts(own, files.dir()));
            return new Loaded(theme, folders);
        }
        List<Source> chain = new ArrayList<>(below);
        chain.add(source);
        Source parentSource = parent(parentName, source).orElseThrow(() -> new ThemeException(where(source, files)
                + ": extends=" + parentName + " names no theme; write extends= a bundled theme (" + String.join(", ", available())
                + "), or the path of a theme folder relative to this theme's folder (extends=../other)"));
        for (Source s : chain) {
            if (s.key().equals(parentSource.key())) {
                String cycle = Stream.concat(chain.subList(chain.indexOf(s), chain.size()).stream(), Stream.of(parentSource))
                        .map(Source::name).collect(Collectors.joining(" → "));
                throw new ThemeException(where(source, files) + ": extends=" + parentName + " makes a cycle (" + cycle
                        + "); one of these themes must extend another, such as extends=default, or none");
            }
        }
        Loaded parent = load(parentSource, chain);
        return new Loaded(inherit(source, files, own, parent), concat(folders, parent.fontFolders()));
    }

    /** The theme at {@code source} on top of its parent. */
    private Theme inherit(Source source, OwnFiles files, Map<String, String> own, Loaded parent) {
        Theme p = parent.theme();
        Diagnostics unused = new Diagnostics(source.propertiesFile()); // a bad colour is reported when a build resolves them
        String parentAccent = ThemeColours.of(p, null, unused).accent();
        Optional<String> ownAccent = Colour.parse(own.getOrDefault("accent", "").strip()).map(Colour::hex);
        if (ownAccent.isEmpty() && !own.containsKey("accent")) ownAccent = ThemeColours.declaredAccent(files.base());
        String accent = ownAccent.orElse(parentAccent);
        ThemeColours recolour = accent.equals(parentAccent) ? null : ThemeColours.of(p, new Colour(accent), unused);

        Map<String, String> inherited = new HashMap<>();
        for (String o : PAGE_OUTPUTS) inherited.put(o, recoloured(recolour, p.css(o)));
        for (String o : BOOK_OUTPUTS) inherited.put("book-" + o, recoloured(recolour, p.bookCss(o)));

        Map<String, String> properties = new LinkedHashMap<>(p.properties());
        properties.putAll(own);
        if (ownAccent.isPresent() || !own.containsKey("accent")) properties.put("accent", accent);
        String tints = Stream.of(recoloured(recolour, p.properties().getOrDefault("accent-tints", "")), own.getOrDefault("accent-tints", ""))
                .map(String::strip).filter(t -> !t.isEmpty()).collect(Collectors.joining(", "));
        if (tints.isEmpty()) properties.remove("accent-tints");
        else properties.put("accent-tints", tints);

        List<Path> fontFolders = concat(files.dir() == null ? List.of() : List.of(files.dir()), parent.fontFolders());
        List<FontFace> fonts = own.getOrDefault("fonts", "").isBlank() ? p.fonts() : faces("fonts", own.get("fonts").strip(), fontFolders);
        String fallbackKey = "print-fallback-fonts";
        List<FontFace> fallback = own.containsKey(fallbackKey) ? faces(fallbackKey, own.get(fallbackKey).strip(), fontFolders)
                : p.printFallbackFonts();
        return new Theme(source.name(), properties, files.base() == null ? "" : files.base(), files.outputs(), fonts, fallback, inherited);
    }

    private static String recoloured(ThemeColours colours, String css) {
        return colours == null || css.isEmpty() ? css : colours.css(css);
    }

    /**
     * The theme {@code extends=value} names: a folder path relative to the child's folder; else a plain name in
     * {@code <home>/themes/}, then bundled, but never the child itself (so {@code themes/default/} with
     * {@code extends=default} extends the bundled default).
     */
    private Optional<Source> parent(String value, Source child) {
        if (child instanceof Folder folder) {
            try {
                Path relative = folder.dir().resolve(value).normalize();
                if (Files.isDirectory(relative)) return Optional.of(new Folder(relative)); // itself (extends=.) is a cycle
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
        }
        if (!isName(value)) return Optional.empty();
        return named(value).stream().filter(s -> !s.key().equals(child.key())).findFirst();
    }

    /** "…/theme.properties line 3" for the line of {@code extends=}. */
    private static String where(Source source, OwnFiles files) {
        List<String> lines = files.propertiesText().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (EXTENDS_LINE.matcher(lines.get(i)).matches()) return source.propertiesFile() + " line " + (i + 1);
        }
        return source.propertiesFile();
    }

    private static <T> List<T> concat(List<T> first, List<T> then) {
        List<T> all = new ArrayList<>(first);
        all.addAll(then);
        return List.copyOf(all);
    }

    /** A theme's own files: from its folder (each inside it by real path), or from the jar. */
    private OwnFiles read(Source source) {
        if (source instanceof Bundled bundled) {
            String prefix = "themes/" + bundled.name() + "/";
            Map<String, String> outputs = new HashMap<>();
            for (String o : OUTPUTS) {
                String css = resource(prefix + o + ".css");
                if (css != null) outputs.put(o, css);
            }
            String props = resource(prefix + "theme.properties");
            return new OwnFiles(props == null ? "" : props, resource(prefix + "base.css"), outputs, null);
        }
        Path dir = ((Folder) source).dir();
        FolderBoundary boundary = new FolderBoundary(dir);
        try {
            Map<String, String> outputs = new HashMap<>();
            for (String o : OUTPUTS) {
                Path p = themeFile(boundary, o + ".css");
                if (p != null) outputs.put(o, Files.readString(p));
            }
            Path props = themeFile(boundary, "theme.properties");
            Path base = themeFile(boundary, "base.css");
            return new OwnFiles(props != null ? Files.readString(props) : "", base != null ? Files.readString(base) : null, outputs, dir);
        } catch (IOException e) {
            throw new ThemeException("theme '" + source.name() + "' cannot be read: " + e.getMessage());
        }
    }

    /** The real path of a theme folder's file, null when there is none; a link out of the folder is refused. */
    private static Path themeFile(FolderBoundary boundary, String name) {
        Path real = confined(boundary, boundary.folder().resolve(name), "theme file '" + name + "'", "the theme folder");
        return real != null && Files.isRegularFile(real) ? real : null;
    }

    /**
     * The real path of {@code file} when it exists inside the boundary's folder (by name and by real
     * path), null when there is nothing there.
     *
     * @throws ThemeException when the name or a link leads out of the folder, or it cannot be resolved
     */
    private static Path confined(FolderBoundary boundary, Path file, String what, String folderName) {
        FolderBoundary.Place place = boundary.locate(file);
        if (place instanceof FolderBoundary.Inside inside) return inside.real();
        if (place instanceof FolderBoundary.Missing) return null;
        if (place instanceof FolderBoundary.OutsideByName) {
            throw new ThemeException(what + " lies outside " + folderName + " (" + boundary.folder()
                    + "); copy the file into the folder and name it from there");
        }
        if (place instanceof FolderBoundary.OutsideByLink link) {
            throw new ThemeException(what + " is a link to a file outside " + folderName + " (" + link.real()
                    + "); copy the file into the folder (" + boundary.folder() + ")");
        }
        FolderBoundary.Unreadable unreadable = (FolderBoundary.Unreadable) place;
        throw new ThemeException(what + " cannot be read: " + unreadable.error().getMessage());
    }

    /**
     * The faces named by {@code fonts=Family|weight|file, …} (weight 400 or 700, optionally
     * followed by {@code italic}; a {@code .ttc} file may name its member as {@code file#Member}).
     * A file is looked for in the theme folder, then in {@code <home>/fonts/}. A theme folder without
     * {@code fonts=} (that extends no other) uses the bundled default theme's faces.
     */
    List<FontFace> fonts(Map<String, String> props, Path themeDir) {
        String spec = props.getOrDefault("fonts", "").strip();
        if (spec.isEmpty() && themeDir != null) spec = bundled("fonts");
        return faces("fonts", spec, themeDir == null ? List.of() : List.of(themeDir));
    }

    /**
     * The faces of {@code print-fallback-fonts=}, in the form {@code fonts=} takes. A theme folder
     * without the key gets the bundled default theme's (the PDF adds them to every font list
     * itself, so a theme's CSS need not name them); {@code print-fallback-fonts=} with no value turns them off.
     */
    List<FontFace> printFallbackFonts(Map<String, String> props, Path themeDir) {
        String key = "print-fallback-fonts";
        if (props.containsKey(key) || themeDir == null) {
            return faces(key, props.getOrDefault(key, "").strip(), themeDir == null ? List.of() : List.of(themeDir));
        }
        return faces(key, bundled(key), List.of());
    }

    private List<FontFace> faces(String key, String spec, List<Path> themeDirs) {
        if (spec.isEmpty()) return List.of();
        List<FontFace> faces = new ArrayList<>();
        for (String entry : spec.split(",")) {
            String[] parts = entry.strip().split("\\|");
            if (parts.length < 3 || !parts[1].strip().matches("[1-9]00")) {
                throw new ThemeException("theme.properties: " + key + " entry '" + entry.strip()
                        + "' must be Family|weight|file.ttf (for example LXGW WenKai|400|LXGWWenKai-Regular.ttf)");
            }
            boolean italic = parts.length > 3 && parts[3].strip().equalsIgnoreCase("italic");
            String file = parts[2].strip();
            String member = "";
            int hash = file.indexOf('#');
            if (hash >= 0) {
                member = file.substring(hash + 1);
                file = file.substring(0, hash);
            }
            faces.add(new FontFace(parts[0].strip(), Integer.parseInt(parts[1].strip()), italic, fontPath(themeDirs, file), member));
        }
        return faces;
    }

    /** The bundled default theme's value of a font property (its files are in {@code <home>/fonts/}). */
    private static String bundled(String key) {
        String props = resource("themes/default/theme.properties");
        return props == null ? "" : parse(props).getOrDefault(key, "").strip();
    }

    /**
     * A font file in the theme's folder, then in the folders of the themes it extends, else in
     * {@code <home>/fonts/}; either way it must stay inside that folder, by name and by real path (a link
     * out of it is refused). The path keeps the name given (a {@code .ttc} is known by its name); a missing
     * file is reported when the font is loaded. An absolute path names its file on purpose, as
     * {@code --theme} names a folder, and is taken as it is.
     */
    private Path fontPath(List<Path> themeDirs, String file) {
        if (Path.of(file).isAbsolute()) return Path.of(file).normalize();
        String what = "font file '" + file + "'";
        for (Path themeDir : themeDirs) {
            FolderBoundary theme = new FolderBoundary(themeDir);
            Path inTheme = theme.folder().resolve(file).normalize();
            if (confined(theme, inTheme, what, "the theme folder") != null) return inTheme;
        }
        FolderBoundary fonts = new FolderBoundary((home != null ? home : Path.of("")).resolve("fonts"));
        Path inFonts = fonts.folder().resolve(file).normalize();
        confined(fonts, inFonts, what, "the fonts folder");
        return inFonts;
    }

    private static Map<String, String> parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new ThemeException("theme.properties cannot be read: " + e.getMessage());
        }
        Map<String, String> out = new HashMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = ThemeLoader.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
