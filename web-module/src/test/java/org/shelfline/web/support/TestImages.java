package org.shelfline.web.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Small real images for upload tests, made on the fly. */
public final class TestImages {

    private TestImages() {}

    public static byte[] png() {
        BufferedImage image = new BufferedImage(64, 40, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 40; y++) {
                image.setRGB(x, y, (x * 4) << 16 | (y * 6) << 8 | 0x80);
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path pngFile() {
        try {
            Path file = Files.createTempFile("licence", ".png");
            Files.write(file, png());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
