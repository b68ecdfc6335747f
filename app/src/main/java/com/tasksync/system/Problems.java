package com.tasksync.system;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the problem bodies shared by the MVC error handling and the code that runs outside MVC. */
public final class Problems {

    private static final URI BLANK = URI.create("about:blank");

    private Problems() {}

    public static ProblemDetail of(HttpStatusCode status, String detail) {
        return ProblemDetail.forStatusAndDetail(status, detail);
    }

    public static ProblemDetail invalid(List<FieldProblem> problems) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatusCode.valueOf(400), "The request has invalid fields; nothing was changed.");
        problem.setTitle("Invalid input");
        problem.setProperty("errors", problems);
        return problem;
    }

    /**
     * The JSON members of a problem as MVC writes them: {@code type} left out when it is
     * {@code about:blank}, {@code instance} the request's path, extra properties at the top level.
     */
    static Map<String, Object> body(ProblemDetail problem, String path) {
        var body = new LinkedHashMap<String, Object>();
        body.put("detail", problem.getDetail());
        body.put("instance", problem.getInstance() != null ? problem.getInstance().toString() : path);
        body.put("status", problem.getStatus());
        body.put("title", problem.getTitle());
        if (problem.getType() != null && !BLANK.equals(problem.getType())) {
            body.put("type", problem.getType().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }
}
