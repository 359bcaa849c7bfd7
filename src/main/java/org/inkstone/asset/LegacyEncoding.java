package org.inkstone.asset;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The encoding of a Chinese text file that is not UTF-8, as told by juniversalchardet (the Java
 * port of Mozilla's detector): GB18030 (which reads GBK and GB2312 too) or Big5. Any other answer,
 * or none, is not taken: the caller refuses the file. Kept apart from {@link SourceFile} so that
 * the detector's classes are loaded only for such a file, never for UTF-8 input.
 */
final class LegacyEncoding {
    /** What the detector may say, and the charset that reads it. */
    private static final Map<String, String> ACCEPTED = Map.of(
            "GB18030", "GB18030", "GBK", "GB18030", "GB2312", "GB18030", "HZ-GB-2312", "GB18030",
            "BIG5", "Big5-HKSCS", "BIG5-HKSCS", "Big5-HKSCS");

    private LegacyEncoding() {}

    /** The charset to read {@code bytes} with, or empty when the detector is not sure it is Chinese text. */
    static Optional<Charset> detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector(null);
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) return Optional.empty();
        String charset = ACCEPTED.get(name.toUpperCase(Locale.ROOT));
        return charset == null ? Optional.empty() : Optional.of(Charset.forName(charset));
    }

    /** The name a writer knows: GB18030, Big5. */
    static String displayName(Charset charset) {
        return charset.name().startsWith("Big5") ? "Big5" : charset.name();
    }
}
