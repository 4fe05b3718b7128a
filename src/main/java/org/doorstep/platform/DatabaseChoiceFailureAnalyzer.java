package org.doorstep.platform;

import org.doorstep.platform.DoorstepProperties.DatabaseChoiceException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells the operator to choose one database when a start names none or both. */
class DatabaseChoiceFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseChoiceException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseChoiceException cause) {
        if (cause.both) {
            return new FailureAnalysis(
                    "DOORSTEP_DB_URL 与 DOORSTEP_EMBEDDED=true 不能同时设置，平台不知道该使用哪个数据库。"
                            + " (Both DOORSTEP_DB_URL and DOORSTEP_EMBEDDED=true are set.)",
                    "生产环境只设置 DOORSTEP_DB_URL（以及 DOORSTEP_DB_USER、DOORSTEP_DB_PASSWORD）；"
                            + "试用或演示时只设置 DOORSTEP_EMBEDDED=true。"
                            + " (In production set only DOORSTEP_DB_URL; to try the platform set only"
                            + " DOORSTEP_EMBEDDED=true.)",
                    cause);
        }
        return new FailureAnalysis(
                "未配置数据库：既没有设置 DOORSTEP_DB_URL，也没有设置 DOORSTEP_EMBEDDED=true。"
                        + " (No database: neither DOORSTEP_DB_URL nor DOORSTEP_EMBEDDED=true is set.)",
                "生产环境请设置 DOORSTEP_DB_URL（例如 jdbc:postgresql://db:5432/doorstep）及其账号密码；"
                        + "试用或演示请设置 DOORSTEP_EMBEDDED=true，平台将在 DOORSTEP_DATA_DIR 下启动内置数据库并载入演示数据。"
                        + " (In production set DOORSTEP_DB_URL and its credentials; to try the platform set"
                        + " DOORSTEP_EMBEDDED=true for an embedded database with the demo county.)",
                cause);
    }
}
