package org.inkstone.render.pdf;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** veraPDF, run in the test's process: a PDF either conforms to a flavour (2u, ua1 …) or the test fails with the rules it broke. */
public final class VeraPdf {
    private VeraPdf() {}

    public static void assertCompliant(byte[] pdf, String flavourName) {
        VeraGreenfieldFoundryProvider.initialise();
        PDFAFlavour flavour = PDFAFlavour.fromString(flavourName);
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            TreeMap<String, Integer> failed = new TreeMap<>();
            for (TestAssertion t : result.getTestAssertions()) {
                if (t.getStatus() == TestAssertion.Status.FAILED) {
                    failed.merge(t.getRuleId().getClause() + "-" + t.getRuleId().getTestNumber() + " " + t.getMessage(), 1, Integer::sum);
                }
            }
            assertTrue(result.isCompliant(), flavourName + " failures: " + failed);
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not check the PDF: " + e, e);
        }
    }
}
