package io.sportello.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegisterTest {

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "ciao dove si trova il mio pacco?? nn e ancora arrivato | true",
            "Ciao, mi dici quando arriva l'ordine? | true",
            "ehi raga il pacco dove sta | true",
            "hey guys where's my stuff lol | true",
            "Buongiorno, potrebbe dirmi quando arriva il mio ordine? Cordiali saluti | false",
            "Salve, quando arriva il mio ordine? | false",
            "Dear Sir or Madam, could you please tell me where my order is? Kind regards | false",
            "Hello, when will my order arrive? | false",
            "Ciao, potrebbe gentilmente verificare il mio ordine? | false"})
    void informalWritersAreAnsweredAsTheyWrite(String text, boolean informal) {
        assertThat(Register.informal(text)).isEqualTo(informal);
    }
}
