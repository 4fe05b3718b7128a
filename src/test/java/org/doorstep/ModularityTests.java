package org.doorstep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(DoorstepApplication.class);

    @Test
    void moduleBoundariesHold() {
        modules.verify();
    }

    @Test
    void everyModuleSaysWhatItIsFor() {
        for (var module : modules) {
            String pkg = module.getBasePackage().getName();
            Path info = Path.of("src/main/java", pkg.replace('.', '/'), "package-info.java");
            assertThat(info).as("package-info of %s", pkg).exists().content().contains("/**");
        }
    }

    @Test
    void writesModuleDiagram() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
