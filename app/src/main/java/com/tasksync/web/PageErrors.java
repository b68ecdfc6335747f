package com.tasksync.web;

import com.tasksync.system.ConflictException;
import com.tasksync.system.InvalidInputException;
import com.tasksync.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Errors on pages become pages, not problem JSON: a refused form goes back where it came
 * from with a message, and a missing task is a 404 page.
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private final PeopleWords words;

    PageErrors(PeopleWords words) {
        this.words = words;
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(404);
        return "not-found";
    }

    @ExceptionHandler(InvalidInputException.class)
    String invalid(InvalidInputException e, HttpServletRequest request) {
        var message = e.problems().stream().map(words::of).collect(Collectors.joining(" "));
        return backWithError(request, message);
    }

    @ExceptionHandler(ConflictException.class)
    String conflict(ConflictException e, HttpServletRequest request) {
        return backWithError(request, e.getMessage());
    }

    private static String backWithError(HttpServletRequest request, String message) {
        RequestContextUtils.getOutputFlashMap(request).put("error", message);
        return ReturnTo.redirect(request.getParameter("returnTo"), "/");
    }
}
