package org.inkstone.render.epub;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** W3C EPUBCheck run through its Java API: counts of fatal errors, errors and warnings, and their text. */
public final class EpubCheckResult extends MasterReport {
    private final List<String> lines = new ArrayList<>();

    private EpubCheckResult() {}

    public static EpubCheckResult check(Path epub) {
        EpubCheckResult report = new EpubCheckResult();
        report.setEpubFileName(epub.toString());
        new EpubCheck(epub.toFile(), report).doValidate();
        return report;
    }

    @Override
    public void message(Message message, EPUBLocation location, Object... args) {
        Severity s = message.getSeverity();
        if (s == Severity.FATAL || s == Severity.ERROR || s == Severity.WARNING) {
            lines.add(s + " " + message.getID() + " " + message.getMessage(args) + " at " + location.path + ":" + location.line
                    + ":" + location.column + location.context.transform(c -> " (" + c + ")").or(""));
        }
    }

    @Override public void info(String resource, FeatureEnum feature, String value) { }
    @Override public int generate() { return 0; }
    @Override public void initialize() { }

    public boolean clean() {
        return getFatalErrorCount() == 0 && getErrorCount() == 0 && getWarningCount() == 0;
    }

    public String summary() {
        return getFatalErrorCount() + " fatal, " + getErrorCount() + " errors, " + getWarningCount() + " warnings"
                + (lines.isEmpty() ? "" : ":\n  " + String.join("\n  ", lines));
    }
}
