package org.geostance.duplicates;

/** The 32-bit steps of MurmurHash3 (x86_32) that shingle hashing and MinHash permutations share. */
final class Murmur3 {
    private Murmur3() {}

    /** One block of MurmurHash3_x86_32. */
    static int mix(int hash, int block) {
        int k = block * 0xcc9e2d51;
        k = Integer.rotateLeft(k, 15) * 0x1b873593;
        return Integer.rotateLeft(hash ^ k, 13) * 5 + 0xe6546b64;
    }

    /** The finaliser: a bijection of the 32-bit ints in which every input bit changes about half the output bits. */
    static int fmix(int hash) {
        int h = hash ^ (hash >>> 16);
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }
}
