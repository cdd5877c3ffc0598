package io.sportello.ticket;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /** The type of the bytes, whatever the name or the sender says. */
    public static String detect(byte[] content) {
        return TIKA.detect(content).toLowerCase(Locale.ROOT);
    }
}
