package dev.firebreak.analysis.logs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenPatternTest {

    @Test
    void keepsSharedPunctuationAroundTheVariable() {
        assertThat(TokenPattern.merge("rhost=10.0.0.1", "rhost=db.local")).isEqualTo("rhost=<*>");
        assertThat(TokenPattern.merge("(root)", "(www)")).isEqualTo("(<*>)");
        assertThat(TokenPattern.merge("<*>,", "ntp.example.org,")).isEqualTo("<*>,");
        assertThat(TokenPattern.merge("chdir(/home/a)", "chdir(<*>)")).isEqualTo("chdir(<*>)");
    }

    @Test
    void neverCutsAWord() {
        assertThat(TokenPattern.merge("root", "rob")).isEqualTo("<*>");
        assertThat(TokenPattern.merge("user=root", "user=rob")).isEqualTo("user=<*>");
        assertThat(TokenPattern.merge("alpha", "beta")).isEqualTo("<*>");
    }

    @Test
    void adjacentWildcardsBecomeOne() {
        assertThat(TokenPattern.merge("<*>:80", "<*>:<*>")).isEqualTo("<*>:<*>");
        assertThat(TokenPattern.merge("<*>x", "<*>y")).isEqualTo("<*>");
    }
}
