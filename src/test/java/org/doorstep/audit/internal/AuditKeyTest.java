package org.doorstep.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditKeyTest {

    @Test
    void aKeyIsHexOrBase64OfAtLeast32Bytes() {
        assertThat(AuditKey.parse("00".repeat(32))).hasSize(32);
        assertThat(AuditKey.parse("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=")).hasSize(32).startsWith(0, 1, 2);
        assertThatThrownBy(() -> AuditKey.parse("00".repeat(31))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 32 bytes");
        assertThatThrownBy(() -> AuditKey.parse("not a key!")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutASettingAKeyIsGeneratedOnceIntoAnOwnerOnlyFile(@TempDir Path data) throws Exception {
        Path file = data.resolve("keys/audit.key");
        byte[] first = AuditKey.fromFile(file);
        assertThat(first).hasSize(32);
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(AuditKey.fromFile(file)).as("the same key on the next start").isEqualTo(first);
        assertThat(new AuditKey(first).mac("x")).isEqualTo(new AuditKey(AuditKey.fromFile(file)).mac("x"))
                .isNotEqualTo(new AuditKey(new byte[32]).mac("x"));
        Set<PosixFilePermission> folder = Files.getPosixFilePermissions(file.getParent());
        assertThat(folder).doesNotContain(PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_READ);
    }
}
