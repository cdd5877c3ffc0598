package io.sportello.ui.component;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiConsumer;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * Receives uploaded files into memory with the limits enforced on the server, whatever the browser was told: at
 * most {@code maxFiles} files, each at most {@code maxFileBytes}, all together at most {@code maxTotalBytes}. A file
 * past a limit is read no further and refused (the upload shows it as failed); nothing of it is kept.
 */
public class BoundedUpload implements UploadHandler {

    private final int maxFiles;
    private final long maxFileBytes;
    private final long maxTotalBytes;
    private final IntSupplier filesSoFar;
    private final LongSupplier bytesSoFar;
    private final BiConsumer<String, byte[]> accept;

    public BoundedUpload(int maxFiles, long maxFileBytes, long maxTotalBytes, IntSupplier filesSoFar,
                         LongSupplier bytesSoFar, BiConsumer<String, byte[]> accept) {
        this.maxFiles = maxFiles;
        this.maxFileBytes = maxFileBytes;
        this.maxTotalBytes = maxTotalBytes;
        this.filesSoFar = filesSoFar;
        this.bytesSoFar = bytesSoFar;
        this.accept = accept;
    }

    @Override
    public long getFileSizeMax() {
        return maxFileBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxFileBytes + 64 * 1024;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (filesSoFar.getAsInt() >= maxFiles) {
            throw new IOException("At most " + maxFiles + " files");
        }
        long room = Math.min(maxFileBytes, maxTotalBytes - bytesSoFar.getAsLong());
        byte[] data;
        try (InputStream in = event.getInputStream()) {
            data = in.readNBytes((int) Math.max(0, Math.min(Integer.MAX_VALUE - 8, room + 1)));
        }
        if (data.length > room) {
            throw new IOException("File too large: at most " + maxFileBytes + " bytes each, " + maxTotalBytes
                    + " together");
        }
        event.getUI().access(() -> accept.accept(event.getFileName(), data));
    }
}
