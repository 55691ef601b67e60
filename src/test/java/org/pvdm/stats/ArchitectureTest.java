package org.pvdm.stats;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The statistics engine is a plain library: no JavaFX, no libvirt, no System.out. */
class ArchitectureTest {
    private static final JavaClasses STATS = importStats();

    private static JavaClasses importStats() {
        // resolving every referenced class from the classpath (JavaFX, JDK...) takes ~15 s and is not needed:
        // the rules only look at the names of the classes the stats package depends on
        ArchConfiguration config = ArchConfiguration.get();
        boolean resolve = config.resolveMissingDependenciesFromClassPath();
        config.setResolveMissingDependenciesFromClassPath(false);
        try {
            return new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPath(classesOf(Sampler.class).resolve("org/pvdm/stats"));
        } finally {
            config.setResolveMissingDependenciesFromClassPath(resolve);
        }
    }

    private static Path classesOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

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
