package org.inkstone.highlight;

import io.noties.prism4j.GrammarUtils;
import io.noties.prism4j.Prism4j;

import static io.noties.prism4j.Prism4j.pattern;
import static io.noties.prism4j.Prism4j.token;
import static java.util.regex.Pattern.compile;

/** TypeScript — prism4j has none; JavaScript with TypeScript's keywords and built-in types (as Prism.js does). */
final class TypeScriptGrammar {
    private TypeScriptGrammar() {}

    static Prism4j.Grammar create(Prism4j prism4j) {
        Prism4j.Grammar ts = GrammarUtils.extend(GrammarUtils.require(prism4j, "javascript"), "typescript",
                token("keyword", pattern(compile("\\b(?:abstract|as|asserts|async|await|break|case|catch|class|const"
                        + "|constructor|continue|debugger|declare|default|delete|do|else|enum|export|extends|finally"
                        + "|for|from|function|get|if|implements|import|in|infer|instanceof|interface|is|keyof|let"
                        + "|module|namespace|new|null|of|package|private|protected|public|readonly|return|require|satisfies"
                        + "|set|static|super|switch|this|throw|try|type|typeof|undefined|var|void|while|with|yield)\\b"))));
        GrammarUtils.insertBeforeToken(ts, "keyword",
                token("builtin", pattern(compile("\\b(?:string|Function|any|number|boolean|Array|symbol|console"
                        + "|Promise|unknown|never|object|bigint|Record|Partial|Readonly)\\b"))),
                token("decorator", pattern(compile("@[$\\w\\xA0-\\uFFFF]+"), false, false, "function")));
        return ts;
    }
}
