/**
 * The negotiation model and the exact analysis. Every package is API: the engines inside
 * {@code org.detente.analysis} and {@code org.detente.track} are package-private types (see their
 * package documentation).
 */
module org.detente.core {
    exports org.detente.model;
    exports org.detente.analysis;
    exports org.detente.fair;
    exports org.detente.track;
}
