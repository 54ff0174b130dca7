package org.shelfline.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Uploaded images (licence photos, SKU pictures), kept as files in a folder per kind under the upload
 * folder ({@code shelfline.upload-dir}, outside the application), with random names. Only JPEG and PNG up
 * to 5 MB, judged by the bytes, not by the file name.
 */
@ApplicationScoped
public class ImageFiles {

    /** The kinds of image, each in its own folder. */
    public enum Kind {
        LICENCES,
        SKUS
    }

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(ImageFiles.class.getName());

    @Inject
    @ConfigProperty(name = "shelfline.upload-dir", defaultValue = "${user.home}/.shelfline/uploads")
    String uploadDir;

    /**
     * All uploaded images together may take this much disk at most: registration is open to anyone, and each
     * application brings up to 5 MB. When it is reached, uploads are refused ("image.storageFull") and the
     * log says so, instead of the disk filling up under the database.
     */
    @Inject
    @ConfigProperty(name = "shelfline.upload-max-total-mb", defaultValue = "4096")
    long maxTotalMegabytes;

    /** Bytes in the upload folders: counted once from the disk, then kept up to date here. */
    private final AtomicLong used = new AtomicLong(-1);

    /** Checks and stores the image; returns its file name. */
    public String store(Kind kind, byte[] content) {
        String extension = imageExtension(content);
        String name = UUID.randomUUID() + extension;
        try {
            long inUse = usedBytes();
            if (inUse + content.length > maxTotalMegabytes * 1024 * 1024) {
                LOG.severe(() -> "Uploads refused: the upload folders hold " + inUse / 1024 / 1024 + " MB, the limit "
                        + "(SHELFLINE_UPLOAD_MAX_TOTAL_MB) is " + maxTotalMegabytes + " MB");
                throw new BusinessException("image.storageFull");
            }
            Path dir = folder(kind);
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), content);
            used.addAndGet(content.length);
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store an image", e);
        }
    }

    public Path path(Kind kind, String fileName) {
        Path file = folder(kind).resolve(fileName).normalize();
        if (!file.startsWith(folder(kind))) {
            throw new IllegalArgumentException("Not an image: " + fileName);
        }
        return file;
    }

    /** Removes a file no longer referred to; a leftover file is harmless, so failures are ignored. */
    public void delete(Kind kind, String fileName) {
        try {
            Path file = path(kind, fileName);
            long size = Files.exists(file) ? Files.size(file) : 0;
            if (Files.deleteIfExists(file) && used.get() >= 0) {
                used.addAndGet(-size);
            }
        } catch (IOException | IllegalArgumentException e) {
            // Nothing refers to it any more.
        }
    }

    private long usedBytes() throws IOException {
        if (used.get() < 0) {
            long total = 0;
            for (Kind kind : Kind.values()) {
                Path dir = folder(kind);
                if (Files.isDirectory(dir)) {
                    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
                        total += files.mapToLong(file -> file.toFile().length()).sum();
                    }
                }
            }
            used.compareAndSet(-1, total);
        }
        return used.get();
    }

    private Path folder(Kind kind) {
        return Path.of(
                        uploadDir.replace("${user.home}", System.getProperty("user.home")),
                        kind.name().toLowerCase())
                .toAbsolutePath()
                .normalize();
    }

    /** Refuses what is not a JPEG or PNG photo of at most {@link #MAX_BYTES}, before the form is sent on. */
    public static void check(byte[] content) {
        imageExtension(content);
    }

    static String imageExtension(byte[] content) {
        if (content == null || content.length == 0) {
            throw new BusinessException("image.required");
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessException("image.tooLarge");
        }
        if (content.length > 3
                && (content[0] & 0xFF) == 0xFF
                && (content[1] & 0xFF) == 0xD8
                && (content[2] & 0xFF) == 0xFF) {
            return ".jpg";
        }
        if (content.length > 8
                && (content[0] & 0xFF) == 0x89
                && content[1] == 'P'
                && content[2] == 'N'
                && content[3] == 'G') {
            return ".png";
        }
        throw new BusinessException("image.type");
    }
}
