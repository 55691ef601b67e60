package org.pvdm.stats;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/** The statistics engine is a plain library: no JavaFX, no libvirt, no System.out. */
class ArchitectureTest {
    private static final JavaClasses STATS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.pvdm.stats");

    @Test
    void noJavaFxAndNoLibvirt() {
        noClasses().that().resideInAPackage("org.pvdm.stats..").should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.libvirt..", "com.sun.jna..", "org.pvdm.host.libvirt..")
                .check(STATS);
    }

    @Test
    void loggingThroughSlf4jOnly() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(STATS);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(STATS);
    }
}
