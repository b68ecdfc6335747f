package com.tasksync.system;

import java.util.List;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the problem bodies shared by the MVC error handling and the security filters. */
public final class Problems {

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
}
