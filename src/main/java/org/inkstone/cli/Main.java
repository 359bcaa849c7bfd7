package org.inkstone.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code inkstone}: the command-line entry point. */
@Command(name = "inkstone", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns Markdown (Obsidian/Typora style, Chinese first) into a web page, PDF, EPUB and WeChat HTML.")
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code: 0 success, 1 failed build, 2 wrong usage. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main()); // picocli: 2 on invalid input, 1 on an exception
        // Building a command's model reads all its option annotations (a tenth of a cold run's start): a command line
        // that names its subcommand first gets that one alone; anything else (help, a typo, options first) gets all.
        String named = args.length > 0 ? args[0] : "";
        switch (named) {
            case "build" -> cli.addSubcommand(new BuildCommand());
            case "serve" -> cli.addSubcommand(new ServeCommand());
            case "themes" -> cli.addSubcommand(new ThemesCommand());
            default -> {
                cli.addSubcommand(new BuildCommand());
                cli.addSubcommand(new ServeCommand());
                cli.addSubcommand(new ThemesCommand());
                cli.addSubcommand(new CommandLine.HelpCommand());
            }
        }
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'inkstone build FILE.md'");
    }
}
