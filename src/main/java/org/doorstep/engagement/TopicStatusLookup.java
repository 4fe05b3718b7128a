package org.doorstep.engagement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.doorstep.engagement.internal.TopicStore;
import org.doorstep.platform.FailedLookups;
import org.doorstep.platform.QueryCodes;
import org.doorstep.platform.TooManyRequestsException;
import org.springframework.stereotype.Service;

/**
 * The public progress check of a 点题, without signing in: its number plus the query code shown when it was proposed,
 * compared in constant time; too many failures from a client or on a number are refused for a while. The same answer
 * for an unknown number and a wrong code.
 */
@Service
public class TopicStatusLookup {

    public static final String LOOKUP_FAILED = "未找到与该编号和查询码相符的点题。请核对提交点题后页面上显示的编号和查询码。";
    public static final String THROTTLED = "查询失败次数过多。为防止他人猜测点题信息，请 15 分钟后再试；"
            + "注册并登录后提交的点题可在“我的点题”中查看。";
    private static final String KIND = "topics";

    private final TopicStore store;
    private final Topics topics;
    private final FailedLookups throttle;

    TopicStatusLookup(TopicStore store, Topics topics, FailedLookups throttle) {
        this.store = store;
        this.topics = topics;
        this.throttle = throttle;
    }

    /** What a proposer sees of their topic: no contact data, only where it stands and the public answer. */
    public record TopicStatus(String number, String government, String title, TopicState state, LocalDate proposedOn,
            String departmentName, LocalDate feedbackDue, String declineReason, String documentPath,
            List<TopicNotice> notices) {
    }

    /** @throws TooManyRequestsException while the client or the number has used up its failures */
    public Optional<TopicStatus> lookup(String number, String code, String client) {
        String n = number == null ? "" : number.strip().toUpperCase();
        if (!throttle.begin(KIND, client, n)) {
            throw new TooManyRequestsException(THROTTLED);
        }
        if (n.isEmpty() || n.length() > 40) {
            return Optional.empty();
        }
        Optional<TopicRequest> found = store.byNumber(n)
                .filter(t -> QueryCodes.matches(store.queryCode(t.number()).orElse(null), code));
        found.ifPresent(t -> throttle.succeeded(KIND, client, n));
        return found.map(t -> new TopicStatus(t.number(), topics.governmentName(t.divisionCode()), t.title(),
                t.state(), t.proposedOn(), t.departmentName(),
                t.state() == TopicState.ASSIGNED ? topics.dueOf(t) : null, t.declineReason(),
                t.state() == TopicState.PUBLISHED ? t.documentPath() : null, topics.notices(t)));
    }

    /** The code of a topic just proposed, for its acknowledgement page. */
    public Optional<String> queryCodeOf(String number) {
        return store.queryCode(number);
    }
}
