package dev.firebreak.api.incident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StateRolesTest {

  @Test
  void readsWhoHoldsEachRoleFromTheStoredState() {
    String state = """
        {"incidentId":"inc-1","roles":{
          "COMMANDER":{"name":"bob","channel":"slack","ref":"U0BOB","since":"2026-03-01T10:00:00Z"},
          "SCRIBE":{"name":"carol","channel":"rest"}}}""";
    assertThat(StateRoles.of(state)).containsExactly(
        java.util.Map.entry("commander", "bob"), java.util.Map.entry("scribe", "carol"));
  }

  @Test
  void aStateWithoutRolesOrWithBrokenOnesHasNone() {
    assertThat(StateRoles.of("{\"incidentId\":\"inc-1\",\"acknowledgedBy\":{\"name\":\"alice\"}}")).isEmpty();
    assertThat(StateRoles.of("{\"roles\":{\"COMMANDER\":{\"name\":\"  \"},\"SCRIBE\":\"carol\"}}")).isEmpty();
    assertThat(StateRoles.of("{\"roles\":null}")).isEmpty();
    assertThat(StateRoles.of("not json")).isEmpty();
    assertThat(StateRoles.of(null)).isEmpty();
  }
}
