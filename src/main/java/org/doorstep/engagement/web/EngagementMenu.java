package org.doorstep.engagement.web;

import java.util.List;

import org.doorstep.web.ConsoleMenuContributor;
import org.springframework.stereotype.Component;

/** "点题公开" for officers and department reviewers; "咨询登记" and "热点分析" for everyone who answers questions. */
@Component
class EngagementMenu implements ConsoleMenuContributor {

    @Override
    public List<MenuItem> items() {
        return List.of(new MenuItem("点题公开", "/console/topics", "TOPIC_VIEW", 320),
                new MenuItem("咨询登记", "/console/consultations", "CONSULTATION_LOG", 330),
                new MenuItem("热点分析", "/console/hot-topics", "CONSULTATION_VIEW", 340));
    }
}
