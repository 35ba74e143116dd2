package dev.firebreak.api.warroom;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Markdown to HTML for the postmortem draft. The draft quotes people (notes, summaries, reasons),
 * so raw HTML in it is escaped and link targets are sanitised: the result is safe to insert
 * unescaped, and it is the only HTML the pages insert that way.
 */
@Component
class MarkdownRenderer {
  private final Parser parser = Parser.builder().build();
  private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

  String render(String markdown) {
    return renderer.render(parser.parse(markdown == null ? "" : markdown));
  }
}
