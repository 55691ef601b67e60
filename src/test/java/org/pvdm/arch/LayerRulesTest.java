package org.pvdm.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layer rules of conventions.md, checked on the compiled classes. */
class LayerRulesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.pvdm");

    @Test
    void modelIsAPlainLibrary() {
        noClasses().that().resideInAPackage("org.pvdm.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.libvirt..", "com.sun.jna..",
                        "org.slf4j..", "org.pvdm.host..", "org.pvdm.ui..", "org.pvdm.cli..", "picocli..")
                .check(CLASSES);
    }

    @Test
    void onlyTheHostImplementationTalksToLibvirt() {
        noClasses().that().resideOutsideOfPackage("org.pvdm.host.libvirt..")
                .should().dependOnClassesThat().resideInAnyPackage("org.libvirt..", "com.sun.jna..")
                .check(CLASSES);
    }

    @Test
    void libraryCodeLogsThroughSlf4jOnly() {
        noClasses().that().resideOutsideOfPackages("org.pvdm.cli..", "org.pvdm")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(CLASSES);
    }
}
