package org.doorstep.services;

/**
 * One 申请材料 of a guide.
 *
 * @param format paper or electronic, e.g. 纸质、电子
 * @param source where the applicant gets it, e.g. 申请人自备、政府部门核发
 * @param blankForm a blank form is offered for download
 * @param sample a filled-in sample is offered
 * @param required false for materials needed only in some cases (note says when)
 */
public record Material(String name, int copies, MaterialForm form, String format, String source, boolean blankForm,
        boolean sample, boolean required, String note) {
}
