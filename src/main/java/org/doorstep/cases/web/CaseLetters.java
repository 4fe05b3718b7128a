package org.doorstep.cases.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.doorstep.calendar.WorkingCalendar;
import org.doorstep.cases.Case;
import org.doorstep.cases.CaseState;
import org.doorstep.cases.CaseStep;
import org.doorstep.cases.Channel;
import org.doorstep.cases.OneTimeNotice;
import org.doorstep.platform.NotFoundException;
import org.doorstep.platform.Pdfs;
import org.doorstep.platform.PublicUrl;
import org.doorstep.platform.QrCodes;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The written notices a case's applicant is handed (受理通知书 or, at a window, 受理回执; 一次性告知书; 不予受理通知书),
 * as one-page A4 PDFs with the case number, the query code and a QR code to the public status check. Personal data
 * arrive masked in {@link Case}; the query code is printed because this is the paper that carries it.
 */
@Component
class CaseLetters {

    /** The kinds of letter, by the path segment that names them. */
    enum Kind {
        RECEIPT("receipt", "receipt"),
        NOTICE("notice", "one-time-notice"),
        REFUSAL("refusal", "refusal");

        final String slug;
        final String asciiName;

        Kind(String slug, String asciiName) {
            this.slug = slug;
            this.asciiName = asciiName;
        }

        static Kind of(String slug) {
            for (Kind k : values()) {
                if (k.slug.equals(slug)) {
                    return k;
                }
            }
            throw new NotFoundException("没有这种办件文书");
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final Pdfs pdfs;
    private final WorkingCalendar calendar;
    private final Clock clock;

    CaseLetters(Pdfs pdfs, WorkingCalendar calendar, Clock clock) {
        this.pdfs = pdfs;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** A letter a page links to: its path segment and its title. */
    record Link(String slug, String title) {
    }

    /** The letters a case has so far, for links: a receipt once accepted, a notice once one went out, a refusal. */
    static List<Link> links(Case c) {
        return Arrays.stream(Kind.values()).filter(k -> has(c, k)).map(k -> new Link(k.slug, title(c, k)))
                .toList();
    }

    /** A receipt handed over at a window is a 受理回执; a later notice about a supplement is a 补充告知书. */
    private static String title(Case c, Kind kind) {
        return switch (kind) {
            case RECEIPT -> c.channel() == Channel.WINDOW ? "受理回执" : "受理通知书";
            case NOTICE -> c.notices().get(c.notices().size() - 1).supplementary() ? "补充告知书" : "一次性告知书";
            case REFUSAL -> "不予受理通知书";
        };
    }

    private static boolean has(Case c, Kind kind) {
        return switch (kind) {
            case RECEIPT -> accepted(c).isPresent();
            case NOTICE -> !c.notices().isEmpty();
            case REFUSAL -> c.state() == CaseState.REFUSED;
        };
    }

    /** The PDF answer for one letter of a case the caller may see; 404 when the case has no such letter (yet). */
    ResponseEntity<byte[]> download(Case c, String queryCode, String slug) {
        Kind kind = Kind.of(slug);
        if (!has(c, kind)) {
            throw new NotFoundException(switch (kind) {
                case RECEIPT -> "该办件尚未受理，还没有受理通知书";
                case NOTICE -> "该办件没有发出过一次性告知，没有一次性告知书";
                case REFUSAL -> "该办件没有作出不予受理决定，没有不予受理通知书";
            });
        }
        Map<String, Object> model = model(c, queryCode, kind);
        byte[] pdf = pdfs.render("cases/letters/letter", model);
        return Pdfs.personal(pdf, model.get("title") + "-" + c.number() + ".pdf",
                c.number() + "-" + kind.asciiName + ".pdf");
    }

    private Map<String, Object> model(Case c, String queryCode, Kind kind) {
        String statusUrl = PublicUrl.of("/cases/status?number=" + c.number());
        Map<String, Object> m = new HashMap<>();
        m.put("kind", kind.name());
        m.put("title", title(c, kind));
        m.put("c", c);
        m.put("queryCode", queryCode);
        m.put("statusUrl", statusUrl);
        m.put("qr", Pdfs.dataUri(QrCodes.png(statusUrl, 240)));
        m.put("submittedOn", minute(c.submittedAt()));
        m.put("materials", c.materials().stream().map(x -> new Given(x.name(), x.paper() ? "纸质材料（窗口核验）"
                : x.fileTypeLabel() == null ? "电子文件" : "电子文件（" + x.fileTypeLabel() + "）")).toList());
        switch (kind) {
            case RECEIPT -> {
                CaseStep step = accepted(c).orElseThrow();
                m.put("issuer", step.actorUnit() != null ? step.actorUnit() : c.acceptingUnitName());
                m.put("issuedOn", day(step.at()));
                m.put("acceptedOn", minute(step.at()));
                LocalDate due = c.clock() == null ? null : c.clock().due();
                m.put("promise", c.promisedDays() == 0 ? "即办（当日办结）" : c.promisedDays() + " 个工作日");
                m.put("due", due == null ? null : DAY.format(due));
                m.put("provisional", due != null && calendar.provisional(due));
                m.put("provisionalNote", calendar.provisionalNote(due));
            }
            case NOTICE -> {
                OneTimeNotice n = c.notices().get(c.notices().size() - 1);
                m.put("notice", n);
                m.put("issuer", stepUnit(c, "noticed").orElse(c.acceptingUnitName()));
                m.put("issuedOn", day(n.issuedAt()));
                m.put("noticedOn", minute(n.issuedAt()));
            }
            case REFUSAL -> {
                Instant on = c.closedAt() != null ? c.closedAt() : clock.instant();
                m.put("issuer", stepUnit(c, "refused").orElse(c.acceptingUnitName()));
                m.put("issuedOn", day(on));
                m.put("refusedOn", minute(on));
            }
        }
        return m;
    }

    /** One material received, and in what form. */
    record Given(String name, String form) {
    }

    private static Optional<CaseStep> accepted(Case c) {
        return c.timeline().stream().filter(s -> "accepted".equals(s.action())).findFirst();
    }

    private static Optional<String> stepUnit(Case c, String action) {
        return c.timeline().stream().filter(s -> action.equals(s.action()) && s.actorUnit() != null)
                .reduce((a, b) -> b).map(CaseStep::actorUnit);
    }

    private String day(Instant at) {
        return DAY.format(at.atZone(clock.getZone()));
    }

    private String minute(Instant at) {
        return at == null ? null : MINUTE.format(at.atZone(clock.getZone()));
    }
}
