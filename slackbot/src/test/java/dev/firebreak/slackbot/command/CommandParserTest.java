package dev.firebreak.slackbot.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.workflows.incident.IncidentRole;
import org.junit.jupiter.api.Test;

class CommandParserTest {
  private final CommandParser parser = new CommandParser();

  @Test
  void declareTakesTitleSeverityAndServiceInAnyOrder() {
    assertThat(parser.parse("declare EU checkout down --sev sev1 --service checkout"))
        .isEqualTo(new IncidentCommand.Declare("EU checkout down", "sev1", "checkout"));
    assertThat(parser.parse("declare --service cart Cart is slow"))
        .isEqualTo(new IncidentCommand.Declare("Cart is slow", "sev3", "cart"));
    assertThat(parser.parse("declare")).isEqualTo(new IncidentCommand.Declare("", "sev3", null));
  }

  @Test
  void idIsOptionalWhereTheChannelImpliesIt() {
    assertThat(parser.parse("ack")).isEqualTo(new IncidentCommand.Acknowledge(null));
    assertThat(parser.parse("ACK inc-3f2a9c01b7de")).isEqualTo(new IncidentCommand.Acknowledge("inc-3f2a9c01b7de"));
    assertThat(parser.parse("status")).isEqualTo(new IncidentCommand.Status(null));
    assertThat(parser.parse("note rolling back now")).isEqualTo(new IncidentCommand.Note(null, "rolling back now"));
    assertThat(parser.parse("note inc-3f2a9c01b7de rolling back"))
        .isEqualTo(new IncidentCommand.Note("inc-3f2a9c01b7de", "rolling back"));
    assertThat(parser.parse("resolve")).isEqualTo(new IncidentCommand.Resolve(null, null));
    assertThat(parser.parse("resolve inc-3f2a9c01b7de rolled back a39bf2c"))
        .isEqualTo(new IncidentCommand.Resolve("inc-3f2a9c01b7de", "rolled back a39bf2c"));
    assertThat(parser.parse("postmortem inc-3f2a9c01b7de")).isEqualTo(new IncidentCommand.Postmortem("inc-3f2a9c01b7de"));
  }

  @Test
  void assignReadsSlackEscapedMentionsAndRoles() {
    assertThat(parser.parse("assign <@U024BE7LH|bob> scribe"))
        .isEqualTo(new IncidentCommand.Assign(null, "U024BE7LH", "bob", IncidentRole.SCRIBE));
    assertThat(parser.parse("assign inc-3f2a9c01b7de <@U024BE7LH>"))
        .isEqualTo(new IncidentCommand.Assign("inc-3f2a9c01b7de", "U024BE7LH", null, IncidentRole.COMMANDER));
  }

  @Test
  void emptyAndHelpShowUsage() {
    assertThat(parser.parse("")).isEqualTo(new IncidentCommand.Help());
    assertThat(parser.parse("  help ")).isEqualTo(new IncidentCommand.Help());
    assertThat(parser.parse("list")).isEqualTo(new IncidentCommand.ListIncidents());
  }

  @Test
  void badInputIsAUsageErrorThatSaysWhatWasWrong() {
    assertThatThrownBy(() -> parser.parse("reboot everything")).isInstanceOf(UsageException.class)
        .hasMessageContaining("Unknown subcommand `reboot`");
    assertThatThrownBy(() -> parser.parse("declare Down --sev sev9")).isInstanceOf(UsageException.class)
        .hasMessageContaining("sev9");
    assertThatThrownBy(() -> parser.parse("declare Down --sev")).isInstanceOf(UsageException.class);
    assertThatThrownBy(() -> parser.parse("declare Down --priority p1")).isInstanceOf(UsageException.class);
    assertThatThrownBy(() -> parser.parse("assign bob")).isInstanceOf(UsageException.class)
        .hasMessageContaining("not a Slack user");
    assertThatThrownBy(() -> parser.parse("assign <@U1> janitor")).isInstanceOf(UsageException.class)
        .hasMessageContaining("commander, scribe or communications");
    assertThatThrownBy(() -> parser.parse("ack 42; drop table incidents")).isInstanceOf(UsageException.class)
        .hasMessageContaining("not an incident id");
    assertThatThrownBy(() -> parser.parse("note")).isInstanceOf(UsageException.class);
    assertThatThrownBy(() -> parser.parse("list everything")).isInstanceOf(UsageException.class);
    assertThatThrownBy(() -> parser.parse("note " + "x".repeat(4000))).isInstanceOf(UsageException.class);
  }
}
