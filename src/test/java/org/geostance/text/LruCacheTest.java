package org.geostance.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LruCacheTest {
    @Test
    void dropsTheLeastRecentlyUsedEntryPastItsLimit() {
        LruCache<String, Integer> cache = new LruCache<>(2);
        cache.put("Ankara", 1);
        cache.put("Washington", 2);
        // Reading Ankara makes Washington the least recently used.
        assertThat(cache.get("Ankara")).isEqualTo(1);
        cache.put("Jérusalem", 3);
        assertThat(cache).containsOnlyKeys("Ankara", "Jérusalem");
        assertThat(cache.computeIfAbsent("Ankara", key -> -1)).isEqualTo(1);
        assertThat(cache.computeIfAbsent("Paris", String::length)).isEqualTo(5);
        assertThat(cache).containsOnlyKeys("Ankara", "Paris");
    }
}
