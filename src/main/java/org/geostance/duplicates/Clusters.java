package org.geostance.duplicates;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * Groups articles linked by near-duplicate pairs into clusters (connected components, so a chain of close copies
 * is one story) and names each cluster after its first copy: the earliest date, an unknown date last, then the
 * smallest article id.
 */
public final class Clusters {
    /** Two articles found to be near-duplicates. */
    public record Link(String first, String second) {}

    /** An article id and its date ({@code YYYY-MM[-DD]} or null). */
    public record Member(String articleId, String date) {}

    static final Comparator<Member> FIRST_COPY = Comparator
            .comparing(Member::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Member::articleId);

    private Clusters() {}

    /**
     * @param links   near-duplicate pairs
     * @param members every article that appears in a link, with its date
     * @return the cluster id (the first copy's article id) of every linked article; unlinked articles are absent
     */
    public static Map<String, String> of(Collection<Link> links, Collection<Member> members) {
        Map<String, Member> byId = new HashMap<>();
        members.forEach(member -> byId.put(member.articleId(), member));
        Map<String, String> parent = new HashMap<>();
        for (Link link : links) {
            String a = root(parent, link.first());
            String b = root(parent, link.second());
            if (!a.equals(b)) {
                // The root is always the cluster's first copy, so no second pass is needed.
                boolean aFirst = FIRST_COPY.compare(member(byId, a), member(byId, b)) <= 0;
                parent.put(aFirst ? b : a, aFirst ? a : b);
            }
        }
        Map<String, String> clusters = new HashMap<>();
        for (String id : parent.keySet()) {
            clusters.put(id, root(parent, id));
        }
        return clusters;
    }

    private static Member member(Map<String, Member> byId, String id) {
        Member member = byId.get(id);
        if (member == null) {
            throw new IllegalArgumentException("no date given for linked article " + id);
        }
        return member;
    }

    private static String root(Map<String, String> parent, String id) {
        String root = parent.computeIfAbsent(id, k -> k);
        while (!root.equals(parent.get(root))) {
            root = parent.get(root);
        }
        // Path compression: later look-ups go straight to the root.
        String next = id;
        while (!next.equals(root)) {
            String up = parent.get(next);
            parent.put(next, root);
            next = up;
        }
        return root;
    }
}
