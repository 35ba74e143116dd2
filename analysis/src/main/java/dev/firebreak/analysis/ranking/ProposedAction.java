package dev.firebreak.analysis.ranking;

/** An action a person may approve; {@code hypothesisId} is null for actions like paging. */
public record ProposedAction(
    String id, ActionKind kind, String service, String target, String description,
    String hypothesisId) {}
