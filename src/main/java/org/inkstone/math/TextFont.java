package org.inkstone.math;

import org.scilab.forge.jlatexmath.TeXFormula;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.Character.UnicodeBlock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The font jlatexmath uses for scripts it has no font of its own for: Chinese (and Japanese,
 * Korean, CJK punctuation) in {@code \text{面积}} or in the formula itself. jlatexmath looks such
 * fonts up by name, so the font is registered with the JVM's graphics environment (once per
 * version of the file and {@link TextFonts cache}; the JVM cannot forget a registered font) and named in jlatexmath's table of fonts by Unicode block.
 * <p>
 * jlatexmath's table is process-wide; {@link #applyTo} is called under {@link MathRenderer}'s
 * lock before each formula, so renderers with different fonts do not mix.
 */
final class TextFont {
    /** The blocks the font may serve, each with a character that tells whether it does. */
    private static final Map<UnicodeBlock, Character> BLOCKS = new LinkedHashMap<>();
    static {
        BLOCKS.put(UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS, '中');
        BLOCKS.put(UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A, '㐀');
        BLOCKS.put(UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS, '豈');
        BLOCKS.put(UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION, '。');
        BLOCKS.put(UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS, '，');
        BLOCKS.put(UnicodeBlock.GENERAL_PUNCTUATION, '“');
        BLOCKS.put(UnicodeBlock.HIRAGANA, 'あ');
        BLOCKS.put(UnicodeBlock.KATAKANA, 'ア');
        BLOCKS.put(UnicodeBlock.BOPOMOFO, 'ㄅ');
        BLOCKS.put(UnicodeBlock.HANGUL_SYLLABLES, '가');
    }

    private final String name;
    private final List<UnicodeBlock> blocks;

    private TextFont(String name, List<UnicodeBlock> blocks) {
        this.name = name;
        this.blocks = blocks;
    }

    /** The font in {@code trueType}, registered for the process; call under the renderer's lock. */
    static TextFont load(byte[] trueType) throws IOException, FontFormatException {
        Font font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(trueType));
        // false when a font of this name is already known (installed, or registered before): the name
        // then finds that font, which for the same name is the same design.
        GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
        List<UnicodeBlock> served = BLOCKS.entrySet().stream()
                .filter(e -> font.canDisplay(e.getValue())).map(Map.Entry::getKey).toList();
        return new TextFont(font.getFontName(java.util.Locale.ROOT), served);
    }

    /** Whether {@code tex} has a character from a block this class may serve (so the font is worth loading). */
    static boolean wanted(String tex) {
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c >= 0x2000 && BLOCKS.containsKey(UnicodeBlock.of(c))) return true;
        }
        return false;
    }

    /** Points jlatexmath's table at {@code font} for the blocks it serves; with null, at Java's default fonts. */
    static void applyTo(TextFont font) {
        for (UnicodeBlock block : BLOCKS.keySet()) {
            if (font != null && font.blocks.contains(block)) TeXFormula.registerExternalFont(block, font.name);
            else TeXFormula.registerExternalFont(block, null, null);
        }
    }

    String name() {
        return name;
    }
}
