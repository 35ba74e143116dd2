package dev.firebreak.analysis.logs;

/**
 * What a difference between a template token and a message token at the same position says.
 * Only the differing core counts: what both share up to punctuation ("rhost=", "(", ",") is
 * cut off first, as {@link TokenPattern} does when it generalises.
 */
enum TokenDifference {

    /** Equal, or a value that may vary: masked numbers, dotted names, a known variable. */
    VARIABLE,
    /**
     * Two different plain words ("bytes"/"values", "begin"/"end", "view"/"modify"): in log
     * statements a word that takes one of a few spellings is chosen by the code path, so the
     * lines are different events, until the position has shown many different words (user
     * names, service names), see {@link TemplateMiner}.
     */
    WORD,
    /**
     * A word or punctuation against nothing ("by LOGIN(uid=0)" / "by (uid=0)",
     * "instruction......0" / "instruction...0"), or a punctuation-only token ("****", "-")
     * against anything else: the line has a different shape, never the same event.
     * An empty value against a varying one ("()" / "(host-7)") is just an empty variable.
     */
    SHAPE;

    static TokenDifference of(String template, String message) {
        if (template.equals(message)) {
            return VARIABLE;
        }
        int prefix = TokenPattern.sharedPrefix(template, message);
        int suffix = TokenPattern.sharedSuffix(template, message, prefix);
        int aEnd = template.length() - suffix;
        int bEnd = message.length() - suffix;
        if (aEnd <= prefix || bEnd <= prefix) {
            boolean wordOrMarks = (isWord(template, prefix, aEnd) && isWord(message, prefix, bEnd))
                    || isSymbols(template, prefix, aEnd) && isSymbols(message, prefix, bEnd);
            return wordOrMarks ? SHAPE : VARIABLE;
        }
        if (isSymbols(template, prefix, aEnd) || isSymbols(message, prefix, bEnd)) {
            return SHAPE;
        }
        boolean words = isWord(template, prefix, aEnd) && isWord(message, prefix, bEnd)
                && !isNameSegment(template, prefix, aEnd) && !isNameSegment(message, prefix, bEnd);
        return words ? WORD : VARIABLE;
    }

    // "red" in "red.lan", "alice" in "alice@db": one label of a host, package or mail name,
    // which is a value, not a word of the sentence.
    private static boolean isNameSegment(String s, int start, int end) {
        boolean before = start >= 2 && isNameJoint(s.charAt(start - 1)) && Character.isLetterOrDigit(s.charAt(start - 2));
        boolean after = end + 1 < s.length() && isNameJoint(s.charAt(end)) && Character.isLetterOrDigit(s.charAt(end + 1));
        return before || after;
    }

    private static boolean isNameJoint(char c) {
        return c == '.' || c == '/' || c == '@';
    }

    private static boolean isWord(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    // Punctuation only and no variable inside: a marker or separator, not a value.
    private static boolean isSymbols(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return s.indexOf(TokenMasker.WILDCARD, start) < 0 || s.indexOf(TokenMasker.WILDCARD, start) >= end;
    }
}
