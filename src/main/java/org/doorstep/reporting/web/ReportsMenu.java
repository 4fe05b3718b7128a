package org.doorstep.reporting.web;

import java.util.List;

import org.doorstep.web.ConsoleMenuContributor;
import org.springframework.stereotype.Component;

/** "政府信息公开年报" in the console menu for disclosure officers and administrators. */
@Component
class ReportsMenu implements ConsoleMenuContributor {

    @Override
    public List<MenuItem> items() {
        return List.of(new MenuItem("年度报告", "/console/reports", "REPORT_VIEW", 320));
    }
}
