package org.detente.model;

/**
 * An issue whose values are the integers {@code min .. max} (both included).
 *
 * @param name the issue's name
 * @param min  smallest value
 * @param max  largest value, at least {@code min}; at most {@code Integer.MAX_VALUE - 1} values
 */
public record IntegerIssue(String name, long min, long max) implements Issue {

    /** @throws IllegalArgumentException if the range is empty or too wide to index */
    public IntegerIssue {
        name = Checks.name(name, "issue name");
        if (max < min) {
            throw new IllegalArgumentException(
                    "issue '" + name + "': upper bound " + max + " is below lower bound " + min);
        }
        if (max - min >= Integer.MAX_VALUE - 1L) {
            throw new IllegalArgumentException("issue '" + name + "': range " + min + ".." + max
                    + " has more than " + (Integer.MAX_VALUE - 1) + " values");
        }
    }

    @Override
    public boolean enumerable() {
        return true;
    }

    @Override
    public int cardinality() {
        return (int) (max - min + 1);
    }

    @Override
    public String label(int index) {
        return Long.toString(value(index));
    }

    /** The integer at {@code index}. */
    public long value(int index) {
        if (index < 0 || index >= cardinality()) {
            throw new IndexOutOfBoundsException("index " + index + " outside issue '" + name + "'");
        }
        return min + index;
    }

    @Override
    public int indexOf(String text) {
        try {
            long v = Long.parseLong(text.trim());
            return v < min || v > max ? -1 : (int) (v - min);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public double numeric(int index) {
        return value(index);
    }
}
