package org.doorstep.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.doorstep.platform.FailedLookups;
import org.doorstep.platform.QueryCodes;
import org.doorstep.platform.TooManyRequestsException;
import org.doorstep.requests.internal.RequestStore;
import org.springframework.stereotype.Service;

/**
 * The public progress check of an application, without signing in: its 登记号 plus the query code shown when it was
 * made, compared in constant time; too many failures from a client or on a number are refused for a while. The same
 * answer for an unknown number and a wrong code, so numbers cannot be probed.
 */
@Service
public class RequestStatusLookup {

    public static final String LOOKUP_FAILED = "未找到与该登记号和查询码相符的申请。请核对提交申请后页面上显示的登记号和查询码。";
    public static final String THROTTLED = "查询失败次数过多。为防止他人猜测申请信息，请 15 分钟后再试；"
            + "注册并登录后提交的申请可在“我的申请”中查看。";
    private static final String KIND = "requests";

    private final RequestStore store;
    private final DisclosureRequests requests;
    private final FailedLookups throttle;

    RequestStatusLookup(RequestStore store, DisclosureRequests requests, FailedLookups throttle) {
        this.store = store;
        this.requests = requests;
        this.throttle = throttle;
    }

    /** What an applicant sees of their application: no personal data, only where it stands. */
    public record RequestStatus(String number, String government, RequestState state, LocalDate submittedOn,
            LocalDate receivedOn, LocalDate due, String outcome, LocalDate repliedOn, List<RequestNotice> notices) {
    }

    /** @throws TooManyRequestsException while the client or the number has used up its failures */
    public Optional<RequestStatus> lookup(String number, String code, String client) {
        String n = number == null ? "" : number.strip().toUpperCase();
        if (!throttle.begin(KIND, client, n)) {
            throw new TooManyRequestsException(THROTTLED);
        }
        if (n.isEmpty() || n.length() > 40) {
            return Optional.empty();
        }
        Optional<DisclosureRequest> found = store.byNumber(n)
                .filter(r -> QueryCodes.matches(store.queryCode(r.number()).orElse(null), code));
        found.ifPresent(r -> throttle.succeeded(KIND, client, n));
        return found.map(this::status);
    }

    /** The code of an application just made, for its acknowledgement page. */
    public Optional<String> queryCodeOf(String number) {
        return store.queryCode(number);
    }

    private RequestStatus status(DisclosureRequest r) {
        return new RequestStatus(r.number(), requests.governmentName(r.divisionCode()), r.state(),
                r.submittedAt() == null ? null : LocalDate.ofInstant(r.submittedAt(), java.time.ZoneId.of("Asia/Shanghai")),
                r.receivedOn(), r.open() ? requests.dueOf(r) : null,
                r.reply() == null ? null : r.reply().outcome().label(), r.reply() == null ? null : r.reply().on(),
                requests.notices(r));
    }
}
