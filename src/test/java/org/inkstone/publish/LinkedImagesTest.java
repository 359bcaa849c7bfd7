package org.inkstone.publish;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.inkstone.asset.AssetPolicy;
import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.options.RequestedOptions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Images reached through symbolic links (real ones, made in a temporary folder): a link to a file
 * outside the document's folder, a linked folder, a chain of links and a link to /etc/hostname are
 * refused in all four outputs with a warning at their line; a link that stays inside works.
 */
class LinkedImagesTest {
    @TempDir Path dir;
    private Path doc;
    private byte[] outside, chained, inside;

    private static byte[] png(int width) throws IOException {
        BufferedImage image = new BufferedImage(width, 9, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) image.setRGB(x, x % 9, 0x336699 + x);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @BeforeEach
    void folders() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        doc = Files.createDirectories(dir.resolve("doc"));
        Files.createDirectories(doc.resolve("real"));
        outside = png(37);
        chained = png(43);
        inside = png(53);
        Files.write(elsewhere.resolve("outside.png"), outside);
        Files.write(elsewhere.resolve("chained.png"), chained);
        Files.write(doc.resolve("real/inner.png"), inside);
        Files.createSymbolicLink(doc.resolve("inside.png"), elsewhere.resolve("outside.png"));
        Files.createSymbolicLink(doc.resolve("pics"), elsewhere);
        Files.createSymbolicLink(doc.resolve("chain2.png"), elsewhere.resolve("chained.png"));
        Files.createSymbolicLink(doc.resolve("chain1.png"), Path.of("chain2.png"));
        Files.createSymbolicLink(doc.resolve("alias.png"), Path.of("real/inner.png"));
        Files.createSymbolicLink(doc.resolve("host.png"), Path.of("/etc/hostname"));
        Files.writeString(doc.resolve("links.md"), """
                # 链接的图片

                ![文件链接](inside.png)

                ![目录链接](pics/outside.png)

                ![链接链](chain1.png)

                ![里面的链接](alias.png)

                ![主机名](host.png)
                """, StandardCharsets.UTF_8);
    }

    /** JUnit warns about a link out of its temporary folder when it cleans up: remove that one first. */
    @AfterEach
    void removeTheLinkToEtc() throws IOException {
        Files.deleteIfExists(doc.resolve("host.png"));
    }

    private Inkstone.Result build() {
        Inkstone p = Inkstone.builder().formats(List.of("html", "wechat", "epub", "pdf")).output(dir.resolve("out")).home(Path.of("")).clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).assets(AssetPolicy.defaults().withOffline(true)).build();
        Inkstone.Result r = p.publish(doc.resolve("links.md"));
        assertNull(r.failure(), r.failure());
        return r;
    }

    private String warning(int line, String src, Path real) {
        return doc.resolve("links.md") + ":" + line + ": warning: image '" + src + "' is a link to a file outside the"
                + " document's folder (" + real + "); copy the file into the folder";
    }

    @Test
    void linksLeadingOutOfTheFolderAreRefusedInEveryOutput() throws IOException {
        Inkstone.Result r = build();
        Path elsewhere = dir.resolve("elsewhere").toRealPath();
        List<String> linkWarnings = r.diagnostics().stream().map(Diagnostic::format)
                .filter(m -> m.contains("is a link")).toList();
        assertEquals(List.of(warning(3, "inside.png", elsewhere.resolve("outside.png")),
                warning(5, "pics/outside.png", elsewhere.resolve("outside.png")),
                warning(7, "chain1.png", elsewhere.resolve("chained.png")),
                warning(11, "host.png", Path.of("/etc/hostname").toRealPath())), linkWarnings);
        assertTrue(r.diagnostics().stream().noneMatch(d -> d.line() == 9 && d.message().contains("alias.png")),
                r.diagnostics().toString());

        // EPUB: the inside image is the only image in the zip
        List<byte[]> images = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(dir.resolve("out/links.epub")))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                byte[] bytes = zip.readAllBytes();
                if (e.getName().startsWith("EPUB/images/image-")) images.add(bytes); // not the generated cover
                assertFalse(Arrays.equals(bytes, outside) || Arrays.equals(bytes, chained), e.getName());
            }
        }
        assertEquals(1, images.size(), "only the image behind the inside link");
        assertTrue(Arrays.equals(inside, images.get(0)));

        // WeChat: one data URI, the inside image's
        var wechat = Jsoup.parse(Files.readString(dir.resolve("out/links.wechat.html")));
        List<String> dataUris = wechat.select("img[src^=data:]").eachAttr("src");
        assertEquals(List.of("data:image/png;base64," + Base64.getEncoder().encodeToString(inside)), dataUris);

        // Web page: only the inside link is referred to
        List<String> htmlSources = Jsoup.parse(Files.readString(dir.resolve("out/links.html"))).select("img")
                .stream().map(Element::attributes).map(a -> a.get("src")).toList();
        assertEquals(List.of("../doc/alias.png"), htmlSources);

        // PDF: only the 53-pixel image is an image XObject
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("out/links.pdf").toFile())) {
            TreeSet<Integer> widths = new TreeSet<>();
            for (PDPage page : pdf.getPages()) collectImageWidths(page.getResources(), widths, 0);
            assertEquals(new TreeSet<>(List.of(53)), widths);
        }
    }

    @Test
    void aDocumentFolderReachedThroughALinkStillWorks() throws IOException {
        Path linkedDoc = Files.createSymbolicLink(dir.resolve("doc-link"), doc);
        Inkstone p = Inkstone.builder().formats(List.of("epub")).output(dir.resolve("out2")).home(Path.of("")).clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).assets(AssetPolicy.defaults().withOffline(true)).build();
        Inkstone.Result r = p.publish(linkedDoc.resolve("links.md"));
        assertNull(r.failure(), r.failure());
        assertTrue(r.diagnostics().stream().noneMatch(d -> d.line() == 9), r.diagnostics().toString());
        assertEquals(4, r.diagnostics().stream().filter(d -> d.message().contains("is a link")).count(),
                r.diagnostics().toString());
    }

    @Test
    void aCoverThatLinksOutOfTheFolderIsRefusedAtItsFrontMatterLine() throws IOException {
        Path md = Files.writeString(doc.resolve("covered.md"), "---\ntitle: 封面\ncover: inside.png\n---\n正文。\n");
        Inkstone p = Inkstone.builder().formats(List.of("epub", "pdf")).output(dir.resolve("out3")).home(Path.of("")).clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).assets(AssetPolicy.defaults().withOffline(true)).build();
        Inkstone.Result r = p.publish(md);
        assertNull(r.failure(), r.failure());
        assertEquals(List.of(md + ":3: warning: image 'inside.png' is a link to a file outside the document's folder ("
                + dir.resolve("elsewhere/outside.png").toRealPath() + "); copy the file into the folder"),
                r.diagnostics().stream().map(Diagnostic::format).distinct().toList());
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(dir.resolve("out3/covered.epub")))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                assertFalse(Arrays.equals(zip.readAllBytes(), outside), e.getName());
            }
        }
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("out3/covered.pdf").toFile())) {
            TreeSet<Integer> widths = new TreeSet<>();
            for (PDPage page : pdf.getPages()) collectImageWidths(page.getResources(), widths, 0);
            assertFalse(widths.contains(37), widths.toString());
        }
    }

    private static void collectImageWidths(PDResources resources, TreeSet<Integer> widths, int depth) throws IOException {
        if (resources == null || depth > 8) return;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject image) widths.add(image.getWidth());
            else if (x instanceof PDFormXObject form) collectImageWidths(form.getResources(), widths, depth + 1);
        }
    }

}
