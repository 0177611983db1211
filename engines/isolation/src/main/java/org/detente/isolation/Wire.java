package org.detente.isolation;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Messages to and from lines of JSON (no line break inside: JSON escapes them). */
final class Wire {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();
    private static final int EXCERPT = 80;

    private Wire() {
    }

    /** The message as one line, without the line break. */
    public static String write(Message m) {
        return JSON.writeValueAsString(m);
    }

    /**
     * Reads a line as a message of type {@code type}.
     *
     * @throws IllegalArgumentException if it is not JSON, not a message, or not of that type (the
     *                                  message says which, with an excerpt of the line)
     */
    public static <T extends Message> T read(String line, Class<T> type) {
        Message m;
        try {
            m = JSON.readValue(line, Message.class);
        } catch (JacksonException e) {
            String why = e.getOriginalMessage();
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException bad) {
                why = bad.getMessage();
            }
            int nl = why == null ? -1 : why.indexOf('\n');
            throw new IllegalArgumentException((why == null ? "unreadable" : nl < 0 ? why : why.substring(0, nl))
                    + ": " + excerpt(line));
        }
        if (!type.isInstance(m)) {
            throw new IllegalArgumentException("a '" + name(m) + "' message where " + expected(type) + " was due");
        }
        return type.cast(m);
    }

    /** The first characters of a line, quoted, for a reason. */
    static String excerpt(String line) {
        String s = line.length() > EXCERPT ? line.substring(0, EXCERPT) + "…" : line;
        return "'" + s.replaceAll("\\p{Cntrl}", "?") + "'";
    }

    /** The {@code type} of a message. */
    static String name(Message m) {
        if (m instanceof Message.Start) {
            return "start";
        } else if (m instanceof Message.Act) {
            return "act";
        } else if (m instanceof Message.Result) {
            return "result";
        } else if (m instanceof Message.Ready) {
            return "ready";
        } else if (m instanceof Message.Offer) {
            return "offer";
        } else if (m instanceof Message.Accept) {
            return "accept";
        } else if (m instanceof Message.End) {
            return "end";
        } else if (m instanceof Message.Fail) {
            return "fail";
        }
        throw new AssertionError(m);
    }

    private static String expected(Class<?> type) {
        if (type == Message.Ready.class) {
            return "'ready'";
        } else if (type == Message.Answer.class) {
            return "'offer', 'accept', 'end' or 'fail'";
        } else if (type == Message.ToAgent.class) {
            return "'start', 'act' or 'result'";
        }
        return "'" + type.getSimpleName().toLowerCase(java.util.Locale.ROOT) + "'";
    }
}
