package org.shelfline.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shelfline.shared.BusinessException;

/**
 * Licence photos, kept as files in the upload folder ({@code shelfline.upload-dir}, outside the
 * application) under random names. Only JPEG and PNG up to 5 MB, judged by the bytes, not the file name.
 */
@ApplicationScoped
public class LicencePhotos {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    @Inject
    @ConfigProperty(name = "shelfline.upload-dir", defaultValue = "${user.home}/.shelfline/uploads")
    String uploadDir;

    /** Checks and stores the photo; returns its file name. */
    public String store(byte[] content) {
        String extension = imageExtension(content);
        String name = UUID.randomUUID() + extension;
        try {
            Path dir = folder();
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), content);
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store a licence photo", e);
        }
    }

    public Path path(String fileName) {
        Path file = folder().resolve(fileName).normalize();
        if (!file.startsWith(folder())) {
            throw new IllegalArgumentException("Not a licence photo: " + fileName);
        }
        return file;
    }

    void delete(String fileName) {
        try {
            Files.deleteIfExists(path(fileName));
        } catch (IOException e) {
            // An orphaned photo is harmless; the registration itself failed for another reason.
        }
    }

    private Path folder() {
        return Path.of(uploadDir.replace("${user.home}", System.getProperty("user.home"))).toAbsolutePath().normalize();
    }

    static String imageExtension(byte[] content) {
        if (content == null || content.length == 0) {
            throw new BusinessException("registration.photo.required");
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessException("registration.photo.tooLarge");
        }
        if (content.length > 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8 && (content[2] & 0xFF) == 0xFF) {
            return ".jpg";
        }
        if (content.length > 8 && (content[0] & 0xFF) == 0x89 && content[1] == 'P' && content[2] == 'N' && content[3] == 'G') {
            return ".png";
        }
        throw new BusinessException("registration.photo.type");
    }
}
