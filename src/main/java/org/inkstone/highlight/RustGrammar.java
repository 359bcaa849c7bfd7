package org.inkstone.highlight;

import io.noties.prism4j.Prism4j;

import static io.noties.prism4j.Prism4j.grammar;
import static io.noties.prism4j.Prism4j.pattern;
import static io.noties.prism4j.Prism4j.token;
import static java.util.regex.Pattern.compile;

/** Rust — prism4j has none; after Prism.js's rust grammar, without nested block comments. */
final class RustGrammar {
    private RustGrammar() {}

    static Prism4j.Grammar create(Prism4j prism4j) {
        return grammar("rust",
                token("comment",
                        pattern(compile("(^|[^\\\\])\\/\\*[\\s\\S]*?\\*\\/"), true, true),
                        pattern(compile("(^|[^\\\\:])\\/\\/.*"), true, true)),
                token("string",
                        pattern(compile("b?r(#*)\"(?:[^\"]|\"(?!\\1))*\"\\1"), false, true),
                        pattern(compile("b?\"(?:\\\\[\\s\\S]|[^\\\\\"])*\""), false, true)),
                token("char", pattern(compile("b?'(?:\\\\(?:x[0-7][\\da-fA-F]|u\\{(?:[\\da-fA-F]_*){1,6}\\}|.)|[^\\\\\\r\\n\\t'])'"),
                        false, true, "string")),
                token("attribute", pattern(compile("#!?\\[(?:[^\\[\\]\"]|\"(?:\\\\[\\s\\S]|[^\\\\\"])*\")*\\]"), false, true,
                        "attr-name")),
                token("lifetime-annotation", pattern(compile("'\\w+"), false, false, "symbol")),
                token("keyword", pattern(compile("\\b(?:Self|abstract|as|async|await|become|box|break|const|continue"
                        + "|crate|do|dyn|else|enum|extern|final|fn|for|if|impl|in|let|loop|macro|match|mod|move|mut"
                        + "|override|priv|pub|ref|return|self|static|struct|super|trait|try|type|typeof|union|unsafe"
                        + "|unsized|use|virtual|where|while|yield)\\b"))),
                token("builtin", pattern(compile("\\b(?:bool|char|f32|f64|i8|i16|i32|i64|i128|isize|str|String|u8|u16"
                        + "|u32|u64|u128|usize|Vec|Option|Result|Box|Some|None|Ok|Err)\\b"), false, false, "class-name")),
                token("macro", pattern(compile("\\b\\w+!"), false, false, "property")),
                token("function", pattern(compile("\\b[a-z_]\\w*(?=\\s*(?:::\\s*<|\\())"))),
                token("class-name", pattern(compile("\\b[A-Z]\\w*\\b"))),
                token("number", pattern(compile("\\b(?:0x[\\dA-Fa-f](?:_?[\\dA-Fa-f])*|0o[0-7](?:_?[0-7])*|0b[01](?:_?[01])*"
                        + "|(?:\\d(?:_?\\d)*)?\\.?\\d(?:_?\\d)*(?:[Ee][+-]?\\d+)?)(?:_?(?:[iu](?:8|16|32|64|size)?|f32|f64))?\\b"))),
                token("boolean", pattern(compile("\\b(?:false|true)\\b"))),
                token("operator", pattern(compile("[-+*\\/%!^]=?|=[=>]?|&[&=]?|\\|[|=]?|<<?=?|>>?=?|[@?]"))),
                token("punctuation", pattern(compile("->|\\.\\.=|\\.{1,3}|::|[{}\\[\\];(),:]"))));
    }
}
