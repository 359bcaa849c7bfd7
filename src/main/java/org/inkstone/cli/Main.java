package org.inkstone.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code inkstone}: the command-line entry point. */
@Command(name = "inkstone", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns Markdown (Obsidian/Typora style, Chinese first) into a web page, PDF, EPUB and WeChat HTML.",
        subcommands = {BuildCommand.class, ServeCommand.class, ThemesCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code: 0 success, 1 failed build, 2 wrong usage. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main()); // picocli: 2 on invalid input, 1 on an exception
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'inkstone build FILE.md'");
    }
}
