package org.geostance.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LruCacheTest {
    @Test
    void dropsTheLeastRecentlyUsedEntryPastItsLimit() {
        LruCache<Integer> cache = new LruCache<>(2);
        cache.put("Ankara", 1);
        cache.put("Washington", 2);
        // Reading Ankara makes Washington the least recently used.
        assertThat(cache.get(new String("Ankara"))).isEqualTo(1);
        cache.put("Jérusalem", 3);
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.computeIfAbsent("Ankara", key -> -1)).isEqualTo(1);
        assertThat(cache.computeIfAbsent("Paris", String::length)).isEqualTo(5);
        assertThat(cache.get("Téhéran")).isNull();
    }

    @Test
    void answersEveryKeyItHoldsWhateverTheRecentTableHolds() {
        LruCache<String> cache = new LruCache<>(100_000);
        for (int i = 0; i < 50_000; i++) {
            cache.put("mot" + i, "valeur" + i);
        }
        for (int i = 0; i < 50_000; i++) {
            assertThat(cache.get("mot" + i)).isEqualTo("valeur" + i);
        }
        assertThat(cache.get("mot50000")).isNull();
        assertThat(cache.size()).isEqualTo(50_000);
    }
}
