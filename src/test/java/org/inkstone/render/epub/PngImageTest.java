package org.inkstone.render.epub;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The cover's PNG encoder gives back every pixel, rows that repeat the one above as well as rows that differ. */
class PngImageTest {
    @Test
    void everyPixelComesBack() throws IOException {
        BufferedImage image = new BufferedImage(37, 50, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < 50; y++) {
            for (int x = 0; x < 37; x++) {
                // rows 10–29 repeat row 9 (the flat part of a cover); the others are noise
                int source = y >= 10 && y < 30 ? 9 : y;
                image.setRGB(x, y, source == y ? random.nextInt(0x1000000) : image.getRGB(x, source));
            }
        }
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(PngImage.encode(image)));
        for (int y = 0; y < 50; y++) {
            for (int x = 0; x < 37; x++) {
                assertEquals(image.getRGB(x, y) & 0xffffff, back.getRGB(x, y) & 0xffffff, x + "," + y);
            }
        }
    }
}
