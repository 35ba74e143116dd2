package dev.firebreak.analysis.logs;

/**
 * Generalises two different tokens into one pattern that keeps what they share around the
 * variable part: "rhost=10.0.0.1" and "rhost=db.local" give "rhost=<*>", "(root)" and "(www)"
 * give "(<*>)". The shared prefix must end, and the shared suffix start, at punctuation, so
 * words are never cut ("root"/"rob" give "<*>", not "ro<*>").
 */
final class TokenPattern {

    private TokenPattern() {
    }

    static String merge(String a, String b) {
        int prefix = sharedPrefix(a, b);
        int suffix = sharedSuffix(a, b, prefix);
        String head = a.substring(0, prefix);
        String tail = a.substring(a.length() - suffix);
        // A wildcard right next to the new one is the same variable.
        if (head.endsWith(TokenMasker.WILDCARD)) {
            head = head.substring(0, head.length() - TokenMasker.WILDCARD.length());
        }
        if (tail.startsWith(TokenMasker.WILDCARD)) {
            tail = tail.substring(TokenMasker.WILDCARD.length());
        }
        return head + TokenMasker.WILDCARD + tail;
    }

    /** Length of the prefix both share, cut back to just after its last punctuation mark. */
    static int sharedPrefix(String a, String b) {
        int max = Math.min(a.length(), b.length());
        int prefix = 0;
        while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        while (prefix > 0 && Character.isLetterOrDigit(a.charAt(prefix - 1))) {
            prefix--;
        }
        return prefix;
    }

    /** Length of the suffix both share after the prefix, starting at a punctuation mark. */
    static int sharedSuffix(String a, String b, int prefix) {
        int max = Math.min(a.length(), b.length());
        int suffix = 0;
        while (suffix < max - prefix
                && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
            suffix++;
        }
        while (suffix > 0 && Character.isLetterOrDigit(a.charAt(a.length() - suffix))) {
            suffix--;
        }
        return suffix;
    }
}
