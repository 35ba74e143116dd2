package dev.firebreak.analysis.logs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemplateTextTest {

    @Test
    void variablesWithOnlySpaceBetweenThemAreOne() {
        assertThat(TemplateText.render(new String[] {"at", "<*>", "<*>", "<*>", "<*>:<*>:<*>", "<*>"}))
                .isEqualTo("at <*>:<*>:<*>");
        assertThat(TemplateText.render(new String[] {"#<*>", "<*>", "<*>:<*>:<*>", "EDT", "<*>"}))
                .isEqualTo("#<*> <*>:<*>:<*> EDT <*>");
    }

    @Test
    void constantsBetweenVariablesStay() {
        assertThat(TemplateText.render(new String[] {"<*>:<*>", "to", "<*>", "(<*>)"}))
                .isEqualTo("<*>:<*> to <*> (<*>)");
        assertThat(TemplateText.render(new String[] {"Record{<*>", "<*>", "broadcastIntent}"}))
                .isEqualTo("Record{<*> <*> broadcastIntent}");
    }
}
