package dev.firebreak.workflows.incident;

import io.temporal.common.SearchAttributeKey;
import java.util.List;

/** Custom search attributes, so the Temporal UI can find incidents by service, severity, state. */
public final class IncidentSearchAttributes {
  public static final SearchAttributeKey<String> SERVICE = SearchAttributeKey.forKeyword("FirebreakService");
  public static final SearchAttributeKey<String> SEVERITY = SearchAttributeKey.forKeyword("FirebreakSeverity");
  public static final SearchAttributeKey<String> STATUS = SearchAttributeKey.forKeyword("FirebreakStatus");

  public static final List<SearchAttributeKey<String>> ALL = List.of(SERVICE, SEVERITY, STATUS);

  private IncidentSearchAttributes() {}
}
