package dev.firebreak.slackbot.command;

import dev.firebreak.workflows.incident.IncidentRole;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the text after the slash command. Forgiving about spacing and case of the subcommand,
 * strict about arguments: anything it cannot read is a {@link UsageException}, never a guess.
 */
public final class CommandParser {
  private static final Pattern INCIDENT_ID = Pattern.compile("inc-[0-9a-f]{6,64}");
  /** Slack escapes a picked user as {@code <@U123ABC>} or {@code <@U123ABC|name>}. */
  private static final Pattern USER_MENTION = Pattern.compile("<@([UW][A-Z0-9]+)(\\|[^>]*)?>");
  private static final Set<String> SEVERITIES = Set.of("sev1", "sev2", "sev3", "sev4");
  static final int MAX_TEXT = 3000;

  public IncidentCommand parse(String text) {
    String trimmed = text == null ? "" : text.strip();
    if (trimmed.length() > MAX_TEXT) {
      throw new UsageException("That is longer than " + MAX_TEXT + " characters.");
    }
    if (trimmed.isEmpty()) {
      return new IncidentCommand.Help();
    }
    String[] split = trimmed.split("\\s+", 2);
    String sub = split[0].toLowerCase(Locale.ROOT);
    String rest = split.length > 1 ? split[1].strip() : "";
    return switch (sub) {
      case "declare", "new" -> declare(rest);
      case "list", "ls" -> noArguments(rest, new IncidentCommand.ListIncidents());
      case "status" -> new IncidentCommand.Status(onlyIncidentId(rest));
      case "ack", "acknowledge" -> new IncidentCommand.Acknowledge(onlyIncidentId(rest));
      case "note" -> note(rest);
      case "assign" -> assign(rest);
      case "resolve" -> resolve(rest);
      case "postmortem", "pm" -> new IncidentCommand.Postmortem(onlyIncidentId(rest));
      case "help" -> new IncidentCommand.Help();
      default -> throw new UsageException("Unknown subcommand `" + abbreviate(split[0]) + "`.");
    };
  }

  private IncidentCommand declare(String rest) {
    List<String> words = new ArrayList<>(Arrays.asList(rest.isEmpty() ? new String[0] : rest.split("\\s+")));
    String severity = "sev3";
    String service = null;
    List<String> title = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (w.equals("--sev") || w.equals("--service")) {
        if (i + 1 >= words.size()) {
          throw new UsageException("`" + w + "` needs a value.");
        }
        String value = words.get(++i);
        if (w.equals("--sev")) {
          severity = value.toLowerCase(Locale.ROOT);
          if (!SEVERITIES.contains(severity)) {
            throw new UsageException("Severity must be one of sev1, sev2, sev3, sev4, not `" + abbreviate(value) + "`.");
          }
        } else {
          service = value;
        }
      } else if (w.startsWith("--")) {
        throw new UsageException("Unknown option `" + abbreviate(w) + "`.");
      } else {
        title.add(w);
      }
    }
    return new IncidentCommand.Declare(String.join(" ", title), severity, service);
  }

  private IncidentCommand note(String rest) {
    IdAndText it = leadingIncidentId(rest);
    if (it.text().isEmpty()) {
      throw new UsageException("A note needs some text.");
    }
    return new IncidentCommand.Note(it.id(), it.text());
  }

  private IncidentCommand assign(String rest) {
    IdAndText it = leadingIncidentId(rest);
    String[] words = it.text().isEmpty() ? new String[0] : it.text().split("\\s+");
    if (words.length == 0 || words.length > 2) {
      throw new UsageException("Assign one person: `assign @user [commander|scribe|communications]`.");
    }
    Matcher m = USER_MENTION.matcher(words[0]);
    if (!m.matches()) {
      throw new UsageException("`" + abbreviate(words[0]) + "` is not a Slack user; pick one with @.");
    }
    IncidentRole role = IncidentRole.COMMANDER;
    if (words.length == 2) {
      try {
        role = IncidentRole.valueOf(words[1].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new UsageException("Role must be commander, scribe or communications, not `" + abbreviate(words[1]) + "`.");
      }
    }
    String name = m.group(2) == null || m.group(2).length() < 2 ? null : m.group(2).substring(1);
    return new IncidentCommand.Assign(it.id(), m.group(1), name, role);
  }

  private IncidentCommand resolve(String rest) {
    IdAndText it = leadingIncidentId(rest);
    return new IncidentCommand.Resolve(it.id(), it.text().isEmpty() ? null : it.text());
  }

  private static IncidentCommand noArguments(String rest, IncidentCommand command) {
    if (!rest.isEmpty()) {
      throw new UsageException("That subcommand takes no arguments.");
    }
    return command;
  }

  private static String onlyIncidentId(String rest) {
    if (rest.isEmpty()) {
      return null;
    }
    if (!INCIDENT_ID.matcher(rest).matches()) {
      throw new UsageException("`" + abbreviate(rest) + "` is not an incident id (like `inc-3f2a9c01b7de`).");
    }
    return rest;
  }

  private record IdAndText(String id, String text) {}

  private static IdAndText leadingIncidentId(String rest) {
    String[] split = rest.split("\\s+", 2);
    if (INCIDENT_ID.matcher(split[0]).matches()) {
      return new IdAndText(split[0], split.length > 1 ? split[1].strip() : "");
    }
    return new IdAndText(null, rest);
  }

  /** Echo at most a short piece of what was typed, so a reply never becomes a wall of text. */
  private static String abbreviate(String s) {
    String clean = s.replace("`", "'");
    return clean.length() <= 40 ? clean : clean.substring(0, 40) + "…";
  }
}
