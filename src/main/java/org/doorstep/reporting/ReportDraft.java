package org.doorstep.reporting;

import java.util.Map;

/**
 * What an officer saves: the written sections and the hand-entered figures as typed (checked by the facade, which
 * names every bad field in Chinese).
 */
public record ReportDraft(Map<NarrativeSection, String> narrative, String penalties, String enforcement,
        String feesWanYuan) {
}
