package dev.firebreak.activities.retrieval.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.activities.retrieval.InvalidRetrievalInputException;
import org.junit.jupiter.api.Test;

class DocumentKindTest {

    @Test
    void selectsAKindByItsIndexName() {
        assertThat(DocumentKind.fromIndexName("postmortems")).isEqualTo(DocumentKind.POSTMORTEM);
        assertThat(DocumentKind.fromIndexName(" Runbooks ")).isEqualTo(DocumentKind.RUNBOOK);
    }

    @Test
    void anUnknownIndexNameIsAnInputErrorListingTheKnownOnes() {
        assertThatThrownBy(() -> DocumentKind.fromIndexName("tickets"))
                .isInstanceOf(InvalidRetrievalInputException.class)
                .hasMessage("unknown index 'tickets': expected one of [postmortems, runbooks]");
    }
}
