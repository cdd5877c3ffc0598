package io.sportello.ui.component;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/** Links that download a file made when clicked (exports, model files), sent with {@code nosniff}. */
public final class Downloads {

    private Downloads() {
    }

    /** Makes {@code link} download {@code fileName}, its bytes produced by {@code content} at the time of the click. */
    public static void offer(Anchor link, String fileName, String contentType, SerializableSupplier<byte[]> content) {
        link.setHref(DownloadHandler.fromInputStream(event -> {
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            byte[] data = content.get();
            return new DownloadResponse(new ByteArrayInputStream(data), fileName, contentType, data.length);
        }));
        link.getElement().setAttribute("download", fileName);
        link.setTarget(AnchorTarget.BLANK);
    }
}
