package org.doorstep.audit.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.doorstep.audit.AuditEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ships every committed audit entry (and every checkpoint) to a syslog server as an RFC 5424 message, so that a copy
 * lives outside the platform's database and host: {@code DOORSTEP_AUDIT_SYSLOG} = {@code host:port} or
 * {@code udp://host:port} (one datagram per message) or {@code tcp://host:port} (octet-counted frames, RFC 6587).
 *
 * <p>The message carries the entry's fields and hashes but not its before/after states, which can be large: the
 * hash commits to them. Shipping runs on one background thread with a bounded queue, so a slow or absent server
 * never delays a change; what cannot be sent is counted and logged, and stays in the database.
 */
@Component
public class SyslogShipper implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SyslogShipper.class);

    /** Facility 13 (log audit), severity 6 (informational); 13 × 8 + 6. */
    static final int PRIORITY = 110;
    static final String APP_NAME = "doorstep";
    /** Private enterprise number 32473 is reserved for documentation and examples (RFC 5612). */
    static final String SD_ID = "audit@32473";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int MAX_DATAGRAM = 8_192;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    enum Transport { UDP, TCP }

    private final Transport transport;
    private final InetSocketAddress server;
    private final String hostname;
    private final ThreadPoolExecutor worker;
    private final AtomicLong dropped = new AtomicLong();
    private Socket tcp;
    private DatagramSocket udp;

    @Autowired
    SyslogShipper(AuditProperties properties) {
        this(properties.syslog());
    }

    SyslogShipper(String setting) {
        if (setting == null || setting.isBlank()) {
            transport = null;
            server = null;
            hostname = null;
            worker = null;
            return;
        }
        String s = setting.strip();
        Transport t = Transport.UDP;
        if (s.regionMatches(true, 0, "tcp://", 0, 6)) {
            t = Transport.TCP;
            s = s.substring(6);
        } else if (s.regionMatches(true, 0, "udp://", 0, 6)) {
            s = s.substring(6);
        }
        int colon = s.lastIndexOf(':');
        if (colon <= 0 || colon == s.length() - 1) {
            throw new IllegalStateException("DOORSTEP_AUDIT_SYSLOG must be host:port, udp://host:port or "
                    + "tcp://host:port, not " + setting);
        }
        int port;
        try {
            port = Integer.parseInt(s.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("DOORSTEP_AUDIT_SYSLOG has no valid port: " + setting, e);
        }
        String host = s.substring(0, colon).replaceAll("^\\[|]$", "");
        transport = t;
        server = InetSocketAddress.createUnresolved(host, port);
        hostname = localHostname();
        worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(10_000),
                r -> {
                    Thread thread = new Thread(r, "audit-syslog");
                    thread.setDaemon(true);
                    return thread;
                },
                (r, executor) -> {
                    if (dropped.incrementAndGet() % 1_000 == 1) {
                        log.warn("Audit syslog queue full: {} messages not shipped so far", dropped.get());
                    }
                });
        log.info("Audit entries are shipped to syslog {}://{}:{}", t.name().toLowerCase(), host, port);
    }

    public boolean enabled() {
        return worker != null;
    }

    /** Queues committed entries for shipping. */
    public void ship(List<AuditEntry> entries) {
        if (worker == null || entries.isEmpty()) {
            return;
        }
        for (AuditEntry e : entries) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("id", e.id());
            fields.put("occurredAt", e.occurredAt().toString());
            fields.put("actor", e.actor());
            fields.put("role", e.roleCode());
            fields.put("unit", e.unitCode());
            fields.put("action", e.action());
            fields.put("subject", e.subject());
            fields.put("requestId", e.requestId());
            fields.put("clientIp", e.clientIp());
            fields.put("prevHash", e.prevHash());
            fields.put("hash", e.hash());
            fields.put("chainVersion", e.chainVersion());
            send("entry", e.occurredAt(), Map.of("id", Long.toString(e.id()), "action", e.action()),
                    JSON.writeValueAsString(fields));
        }
    }

    /** Queues a checkpoint (its signed JSON) for shipping. */
    public void shipCheckpoint(long sequence, Instant at, String json) {
        if (worker != null) {
            send("checkpoint", at, Map.of("sequence", Long.toString(sequence)), json);
        }
    }

    private void send(String msgId, Instant at, Map<String, String> params, String message) {
        byte[] frame = format(hostname, msgId, at, params, message);
        worker.execute(() -> deliver(frame));
    }

    /** One RFC 5424 message: {@code <PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID [SD] BOM MSG}. */
    static byte[] format(String hostname, String msgId, Instant at, Map<String, String> params, String message) {
        StringBuilder head = new StringBuilder()
                .append('<').append(PRIORITY).append(">1 ").append(at.toString()).append(' ')
                .append(hostname == null ? "-" : hostname).append(' ').append(APP_NAME).append(' ')
                .append(ProcessHandle.current().pid()).append(' ').append(msgId).append(" [").append(SD_ID);
        params.forEach((k, v) -> head.append(' ').append(k).append("=\"").append(escape(v)).append('"'));
        head.append("] ");
        byte[] h = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] m = message.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[h.length + BOM.length + m.length];
        System.arraycopy(h, 0, out, 0, h.length);
        System.arraycopy(BOM, 0, out, h.length, BOM.length);
        System.arraycopy(m, 0, out, h.length + BOM.length, m.length);
        return out;
    }

    /** SD-PARAM values escape '"', '\' and ']' (RFC 5424 section 6.3.3). */
    static String escape(String value) {
        return value == null ? "" : value.replace("\\", "\\\\").replace("\"", "\\\"").replace("]", "\\]");
    }

    private void deliver(byte[] frame) {
        try {
            if (transport == Transport.UDP) {
                if (udp == null) {
                    udp = new DatagramSocket();
                }
                int length = Math.min(frame.length, MAX_DATAGRAM);
                InetAddress address = InetAddress.getByName(server.getHostString());
                udp.send(new DatagramPacket(frame, length, address, server.getPort()));
            } else {
                if (tcp == null || tcp.isClosed()) {
                    tcp = new Socket();
                    tcp.connect(new InetSocketAddress(server.getHostString(), server.getPort()), 5_000);
                    tcp.setSoTimeout(5_000);
                }
                OutputStream out = tcp.getOutputStream();
                out.write((frame.length + " ").getBytes(StandardCharsets.US_ASCII));
                out.write(frame);
                out.flush();
            }
        } catch (IOException e) {
            closeQuietly();
            if (dropped.incrementAndGet() % 1_000 == 1) {
                log.warn("Audit syslog {}:{} unreachable ({}): {} messages not shipped so far", server.getHostString(),
                        server.getPort(), e.getMessage(), dropped.get());
            }
        }
    }

    private void closeQuietly() {
        try {
            if (tcp != null) {
                tcp.close();
            }
        } catch (IOException ignored) {
            // reconnects with the next message
        }
        tcp = null;
    }

    private static String localHostname() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name.matches("[!-~]{1,255}") ? name : "-";
        } catch (IOException e) {
            return "-";
        }
    }

    /** Waits a little for queued messages, so that a stop after a change still ships it. */
    @Override
    public void destroy() throws InterruptedException {
        if (worker != null) {
            worker.shutdown();
            worker.awaitTermination(5, TimeUnit.SECONDS);
            closeQuietly();
            if (udp != null) {
                udp.close();
            }
        }
    }
}
