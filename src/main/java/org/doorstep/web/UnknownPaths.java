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
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Failures that happen before any controller is chosen (an address nobody serves, an upload over the size limit):
 * problem JSON under /api, the error page elsewhere.
 */
@ControllerAdvice
class UnknownPaths {

    @ExceptionHandler(NoResourceFoundException.class)
    Object unknown(HttpServletRequest request, HttpServletResponse response) {
        return answer(HttpStatus.NOT_FOUND, "未找到", "没有这个接口地址", null, request, response);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, HttpServletResponse response) {
        String message = "上传的文件过大：一次提交的文件合计不能超过 100 MB，单个材料不能超过 20 MB。请压缩或拆分后重新上传。";
        return answer(HttpStatus.CONTENT_TOO_LARGE, "文件过大", message, message, request, response);
    }

    private static Object answer(HttpStatus status, String title, String apiDetail, String pageMessage,
            HttpServletRequest request, HttpServletResponse response) {
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(status, apiDetail);
            p.setTitle(title);
            p.setInstance(URI.create(request.getRequestURI()));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
        }
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", status.value());
        page.addObject("message", pageMessage);
        return page;
    }
}
