package dev.firebreak.benchmarks.loghub;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the header of a log line from its message, from a logparser-style format such as
 * {@code "<Date> <Time> <Level> <Component>: <Content>"}: fields in angle brackets, spaces
 * match any run of spaces, the rest is taken as a regex literal. Only {@code Content} is kept.
 */
final class LogFormat {

    private final Pattern pattern;

    LogFormat(String format) {
        StringBuilder regex = new StringBuilder("^");
        Matcher field = Pattern.compile("<([^<>]+)>").matcher(format);
        int last = 0;
        while (field.find()) {
            regex.append(format.substring(last, field.start()).replaceAll(" +", "\\\\s+"));
            String name = field.group(1);
            regex.append(name.equals("Content") ? "(?<Content>.*?)" : "(?:.*?)");
            last = field.end();
        }
        regex.append(format.substring(last).replaceAll(" +", "\\\\s+")).append('$');
        this.pattern = Pattern.compile(regex.toString());
    }

    /** The message part of the line, or null when the line does not follow the format. */
    String content(String line) {
        Matcher m = pattern.matcher(line.strip());
        return m.matches() ? m.group("Content") : null;
    }
}
