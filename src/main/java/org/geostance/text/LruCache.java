package org.geostance.text;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded cache for one thread: the JDK's access-ordered {@link LinkedHashMap}, dropping the least recently used
 * entry past its limit. The word caches of the scoring pass (chunk tokens, stems) are looked up several times per
 * token; a concurrent cache (Caffeine) spent most of that time on read buffers and maintenance, about 17 % of the
 * scoring stage's CPU by JFR, which a hash lookup in a map no other thread sees does not need. Not thread-safe:
 * hold one per thread.
 */
public final class LruCache<K, V> extends LinkedHashMap<K, V> {
    private static final long serialVersionUID = 1L;

    private final int limit;

    public LruCache(int limit) {
        super(16, 0.75f, true);
        this.limit = limit;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > limit;
    }
}
