package org.inkstone.render.pdf;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Work OpenHTMLtoPDF does at the start of every process, done in the background while the input is
 * read: its font resolver builds the 14 standard PDF fonts (parsing their metrics files; they are
 * never drawn, but it creates them all), and its CSS tables are initialised. About a quarter of a
 * second of a cold run's critical path. Runs in the font loading thread after the fonts, once per
 * process; failures are ignored (the render does the same work again and reports any problem).
 */
final class LibraryWarmUp {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private LibraryWarmUp() {}

    static void run() {
        if (!STARTED.compareAndSet(false, true)) return;
        try {
            NoSystemFonts.install();
            for (Standard14Fonts.FontName name : Standard14Fonts.FontName.values()) new PDType1Font(name);
            Class.forName("com.openhtmltopdf.css.constants.CSSName");
            Class.forName("com.openhtmltopdf.css.constants.IdentValue");
            Class.forName("com.openhtmltopdf.css.parser.CSSParser");
        } catch (Throwable ignored) {
            // only a head start; the render itself does the same work
        }
    }
}
