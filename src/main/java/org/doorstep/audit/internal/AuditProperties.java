package org.doorstep.audit.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Audit settings, bound from {@code DOORSTEP_AUDIT_*} environment variables.
 *
 * @param key the HMAC key of the chain and the checkpoints, hex or base64, at least 32 bytes
 *            ({@code DOORSTEP_AUDIT_KEY}); without it a key is generated once under {@code DATA_DIR/keys}
 * @param checkpointDir where signed checkpoints of the chain head are written ({@code DOORSTEP_AUDIT_CHECKPOINT_DIR});
 *                      default {@code DATA_DIR/audit-checkpoints}
 * @param checkpointCron when the daily checkpoint is written (Asia/Shanghai)
 * @param syslog a syslog server to ship every entry to: {@code host:port} (UDP), {@code udp://host:port} or
 *               {@code tcp://host:port} ({@code DOORSTEP_AUDIT_SYSLOG}); unset ships nothing
 */
@ConfigurationProperties("doorstep.audit")
public record AuditProperties(String key, Path checkpointDir, String checkpointCron, String syslog) {
}
