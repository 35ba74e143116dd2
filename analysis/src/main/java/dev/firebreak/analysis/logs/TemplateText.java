package dev.firebreak.analysis.logs;

/**
 * Renders template tokens as text: single spaces; a bare variable right next to a token made of
 * variables and punctuation only ("<*> <*>:<*>", "#<*> <*>") is folded into it.
 */
final class TemplateText {

    private TemplateText() {
    }

    static String render(String[] tokens) {
        StringBuilder sb = new StringBuilder();
        String previous = null;
        for (String token : tokens) {
            // Variables with no constant text between them are one variable of unknown width:
            // "Jul 27 10:59:53 2005" is one date, not four values. A token holding a word
            // ("Record{<*>") is constant text and keeps its neighbours apart, and so does
            // punctuation between the variables ("<*> (<*>)").
            if (previous != null && isVariableOnly(previous) && isVariableOnly(token)) {
                if (TokenMasker.WILDCARD.equals(token) && previous.endsWith(TokenMasker.WILDCARD)) {
                    continue;
                }
                if (TokenMasker.WILDCARD.equals(previous) && token.startsWith(TokenMasker.WILDCARD)) {
                    sb.setLength(sb.length() - previous.length());
                    sb.append(token);
                    previous = token;
                    continue;
                }
            }
            if (previous != null) {
                sb.append(' ');
            }
            sb.append(token);
            previous = token;
        }
        return sb.toString();
    }

    // "<*>", "<*>:<*>:<*>", "#<*>": variables and punctuation, no letter or digit of its own.
    private static boolean isVariableOnly(String token) {
        if (!token.contains(TokenMasker.WILDCARD)) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetterOrDigit(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
