package dev.firebreak.analysis.logs;

/**
 * A mined template.
 *
 * @param id stable identifier (survives generalisation; a merged template keeps the id of the
 *     template it merged into)
 * @param template the message with its variable parts shown as {@code <*>}
 * @param count how many messages matched it so far
 */
public record LogTemplate(int id, String template, long count) {
}
