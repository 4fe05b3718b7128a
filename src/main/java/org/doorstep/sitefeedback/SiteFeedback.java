package org.doorstep.sitefeedback;

import java.util.regex.Pattern;

import org.doorstep.accounts.Permission;
import org.doorstep.accounts.Permissions;
import org.doorstep.accounts.PortalSubmissions;
import org.doorstep.accounts.PortalSubmitter;
import org.doorstep.platform.ConflictException;
import org.doorstep.platform.FieldErrors;
import org.doorstep.platform.ListPage;
import org.doorstep.platform.Masking;
import org.doorstep.platform.NotFoundException;
import org.doorstep.platform.PersonalData;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.sitefeedback.internal.FeedbackStore;
import org.doorstep.sitefeedback.internal.FeedbackStore.Row;
import org.springframework.stereotype.Service;

/**
 * 政府网站找错: a report from anyone, within the portal's limits for anonymous forms; the county's disclosure office
 * lists the reports (newest first, contacts masked) and marks each handled with a note.
 */
@Service
public class SiteFeedback {

    /** Names this form in the portal's submission counters. */
    static final String FORM = "sitefeedback";
    static final int DESCRIPTION_MIN = 5;
    static final int DESCRIPTION_MAX = 1000;
    static final int PAGE_MAX = 300;
    static final int NAME_MAX = 30;
    static final int CONTACT_MAX = 60;
    static final int NOTE_MAX = 500;

    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{7,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private final FeedbackStore store;
    private final PortalSubmissions submissions;
    private final Permissions permissions;
    private final PersonalData personal;

    SiteFeedback(FeedbackStore store, PortalSubmissions submissions, Permissions permissions, PersonalData personal) {
        this.store = store;
        this.submissions = submissions;
        this.permissions = permissions;
        this.personal = personal;
    }

    /**
     * Takes a report and returns its number. No message is ever sent to the contact given, so it needs no SMS code;
     * the client's limits still apply.
     */
    public long submit(FeedbackForm form, PortalSubmitter who) {
        check(form).throwIfAny();
        submissions.admit(FORM, null, null, who);
        String contact = strip(form.contact());
        return store.insert(FeedbackKind.of(form.kind()), strip(form.page()), form.description().strip(),
                strip(form.contactName()), contact.isEmpty() ? null : personal.seal(PersonalData.Kind.PHONE, contact));
    }

    /** One page of reports, newest first; {@code waiting}: only those not yet handled. */
    public ListPage<Feedback> reports(StaffIdentity me, boolean waiting, int page) {
        permissions.require(me, Permission.SITE_FEEDBACK_HANDLE);
        return store.page(waiting, page, ListPage.SIZE).map(this::shown);
    }

    /** Reports not yet handled, counted up to the lists' cap. */
    public long waiting(StaffIdentity me) {
        permissions.require(me, Permission.SITE_FEEDBACK_HANDLE);
        return store.countWaiting(ListPage.COUNT_CAP);
    }

    /** Marks a waiting report handled; the note says what was done (or why nothing needed doing). */
    public void markHandled(long id, String note, StaffIdentity me) {
        permissions.require(me, Permission.SITE_FEEDBACK_HANDLE);
        String n = strip(note);
        new FieldErrors().rejectIf(n.length() < 2 || n.length() > NOTE_MAX, "note",
                "请填写处理情况，2 到 " + NOTE_MAX + " 字").throwIfAny();
        if (!store.markHandled(id, n, me.displayName())) {
            if (store.exists(id)) {
                throw new ConflictException("该留言已处理");
            }
            throw new NotFoundException("未找到该留言");
        }
    }

    private FieldErrors check(FeedbackForm f) {
        FieldErrors errors = new FieldErrors();
        errors.rejectIf(FeedbackKind.of(strip(f.kind())) == null, "kind", "请选择问题类型");
        errors.rejectIf(strip(f.page()).length() > PAGE_MAX, "page", "页面地址或名称不能超过 " + PAGE_MAX + " 字");
        int length = strip(f.description()).length();
        errors.rejectIf(length < DESCRIPTION_MIN || length > DESCRIPTION_MAX, "description",
                "请描述发现的问题，" + DESCRIPTION_MIN + " 到 " + DESCRIPTION_MAX + " 字");
        errors.rejectIf(strip(f.contactName()).length() > NAME_MAX, "contactName", "称呼不能超过 " + NAME_MAX + " 字");
        String contact = strip(f.contact());
        errors.rejectIf(!contact.isEmpty() && (contact.length() > CONTACT_MAX
                || !PHONE.matcher(contact).matches() && !EMAIL.matcher(contact).matches()), "contact",
                "请填写正确的电话号码或电子邮箱，也可以不填");
        return errors;
    }

    private Feedback shown(Row r) {
        String contact = r.sealedContact() == null ? null : personal.open(PersonalData.Kind.PHONE, r.sealedContact());
        return new Feedback(r.id(), r.kind(), r.page(), r.description(), r.contactName(), masked(contact),
                r.submittedAt(), r.handledAt(), r.handledBy(), r.note());
    }

    /** A telephone number as Masking shows numbers; an e-mail address keeps its first letter and its domain. */
    static String masked(String contact) {
        if (contact == null) {
            return null;
        }
        int at = contact.indexOf('@');
        return at < 0 ? Masking.maskPhone(contact) : contact.charAt(0) + "***" + contact.substring(at);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
