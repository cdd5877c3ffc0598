package io.sportello.ticket;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The one check every file goes through before the desk keeps it — what a customer mails or uploads, and the images
 * and files content owners put in articles: at most {@code maxCount} files of at most {@code maxSize} each, of a type
 * on the allow-list as detected from the bytes by Apache Tika (a renamed executable stays an executable, an SVG with
 * a script is not an image). Accepted files are stored under random keys; refused ones come back with the reason.
 */
@Component
public class AttachmentCheck {

    private static final Tika TIKA = new Tika();

    private final AttachmentStore store;

    AttachmentCheck(AttachmentStore store) {
        this.store = store;
    }

    /** What a kind of file may be. */
    public record Limits(DataSize maxSize, int maxCount, List<String> allowedTypes) {

        public Limits {
            allowedTypes = List.copyOf(allowedTypes);
        }
    }

    /** A file as it arrived: the name its sender gave (metadata only) and its bytes. */
    public record Upload(String fileName, byte[] content) {
    }

    /** Why a file was not kept. */
    public enum Problem { TOO_MANY, TOO_LARGE, TYPE_NOT_ACCEPTED }

    /**
     * A refused file: its name, the problem, and what it is about (the limit passed: files or KB; the type found).
     * {@link #toString()} says it in English for history and logs; screens render it from {@link #problem()}.
     */
    public record Refusal(String fileName, Problem problem, String detail) {

        @Override
        public String toString() {
            return switch (problem) {
                case TOO_MANY -> fileName + ": more than " + detail + " files";
                case TOO_LARGE -> fileName + ": over the limit of " + detail + " KB";
                case TYPE_NOT_ACCEPTED -> fileName + ": type " + detail + " is not accepted";
            };
        }
    }

    public record Checked(List<Attachment> accepted, List<Refusal> refused) {

        /** The refusals as English sentences (the ticket's history and its internal note). */
        public List<String> reasons() {
            return refused.stream().map(Refusal::toString).toList();
        }
    }

    /** Checks the files in order, counting {@code alreadyKept} files kept before against the limit on their number. */
    public Checked check(List<Upload> files, Limits limits, int alreadyKept) {
        List<Attachment> accepted = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (Upload file : files) {
            String name = file.fileName() == null || file.fileName().isBlank() ? "file" : file.fileName().strip();
            if (alreadyKept + accepted.size() >= limits.maxCount()) {
                refused.add(new Refusal(name, Problem.TOO_MANY, String.valueOf(limits.maxCount())));
                continue;
            }
            if (file.content().length > limits.maxSize().toBytes()) {
                refused.add(new Refusal(name, Problem.TOO_LARGE, String.valueOf(limits.maxSize().toKilobytes())));
                continue;
            }
            String type = detect(file.content());
            if (!limits.allowedTypes().contains(type)) {
                refused.add(new Refusal(name, Problem.TYPE_NOT_ACCEPTED, type));
                continue;
            }
            accepted.add(new Attachment(name, type, file.content().length, store.store(file.content())));
        }
        return new Checked(accepted, refused);
    }

    /** What an office document with macros is called here: never accepted, whatever its name. */
    public static final String OFFICE_WITH_MACROS = "application/vnd.ms-office.vbaproject";

    /**
     * The type of the bytes, whatever the name or the sender says. Office Open XML files (docx, xlsx…) are one type
     * to Tika's core; one that carries macros (a docm or xlsm, renamed or not) is told apart, so it can be refused.
     */
    public static String detect(byte[] content) {
        String type = TIKA.detect(content).toLowerCase(Locale.ROOT);
        return type.equals("application/x-tika-ooxml") && carriesMacros(content) ? OFFICE_WITH_MACROS : type;
    }

    /** Whether an Office Open XML package holds a VBA project or declares itself macro-enabled. */
    private static boolean carriesMacros(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (name.endsWith("vbaproject.bin") || name.endsWith("vbadata.xml")) {
                    return true;
                }
                if (name.equals("[content_types].xml")) {
                    String types = new String(zip.readNBytes(256 * 1024), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                    if (types.contains("macroenabled") || types.contains("vbaproject")) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException unreadable) {
            return true; // a package that cannot be read through is not one to let in
        }
    }
}
