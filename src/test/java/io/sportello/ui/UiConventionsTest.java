package io.sportello.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** House rules of the screens that a compiler cannot check. */
class UiConventionsTest {

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("ui/java"))) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void screensShowTimesInTheConfiguredDeskZoneNeverAZoneWrittenInTheView() throws IOException {
        List<String> offenders = sources().stream().filter(p -> {
            try {
                String code = Files.readString(p);
                return code.contains("ZoneId.of(\"") || code.contains("\"Europe/");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).map(Path::toString).toList();
        assertThat(offenders).as("use DeskZone (sportello.sla.zone)").isEmpty();
    }

    @Test
    void screensStyleWithLumoUtilitiesOrTheThemeNeverInlineStyles() throws IOException {
        List<String> offenders = sources().stream().filter(p -> {
            try {
                return Files.readString(p).contains("getStyle()");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).map(Path::toString).toList();
        assertThat(offenders).as("use LumoUtility classes or a class of the theme (ui/frontend/themes/sportello)").isEmpty();
    }
}
