package org.inkstone.render.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.inkstone.diagnostic.Diagnostics;

import java.util.function.Consumer;
import java.util.logging.Level;

/**
 * OpenHTMLtoPDF's log: nothing reaches the console (it would log every font and image it loads
 * through java.util.logging), and its warnings about the document reach the build's diagnostics.
 * Messages about the theme's CSS (properties it does not know) are the theme author's business,
 * not the writer's, and are left out.
 */
final class LibraryLog {
    private LibraryLog() {}

    private static final XRLogger SILENT = new XRLogger() {
        @Override public void log(String where, Level level, String msg) {}
        @Override public void log(String where, Level level, String msg, Throwable th) {}
        @Override public void setLevel(String logger, Level level) {}
        @Override public boolean isLogLevelEnabled(Diagnostic diagnostic) { return false; }
    };

    /** Called before each render: cheap and idempotent. */
    static void silenceConsole() {
        if (XRLog.getLoggerImpl() != SILENT) XRLog.setLoggerImpl(SILENT);
        XRLog.setLoggingEnabled(true);
    }

    /** Warnings and errors that concern the document, as build warnings (each distinct message once). */
    static Consumer<Diagnostic> into(Diagnostics diagnostics) {
        return d -> {
            if (d.getLevel().intValue() < Level.WARNING.intValue()) return;
            String id = String.valueOf(d.getLogMessageId());
            if (id.startsWith("CSS_PARSE") || id.startsWith("CASCADE") || id.startsWith("MATCH")) return;
            // reported by the renderer itself, with the image and its line
            if (id.equals("GENERAL_PDF_ACCESSIBILITY_NO_ALT_ATTRIBUTE_PROVIDED_FOR_IMAGE")) return;
            // the writer unlinks a #fragment that goes nowhere, with a warning at its line (LinkTargets)
            if (id.equals("GENERAL_PDF_COULD_NOT_FIND_VALID_TARGET_FOR_LINK")) return;
            String message = d.getFormattedMessage();
            if (d.getError() != null && d.getError().getMessage() != null) message += " (" + d.getError().getMessage() + ")";
            diagnostics.warn(0, "PDF: " + message);
        };
    }
}
