package io.sportello.ui.component;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** The upload component's own words (button, drop zone, its errors and progress) in the reader's language. */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static Upload apply(Upload upload) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t(upload, "drop.one")).setMany(t(upload, "drop.many")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t(upload, "add.one")).setMany(t(upload, "add.many")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(t(upload, "error.tooMany"))
                .setFileIsTooBig(t(upload, "error.tooBig")).setIncorrectFileType(t(upload, "error.type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(t(upload, "status.connecting"))
                        .setStalled(t(upload, "status.stalled")).setProcessing(t(upload, "status.processing"))
                        .setHeld(t(upload, "status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(t(upload, "remaining"))
                        .setUnknown(t(upload, "remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(t(upload, "error.server"))
                        .setUnexpectedServerError(t(upload, "error.refused")).setForbidden(t(upload, "error.forbidden"))));
        i18n.setFile(new UploadI18N.File().setRetry(t(upload, "retry")).setStart(t(upload, "start"))
                .setRemove(t(upload, "remove")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        upload.setI18n(i18n);
        return upload;
    }

    private static String t(Upload upload, String key) {
        return upload.getTranslation("upload." + key);
    }
}
