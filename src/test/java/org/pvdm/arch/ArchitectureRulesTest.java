package org.pvdm.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/**
 * The layers of docs/architecture.md, checked on the compiled classes: model and host at the bottom, the
 * engines above them, the GUI and the CLI side by side on top, the launcher above all. Missing classes are not
 * resolved from the class path (src/test/resources/archunit.properties): the rules only need the names of
 * what pvdm's classes depend on, and resolving JavaFX and the JDK would take most of the run.
 */
class ArchitectureRulesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.pvdm");

    private static final String MODEL = "org.pvdm.model..";
    private static final String HOST = "org.pvdm.host..";
    private static final String[] ENGINES = {"org.pvdm.inventory..", "org.pvdm.switching..", "org.pvdm.stats..",
        "org.pvdm.lab..", "org.pvdm.readiness..", "org.pvdm.batch..", "org.pvdm.watch..", "org.pvdm.trial..",
        "org.pvdm.report..", "org.pvdm.bench.."};
    private static final String UI = "org.pvdm.ui..";
    private static final String CLI = "org.pvdm.cli..";

    @Test
    void layersOnlyReachDownward() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Model").definedBy(MODEL)
                .layer("Host").definedBy(HOST)
                .layer("Engines").definedBy(ENGINES)
                .layer("Ui").definedBy(UI)
                .layer("Cli").definedBy(CLI)
                .layer("Main").definedBy("org.pvdm")
                .whereLayer("Main").mayNotBeAccessedByAnyLayer()
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("Main")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("Main")
                .whereLayer("Engines").mayOnlyBeAccessedByLayers("Ui", "Cli", "Main")
                .whereLayer("Host").mayOnlyBeAccessedByLayers("Engines", "Ui", "Cli", "Main")
                .whereLayer("Model").mayOnlyBeAccessedByLayers("Host", "Engines", "Ui", "Cli", "Main")
                .check(CLASSES);
    }

    @Test
    void everyPackageBelongsToALayer() {
        String[] all = java.util.stream.Stream.concat(java.util.stream.Stream.of(MODEL, HOST, UI, CLI),
                java.util.Arrays.stream(ENGINES)).toArray(String[]::new);
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that().resideOutsideOfPackage("org.pvdm")
                .should().resideInAnyPackage(all)
                .because("a new feature package joins a layer here, so the layer rules see it").check(CLASSES);
    }

    @Test
    void noCyclesBetweenFeaturePackages() {
        slices().matching("org.pvdm.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void uiAndCliAreIndependent() {
        noClasses().that().resideInAPackage(UI).should().dependOnClassesThat().resideInAPackage(CLI).check(CLASSES);
        noClasses().that().resideInAPackage(CLI).should().dependOnClassesThat().resideInAPackage(UI).check(CLASSES);
    }

    @Test
    void viewModelsKnowNoScene() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .because("a ViewModel holds properties and calls services; the View builds the scene")
                .check(CLASSES);
    }

    @Test
    void modelIsAPlainLibrary() {
        noClasses().that().resideInAPackage(MODEL)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.libvirt..", "com.sun.jna..",
                        "org.slf4j..", "picocli..", "com.fasterxml..")
                .check(CLASSES);
    }

    @Test
    void onlyTheGuiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages(UI, "org.pvdm")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(CLASSES);
    }

    @Test
    void onlyTheHostImplementationTalksToLibvirt() {
        noClasses().that().resideOutsideOfPackage("org.pvdm.host.libvirt..")
                .should().dependOnClassesThat().resideInAnyPackage("org.libvirt..", "com.sun.jna..")
                .check(CLASSES);
    }

    @Test
    void statisticsWorkOnAnyHost() {
        noClasses().that().resideInAPackage("org.pvdm.stats..")
                .should().dependOnClassesThat().resideInAPackage("org.pvdm.host.libvirt..")
                .because("the sampler reads counters through Host, so recordings and tests need no libvirt")
                .check(CLASSES);
    }

    @Test
    void libraryCodeLogsThroughSlf4jOnly() {
        noClasses().that().resideOutsideOfPackages(CLI, "org.pvdm")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(CLASSES);
        // the launcher only quiets JavaFX's own java.util.logging warning; nothing of pvdm's logs through it
        noClasses().that().doNotHaveFullyQualifiedName("org.pvdm.ui.app.GuiLauncher")
                .should(GeneralCodingRules.USE_JAVA_UTIL_LOGGING).check(CLASSES);
    }
}
