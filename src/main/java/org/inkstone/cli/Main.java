package org.inkstone.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** {@code inkstone}: the command-line entry point. */
@Command(name = "inkstone", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns Markdown (Obsidian/Typora style, Chinese first) into a web page, PDF, EPUB and WeChat HTML.")
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The subcommands by name, in the order the help lists them (each names itself in its {@code @Command}). */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("build", BuildCommand::new);
        COMMANDS.put("serve", ServeCommand::new);
        COMMANDS.put("themes", ThemesCommand::new);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code: 0 success, 1 failed build, 2 wrong usage. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main()); // picocli: 2 on invalid input, 1 on an exception
        // Building a command's model reads all its option annotations (a tenth of a cold run's start): a command line
        // that names its subcommand first gets that one alone; anything else (help, a typo, options first) gets all.
        Supplier<Object> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
        if (named != null) {
            cli.addSubcommand(named.get());
        } else {
            COMMANDS.values().forEach(command -> cli.addSubcommand(command.get()));
            cli.addSubcommand(new CommandLine.HelpCommand());
        }
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'inkstone build FILE.md'");
    }
}
