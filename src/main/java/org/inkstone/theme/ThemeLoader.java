package org.inkstone.theme;

import org.inkstone.asset.FolderBoundary;
import org.inkstone.font.FontFace;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds a theme by name: a folder path as given, then {@code <home>/themes/<name>/}, then the
 * themes bundled in the jar. Loaded once per build.
 */
public final class ThemeLoader {
    private static final List<String> OUTPUTS = List.of("html", "print", "epub", "wechat", "book-html", "book-print", "book-epub");
    private final Path home;

    /** @param home Inkstone's folder (holds {@code themes/}), or null to use the bundled themes only */
    public ThemeLoader(Path home) {
        this.home = home;
    }

    public Theme load(String nameOrPath) {
        Path dir = Path.of(nameOrPath);
        if (!Files.isDirectory(dir) && home != null) dir = home.resolve("themes").resolve(nameOrPath);
        if (Files.isDirectory(dir)) return fromFolder(nameOrPath, dir);
        if (nameOrPath.matches("[A-Za-z0-9_-]+") && resource("themes/" + nameOrPath + "/base.css") != null) {
            return fromClasspath(nameOrPath);
        }
        throw new ThemeException("unknown theme '" + nameOrPath + "'; available: " + String.join(", ", available())
                + " (or give the path of a theme folder)");
    }

    public List<String> available() {
        TreeSet<String> names = new TreeSet<>();
        if (home != null && Files.isDirectory(home.resolve("themes"))) {
            try (Stream<Path> s = Files.list(home.resolve("themes"))) {
                s.filter(p -> Files.isRegularFile(p.resolve("base.css"))).forEach(p -> names.add(p.getFileName().toString()));
            } catch (IOException ignored) {
                // listing is only for the message
            }
        }
        if (resource("themes/default/base.css") != null) names.add("default");
        return List.copyOf(names);
    }

    private Theme fromFolder(String name, Path dir) {
        FolderBoundary boundary = new FolderBoundary(dir);
        Path base = themeFile(boundary, "base.css");
        if (base == null) throw new ThemeException("theme folder " + dir + " has no base.css");
        try {
            Map<String, String> outputs = new HashMap<>();
            for (String o : OUTPUTS) {
                Path p = themeFile(boundary, o + ".css");
                if (p != null) outputs.put(o, Files.readString(p));
            }
            Path props = themeFile(boundary, "theme.properties");
            String properties = props != null ? Files.readString(props) : "";
            Map<String, String> values = parse(properties);
            return new Theme(dir.getFileName().toString(), values, Files.readString(base), outputs, fonts(values, dir),
                    printFallbackFonts(values, dir));
        } catch (IOException e) {
            throw new ThemeException("theme '" + name + "' cannot be read: " + e.getMessage());
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

    private Theme fromClasspath(String name) {
        Map<String, String> outputs = new HashMap<>();
        for (String o : OUTPUTS) {
            String css = resource("themes/" + name + "/" + o + ".css");
            if (css != null) outputs.put(o, css);
        }
        String props = resource("themes/" + name + "/theme.properties");
        Map<String, String> properties = parse(props == null ? "" : props);
        return new Theme(name, properties, resource("themes/" + name + "/base.css"), outputs, fonts(properties, null),
                printFallbackFonts(properties, null));
    }

    /**
     * The faces named by {@code fonts=Family|weight|file, …} (weight 400 or 700, optionally
     * followed by {@code italic}; a {@code .ttc} file may name its member as {@code file#Member}).
     * A file is looked for in the theme folder, then in {@code <home>/fonts/}. A theme folder without
     * {@code fonts=} uses the bundled default theme's faces.
     */
    List<FontFace> fonts(Map<String, String> props, Path themeDir) {
        String spec = props.getOrDefault("fonts", "").strip();
        if (spec.isEmpty() && themeDir != null) spec = bundled("fonts");
        return faces("fonts", spec, themeDir);
    }

    /**
     * The faces of {@code print-fallback-fonts=}, in the form {@code fonts=} takes. A theme folder
     * without the key gets the bundled default theme's (the PDF adds them to every font list
     * itself, so a theme's CSS need not name them); {@code print-fallback-fonts=} with no value turns them off.
     */
    List<FontFace> printFallbackFonts(Map<String, String> props, Path themeDir) {
        String key = "print-fallback-fonts";
        if (props.containsKey(key) || themeDir == null) return faces(key, props.getOrDefault(key, "").strip(), themeDir);
        return faces(key, bundled(key), null);
    }

    private List<FontFace> faces(String key, String spec, Path themeDir) {
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
            faces.add(new FontFace(parts[0].strip(), Integer.parseInt(parts[1].strip()), italic, fontPath(themeDir, file), member));
        }
        return faces;
    }

    /** The bundled default theme's value of a font property (its files are in {@code <home>/fonts/}). */
    private static String bundled(String key) {
        String props = resource("themes/default/theme.properties");
        return props == null ? "" : parse(props).getOrDefault(key, "").strip();
    }

    /**
     * A font file in the theme folder, else in {@code <home>/fonts/}; either way it must stay inside
     * that folder, by name and by real path (a link out of it is refused). The path keeps the name
     * given (a {@code .ttc} is known by its name); a missing file is reported when the font is loaded.
     * An absolute path names its file on purpose, as {@code --theme} names a folder, and is taken as it is.
     */
    private Path fontPath(Path themeDir, String file) {
        if (Path.of(file).isAbsolute()) return Path.of(file).normalize();
        String what = "font file '" + file + "'";
        if (themeDir != null) {
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
        } catch (IOException e) {
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
