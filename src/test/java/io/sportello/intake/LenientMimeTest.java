package io.sportello.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The test JVMs read mail as leniently as the application does: the POM sets every switch LenientMime sets. */
class LenientMimeTest {

    @Test
    void theTestJvmHasEverySwitchTheApplicationSets() {
        LenientMime.SWITCHES.forEach((key, value) -> assertThat(System.getProperty(key)).as(key).isEqualTo(value));
    }
}
