package dev.briefbot.telegram.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** An error answer, {@code {"ok":false,"error_code":…,"description":…,"parameters":{…}}}, thrown by any step. */
final class ApiError extends RuntimeException {

    final int code;
    final Map<String, Long> parameters;

    ApiError(int code, String description, Map<String, Long> parameters) {
        super(description, null, false, false);
        this.code = code;
        this.parameters = parameters;
    }

    static ApiError badRequest(String what) {
        return new ApiError(400, "Bad Request: " + what, Map.of());
    }

    static ApiError unauthorized() {
        return new ApiError(401, "Unauthorized", Map.of());
    }

    static ApiError notFound() {
        return new ApiError(404, "Not Found", Map.of());
    }

    static ApiError conflict(String what) {
        return new ApiError(409, "Conflict: " + what, Map.of());
    }

    static ApiError tooManyRequests(long retryAfterSeconds) {
        return Fault.tooManyRequests(retryAfterSeconds).toError();
    }

    ObjectNode toJson(ObjectMapper json) {
        ObjectNode body = json.createObjectNode().put("ok", false).put("error_code", code)
                .put("description", getMessage());
        if (!parameters.isEmpty()) {
            body.set("parameters", json.valueToTree(parameters));
        }
        return body;
    }
}
