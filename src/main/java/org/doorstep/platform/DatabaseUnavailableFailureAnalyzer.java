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
                        + "试用时可改为设置 DOORSTEP_EMBEDDED=true 使用内置数据库（不要同时设置 DOORSTEP_DB_URL）。"
                        + " (Check DOORSTEP_DB_URL, DOORSTEP_DB_USER, DOORSTEP_DB_PASSWORD and that the server is up;"
                        + " to try the platform, unset it and set DOORSTEP_EMBEDDED=true for the embedded database.)",
                cause);
    }
}
