package dev.firebreak.analysis.logs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenDifferenceTest {

    @Test
    void valuesVary() {
        assertThat(TokenDifference.of("<*>", "<*>")).isEqualTo(TokenDifference.VARIABLE);
        assertThat(TokenDifference.of("name=android,", "name=com.android.phone,")).isEqualTo(TokenDifference.VARIABLE);
        assertThat(TokenDifference.of("context", "<*>")).isEqualTo(TokenDifference.VARIABLE);
        assertThat(TokenDifference.of("(<*>)", "()")).isEqualTo(TokenDifference.VARIABLE);
        assertThat(TokenDifference.of("red.lan", "blue.lan")).isEqualTo(TokenDifference.VARIABLE);
        assertThat(TokenDifference.of("alice@db", "bob@db")).isEqualTo(TokenDifference.VARIABLE);
    }

    @Test
    void plainWordsTellEventsApart() {
        assertThat(TokenDifference.of("bytes", "values")).isEqualTo(TokenDifference.WORD);
        assertThat(TokenDifference.of("ACTION_DOWN,", "ACTION_UP,")).isEqualTo(TokenDifference.WORD);
        assertThat(TokenDifference.of("z+", "x+")).isEqualTo(TokenDifference.WORD);
        assertThat(TokenDifference.of("dcbf.........<*>", "icbi.........<*>")).isEqualTo(TokenDifference.WORD);
    }

    @Test
    void aWordAgainstNothingOrAMarkerIsAnotherShape() {
        assertThat(TokenDifference.of("(uid=<*>)", "LOGIN(uid=<*>)")).isEqualTo(TokenDifference.SHAPE);
        assertThat(TokenDifference.of("<*>", "****")).isEqualTo(TokenDifference.SHAPE);
        assertThat(TokenDifference.of("-", "<*>")).isEqualTo(TokenDifference.SHAPE);
        assertThat(TokenDifference.of("instruction......<*>", "instruction...<*>")).isEqualTo(TokenDifference.SHAPE);
    }
}
