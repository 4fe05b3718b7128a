package org.doorstep.platform;

import com.zaxxer.hikari.pool.HikariPool.PoolInitializationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns "cannot reach the database" into a short message for the operator instead of a stack trace. */
class DatabaseUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<PoolInitializationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PoolInitializationException cause) {
        return new FailureAnalysis(
                "无法连接数据库 (cannot reach the database): " + EmbeddedDatabaseFailureAnalyzer.rootMessage(cause),
                "请检查 DOORSTEP_DB_URL、DOORSTEP_DB_USER、DOORSTEP_DB_PASSWORD 以及数据库服务是否已启动；"
                        + "不设置 DOORSTEP_DB_URL 时平台会使用内置数据库。"
                        + " (Check DOORSTEP_DB_URL, DOORSTEP_DB_USER, DOORSTEP_DB_PASSWORD and that the server is up;"
                        + " leave DOORSTEP_DB_URL unset to use the embedded database.)",
                cause);
    }
}
