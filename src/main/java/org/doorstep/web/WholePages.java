package org.doorstep.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.spring6.view.ThymeleafView;
import org.thymeleaf.util.FastStringWriter;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Pages sent in one piece with their length. A page larger than the response buffer (8 KB) is otherwise sent as it
 * is written, in chunks, with a write to the socket each and one more for the end; asked for as often as an API
 * (search), that counts. The page is rendered into memory, encoded at once and written with its Content-Length.
 */
@Component
public class WholePages {

    private final ThymeleafViewResolver views;

    WholePages(ThymeleafViewResolver views) {
        this.views = views;
    }

    /** The template {@code name} as a view that sends the page whole. */
    public View of(String name, HttpServletRequest request) {
        try {
            View view = views.resolveViewName(name, RequestContextUtils.getLocale(request));
            if (!(view instanceof ThymeleafView page)) {
                throw new IllegalStateException("no page " + name);
            }
            return new Whole(page);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("no page " + name, e);
        }
    }

    private record Whole(ThymeleafView page) implements View {

        @Override
        public String getContentType() {
            return page.getContentType();
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws Exception {
            Held held = new Held(response);
            page.render(model, request, held);
            String encoding = response.getCharacterEncoding();
            byte[] body = held.text().getBytes(encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding));
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    /** The response with its body held as text; headers, status and content type go to the response itself. */
    private static final class Held extends HttpServletResponseWrapper {
        private FastStringWriter text = new FastStringWriter(16 * 1024);
        private PrintWriter writer = new PrintWriter(text);

        Held(HttpServletResponse response) {
            super(response);
        }

        String text() {
            writer.flush();
            return text.toString();
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            throw new IllegalStateException("a whole page is written as text");
        }

        /** Nothing is sent before the page is complete. */
        @Override
        public void flushBuffer() {
            writer.flush();
        }

        @Override
        public void resetBuffer() {
            text = new FastStringWriter(16 * 1024);
            writer = new PrintWriter(text);
        }

        @Override
        public void reset() {
            super.reset();
            resetBuffer();
        }
    }
}
