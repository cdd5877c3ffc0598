package io.sportello.ticket;

import io.sportello.shared.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps attachment bytes on disk under random, unguessable keys; the name the sender gave is metadata only and
 * never part of a path. Files are written once and never changed.
 */
@Component
public class AttachmentStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path root;

    AttachmentStore(@Value("${sportello.attachments.dir:./data/attachments}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Stores the bytes and returns their new key. */
    public String store(byte[] content) {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        String key = HexFormat.of().formatHex(id);
        try {
            Path file = pathOf(key);
            Files.createDirectories(file.getParent());
            Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store an attachment", e);
        }
    }

    public InputStream open(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new NotFoundException("Attachment", key);
        }
        try {
            return Files.newInputStream(pathOf(key));
        } catch (IOException e) {
            throw new NotFoundException("Attachment", key);
        }
    }

    private Path pathOf(String key) {
        return root.resolve(key.substring(0, 2)).resolve(key);
    }
}
