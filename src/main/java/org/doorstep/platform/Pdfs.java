package org.doorstep.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Printable documents as PDF: a Thymeleaf template rendered to HTML, parsed to a W3C document and laid out by
 * openhtmltopdf on A4 (the template's {@code @page} rule). Chinese text is set in Droid Sans Fallback (Apache-2.0),
 * shipped in {@code fonts/} so a PDF reads the same on any machine; templates name it as {@link #FONT_FAMILY}.
 */
@Component
public class Pdfs {

    /** The CSS font family templates use for all text. */
    public static final String FONT_FAMILY = "Droid Sans Fallback";

    private static final String FONT = "fonts/DroidSansFallbackFull.ttf";
    /** Parsed fonts kept for reuse; a parsed font reads its glyphs through one cursor, so each render has its own. */
    private static final int KEPT_FONTS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    static {
        // openhtmltopdf logs to its own console handler; send it through Logback, where personal data are masked.
        XRLog.setLoggerImpl(new Slf4jXRLogger());
    }

    private final ITemplateEngine templates;
    /** Read once from the jar: every parsed copy reads from this array. */
    private final byte[] font;
    private final BlockingQueue<TrueTypeFont> idleFonts = new ArrayBlockingQueue<>(KEPT_FONTS);

    Pdfs(ITemplateEngine templates) {
        this.templates = templates;
        try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
            this.font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF font " + FONT + " is missing from the application", e);
        }
    }

    /** The PDF of {@code template} (a Thymeleaf template name) with {@code model}. */
    public byte[] render(String template, Map<String, Object> model) {
        String html = templates.process(template, new Context(Locale.SIMPLIFIED_CHINESE, model));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        TrueTypeFont ttf = borrowFont();
        try (PDDocument doc = new PDDocument()) {
            // Parsing the 4 MB font takes most of a render; a parsed font is reused and only its subset embedded.
            PDFont cjk = PDType0Font.load(doc, ttf, true);
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(doc);
            builder.useFont(new PDFontSupplier(cjk), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            // The font has one weight; bold text uses it too instead of a Latin-only fallback.
            builder.useFont(new PDFontSupplier(cjk), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            // Nothing is loaded from outside: images come as data: URIs in the template.
            builder.withW3cDocument(W3CDom.convert(Jsoup.parse(html)), "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            // The subset is written while the document is saved, so the font is given back only after that.
            idleFonts.offer(ttf);
        }
        return out.toByteArray();
    }

    private TrueTypeFont borrowFont() {
        TrueTypeFont idle = idleFonts.poll();
        if (idle != null) {
            return idle;
        }
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(font));
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF font " + FONT + " cannot be read", e);
        }
    }

    /** A PNG as a {@code data:} URI, for images inside a PDF template. */
    public static String dataUri(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    /**
     * The answer for a personal PDF: shown in the browser (for printing) under {@code fileName}, never stored by a
     * cache. {@code asciiFallback} is the name for clients that do not read RFC 6266's {@code filename*}.
     */
    public static ResponseEntity<byte[]> personal(byte[] pdf, String fileName, String asciiFallback) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        String ascii = asciiFallback.replaceAll("[^A-Za-z0-9._-]", "_");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "inline; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header(HttpHeaders.PRAGMA, "no-cache")
                .body(pdf);
    }

    /** openhtmltopdf's messages at Logback's levels; its INFO lines are timings, so they are debug here. */
    private static final class Slf4jXRLogger implements XRLogger {

        @Override
        public void log(String where, Level level, String msg) {
            log(where, level, msg, null);
        }

        @Override
        public void log(String where, Level level, String msg, Throwable th) {
            Logger log = LoggerFactory.getLogger(where);
            if (level.intValue() >= Level.SEVERE.intValue()) {
                log.error(msg, th);
            } else if (level.intValue() >= Level.WARNING.intValue()) {
                log.warn(msg, th);
            } else {
                log.debug(msg, th);
            }
        }

        @Override
        public void setLevel(String logger, Level level) {
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return diagnostic.getLevel().intValue() >= Level.WARNING.intValue()
                    || LoggerFactory.getLogger(Pdfs.class).isDebugEnabled();
        }
    }
}
