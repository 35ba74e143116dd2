package dev.firebreak.analysis.logs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Online Drain-style template miner. A message is masked ({@link TokenMasker}), then joins the
 * most similar template with the same token count and the same leading constant token, or
 * starts a new one. Joining turns differing positions into {@code <*>}; when that makes two
 * templates identical they merge. A message differing from a template by a plain word or by
 * shape does not join it ({@link TokenDifference}); a word position becomes a variable only
 * once it has shown {@link MinerSettings#wordVariants()} different words. Thread-safe (one lock); memory is bounded by
 * {@link MinerSettings#maxTemplates()} with least-recently-used eviction.
 */
public final class TemplateMiner {

    private final MinerSettings settings;
    private final Map<String, List<Cluster>> groups = new HashMap<>();
    /** All live clusters in access order: the first one is the eviction candidate. */
    private final LinkedHashMap<Integer, Cluster> live = new LinkedHashMap<>(16, 0.75f, true);
    /** Masked message -> cluster; a repeat of a known shape skips the similarity search. */
    private final HashMap<String, Cluster> exact = new HashMap<>();
    private final Map<Integer, Cluster> byId = new HashMap<>();
    /** Ids of templates that merged away -> the template they joined; bounded like the rest. */
    private final LinkedHashMap<Integer, Cluster> aliases;
    private int nextId = 1;
    private long clock;

    public TemplateMiner(MinerSettings settings) {
        this.settings = settings;
        this.aliases = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, Cluster> eldest) {
                return size() > settings.maxTemplates();
            }
        };
    }

    public TemplateMiner() {
        this(MinerSettings.defaults());
    }

    /** Adds a message and returns the template it belongs to now. */
    public synchronized LogTemplate add(String message) {
        Cluster cluster = assign(message);
        return new LogTemplate(cluster.id, cluster.text(), cluster.count);
    }

    /** Adds a message and returns only the id of its template (cheaper than {@link #add}). */
    public synchronized int addForId(String message) {
        return assign(message).id;
    }

    /** Current template of an id returned earlier, following merges; null if it was evicted. */
    public synchronized LogTemplate template(int id) {
        Cluster c = lookup(id);
        if (c == null) {
            return null;
        }
        return c.evicted ? null : new LogTemplate(c.id, c.text(), c.count);
    }

    /** Id a previously returned id now stands for (itself unless its template merged away). */
    public synchronized int currentId(int id) {
        Cluster c = lookup(id);
        return c == null ? id : c.id;
    }

    private Cluster lookup(int id) {
        Cluster c = byId.get(id);
        if (c == null) {
            c = aliases.get(id);
        }
        return c == null ? null : c.resolve();
    }

    /** Live templates, most frequent first. */
    public synchronized List<LogTemplate> templates() {
        List<LogTemplate> result = new ArrayList<>();
        for (Cluster c : live.values()) {
            result.add(new LogTemplate(c.id, c.text(), c.count));
        }
        result.sort((a, b) -> Long.compare(b.count(), a.count()));
        return result;
    }

    public synchronized int size() {
        return live.size();
    }

    private Cluster assign(String message) {
        clock++;
        String[] tokens = TokenMasker.mask(message);
        String key = String.join(" ", tokens);
        Cluster cached = exact.get(key);
        if (cached != null) {
            cached = cached.resolve();
            if (!cached.evicted) {
                touch(cached);
                return cached;
            }
        }
        String groupKey = groupKey(tokens);
        List<Cluster> group = groups.computeIfAbsent(groupKey, k -> new ArrayList<>());
        Cluster best = mostSimilar(group, tokens);
        if (best == null) {
            best = joinWordVariants(group, tokens);
        }
        if (best == null) {
            best = new Cluster(nextId++, tokens.clone(), groupKey);
            group.add(best);
            live.put(best.id, best);
            byId.put(best.id, best);
            evictIfNeeded();
        } else if (best.generalise(tokens)) {
            best = mergeDuplicates(group, best);
        }
        touch(best);
        if (exact.size() >= 8 * settings.maxTemplates()) {
            exact.clear();
        }
        exact.put(key, best);
        return best;
    }

    private void touch(Cluster c) {
        c.count++;
        c.lastUsed = clock;
        live.get(c.id);
    }

    // The most similar template the message may join: similar enough and differing from it
    // only where values vary (not by a word or by shape, see TokenDifference).
    private Cluster mostSimilar(List<Cluster> group, String[] tokens) {
        Cluster best = null;
        double bestSimilarity = -1;
        int bestWildcards = -1;
        for (Cluster c : group) {
            double s = c.similarity(tokens);
            if (s < settings.similarity()) {
                continue;
            }
            if ((s > bestSimilarity || (s == bestSimilarity && c.wildcards() > bestWildcards))
                    && c.difference(tokens) == TokenDifference.VARIABLE) {
                best = c;
                bestSimilarity = s;
                bestWildcards = c.wildcards();
            }
        }
        return best;
    }

    /**
     * A position that kept events apart because it held different words becomes a variable
     * once it has shown {@link MinerSettings#wordVariants()} different words: two or so
     * spellings are the code's choice ("begin"/"end"), many are data (user names). The
     * templates differing from the message only there fold into one; returns it, or null.
     */
    private Cluster joinWordVariants(List<Cluster> group, String[] tokens) {
        if (group.size() < settings.wordVariants() - 1) {
            return null;
        }
        Map<Integer, List<Cluster>> byPosition = null;
        for (Cluster c : group) {
            int p = c.soleWordDifference(tokens);
            if (p < 0 || c.similarityIgnoring(tokens, p) < settings.similarity()) {
                continue;
            }
            if (byPosition == null) {
                byPosition = new HashMap<>();
            }
            List<Cluster> siblings = byPosition.computeIfAbsent(p, k -> new ArrayList<>());
            siblings.add(c);
            if (distinctWords(siblings, p, tokens[p]) >= settings.wordVariants()) {
                return fold(group, siblings, tokens);
            }
        }
        return null;
    }

    private static int distinctWords(List<Cluster> siblings, int position, String word) {
        Set<String> words = new HashSet<>();
        words.add(word);
        for (Cluster c : siblings) {
            words.add(c.tokens[position]);
        }
        return words.size();
    }

    // The oldest template takes the message and every sibling; the others become aliases.
    private Cluster fold(List<Cluster> group, List<Cluster> siblings, String[] tokens) {
        Cluster keep = siblings.get(0);
        for (Cluster c : siblings) {
            if (c.id < keep.id) {
                keep = c;
            }
        }
        keep.generalise(tokens);
        for (Cluster c : siblings) {
            if (c != keep) {
                keep.generalise(c.tokens);
                absorb(group, keep, c);
            }
        }
        return mergeDuplicates(group, keep);
    }

    private void absorb(List<Cluster> group, Cluster keep, Cluster drop) {
        keep.count += drop.count;
        drop.mergedInto = keep;
        group.remove(drop);
        live.remove(drop.id);
        byId.remove(drop.id);
        aliases.put(drop.id, keep);
    }

    // A template that generalised may now equal another one of its group: keep one of them.
    private Cluster mergeDuplicates(List<Cluster> group, Cluster changed) {
        Iterator<Cluster> it = group.iterator();
        while (it.hasNext()) {
            Cluster other = it.next();
            if (other != changed && java.util.Arrays.equals(other.tokens, changed.tokens)) {
                Cluster keep = other.id < changed.id ? other : changed;
                absorb(group, keep, keep == other ? changed : other);
                return keep;
            }
        }
        return changed;
    }

    private void evictIfNeeded() {
        while (live.size() > settings.maxTemplates()) {
            Iterator<Cluster> it = live.values().iterator();
            Cluster victim = it.next();
            it.remove();
            victim.evicted = true;
            List<Cluster> group = groups.get(victim.groupKey);
            group.remove(victim);
            if (group.isEmpty()) {
                groups.remove(victim.groupKey);
            }
            byId.remove(victim.id);
        }
    }

    // Drain's tree levels: token count, then the first token unless it is variable.
    private static String groupKey(String[] tokens) {
        String first = tokens.length == 0 ? "" : tokens[0];
        if (first.contains(TokenMasker.WILDCARD)) {
            first = TokenMasker.WILDCARD;
        }
        StringBuilder key = new StringBuilder().append(tokens.length).append(' ').append(first);
        for (int i = 1; i < tokens.length; i++) {
            if (isWordSetting(tokens[i]) || isModeWord(tokens[i])) {
                key.append(' ').append(tokens[i]);
            }
        }
        return key.toString();
    }

    /**
     * A state or flag spelled as a word: an upper-case identifier ("RUNNING", "TASK_ABORT") or a
     * boolean, alone or as "key:value". Lines differing there are different events.
     */
    static boolean isModeWord(String token) {
        int end = token.length();
        while (end > 0 && ",.;)".indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        int start = token.lastIndexOf(':', end - 1) + 1;
        String word = token.substring(start, end);
        if (word.equals("true") || word.equals("false")) {
            return true;
        }
        if (word.length() < 3) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (c != '_') {
                return false;
            }
        }
        return upper >= 2;
    }

    /**
     * "key=word" with a letters-only value ("user=root", "state=RUNNING") names a mode, not a
     * measurement: messages differing there are different events, so it joins the group key
     * and is never generalised. Values with digits were masked already and stay variable;
     * "null" and digit-free hex ("ffffffff") are values, not modes.
     */
    static boolean isWordSetting(String token) {
        int eq = token.indexOf('=');
        if (eq <= 0 || eq == token.length() - 1 || token.endsWith("=null")) {
            return false;
        }
        boolean nonHex = false;
        for (int i = eq + 1; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!Character.isLetter(c)) {
                return false;
            }
            nonHex |= Character.digit(c, 16) < 0;
        }
        return nonHex;
    }
}
