package org.doorstep.engagement;

import java.time.LocalDate;
import java.util.List;

/** The hot-topics view of a period [from, to] compared with the equally long period just before it. */
public record HotTopics(LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo, int total,
        int previousTotal, List<HotTopic> categories, List<HotTopic> keywords, List<HotTopic> rising) {
}
