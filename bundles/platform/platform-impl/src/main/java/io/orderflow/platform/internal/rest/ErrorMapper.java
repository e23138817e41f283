package io.orderflow.platform.internal.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.error.DepartmentUnavailableException;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ForbiddenException;
import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.error.ValidationException;
import java.util.List;
import java.util.UUID;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.GenericEntity;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns failures into JSON answers: {@code {"error", "message"}} plus {@code "problems"} for 400. Unexpected
 * failures answer 500 with a reference to the log line and never with internals.
 */
final class ErrorMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
    private static final int RETRY_AFTER_SECONDS = 10;

    @Override
    public Response toResponse(Exception failure) {
        Throwable cause = failure;
        // CXF wraps a failing message body reader (bad JSON) in a WebApplicationException.
        if (failure instanceof WebApplicationException && failure.getCause() instanceof JsonProcessingException json) {
            cause = json;
        }
        if (cause instanceof ValidationException e) {
            return invalid("the request has " + e.problems().size() + " problem(s)", e.problems());
        }
        if (cause instanceof JsonProcessingException e) {
            return invalid("the request body is not acceptable JSON", List.of(problem(e)));
        }
        if (cause instanceof NotFoundException e) {
            return error(404, "not-found", e.getMessage());
        }
        if (cause instanceof ConflictException e) {
            return error(409, "conflict", e.getMessage());
        }
        if (cause instanceof ForbiddenException e) {
            return error(403, "forbidden", e.getMessage());
        }
        if (cause instanceof DepartmentUnavailableException e) {
            // a department restarts within seconds; an update takes longer, and the client may simply ask again
            return errorResponse(503, "unavailable", e.getMessage()).header("Retry-After", RETRY_AFTER_SECONDS)
                    .build();
        }
        if (cause instanceof WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            return error(status.getStatusCode(), status.getReasonPhrase().toLowerCase().replace(' ', '-'),
                    status.getReasonPhrase());
        }
        String reference = UUID.randomUUID().toString();
        LOG.error("Request failed, reference {}", reference, failure);
        return error(500, "internal", "the request failed; the server log has the details under reference " + reference);
    }

    /** The JSON of every error answer; {@code problems} only for 400. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ErrorBody(String error, String message, List<FieldProblem> problems) {
    }

    static Response error(int status, String error, String message) {
        return errorResponse(status, error, message).build();
    }

    /** An error answer still to be completed, with headers say. */
    static Response.ResponseBuilder errorResponse(int status, String error, String message) {
        return answer(status, new ErrorBody(error, message, null));
    }

    private static Response invalid(String message, List<FieldProblem> problems) {
        return answer(400, new ErrorBody("validation", message, problems)).build();
    }

    /**
     * Typed explicitly: otherwise CXF writes the entity with the failed resource method's declared return type
     * (say {@code Map<String, String>}), which an error body does not match.
     */
    private static Response.ResponseBuilder answer(int status, ErrorBody body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new GenericEntity<>(body, ErrorBody.class));
    }

    private static FieldProblem problem(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return new FieldProblem("body", "malformed JSON: " + e.getOriginalMessage());
        }
        String field = path(mapping.getPath());
        if (e instanceof TextModule.UnsafeTextException) {
            return new FieldProblem(field, e.getOriginalMessage());
        }
        if (e instanceof UnrecognizedPropertyException) {
            return new FieldProblem(field, "unknown field");
        }
        if (e instanceof MismatchedInputException mismatch) {
            return new FieldProblem(field, "must be " + describe(mismatch.getTargetType()));
        }
        return new FieldProblem(field, "cannot be read: " + e.getOriginalMessage());
    }

    private static String describe(Class<?> target) {
        if (target == null) {
            return "of another type";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
            return "a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (target == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(target) || target.isArray()) {
            return "a list";
        }
        if (target.getSimpleName().equals("LocalDate")) {
            return "a date like 2026-12-20";
        }
        return "an object";
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
