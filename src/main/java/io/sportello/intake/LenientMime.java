package io.sportello.intake;

import java.util.Map;

/**
 * Jakarta Mail's switches for reading mail the way mail clients do: unquoted parameter values with spaces
 * ({@code filename=scontrino acquisto.pdf}), RFC 2047 file names, unknown transfer encodings such as {@code 7-bit}
 * read as they are, a missing multipart boundary or end, sloppy base64. They are JVM-wide system properties read
 * once when Jakarta Mail's classes load, so {@link #install()} runs first thing at start (the application's
 * {@code main}, the mail configuration, and the test JVMs' settings in the POM); values set from outside win.
 */
public final class LenientMime {

    static final Map<String, String> SWITCHES = Map.of(
            "mail.mime.parameters.strict", "false",
            "mail.mime.decodefilename", "true",
            "mail.mime.decodeparameters", "true",
            "mail.mime.ignoreunknownencoding", "true",
            "mail.mime.multipart.ignoremissingboundaryparameter", "true",
            "mail.mime.multipart.ignoremissingendboundary", "true",
            "mail.mime.multipart.allowempty", "true",
            "mail.mime.base64.ignoreerrors", "true",
            "mail.mime.uudecode.ignoreerrors", "true",
            "mail.mime.uudecode.ignoremissingbeginend", "true");

    private LenientMime() {
    }

    public static void install() {
        SWITCHES.forEach((key, value) -> {
            if (System.getProperty(key) == null) {
                System.setProperty(key, value);
            }
        });
    }
}
