package org.doorstep.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of table 二 the platform cannot know, entered by the disclosure office and marked 手工填报 wherever
 * they show; null until entered.
 *
 * @param penalties 行政处罚 本年处理决定数量
 * @param enforcement 行政强制 本年处理决定数量
 * @param feesWanYuan 行政事业性收费 本年收费金额（万元）
 */
public record HandEntered(Integer penalties, Integer enforcement, BigDecimal feesWanYuan) {

    public static final HandEntered NONE = new HandEntered(null, null, null);

    /** What is still to be entered, in the template's words. */
    public List<String> missing() {
        List<String> m = new ArrayList<>();
        if (penalties == null) {
            m.add("行政处罚的本年处理决定数量");
        }
        if (enforcement == null) {
            m.add("行政强制的本年处理决定数量");
        }
        if (feesWanYuan == null) {
            m.add("行政事业性收费的本年收费金额");
        }
        return m;
    }
}
