package org.doorstep.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * The answer for errors Tomcat finds before the application sees the request (a request line or header over the
 * size limit, a malformed address): a short Chinese page, or problem JSON under /api, instead of Tomcat's English
 * report. Errors the application answers itself are left alone, as Tomcat's own valve would.
 */
public class ChineseErrorReport extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String uri = request.getRequestURI();
        boolean api = uri != null && uri.startsWith("/api/");
        String detail = switch (status) {
            case 400 -> "请求无法识别：地址或参数含有无效字符，或请求头、地址过长。请检查后重试。";
            case 404 -> "没有这个地址。";
            case 413 -> "提交的内容过大。";
            case 414, 431 -> "地址或请求头过长，请精简后重试。";
            default -> status >= 500 ? "处理请求时出错，请稍后再试。" : "请求无法处理，请检查后重试。";
        };
        try {
            response.setCharacterEncoding("UTF-8");
            String body;
            if (api) {
                response.setContentType("application/problem+json");
                body = "{\"type\":\"about:blank\",\"title\":\"请求有误\",\"status\":" + status + ",\"detail\":\""
                        + detail + "\"}";
            } else {
                response.setContentType("text/html");
                body = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>请求有误 - 家门口</title>"
                        + "<link rel=\"stylesheet\" href=\"/css/doorstep.css\"></head><body><main class=\"wrap\">"
                        + "<h1>请求有误</h1><p class=\"alert error\">" + detail + "</p><p>错误代码：" + status
                        + "</p><p><a href=\"/\">返回首页</a></p></main></body></html>";
            }
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response is already committed: nothing more to say.
        }
    }
}
