package org.doorstep.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Base64;

import org.doorstep.platform.PersonalData.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonalDataTest {

    private final PersonalData data = new PersonalData("k".repeat(32).getBytes());

    @Test
    void aSealedValueHidesItAndOpensOnlyUnderTheSameKeyAndKind() {
        String sealed = data.seal(Kind.ID_NUMBER, "110105199001011234");

        assertThat(sealed).startsWith("v1.").doesNotContain("1990", "1234");
        assertThat(data.seal(Kind.ID_NUMBER, "110105199001011234")).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(data.open(Kind.ID_NUMBER, sealed)).isEqualTo("110105199001011234");
        assertThatThrownBy(() -> data.open(Kind.PHONE, sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not open");
        assertThatThrownBy(() -> new PersonalData("j".repeat(32).getBytes()).open(Kind.ID_NUMBER, sealed))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aChangedByteOrAnUnsealedValueIsRefused() {
        byte[] raw = Base64.getUrlDecoder().decode(data.seal(Kind.PHONE, "13812345678").substring(3));
        raw[raw.length - 20] ^= 1;
        String tampered = "v1." + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);

        assertThatThrownBy(() -> data.open(Kind.PHONE, tampered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> data.open(Kind.PHONE, "13812345678")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not sealed");
        assertThat(data.seal(Kind.PHONE, null)).isNull();
        assertThat(data.open(Kind.PHONE, "")).isEmpty();
    }

    @Test
    void theLookupHashFindsEqualNumbersAsWrittenAndDependsOnKeyAndKind() {
        String hash = data.lookupHash(Kind.PHONE, "13812345678");

        assertThat(hash).hasSize(64).doesNotContain("1381234");
        assertThat(data.lookupHash(Kind.PHONE, "138 1234-5678")).isEqualTo(hash);
        assertThat(data.lookupHash(Kind.PHONE, "13812345679")).isNotEqualTo(hash);
        assertThat(data.lookupHash(Kind.ID_NUMBER, "11010519900101123x"))
                .isEqualTo(data.lookupHash(Kind.ID_NUMBER, "11010519900101123X"))
                .isNotEqualTo(data.lookupHash(Kind.PHONE, "11010519900101123X"));
        assertThat(new PersonalData("j".repeat(32).getBytes()).lookupHash(Kind.PHONE, "13812345678"))
                .isNotEqualTo(hash);
    }

    @Test
    void aServerDatabaseWithoutTheDemoNeedsTheSetting(@TempDir Path dir) {
        var server = new DoorstepProperties(dir, new DoorstepProperties.Db("jdbc:postgresql://db/x", null, null, false),
                false, false);
        assertThatThrownBy(() -> new PersonalData("", server)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DOORSTEP_DATA_KEY is not set");

        var demo = new DoorstepProperties(dir, null, true, true);
        String sealed = new PersonalData("", demo).seal(Kind.PHONE, "13812345678");
        assertThat(new PersonalData("", demo).open(Kind.PHONE, sealed)).as("the generated key is kept")
                .isEqualTo("13812345678");
        assertThat(dir.resolve("keys/data.key")).exists();

        // A data folder that holds a key (a restored demo) starts on a server without the setting.
        assertThat(new PersonalData("", server).open(Kind.PHONE, sealed)).isEqualTo("13812345678");

        String key = Base64.getEncoder().encodeToString("s".repeat(32).getBytes());
        assertThat(new PersonalData(key, server).open(Kind.PHONE,
                new PersonalData("s".repeat(32).getBytes()).seal(Kind.PHONE, "13812345678"))).isEqualTo("13812345678");
    }
}
