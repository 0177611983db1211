package org.detente.web;

/**
 * A request the API refuses: an HTTP status (4xx), the request field at fault (or ""), and a
 * message in words. Answered as {@code {"error": …, "field": …}}.
 */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String field;

    ApiException(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field == null ? "" : field;
    }

    /** 400: a field of the request is missing or wrong. */
    static ApiException badRequest(String field, String message) {
        return new ApiException(400, field, field.isEmpty() ? message : field + ": " + message);
    }

    /** 404: no such thing. */
    static ApiException notFound(String what) {
        return new ApiException(404, "", what);
    }

    int status() {
        return status;
    }

    String field() {
        return field;
    }
}
