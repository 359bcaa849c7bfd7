package org.inkstone.cli;

import java.io.PrintStream;

/**
 * One line on the terminal that says where a long build is ("reading chapters 12/33", "writing pdf"),
 * rewritten in place and cleared before the build's own messages.
 */
final class ProgressLine {
    private final PrintStream terminal;
    private boolean shown;

    ProgressLine(PrintStream terminal) {
        this.terminal = terminal;
    }

    synchronized void show(String step) {
        terminal.print("\r\033[K" + step);
        terminal.flush();
        shown = true;
    }

    synchronized void clear() {
        if (!shown) return;
        terminal.print("\r\033[K");
        terminal.flush();
        shown = false;
    }
}
