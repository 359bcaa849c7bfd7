package org.inkstone.serve;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/**
 * Opens the preview in the user's browser when there is a screen to show it on: {@code xdg-open} on
 * Linux with {@code DISPLAY} or {@code WAYLAND_DISPLAY} set, {@code open} on macOS, the desktop's
 * browser on Windows; nothing otherwise (a server, an SSH session, CI).
 */
public final class BrowserLauncher {
    private BrowserLauncher() {}

    /** True when opening was tried; false when there is no display. */
    public static boolean open(URI url) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        try {
            if (os.contains("mac")) {
                new ProcessBuilder("open", url.toString()).inheritIO().start();
                return true;
            }
            if (os.contains("win")) {
                if (!java.awt.GraphicsEnvironment.isHeadless() && java.awt.Desktop.isDesktopSupported()) {
                    java.awt.Desktop.getDesktop().browse(url);
                    return true;
                }
                return false;
            }
            boolean display = notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
            if (!display) return false;
            new ProcessBuilder("xdg-open", url.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
