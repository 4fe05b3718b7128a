package org.doorstep.platform;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo adapter of {@link TextMessages}: a log line per message with the number masked (the code stays readable, so
 * that anyone trying the demo can register), and the last {@value #KEPT} messages in memory, so that tests read the
 * code that was "sent". Used whenever no gateway URL is set.
 */
public class LoggingTextMessages implements TextMessages {

    static final int KEPT = 500;
    private static final Logger LOG = LoggerFactory.getLogger(LoggingTextMessages.class);

    private final Deque<TextMessage> recent = new ArrayDeque<>();

    @Override
    public void send(TextMessage m) {
        // One-time codes stay at INFO, so that the demo can register; notices (the demo county alone has hundreds)
        // go to DEBUG, and the outbox keeps every one of them for officers anyway.
        if (m.template() == TextMessage.Template.NOTICE) {
            LOG.debug("text message [{}] to {}: {}", m.template().key(), Masking.maskPhone(m.mobile()),
                    Masking.maskAll(m.text()));
        } else {
            LOG.info("text message [{}] to {}: {}", m.template().key(), Masking.maskPhone(m.mobile()),
                    Masking.maskAll(m.text()));
        }
        synchronized (recent) {
            recent.addLast(m);
            if (recent.size() > KEPT) {
                recent.removeFirst();
            }
        }
    }

    /** The latest message to a number, if it is still among the kept ones. */
    public Optional<TextMessage> lastTo(String mobile) {
        synchronized (recent) {
            for (Iterator<TextMessage> i = recent.descendingIterator(); i.hasNext();) {
                TextMessage m = i.next();
                if (m.mobile().equals(mobile)) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    /** Every kept message to a number, oldest first. */
    public List<TextMessage> sentTo(String mobile) {
        synchronized (recent) {
            return recent.stream().filter(m -> m.mobile().equals(mobile)).collect(Collectors.toList());
        }
    }
}
