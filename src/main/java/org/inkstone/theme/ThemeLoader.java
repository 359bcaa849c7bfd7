package org.inkstone.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private static final List<String> OUTPUTS = List.of("html", "print", "epub", "wechat");
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
        Path base = dir.resolve("base.css");
        if (!Files.isRegularFile(base)) throw new ThemeException("theme folder " + dir + " has no base.css");
        try {
            Map<String, String> outputs = new HashMap<>();
            for (String o : OUTPUTS) {
                Path p = dir.resolve(o + ".css");
                if (Files.isRegularFile(p)) outputs.put(o, Files.readString(p));
            }
            Path props = dir.resolve("theme.properties");
            String properties = Files.isRegularFile(props) ? Files.readString(props) : "";
            return new Theme(dir.getFileName().toString(), parse(properties), Files.readString(base), outputs);
        } catch (IOException e) {
            throw new ThemeException("theme '" + name + "' cannot be read: " + e.getMessage());
        }
    }

    private Theme fromClasspath(String name) {
        Map<String, String> outputs = new HashMap<>();
        for (String o : OUTPUTS) {
            String css = resource("themes/" + name + "/" + o + ".css");
            if (css != null) outputs.put(o, css);
        }
        String props = resource("themes/" + name + "/theme.properties");
        return new Theme(name, parse(props == null ? "" : props), resource("themes/" + name + "/base.css"), outputs);
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
