package org.detente.rehearsal;

import java.nio.charset.StandardCharsets;

/**
 * Seed derivation: pure functions, so that a session's randomness depends on the tournament seed
 * and the session's id only — never on thread scheduling or the order sessions run in.
 */
public final class Seeds {
    private Seeds() {
    }

    /** The seed of session {@code id} in a tournament seeded with {@code seed}. */
    public static long session(long seed, String id) {
        long h = 0xcbf29ce484222325L;
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return mix(seed ^ mix(h));
    }

    /** The seed of party {@code party}'s generator in a session seeded with {@code sessionSeed}. */
    public static long party(long sessionSeed, int party) {
        return mix(sessionSeed + 0x9e3779b97f4a7c15L * (party + 1));
    }

    /** SplitMix64's finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
