package org.doorstep.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** An address nobody serves: problem JSON under /api, the 404 page elsewhere. */
@ControllerAdvice
class UnknownPaths {

    @ExceptionHandler(NoResourceFoundException.class)
    Object unknown(HttpServletRequest request, HttpServletResponse response) {
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "没有这个接口地址");
            p.setTitle("未找到");
            p.setInstance(URI.create(request.getRequestURI()));
            return ResponseEntity.status(404).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
        }
        response.setStatus(404);
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", 404);
        return page;
    }
}
