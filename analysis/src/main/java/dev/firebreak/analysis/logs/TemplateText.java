package dev.firebreak.analysis.logs;

/** Renders template tokens as text: single spaces, consecutive wildcards collapsed. */
final class TemplateText {

    private TemplateText() {
    }

    static String render(String[] tokens) {
        StringBuilder sb = new StringBuilder();
        boolean previousWildcard = false;
        for (String token : tokens) {
            boolean wildcard = TokenMasker.WILDCARD.equals(token);
            // Several variable tokens in a row are one variable of unknown width (e.g. a date).
            if (wildcard && previousWildcard) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(token);
            previousWildcard = wildcard;
        }
        return sb.toString();
    }
}
