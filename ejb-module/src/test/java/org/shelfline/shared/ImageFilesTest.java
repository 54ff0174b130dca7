package org.shelfline.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads stop at the configured total, counting what is already on disk, and a deleted file frees its room. */
class ImageFilesTest {

    @TempDir
    Path uploads;

    @Test
    void uploadsAreRefusedOnceTheFoldersHoldTheLimit() throws IOException {
        Files.createDirectories(uploads.resolve("skus"));
        Files.write(uploads.resolve("skus/earlier.png"), new byte[400 * 1024]);
        ImageFiles images = new ImageFiles();
        images.uploadDir = uploads.toString();
        images.maxTotalMegabytes = 1;

        String first = images.store(ImageFiles.Kind.LICENCES, photo(300 * 1024));
        assertThatThrownBy(() -> images.store(ImageFiles.Kind.LICENCES, photo(400 * 1024)))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("image.storageFull"));
        assertThat(Files.list(uploads.resolve("licences"))).hasSize(1);

        images.delete(ImageFiles.Kind.LICENCES, first);
        assertThat(images.store(ImageFiles.Kind.LICENCES, photo(400 * 1024))).endsWith(".png");
    }

    private static byte[] photo(int size) {
        byte[] png = new byte[size];
        png[0] = (byte) 0x89;
        png[1] = 'P';
        png[2] = 'N';
        png[3] = 'G';
        return png;
    }
}
