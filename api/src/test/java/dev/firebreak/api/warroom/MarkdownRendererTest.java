package dev.firebreak.api.warroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
  final MarkdownRenderer renderer = new MarkdownRenderer();

  @Test
  void rendersThePostmortemStructure() {
    assertThat(renderer.render("# Postmortem: x\n\n## Root cause\n\n- one\n- two\n"))
        .contains("<h1>Postmortem: x</h1>", "<h2>Root cause</h2>", "<li>one</li>");
  }

  @Test
  void htmlAndScriptLinksFromPeopleAreNeutralised() {
    String html = renderer.render("Note: <script>alert(1)</script> <img src=x onerror=alert(2)>\n\n"
        + "[click](javascript:alert(3))");
    assertThat(html).doesNotContain("<script", "<img", "javascript:").contains("&lt;script&gt;");
  }
}
