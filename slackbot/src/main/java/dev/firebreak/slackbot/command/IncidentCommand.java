package dev.firebreak.slackbot.command;

import dev.firebreak.workflows.incident.IncidentRole;

/**
 * A parsed {@code /incident} subcommand. {@code incidentId} is null when the person left it out;
 * the runner then takes the incident of the channel the command was typed in.
 */
public sealed interface IncidentCommand {

  /** Title empty: open the declare modal instead. */
  record Declare(String title, String severity, String service) implements IncidentCommand {}

  record ListIncidents() implements IncidentCommand {}

  record Status(String incidentId) implements IncidentCommand {}

  record Acknowledge(String incidentId) implements IncidentCommand {}

  record Note(String incidentId, String text) implements IncidentCommand {}

  /** {@code assigneeName} is the name Slack sent with the mention, or null when it sent none. */
  record Assign(String incidentId, String userId, String assigneeName, IncidentRole role) implements IncidentCommand {}

  record Resolve(String incidentId, String summary) implements IncidentCommand {}

  record Postmortem(String incidentId) implements IncidentCommand {}

  record Help() implements IncidentCommand {}
}
