package org.doorstep.requests;

import java.util.EnumMap;
import java.util.Map;

/**
 * The request figures of one government for one year, as tables 三 and 四 of the 2021 annual-report template need
 * them. Every count is per applicant column; {@link #columnCheckHolds()} is the template's own check
 * (一 + 二 = (七) 总计 + 四).
 *
 * @param received 一 本年新收申请数量
 * @param carriedIn 二 上年结转申请数量
 * @param concluded 三 本年度办理结果, by outcome row
 * @param carriedOut 四 结转下年度继续办理
 * @param remedies table 四: proceedings filed in the year, by kind and (latest) result
 */
public record YearFigures(String divisionCode, int year, Map<ApplicantType, Integer> received,
        Map<ApplicantType, Integer> carriedIn, Map<Outcome, Map<ApplicantType, Integer>> concluded,
        Map<ApplicantType, Integer> carriedOut, Map<RemedyKind, Map<RemedyResult, Integer>> remedies) {

    /** (七) 总计 of one column. */
    public int concludedTotal(ApplicantType type) {
        return concluded.values().stream().mapToInt(m -> m.getOrDefault(type, 0)).sum();
    }

    public boolean columnCheckHolds() {
        for (ApplicantType t : ApplicantType.values()) {
            if (received.getOrDefault(t, 0) + carriedIn.getOrDefault(t, 0)
                    != concludedTotal(t) + carriedOut.getOrDefault(t, 0)) {
                return false;
            }
        }
        return true;
    }

    static Map<ApplicantType, Integer> zeroes() {
        Map<ApplicantType, Integer> m = new EnumMap<>(ApplicantType.class);
        for (ApplicantType t : ApplicantType.values()) {
            m.put(t, 0);
        }
        return m;
    }
}
