package org.doorstep.web;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses, before anything reads them, request parameters (query string, form and multipart fields) that no form of
 * the platform could have sent: undecodable bytes (not UTF-8), control characters such as NUL (PostgreSQL cannot store
 * them), or a field longer than any text the platform keeps. The answer is a 400 with a Chinese message (problem JSON
 * under /api), so such input never reaches a module and nothing is stored.
 */
class RequestHygiene extends OncePerRequestFilter {

    /** Twice the longest text any form accepts (10,000 characters), so the forms' own checks still answer below. */
    static final int MAX_FIELD_CHARS = 20_000;
    /** A document's full text (正文) is the one field that may be long. */
    static final int MAX_DOCUMENT_CHARS = 1_000_000;
    private static final Set<String> DOCUMENT_FIELDS = Set.of("body");

    private final ITemplateEngine pages;
    private final JsonMapper json;

    RequestHygiene(ITemplateEngine pages, JsonMapper json) {
        this.pages = pages;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (InvalidParameterException e) {
            if (e.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()) {
                // The multipart limits (application.yml): no later filter could read the request either.
                refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, null,
                        "上传的文件过大：一次提交的文件合计不能超过 100 MB，单个材料不能超过 20 MB。请压缩或拆分后重新上传。");
                return;
            }
            refuse(request, response, null, "提交的内容无法识别：参数须为 UTF-8 编码的文字，且数量不能过多。请检查后重新提交。");
            return;
        }
        for (Map.Entry<String, String[]> p : parameters.entrySet()) {
            String name = p.getKey();
            if (!clean(name)) {
                refuse(request, response, null, "提交的参数名含有不允许的控制字符（如空字符），请检查后重新提交。");
                return;
            }
            int max = DOCUMENT_FIELDS.contains(name) ? MAX_DOCUMENT_CHARS : MAX_FIELD_CHARS;
            for (String value : p.getValue()) {
                if (value == null) {
                    continue;
                }
                if (value.length() > max) {
                    refuse(request, response, name, "提交的内容中有一项（" + name + "）超过 " + max
                            + " 个字，请精简后重新提交。");
                    return;
                }
                if (!clean(value)) {
                    refuse(request, response, name, "提交的内容中有一项（" + name
                            + "）含有不允许的控制字符（如空字符），请删除后重新提交。");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** No control characters other than tab and line breaks (which text areas send). */
    static boolean clean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String field, String message)
            throws IOException {
        refuse(request, response, HttpStatus.BAD_REQUEST, field, message);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String field,
            String message) throws IOException {
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        String path = request.getRequestURI();
        if (path.startsWith("/api/")) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(status, message);
            p.setTitle(status == HttpStatus.BAD_REQUEST ? "输入有误" : "文件过大");
            p.setInstance(URI.create(path.replaceAll("[^\\x21-\\x7e]", "")));
            if (field != null) {
                p.setProperty("field", field);
            }
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write(json.writeValueAsString(p));
            return;
        }
        Context page = new Context();
        page.setVariable("status", status.value());
        page.setVariable("message", message);
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.getWriter().write(pages.process("error", page));
    }
}
