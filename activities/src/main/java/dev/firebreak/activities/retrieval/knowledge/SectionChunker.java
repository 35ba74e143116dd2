package dev.firebreak.activities.retrieval.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a document into one chunk per markdown section, so a hit can name the section that matched.
 * Sections longer than {@code maxChunkChars} are split further at paragraph breaks because small
 * embedding models read only the first ~512 tokens of a text.
 */
public final class SectionChunker {

    public static final int DEFAULT_MAX_CHUNK_CHARS = 1_500;

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");

    private final int maxChunkChars;

    public SectionChunker() {
        this(DEFAULT_MAX_CHUNK_CHARS);
    }

    public SectionChunker(int maxChunkChars) {
        this.maxChunkChars = maxChunkChars;
    }

    public List<KnowledgeChunk> chunk(KnowledgeDocument document) {
        List<KnowledgeChunk> chunks = new ArrayList<>();
        for (Section section : sections(document.body())) {
            for (String piece : split(section.text())) {
                chunks.add(new KnowledgeChunk(document.id() + "#" + chunks.size(), document.id(), document.kind(),
                        document.title(), section.heading(), piece, document.date(), document.services(),
                        document.rootCauseKind(), document.tags(), document.contentHash()));
            }
        }
        return chunks;
    }

    private record Section(String heading, String text) {
    }

    private static List<Section> sections(String body) {
        List<Section> sections = new ArrayList<>();
        String heading = "";
        StringBuilder text = new StringBuilder();
        boolean inFence = false;
        for (String line : body.split("\\R", -1)) {
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
            }
            Matcher match = inFence ? null : HEADING.matcher(line);
            if (match != null && match.matches()) {
                addSection(sections, heading, text);
                heading = match.group(1);
                text.setLength(0);
            } else {
                text.append(line).append('\n');
            }
        }
        addSection(sections, heading, text);
        return sections;
    }

    private static void addSection(List<Section> sections, String heading, StringBuilder text) {
        String trimmed = text.toString().strip();
        if (!trimmed.isEmpty()) {
            sections.add(new Section(heading, trimmed));
        }
    }

    private List<String> split(String text) {
        if (text.length() <= maxChunkChars) {
            return List.of(text);
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            if (piece.length() > 0 && piece.length() + paragraph.length() > maxChunkChars) {
                pieces.add(piece.toString().strip());
                piece.setLength(0);
            }
            // A single paragraph longer than the limit is cut hard; rare in prose, common in pasted logs.
            for (int start = 0; start < paragraph.length(); start += maxChunkChars) {
                String part = paragraph.substring(start, Math.min(paragraph.length(), start + maxChunkChars));
                if (piece.length() > 0 && piece.length() + part.length() > maxChunkChars) {
                    pieces.add(piece.toString().strip());
                    piece.setLength(0);
                }
                piece.append(part).append("\n\n");
            }
        }
        if (!piece.toString().isBlank()) {
            pieces.add(piece.toString().strip());
        }
        return pieces;
    }
}
