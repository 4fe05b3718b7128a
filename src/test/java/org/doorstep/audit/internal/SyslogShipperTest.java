package org.doorstep.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.doorstep.audit.AuditEntry;
import org.junit.jupiter.api.Test;

/** Entries reach a syslog server started here, over UDP and over TCP, as RFC 5424 messages. */
class SyslogShipperTest {

    static final AuditEntry ENTRY = new AuditEntry(42, Instant.parse("2026-12-04T08:00:00.123456Z"), "gongkai",
            "DISCLOSURE_OFFICER", "361199000000", "accounts.sign-in.succeeded", "138****5678", null,
            "{\"big\": \"state\"}", "req-1", "203.0.113.0", "a".repeat(64), "b".repeat(64), AuditEntry.KEYED);

    @Test
    void anEntryArrivesAsOneUdpDatagram() throws Exception {
        try (DatagramSocket server = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(10_000);
            SyslogShipper shipper = new SyslogShipper("127.0.0.1:" + server.getLocalPort());
            try {
                shipper.ship(List.of(ENTRY));
                DatagramPacket packet = new DatagramPacket(new byte[65_536], 65_536);
                server.receive(packet);
                String message = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
                assertRfc5424(message);
            } finally {
                shipper.destroy();
            }
        }
    }

    @Test
    void anEntryArrivesAsAnOctetCountedTcpFrame() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(10_000);
            SyslogShipper shipper = new SyslogShipper("tcp://127.0.0.1:" + server.getLocalPort());
            try {
                shipper.ship(List.of(ENTRY));
                try (Socket client = server.accept()) {
                    client.setSoTimeout(10_000);
                    InputStream in = client.getInputStream();
                    StringBuilder length = new StringBuilder();
                    for (int c = in.read(); c != ' '; c = in.read()) {
                        length.append((char) c);
                    }
                    byte[] frame = in.readNBytes(Integer.parseInt(length.toString()));
                    assertRfc5424(new String(frame, StandardCharsets.UTF_8));
                }
            } finally {
                shipper.destroy();
            }
        }
    }

    @Test
    void aMalformedSettingStopsTheStart() {
        assertThatThrownBy(() -> new SyslogShipper("syslog.example")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("host:port");
        assertThatThrownBy(() -> new SyslogShipper("tcp://host:notaport")).isInstanceOf(IllegalStateException.class);
        assertThat(new SyslogShipper("").enabled()).isFalse();
    }

    private static void assertRfc5424(String message) {
        // <PRI>VERSION SP TIMESTAMP SP HOSTNAME SP APP-NAME SP PROCID SP MSGID SP STRUCTURED-DATA SP BOM MSG
        assertThat(message).matches("(?s)<110>1 2026-12-04T08:00:00\\.123456Z \\S+ doorstep \\d+ entry "
                + "\\[audit@32473 (id=\"42\" action=\"accounts\\.sign-in\\.succeeded\"|action=\"accounts\\.sign-in\\.succeeded\" id=\"42\")\\] "
                + "\uFEFF\\{.*");
        assertThat(message).contains("\"id\":42", "\"actor\":\"gongkai\"", "\"subject\":\"138****5678\"",
                "\"hash\":\"" + "b".repeat(64) + "\"", "\"chainVersion\":2");
        assertThat(message).as("states stay in the database; the hash commits to them").doesNotContain("big");
    }
}
