package com.tasksync.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.springframework.beans.TypeMismatchException;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.exc.StreamReadException;

/**
 * Turns every error into an {@code application/problem+json} body (RFC 9457). Bad input
 * lists its fields under {@code errors}; anything unexpected is a bare 500 that is logged
 * here and reveals nothing.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    /** How Jackson's strict duplicate detection names the repeated key. */
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate Object property \"(.{1,100})\"");

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e) {
        return respond(Problems.invalid(e.problems()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return respond(Problems.of(HttpStatus.NOT_FOUND, e.getMessage()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        return respond(Problems.of(e.status(), e.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var tooLarge = cause(e, BodyTooLargeException.class);
        if (tooLarge != null) {
            var problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage() + ".");
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).header("Connection", "close").body(problem);
        }
        var streamProblem = cause(e, StreamReadException.class);
        var duplicate = streamProblem == null ? null : DUPLICATE.matcher(streamProblem.getOriginalMessage());
        var problem = duplicate != null && duplicate.find()
                ? Problems.invalid(List.of(new FieldProblem(duplicate.group(1), "appears more than once")))
                : Problems.invalid(List.of(new FieldProblem("body", "is not a readable JSON document")));
        return new ResponseEntity<>(problem, HttpStatus.BAD_REQUEST);
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var field = e.getPropertyName() == null ? "parameter" : e.getPropertyName();
        var problem = Problems.invalid(List.of(new FieldProblem(field, "has the wrong format")));
        return new ResponseEntity<>(problem, HttpStatus.BAD_REQUEST);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
