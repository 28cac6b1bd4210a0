package org.geostance.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClustersTest {
    @Test
    void aChainOfCopiesIsOneStoryNamedAfterItsEarliestCopy() {
        Map<String, String> clusters = Clusters.of(
                List.of(new Clusters.Link("c", "d"), new Clusters.Link("a", "b"), new Clusters.Link("b", "c")),
                List.of(member("a", "2024-05-04"), member("b", "2024-05-03"), member("c", null),
                        member("d", "2024-05-03")));
        // b and d share the earliest date; the smaller id wins.
        assertThat(clusters).containsExactlyInAnyOrderEntriesOf(Map.of("a", "b", "b", "b", "c", "b", "d", "b"));
    }

    @Test
    void separateStoriesStaySeparateAndUndatedCopiesComeLast() {
        Map<String, String> clusters = Clusters.of(
                List.of(new Clusters.Link("x", "y"), new Clusters.Link("p", "q")),
                List.of(member("x", null), member("y", "2020-01"), member("p", null), member("q", null)));
        assertThat(clusters).containsExactlyInAnyOrderEntriesOf(Map.of("x", "y", "y", "y", "p", "p", "q", "p"));
    }

    private static Clusters.Member member(String id, String date) {
        return new Clusters.Member(id, date);
    }
}
