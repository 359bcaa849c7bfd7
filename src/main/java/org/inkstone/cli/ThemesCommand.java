package org.inkstone.cli;

import org.inkstone.theme.StarterTheme;
import org.inkstone.theme.ThemeException;
import org.inkstone.theme.ThemeLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code inkstone themes}: lists the themes a document in the folder can use, one a line with its
 * description; {@code inkstone themes --new NAME [--from THEME]} writes a starter theme {@code themes/NAME/}
 * that extends another ({@link StarterTheme}).
 */
@Command(name = "themes", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "List the themes (bundled, installed, and those in themes/ of the current folder),"
                + " or start your own with --new.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed, or the new theme was written", "1:the theme folder exists or cannot be written", "2:wrong usage"})
final class ThemesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--new", paramLabel = "NAME",
            description = "Write a starter theme themes/NAME/ that extends --from, so you change only what differs.")
    String newName;

    @Option(names = "--from", paramLabel = "THEME",
            description = "With --new: the theme it extends (a theme's name or a theme folder). Default: default.")
    String from;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = ".",
            description = "The folder whose themes/ is listed and written to: your documents' folder. Default: the current folder.")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ThemeLoader loader = new ThemeLoader(BuildOptions.homeFolder());
        if (newName == null) {
            if (from != null) throw usage("--from goes with --new NAME");
            for (String line : listing(loader.list(dir.toAbsolutePath().normalize()))) out.println(line);
            out.println();
            out.println("Use one: inkstone build FILE.md --theme NAME. Start your own: inkstone themes --new NAME");
            out.flush();
            return 0;
        }
        if (!newName.matches("[A-Za-z0-9_-]+")) {
            throw usage("--new takes a name of letters, digits, - and _ (it names the folder themes/" + newName + "/); not '" + newName + "'");
        }
        String parent = from == null ? "default" : from;
        Path folder = dir.toAbsolutePath().normalize();
        try {
            loader.load(parent, folder);
        } catch (ThemeException e) {
            throw usage("--from: " + e.getMessage());
        }
        Path target = folder.resolve("themes").resolve(newName);
        if (Files.exists(target)) {
            err.println(BuildCommand.display(target) + "/ already exists; choose another name, or remove that folder first (nothing was written)");
            err.flush();
            return 1;
        }
        String parentName = Path.of(parent).getFileName() == null ? parent : Path.of(parent).getFileName().toString();
        try {
            Files.createDirectories(target);
            for (Map.Entry<String, String> file : StarterTheme.files(newName, extendsValue(loader, parent, folder, target), parentName).entrySet()) {
                Path written = target.resolve(file.getKey());
                Files.writeString(written, file.getValue(), StandardCharsets.UTF_8);
                out.println("wrote " + BuildCommand.display(written));
            }
        } catch (IOException e) {
            err.println(BuildCommand.display(target) + ": cannot write the theme (" + e.getMessage() + ")");
            err.flush();
            return 1;
        }
        Path cwd = Path.of("").toAbsolutePath();
        String file = folder.equals(cwd) ? "FILE.md" : BuildCommand.display(folder.resolve("FILE.md"));
        out.println("Edit them, then try it on a document in " + (folder.equals(cwd) ? "this folder" : BuildCommand.display(folder)) + ":");
        out.println("  inkstone build " + file + " --theme " + newName + " --to html,pdf,epub,wechat");
        out.flush();
        return 0;
    }

    /**
     * What the new theme's {@code extends=} says so that it finds {@code parent} from its own folder: a
     * bundled or home theme by name; a sibling in the same {@code themes/} as {@code ../NAME}; a folder by its
     * path relative to the new one.
     */
    private static String extendsValue(ThemeLoader loader, String parent, Path folder, Path target) {
        Path asGiven = Path.of(parent);
        if (Files.isDirectory(asGiven)) return target.relativize(asGiven.toAbsolutePath().normalize()).toString().replace('\\', '/');
        if (loader.foundBeside(parent, folder)) return "../" + parent;
        return parent;
    }

    /** The themes in aligned columns: name, where it is, description (and what it extends). */
    static List<String> listing(List<ThemeLoader.Listed> themes) {
        int nameWidth = themes.stream().mapToInt(t -> t.name().length()).max().orElse(0);
        int whereWidth = themes.stream().mapToInt(t -> t.where().length()).max().orElse(0);
        return themes.stream().map(t -> {
            String description = t.description().isEmpty() ? "(no description= in its theme.properties)" : t.description();
            if (!t.extendsName().isEmpty()) description += " [extends " + t.extendsName() + "]";
            return String.format("%-" + nameWidth + "s  %-" + whereWidth + "s  %s", t.name(), t.where(), description);
        }).toList();
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

}
