package org.geostance.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A bounded cache of word-keyed values for one thread: the JDK's access-ordered {@link LinkedHashMap}, dropping the
 * least recently used entry past its limit, behind a small direct-mapped table of recent hits. The word caches of
 * the scoring pass (chunk tokens, stems) are looked up several times per token; a concurrent cache (Caffeine) spent
 * most of that time on read buffers and maintenance (about 17 % of the scoring stage's JFR samples), and a lookup in
 * a map of some 100,000 entries is a few cache misses, while the frequent words of news text fit in the small table.
 * Not thread-safe: hold one per thread.
 */
public final class LruCache<V> {
    /** Slots of the table of recent hits: 2 × 16 KB of references, small enough to stay in a core's cache. */
    private static final int RECENT = 4096;

    private final String[] recentKeys = new String[RECENT];
    private final Object[] recentValues = new Object[RECENT];
    private final Map<String, V> entries;

    public LruCache(int limit) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > limit;
            }
        };
    }

    /** The value of the key, or null. */
    @SuppressWarnings("unchecked")
    public V get(String key) {
        int slot = slot(key);
        String recent = recentKeys[slot];
        // Token texts come from the chunk cache, so a frequent word is usually the very same String.
        if (recent == key || key.equals(recent)) {
            return (V) recentValues[slot];
        }
        V value = entries.get(key);
        if (value != null) {
            recentKeys[slot] = key;
            recentValues[slot] = value;
        }
        return value;
    }

    public V computeIfAbsent(String key, Function<String, V> compute) {
        V value = get(key);
        if (value == null) {
            value = compute.apply(key);
            put(key, value);
        }
        return value;
    }

    public void put(String key, V value) {
        entries.put(key, value);
        int slot = slot(key);
        recentKeys[slot] = key;
        recentValues[slot] = value;
    }

    /** Entries held beyond the recent table (at most the limit). */
    public int size() {
        return entries.size();
    }

    private static int slot(String key) {
        int hash = key.hashCode();
        return (hash ^ (hash >>> 16)) & (RECENT - 1);
    }
}
