package org.detente.conflict.stability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The one SCC routine: components are the classes of mutual reachability, numbered sinks first. */
class ComponentsTest {
    /** A graph of {@code n} nodes whose node v has the edges {@code v → edges[v*3 + i] mod n}, some skipped. */
    private static Components.Graph graph(int n, List<Integer> edges) {
        return new Components.Graph() {
            @Override
            public int nodes() {
                return n;
            }

            @Override
            public int successor(int v, int k) {
                int at = v * 3 + k;
                if (k >= 3 || at >= edges.size()) {
                    return Components.END;
                }
                int e = edges.get(at);
                return e < 0 ? Components.SKIP : e % n;
            }
        };
    }

    private static boolean[] reach(Components.Graph g, int from) {
        boolean[] seen = new boolean[g.nodes()];
        ArrayDeque<Integer> todo = new ArrayDeque<>(List.of(from));
        seen[from] = true;
        while (!todo.isEmpty()) {
            int v = todo.pop();
            for (int k = 0, w; (w = g.successor(v, k)) != Components.END; k++) {
                if (w >= 0 && !seen[w]) {
                    seen[w] = true;
                    todo.push(w);
                }
            }
        }
        return seen;
    }

    @Property(tries = 300)
    void mutualReachabilityAndSinksFirst(@ForAll @IntRange(min = 1, max = 12) int n,
                                         @ForAll @Size(max = 36) List<@IntRange(min = -1, max = 40) Integer> edges) {
        Components.Graph g = graph(n, edges);
        int[] comp = Components.of(g);
        boolean[][] r = new boolean[n][];
        for (int v = 0; v < n; v++) {
            r[v] = reach(g, v);
        }
        for (int u = 0; u < n; u++) {
            for (int w = 0; w < n; w++) {
                assertThat(comp[u] == comp[w]).isEqualTo(r[u][w] && r[w][u]);
                if (r[u][w]) {
                    assertThat(comp[w]).isLessThanOrEqualTo(comp[u]);
                }
            }
        }
        Components.Groups groups = Components.Groups.of(comp);
        for (int c = 0; c < groups.count(); c++) {
            for (int i = groups.start()[c]; i < groups.start()[c + 1]; i++) {
                assertThat(comp[groups.nodes()[i]]).isEqualTo(c);
            }
        }
    }
}
