package org.doorstep.platform;

import org.doorstep.platform.DatabaseConfiguration.EmbeddedDatabaseException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A short, actionable message when the embedded database cannot start. */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseException cause) {
        return new FailureAnalysis(
                "内置数据库无法启动 (embedded PostgreSQL did not start) in " + cause.dir + ": " + rootMessage(cause),
                "请检查数据目录是否可写、磁盘是否已满，以及是否有另一个平台实例正在使用同一数据目录（DOORSTEP_DATA_DIR）。"
                        + " (Check that the data folder is writable, the disk is not full, and no other instance uses"
                        + " the same DOORSTEP_DATA_DIR.)",
                cause);
    }

    /** The innermost message, which names the real problem (connection refused, permission denied …). */
    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
