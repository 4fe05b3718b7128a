package org.doorstep.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.doorstep.platform.DoorstepProperties.DatabaseChoiceException;
import org.doorstep.platform.DoorstepProperties.Db;
import org.junit.jupiter.api.Test;

/** Which database and whether the demo county: the four starts the README names, and the two it refuses. */
class DoorstepPropertiesTest {

    private static final Db SERVER = new Db("jdbc:postgresql://db:5432/doorstep", "doorstep", "secret", false);

    @Test
    void theEmbeddedDatabaseComesWithTheDemoCountyUnlessItIsSwitchedOff() {
        assertThat(new DoorstepProperties(null, null, null, true).loadDemo()).isTrue();
        assertThat(new DoorstepProperties(null, null, false, true).loadDemo()).isFalse();
    }

    @Test
    void aServerGetsTheDemoCountyOnlyWhenAskedFor() {
        assertThat(new DoorstepProperties(null, SERVER, null, false).loadDemo()).isFalse();
        assertThat(new DoorstepProperties(null, SERVER, true, false).loadDemo()).isTrue();
        new DoorstepProperties(null, SERVER, true, false).requireOneDatabase();
    }

    @Test
    void neitherOrBothDatabasesAreRefused() {
        assertThatThrownBy(() -> new DoorstepProperties(null, null, null, false).requireOneDatabase())
                .isInstanceOf(DatabaseChoiceException.class).hasMessageContaining("Neither");
        assertThatThrownBy(() -> new DoorstepProperties(null, new Db(" ", null, null, false), true, false)
                .requireOneDatabase()).isInstanceOf(DatabaseChoiceException.class);
        assertThatThrownBy(() -> new DoorstepProperties(null, SERVER, null, true).requireOneDatabase())
                .isInstanceOf(DatabaseChoiceException.class).hasMessageContaining("Both");
    }
}
