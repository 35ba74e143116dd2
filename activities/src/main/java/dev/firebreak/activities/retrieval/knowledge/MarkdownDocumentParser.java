package dev.firebreak.activities.retrieval.knowledge;

import dev.firebreak.activities.retrieval.InvalidRetrievalInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Parses markdown with YAML front matter ({@code title, date, services, severity, root_cause_kind, tags}).
 * A file without front matter is still indexed; its title falls back to the first heading.
 */
public final class MarkdownDocumentParser {

    /** Default size limit: well above a real postmortem, well below what would choke an embedding batch. */
    public static final int DEFAULT_MAX_CHARS = 200_000;

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\uFEFF?---\\R(.*?)\\R---[ \\t]*(?:\\R|\\z)", Pattern.DOTALL);
    private static final Pattern FIRST_HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*\\s*$");

    private final int maxChars;

    public MarkdownDocumentParser() {
        this(DEFAULT_MAX_CHARS);
    }

    public MarkdownDocumentParser(int maxChars) {
        this.maxChars = maxChars;
    }

    /**
     * @param id          the document id (path relative to the knowledge root)
     * @param defaultKind kind used when the path does not start with {@code postmortems/} or {@code runbooks/}
     * @throws InvalidRetrievalInputException when the file is empty, oversized or its front matter is not YAML
     */
    public KnowledgeDocument parse(String id, String markdown, DocumentKind defaultKind) {
        if (markdown == null || markdown.isBlank()) {
            throw InvalidRetrievalInputException.emptyDocument(id);
        }
        if (markdown.length() > maxChars) {
            throw InvalidRetrievalInputException.oversizedDocument(id, markdown.length(), maxChars);
        }
        Map<?, ?> meta = Map.of();
        String body = markdown;
        Matcher frontMatter = FRONT_MATTER.matcher(markdown);
        if (frontMatter.find()) {
            meta = readYaml(id, frontMatter.group(1));
            body = markdown.substring(frontMatter.end());
        }
        if (body.isBlank()) {
            throw InvalidRetrievalInputException.emptyDocument(id);
        }
        return new KnowledgeDocument(
                id,
                kindOf(id, defaultKind),
                text(meta.get("title")) != null ? text(meta.get("title")) : firstHeading(body),
                date(meta.get("date")),
                list(meta.get("services")),
                text(meta.get("severity")),
                text(meta.get("root_cause_kind")),
                list(meta.get("tags")),
                body,
                sha256(markdown));
    }

    private static Map<?, ?> readYaml(String id, String yaml) {
        try {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
            return loaded instanceof Map<?, ?> map ? map : Map.of();
        } catch (YAMLException e) {
            throw new InvalidRetrievalInputException("document '" + id + "' has unreadable front matter: " + e.getMessage());
        }
    }

    private static DocumentKind kindOf(String id, DocumentKind defaultKind) {
        for (DocumentKind kind : DocumentKind.values()) {
            if (id.startsWith(kind.indexName() + "/")) {
                return kind;
            }
        }
        return defaultKind;
    }

    private static String firstHeading(String body) {
        Matcher heading = FIRST_HEADING.matcher(body);
        return heading.find() ? heading.group(1) : null;
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    private static List<String> list(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().filter(v -> v != null).map(v -> v.toString().trim()).filter(v -> !v.isEmpty()).toList();
        }
        if (value == null) {
            return List.of();
        }
        // "services: checkout, orders-db" is a common slip; accept it rather than index one odd service name.
        return java.util.Arrays.stream(value.toString().split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    private static LocalDate date(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.toString().trim().substring(0, Math.min(10, value.toString().trim().length())));
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
