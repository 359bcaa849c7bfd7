package org.inkstone.highlight;

import io.noties.prism4j.Prism4j;

import static io.noties.prism4j.Prism4j.grammar;
import static io.noties.prism4j.Prism4j.pattern;
import static io.noties.prism4j.Prism4j.token;
import static java.util.regex.Pattern.MULTILINE;
import static java.util.regex.Pattern.compile;

/** Shell (bash, sh, zsh) — prism4j has none; after Prism.js's bash grammar, trimmed to what articles show. */
final class BashGrammar {
    private static final String BEFORE_WORD = "(^|[\\s;|&]|[<>]\\()";
    private static final String AFTER_WORD = "(?=$|[)\\s;|&])";

    private BashGrammar() {}

    static Prism4j.Grammar create(Prism4j prism4j) {
        Prism4j.Token variable = token("variable",
                pattern(compile("\\$\\([^)]+\\)|\\$\\{[^}]+\\}|\\$(?:\\w+|[#?*!@$])")));
        return grammar("bash",
                token("shebang", pattern(compile("^#!\\s*\\/.*"), false, false, "important")),
                token("comment", pattern(compile("(^|[^\"{\\\\$])#.*"), true)),
                token("string",
                        pattern(compile("\"(?:\\\\[\\s\\S]|\\$\\([^)]+\\)|\\$(?!\\()|`[^`]+`|[^\"\\\\`$])*\""), false, true,
                                null, grammar("inside", variable)),
                        pattern(compile("'[^']*'"), false, true)),
                variable,
                token("keyword", pattern(compile(BEFORE_WORD
                        + "(?:if|then|else|elif|fi|for|while|in|case|esac|function|select|do|done|until)" + AFTER_WORD), true)),
                token("builtin", pattern(compile(BEFORE_WORD + "(?:\\.|:|alias|bg|bind|break|builtin|caller|cd|command"
                        + "|continue|declare|echo|enable|eval|exec|exit|export|fg|getopts|hash|help|history|jobs|kill|let"
                        + "|local|logout|popd|printf|pushd|pwd|read|readonly|return|set|shift|shopt|source|test|times|trap"
                        + "|type|typeset|ulimit|umask|unalias|unset|wait)" + AFTER_WORD), true, false, "class-name")),
                token("function", pattern(compile(BEFORE_WORD + "(?:apt|apt-get|awk|brew|cargo|cat|chmod|chown|cp|curl"
                        + "|cut|diff|docker|du|find|git|go|grep|gzip|head|java|kubectl|ln|ls|make|mkdir|mv|mvn|node|npm"
                        + "|npx|pip|pip3|ps|python|python3|rm|rsync|scp|sed|sort|ssh|sudo|tail|tar|tee|touch|uniq|unzip"
                        + "|wc|wget|xargs|yarn|zip)" + AFTER_WORD), true)),
                token("boolean", pattern(compile(BEFORE_WORD + "(?:true|false)" + AFTER_WORD), true)),
                token("number", pattern(compile("(^|\\s)(?:[1-9]\\d*|0)(?:[.,]\\d+)?\\b"), true)),
                token("operator", pattern(compile("\\d?<>|>\\||\\+=|=[=~]?|!=?|<<[<-]?|[&\\d]?>>|\\d[<>]&?|[<>][&=]?|&[>&]?|\\|[&|]?"))),
                token("punctuation", pattern(compile("\\$?\\(\\(?|\\)\\)?|\\.\\.|[{}\\[\\];\\\\]"))),
                token("parameter", pattern(compile("(^|\\s)--?[\\w-]+", MULTILINE), true, false, "variable")));
    }
}
