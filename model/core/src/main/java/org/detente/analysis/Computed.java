package org.detente.analysis;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A result that was computed, or the reason it was not: the one way Détente says "not computed"
 * (a space beyond a limit, preferences a method cannot handle, no individually rational outcome).
 * Never null inside: a value is present, or a reason in words is.
 *
 * <pre>{@code
 * Computed<TwoLevelAnalysis> t = TwoLevel.analyze(c, options);
 * if (t instanceof Computed.Value<TwoLevelAnalysis> v) { v.value().ratifiable(); }
 * else if (t instanceof Computed.NotComputed<TwoLevelAnalysis> n) { n.reason(); }
 * }</pre>
 *
 * @param <T> the type of the value
 */
public sealed interface Computed<T> permits Computed.Value, Computed.NotComputed {

    /** The value, computed. */
    record Value<T>(T value) implements Computed<T> {
        /** @throws NullPointerException if the value is null */
        public Value {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Not computed, and why, in words (for example "not computed: the domain has … outcomes, …"). */
    record NotComputed<T>(String reason) implements Computed<T> {
        /** @throws IllegalArgumentException if the reason is blank */
        public NotComputed {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a result that is not computed says why");
            }
        }
    }

    /** A computed value. */
    static <T> Computed<T> of(T value) {
        return new Value<>(value);
    }

    /** Not computed, for this reason. */
    static <T> Computed<T> notComputed(String reason) {
        return new NotComputed<>(reason);
    }

    /** Whether the value was computed. */
    default boolean isComputed() {
        if (this instanceof Value<T>) {
            return true;
        } else if (this instanceof NotComputed<T>) {
            return false;
        }
        throw new AssertionError(this);
    }

    /** The value, or empty when it was not computed. */
    default Optional<T> asOptional() {
        if (this instanceof Value<T> v) {
            return Optional.of(v.value());
        } else if (this instanceof NotComputed<T>) {
            return Optional.empty();
        }
        throw new AssertionError(this);
    }

    /** Why the value was not computed, or empty when it was. */
    default Optional<String> whyNot() {
        if (this instanceof Value<T>) {
            return Optional.empty();
        } else if (this instanceof NotComputed<T> n) {
            return Optional.of(n.reason());
        }
        throw new AssertionError(this);
    }

    /**
     * The value.
     *
     * @throws IllegalStateException with the reason, when it was not computed
     */
    default T orElseThrow() {
        if (this instanceof Value<T> v) {
            return v.value();
        } else if (this instanceof NotComputed<T> n) {
            throw new IllegalStateException(n.reason());
        }
        throw new AssertionError(this);
    }

    /** The value, or {@code other} when it was not computed. */
    default T orElse(T other) {
        return asOptional().orElse(other);
    }

    /** Runs {@code action} on the value, if it was computed. */
    default void ifComputed(Consumer<? super T> action) {
        asOptional().ifPresent(action);
    }

    /** The value transformed, or the same reason. */
    default <U> Computed<U> map(Function<? super T, ? extends U> f) {
        if (this instanceof Value<T> v) {
            return of(f.apply(v.value()));
        } else if (this instanceof NotComputed<T> n) {
            return notComputed(n.reason());
        }
        throw new AssertionError(this);
    }

    /** The value, or the text {@code ifNot} makes of the reason: one line for a report. */
    default <U> U fold(Function<? super T, ? extends U> ifValue, Function<String, ? extends U> ifNot) {
        if (this instanceof Value<T> v) {
            return ifValue.apply(v.value());
        } else if (this instanceof NotComputed<T> n) {
            return ifNot.apply(n.reason());
        }
        throw new AssertionError(this);
    }
}
