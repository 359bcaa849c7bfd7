package org.inkstone.math;

import org.inkstone.bench.MathBenchmark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.scilab.forge.jlatexmath.TeXFormula;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TexSyntaxCheckTest {
    @BeforeAll
    static void loadCommandTable() {
        new TeXFormula("x"); // jlatexmath loads its command table on first use
    }

    static List<String> valid() {
        List<String> all = new ArrayList<>(MathBenchmark.FORMULAS);
        all.addAll(List.of("\\sqrt[3]{8}", "\\binom{n}{k}", "\\overset{a}{b}", "\\xrightarrow{f}", "\\operatorname{sgn}(x)",
                "\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}", "\\underbrace{a+b}_{2}", "\\not\\in", "\\dfrac{a}{b}\\tfrac12",
                "\\textcolor{red}{x}", "\\{a\\}\\|x\\|", "x \\equiv 1 \\pmod{3}", "\\stackrel{?}{=}", "\\overbrace{x+y}^{n}",
                "f'(x) \\tilde a \\dot b", "a\\quad b\\qquad c\\;d\\!e", "\\% \\# \\$ \\_ \\&", "\\frac12", "\\frac\\alpha\\beta",
                "\\frac {a} {b}", "x^{2^{3}}", "\\left\\{ x \\right.", "\\sqrt x", "\\text{if } x", "\\mathbf{x}^\\top",
                "\\sum\\limits_{i} x_i", "a \\\\ b", "x_1^2", "{}^{14}C"));
        return all;
    }

    @ParameterizedTest
    @MethodSource("valid")
    void validTexPasses(String tex) {
        assertNull(TexSyntaxCheck.refused(tex), tex);
        assertNull(TexSyntaxCheck.problem(tex), tex);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\\frac{1}{      | missing '}'",
            "{a              | missing '}'",
            "a}              | a '}' without its '{'",
            "\\{ a }         | a '}' without its '{'",
            "\\frac{1}       | \\frac needs 2 arguments",
            "\\frac{1}{2} + \\frac{3} | \\frac needs 2 arguments",
            "{\\frac{1}} + 2 | \\frac needs 2 arguments",
            "\\sqrt          | \\sqrt needs 1 argument",
            "\\sqrt[3]       | \\sqrt needs 1 argument",
            "x^              | '^' has nothing to put in superscript",
            "{x_} + 1        | '_' has nothing to put in subscript"})
    void laxTexIsCaught(String tex, String problem) {
        assertEquals(problem, TexSyntaxCheck.problem(tex.strip()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\newcommand{\\R}{x}", "\\renewcommand{\\a}{b}", "\\DeclareMathOperator{\\tr}{tr}",
            "\\definecolor{c}{rgb}{1,0,0}", "\\includegraphics{x.png}", "\\jlmExternalFont{Serif}", "\\jlmXML{<a/>}",
            "\\jlmDynamic{x}", "\\newenvironment{e}{a}{b}"})
    void commandsWithSideEffectsAreRefused(String tex) {
        String name = tex.substring(1, tex.indexOf('{'));
        assertEquals("\\" + name + " is not supported in formulas", TexSyntaxCheck.refused(tex));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a \\", "\\frac{1}{2}\\"})
    void aLoneFinalBackslashIsRefused(String tex) {
        assertEquals("the formula ends with a lone backslash", TexSyntaxCheck.refused(tex));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\\\newcommand", "\\text{newcommand}", "a \\\\"})
    void lookAlikesAreNotRefused(String tex) {
        assertNull(TexSyntaxCheck.refused(tex));
    }
}
