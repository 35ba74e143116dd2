package dev.firebreak.analysis.logs;

/**
 * Splits a message into whitespace tokens and masks the variable parts of each token as
 * {@code <*>}: any run of characters holding a digit between separators, which covers
 * numbers, hex, IPs and ports, UUIDs, block and job ids, durations ("15ms") and sizes ("4KB").
 * Absolute paths of two or more segments are masked whole; month and weekday names next to a
 * number are part of a date ({@link DateWords}). Works on chars, no regex: this is
 * the hot loop of the miner.
 */
final class TokenMasker {

    static final String WILDCARD = "<*>";

    private TokenMasker() {
    }

    /** Masked tokens of the message; runs of whitespace separate tokens. */
    static String[] mask(String message) {
        int n = message.length();
        String[] tokens = new String[8];
        int count = 0;
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(message.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n && !isSpace(message.charAt(i))) {
                i++;
            }
            if (count > 0 && tokens[count - 1].endsWith(WILDCARD) && isSizeUnit(message, start, i)) {
                // "12.5 KB" is one value: the unit joins the number, its punctuation stays.
                tokens[count - 1] = tokens[count - 1] + message.substring(start + unitLength(message, start, i), i);
                continue;
            }
            if (count == tokens.length) {
                tokens = java.util.Arrays.copyOf(tokens, count * 2);
            }
            boolean afterNumber = count > 0 && tokens[count - 1].equals(WILDCARD);
            tokens[count++] = DateWords.isDatePart(message, start, i, afterNumber) ? WILDCARD : maskToken(message, start, i);
        }
        return java.util.Arrays.copyOf(tokens, count);
    }

    static String maskToken(String s, int start, int end) {
        int open = start;
        while (open < end && "'\"([".indexOf(s.charAt(open)) >= 0) {
            open++;
        }
        if (isPath(s, open, end)) {
            int last = end;
            while (last > open && ":,;.)]'\"".indexOf(s.charAt(last - 1)) >= 0) {
                last--;
            }
            // The path is the value; the quotes or brackets around it and the punctuation
            // after it belong to the sentence.
            return s.substring(start, open) + WILDCARD + s.substring(last, end);
        }
        int scheme = schemeEnd(s, start, end);
        if (scheme > start && scheme + 3 < end) {
            // A URL is one value; its scheme says what kind.
            return s.substring(start, scheme + 3) + WILDCARD;
        }
        boolean anyDigit = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                anyDigit = true;
                break;
            }
        }
        if (!anyDigit) {
            return s.substring(start, end);
        }
        StringBuilder out = new StringBuilder(end - start + 4);
        int i = start;
        while (i < end) {
            char c = s.charAt(i);
            if (isSeparator(c)) {
                out.append(c);
                i++;
                continue;
            }
            int hexEnd = hexGroupsEnd(s, i, end);
            if (hexEnd > i) {
                appendWildcard(out);
                i = hexEnd;
                continue;
            }
            int segStart = i;
            boolean digit = false;
            while (i < end && !isSeparator(s.charAt(i))) {
                char d = s.charAt(i);
                digit |= d >= '0' && d <= '9';
                i++;
            }
            if (digit) {
                int kind = instanceKindEnd(s, segStart, i);
                if (kind > segStart) {
                    out.append(s, segStart, kind);
                }
                appendWildcard(out);
            } else {
                out.append(s, segStart, i);
            }
        }
        if (isHostName(out)) {
            return WILDCARD;
        }
        return maskHostBeforePort(out);
    }

    /**
     * End of a MAC address or similar id written as four or more colon-separated hex groups
     * ("00:11:43:e3:ba:c3") starting at {@code i}: one value, although some groups hold no
     * digit. {@code i} if there is none; times ("10:59:53", "28:16:00:46") have fewer groups
     * and no hex letter, and stay.
     */
    private static int hexGroupsEnd(String s, int i, int end) {
        int groups = 0;
        boolean digit = false;
        boolean hexLetter = false;
        int j = i;
        while (true) {
            int groupStart = j;
            while (j < end && isHex(s.charAt(j))) {
                boolean d = s.charAt(j) <= '9';
                digit |= d;
                hexLetter |= !d;
                j++;
            }
            int length = j - groupStart;
            if (length < 1 || length > 4) {
                return i;
            }
            groups++;
            if (j < end - 1 && s.charAt(j) == ':') {
                j++;
            } else {
                break;
            }
        }
        boolean bounded = j == end || isSeparator(s.charAt(j));
        return (groups >= 6 || (groups >= 4 && hexLetter)) && digit && bounded ? j : i;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /**
     * End (just after the hyphen) of the kind in a "kind-number" name such as "node-219",
     * "worker-3" or "node-D0": a word, one hyphen, then the instance id. The kind is constant
     * text, only the instance varies. Start if the segment is not such a name (no word before
     * the hyphen, or more hyphens as in "msra-sa-41" or a UUID, which stay one value).
     */
    private static int instanceKindEnd(String s, int start, int end) {
        int i = start;
        while (i < end && Character.isLetter(s.charAt(i))) {
            i++;
        }
        if (i - start < 2 || i >= end - 1 || s.charAt(i) != '-') {
            return start;
        }
        for (int j = i + 1; j < end; j++) {
            if (s.charAt(j) == '-') {
                return start;
            }
        }
        return i + 1;
    }

    // "[<*>.cluster.example.com:<*>]" is a host and a port: "[<*>:<*>]".
    private static String maskHostBeforePort(StringBuilder token) {
        int close = token.length();
        while (close > 0 && ")]},;.".indexOf(token.charAt(close - 1)) >= 0) {
            close--;
        }
        int colon = close - WILDCARD.length() - 1;
        if (colon <= 0 || token.charAt(colon) != ':' || !endsWithWildcard(token, close)) {
            return token.toString();
        }
        int open = 0;
        while (open < colon && "[(".indexOf(token.charAt(open)) >= 0) {
            open++;
        }
        StringBuilder host = new StringBuilder(token.subSequence(open, colon));
        if (!isHostName(host)) {
            return token.toString();
        }
        return token.substring(0, open) + WILDCARD + token.substring(colon);
    }

    // "node7.cluster.example.com" masked to "<*>.cluster.example.com" is still one host name.
    private static boolean isHostName(StringBuilder token) {
        int dots = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '.') {
                dots++;
            } else if (!Character.isLetterOrDigit(c) && c != '-' && c != '<' && c != '*' && c != '>') {
                return false;
            }
        }
        return dots >= 2 && token.indexOf(WILDCARD) >= 0 && token.indexOf("..") < 0
                && token.charAt(0) != '.' && token.charAt(token.length() - 1) != '.';
    }

    // Adjacent variables joined by a separator-free boundary collapse into one, and so do
    // variables joined by dots: "10.0.0.1" and "3.5" are one value, "core.1234" keeps "core.".
    private static void appendWildcard(StringBuilder out) {
        int len = out.length();
        if (endsWithWildcard(out, len)) {
            return;
        }
        if (len >= 4 && out.charAt(len - 1) == '.' && endsWithWildcard(out, len - 1)) {
            out.setLength(len - 1);
            return;
        }
        // "/10.0.0.1" is an address, not a path: the leading slash goes with the value.
        if (len == 1 && out.charAt(0) == '/') {
            out.setLength(0);
        }
        out.append(WILDCARD);
    }

    private static boolean endsWithWildcard(StringBuilder out, int len) {
        return len >= 3 && out.charAt(len - 1) == '>' && out.charAt(len - 2) == '*' && out.charAt(len - 3) == '<';
    }

    // Index of "://" inside the token, or -1: searched within the token only (the hot loop).
    private static int schemeEnd(String s, int start, int end) {
        for (int i = start; i + 2 < end; i++) {
            if (s.charAt(i) == ':' && s.charAt(i + 1) == '/' && s.charAt(i + 2) == '/') {
                return i;
            }
        }
        return -1;
    }

    /** Length of the size unit ("B", "KB", "MiB"...) the token starts with, followed only by punctuation. */
    private static int unitLength(String s, int start, int end) {
        int i = start;
        while (i < end && Character.isLetter(s.charAt(i))) {
            i++;
        }
        return i - start;
    }

    private static final String[] SIZE_UNITS = {"B", "KB", "MB", "GB", "TB", "KiB", "MiB", "GiB", "TiB"};

    private static boolean isSizeUnit(String s, int start, int end) {
        int letters = unitLength(s, start, end);
        if (letters < 1 || letters > 3) {
            return false;
        }
        for (int i = start + letters; i < end; i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return false;
            }
        }
        for (String unit : SIZE_UNITS) {
            if (unit.length() == letters && s.regionMatches(start, unit, 0, letters)) {
                return true;
            }
        }
        return false;
    }

    // "/var/lib/data", and "/default-rack": one segment starting with a letter is a path too
    // ("/10.0.0.1" is an address, masked as a number).
    private static boolean isPath(String s, int start, int end) {
        if (end - start < 3 || s.charAt(start) != '/') {
            return false;
        }
        for (int i = start + 1; i < end - 1; i++) {
            if (s.charAt(i) == '/') {
                return true;
            }
        }
        return Character.isLetter(s.charAt(start + 1));
    }

    static boolean isSeparator(char c) {
        switch (c) {
            case '.': case '/':
            case ',': case ';': case ':': case '=': case '|': case '"': case '\'':
            case '[': case ']': case '(': case ')': case '{': case '}': case '<': case '>':
                return true;
            default:
                return false;
        }
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }
}
