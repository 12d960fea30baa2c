package org.onewindow.shared;

/**
 * A request that cannot be served, with the HTTP status, a machine-readable code and a sentence
 * for people. Thrown by any layer, turned into the API's JSON error in one place. Skips the
 * stack trace: it is control flow, not a bug.
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }

    public static ApiException notFound(String code, String message) {
        return new ApiException(404, code, message);
    }
}
