package org.detente.model;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The values of a discrete issue: an immutable list whose {@link #indexOf} and {@link #contains}
 * are hash lookups, so reading a file or an offer costs the same for ten values or a million.
 */
final class Labels extends AbstractList<String> implements RandomAccess {
    private final String[] values;
    private final Map<String, Integer> index;

    /**
     * @throws IllegalArgumentException if a value is blank or repeats
     */
    Labels(List<String> values, String issue) {
        this.values = values.toArray(String[]::new);
        this.index = new HashMap<>(this.values.length * 4 / 3 + 1);
        for (int i = 0; i < this.values.length; i++) {
            String v = this.values[i];
            if (v == null || v.isBlank()) {
                throw new IllegalArgumentException("value of issue '" + issue + "' must not be blank");
            }
            if (index.putIfAbsent(v, i) != null) {
                throw new IllegalArgumentException("issue '" + issue + "' has the value '" + v + "' twice");
            }
        }
    }

    @Override
    public String get(int i) {
        return values[i];
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public int indexOf(Object o) {
        Integer i = o instanceof String s ? index.get(s) : null;
        return i == null ? -1 : i;
    }

    @Override
    public int lastIndexOf(Object o) {
        return indexOf(o);
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }
}
