package io.sportello.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

    @Test
    void textThatLooksLikeAFormulaIsShownAsTextNumbersStayNumbers() {
        assertThat(SpreadsheetCells.row(Arrays.asList("=HYPERLINK(\"http://x\",\"ok\")", "+39 333 1234567", "-cmd",
                "@SUM(A1)", "\tx", "Pacco rotto", -3.5, 42, null, "")))
                .containsExactly("'=HYPERLINK(\"http://x\",\"ok\")", "'+39 333 1234567", "'-cmd", "'@SUM(A1)", "'\tx",
                        "Pacco rotto", -3.5, 42, null, "");
    }
}
