package org.inkstone.cli;

import org.inkstone.serve.BrowserLauncher;
import org.inkstone.serve.PreviewServer;
import org.inkstone.theme.ThemeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** {@code inkstone serve INPUT|BOOK_DIR [--port 8000] [--host 127.0.0.1] [--no-open] [build options]}. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Live preview: build INPUT into every format, serve it on http://127.0.0.1:PORT/ and rebuild on each save.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped with Ctrl-C", "1:the server could not start (the message says why)", "2:wrong usage"})
final class ServeCommand implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT", description = "A Markdown file, or a book folder (holding book.yaml and/or SUMMARY.md).")
    Path input;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8000",
            description = "Port to listen on; 0 = any free port (the chosen one is printed). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to bind. Default: ${DEFAULT-VALUE} (this machine only).")
    String host;

    @Option(names = "--no-open", description = "Do not open the browser (it is opened only when there is a display).")
    boolean noOpen;

    @CommandLine.Mixin
    BuildOptions build;

    /** Counted down to stop (tests); Ctrl-C stops through the shutdown hook. */
    final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (port < 0 || port > 65535) throw new CommandLine.ParameterException(spec.commandLine(), "--port takes 0..65535");
        build.requestedOptions(); // a wrong option value is a usage error before the server starts
        try {
            build.checkTheme(List.of(input));
        } catch (ThemeException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        List<Path> watched = new ArrayList<>(build.themeFolders(input));
        PreviewServer.Settings settings = PreviewServer.Settings.of(input, port, build::applyTo, System.err)
                .withHost(host).withWatched(watched).withAssets(build.assetPolicy());
        PreviewServer server;
        try {
            server = PreviewServer.start(settings);
        } catch (BindException e) {
            err.println(host + ":" + port + " is in use; pass another --port, or --port 0 for any free port");
            err.flush();
            return 1;
        } catch (ThemeException | IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        } catch (IOException e) {
            err.println("serve: " + e.getMessage());
            err.flush();
            return 1;
        }
        out.println("Serving " + input + " at " + server.url() + " (Ctrl-C stops)");
        out.flush();
        Thread hook = new Thread(() -> stopServer(server), "inkstone-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        if (!noOpen && !BrowserLauncher.open(server.url())) out.println("(no display: open the address in a browser)");
        out.flush();
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().removeShutdownHook(hook);
        stopServer(server);
        return 0;
    }

    private static void stopServer(PreviewServer server) {
        try {
            server.close();
        } catch (IOException e) {
            System.err.println("serve: could not delete the preview's build folder: " + e.getMessage());
        }
    }
}
