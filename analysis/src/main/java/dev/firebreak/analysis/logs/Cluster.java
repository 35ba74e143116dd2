package dev.firebreak.analysis.logs;

/** A group of messages sharing one template; mutable, guarded by the owning miner's lock. */
final class Cluster {

    final int id;
    final String[] tokens;
    final String groupKey;
    long count;
    long lastUsed;
    /** Set when this cluster was folded into another one; lookups follow the chain. */
    Cluster mergedInto;
    boolean evicted;
    private String text;

    Cluster(int id, String[] tokens, String groupKey) {
        this.id = id;
        this.tokens = tokens;
        this.groupKey = groupKey;
    }

    Cluster resolve() {
        Cluster c = this;
        while (c.mergedInto != null) {
            c = c.mergedInto;
        }
        return c;
    }

    /**
     * Similarity of a masked message to this template: share of positions that are equal or
     * share a stem, a named prefix up to punctuation: the key of a field ("ws=null," and
     * "ws=WorkSource{<*>},") or the namespace of a dotted name ("android.intent.action.TIME_TICK"
     * and "android.intent.action.BATTERY_CHANGED"). The stem is the event's, the rest is data.
     */
    double similarity(String[] other) {
        int same = 0;
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].equals(other[i]) || sameStem(tokens[i], other[i])) {
                same++;
            }
        }
        return (double) same / tokens.length;
    }

    // A shared prefix of punctuation only ("(" of "(root)" and "(www)") is no stem.
    static boolean sameStem(String a, String b) {
        int prefix = TokenPattern.sharedPrefix(a, b);
        for (int i = 0; i < prefix; i++) {
            if (Character.isLetterOrDigit(a.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The strongest difference between this template and a masked message: {@code SHAPE} if any
     * position differs in shape, else {@code WORD} if any differs by a word, else
     * {@code VARIABLE} (the message may join).
     */
    TokenDifference difference(String[] other) {
        TokenDifference worst = TokenDifference.VARIABLE;
        for (int i = 0; i < tokens.length; i++) {
            if (!tokens[i].equals(other[i])) {
                TokenDifference d = TokenDifference.of(tokens[i], other[i]);
                if (d == TokenDifference.SHAPE) {
                    return d;
                }
                if (d == TokenDifference.WORD) {
                    worst = d;
                }
            }
        }
        return worst;
    }

    /**
     * The only position where this template and the message differ by a word, all other
     * positions being joinable; -1 if there is none or more than one.
     */
    int soleWordDifference(String[] other) {
        int position = -1;
        for (int i = 0; i < tokens.length; i++) {
            if (!tokens[i].equals(other[i])) {
                TokenDifference d = TokenDifference.of(tokens[i], other[i]);
                if (d == TokenDifference.SHAPE || (d == TokenDifference.WORD && position >= 0)) {
                    return -1;
                }
                if (d == TokenDifference.WORD) {
                    position = i;
                }
            }
        }
        return position;
    }

    /** {@link #similarity} counting position {@code ignored} as equal. */
    double similarityIgnoring(String[] other, int ignored) {
        int same = 0;
        for (int i = 0; i < tokens.length; i++) {
            if (i == ignored || tokens[i].equals(other[i]) || sameStem(tokens[i], other[i])) {
                same++;
            }
        }
        return (double) same / tokens.length;
    }

    int wildcards() {
        int w = 0;
        for (String t : tokens) {
            if (t.contains(TokenMasker.WILDCARD)) {
                w++;
            }
        }
        return w;
    }

    /**
     * Turns the positions where the message differs into variables, keeping the punctuation both
     * sides share ("rhost=<*>", "(<*>)", "<*>,"); true if the template changed.
     */
    boolean generalise(String[] other) {
        boolean changed = false;
        for (int i = 0; i < tokens.length; i++) {
            if (!tokens[i].equals(other[i]) && !TokenMasker.WILDCARD.equals(tokens[i])) {
                tokens[i] = TokenPattern.merge(tokens[i], other[i]);
                changed = true;
            }
        }
        if (changed) {
            text = null;
        }
        return changed;
    }

    String text() {
        if (text == null) {
            text = TemplateText.render(tokens);
        }
        return text;
    }
}
