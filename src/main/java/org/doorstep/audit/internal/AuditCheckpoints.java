package org.doorstep.audit.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.doorstep.platform.DoorstepProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signed checkpoints of the chain head, written outside the database: one JSON file per checkpoint in
 * {@code DOORSTEP_AUDIT_CHECKPOINT_DIR} (default {@code DATA_DIR/audit-checkpoints}), the same line in the log
 * (logger {@code org.doorstep.audit.checkpoint}) and to syslog when configured. A checkpoint says "entry N existed
 * with hash H at time T" under an HMAC of the audit key, so a chain later truncated or rewritten before N, even by
 * someone holding the key, disagrees with it. It also records the last entry hashed without the key, so that no
 * unkeyed entry can appear after it.
 */
@Component
public class AuditCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);
    private static final Logger checkpointLog = LoggerFactory.getLogger("org.doorstep.audit.checkpoint");

    static final String FORMAT = "doorstep-audit-checkpoint-v1";
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One checkpoint as signed.
     *
     * @param sequence the id of the last entry of the chain (0 for an empty chain)
     * @param headHash that entry's hash (the genesis value for an empty chain)
     * @param lastPlainId the last entry hashed without the key (version 1), or null if there is none
     * @param reason {@code daily}, {@code manual} or {@code startup}
     * @param node the host that wrote it
     */
    public record Checkpoint(long sequence, String headHash, Long lastPlainId, Instant createdAt, String reason,
            String node, String signature) {
    }

    /** A checkpoint file as read back: {@code checkpoint} is null and {@code problem} says why if it is unusable. */
    public record Loaded(String file, Checkpoint checkpoint, String problem) {
    }

    private final AuditStore store;
    private final AuditKey key;
    private final SyslogShipper shipper;
    private final Clock clock;
    private final Path folder;
    private final TransactionTemplate snapshot;
    private final AuditChainer chainer;

    AuditCheckpoints(AuditStore store, AuditKey key, SyslogShipper shipper, Clock clock, AuditProperties audit,
            DoorstepProperties doorstep, PlatformTransactionManager transactions, AuditChainer chainer) {
        this.store = store;
        this.chainer = chainer;
        this.key = key;
        this.shipper = shipper;
        this.clock = clock;
        this.folder = audit.checkpointDir() != null ? audit.checkpointDir()
                : doorstep.dataDir().resolve("audit-checkpoints");
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    public Path folder() {
        return folder;
    }

    /** Signs the current head and writes it to the folder, the log and syslog. */
    public Loaded write(String reason) {
        // Entries committed before the checkpoint are covered by it.
        chainer.chainPending();
        Checkpoint unsigned = snapshot.execute(status -> {
            AuditStore.Head head = store.readHead();
            return new Checkpoint(head.lastId() == null ? 0 : head.lastId(),
                    head.lastHash() == null ? ChainHasher.GENESIS : head.lastHash(), store.lastPlainId(),
                    clock.instant(), reason, node(), null);
        });
        Checkpoint signed = new Checkpoint(unsigned.sequence(), unsigned.headHash(), unsigned.lastPlainId(),
                unsigned.createdAt(), unsigned.reason(), unsigned.node(), sign(unsigned));
        String json = toJson(signed);
        String name = "audit-checkpoint-" + FILE_TIME.format(signed.createdAt()) + "-" + signed.sequence() + ".json";
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, ".checkpoint", ".tmp");
            Files.writeString(tmp, json + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the audit checkpoint to " + folder.toAbsolutePath(), e);
        }
        // Log lines are masked (a run of digits in a hash can look like a phone number): the base64 copy is exact.
        checkpointLog.info("Audit checkpoint {} {} base64:{}", name, json,
                java.util.Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8)));
        shipper.shipCheckpoint(signed.sequence(), signed.createdAt(), json);
        return new Loaded(name, signed, null);
    }

    /** Every checkpoint file in the folder, oldest sequence first; forged or unreadable ones carry a problem. */
    public List<Loaded> load() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Loaded> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                found.add(read(p));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the audit checkpoints in " + folder.toAbsolutePath(), e);
        }
        found.sort(Comparator.comparing((Loaded l) -> l.checkpoint() == null ? -1 : l.checkpoint().sequence())
                .thenComparing(Loaded::file));
        return found;
    }

    private Loaded read(Path file) {
        String name = file.getFileName().toString();
        try {
            JsonNode n = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (!FORMAT.equals(n.path("format").asString(null))) {
                return new Loaded(name, null, "检查点文件 " + name + " 的格式无法识别");
            }
            Checkpoint c = new Checkpoint(n.path("sequence").asLong(), n.path("headHash").asString(null),
                    n.path("lastPlainId").isNumber() ? n.path("lastPlainId").asLong() : null,
                    Instant.parse(n.path("createdAt").asString("")), n.path("reason").asString(null),
                    n.path("node").asString(null), n.path("signature").asString(""));
            boolean valid = MessageDigest.isEqual(sign(c).getBytes(StandardCharsets.US_ASCII),
                    c.signature().getBytes(StandardCharsets.US_ASCII));
            return valid ? new Loaded(name, c, null)
                    : new Loaded(name, null, "检查点文件 " + name + " 的签名无效：该文件被改动或伪造，或不是用当前审计密钥签名的");
        } catch (IOException | RuntimeException e) {
            return new Loaded(name, null, "检查点文件 " + name + " 无法读取或内容不完整");
        }
    }

    String sign(Checkpoint c) {
        return key.mac(JSON.writeValueAsString(Arrays.asList(FORMAT, c.sequence(), c.headHash(), c.lastPlainId(),
                c.createdAt().toString(), c.reason(), c.node())));
    }

    private static String toJson(Checkpoint c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("sequence", c.sequence());
        m.put("headHash", c.headHash());
        m.put("lastPlainId", c.lastPlainId());
        m.put("createdAt", c.createdAt().toString());
        m.put("reason", c.reason());
        m.put("node", c.node());
        m.put("signature", c.signature());
        return JSON.writeValueAsString(m);
    }

    private static String node() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
