package org.detente.analysis;

/**
 * An analysis that would exceed a stated limit (for example, enumerating more outcomes than
 * allowed). Never a silent truncation: the analysis refuses and says which limit and why.
 */
public final class AnalysisLimitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what limit, and how to proceed */
    public AnalysisLimitException(String message) {
        super(message);
    }
}
