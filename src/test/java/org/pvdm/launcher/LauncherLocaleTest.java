package org.pvdm.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.testsupport.Needs;

/**
 * Java opens files by names encoded in the locale's character set, so under an ASCII locale a path such as
 * été.xml cannot even be named: the launcher must start Java with UTF-8 then, and leave a UTF-8 locale alone.
 * java is a stand-in that prints the locale it was given.
 */
class LauncherLocaleTest {
    @TempDir
    Path dir;

    @Test
    void anAsciiOrMissingLocaleRunsJavaInCUtf8() throws Exception {
        assumeTrue(Files.exists(Path.of("/usr/bin/locale")), "no locale command (libc-bin) here");
        assumeTrue("UTF-8".equals(charmap("C.UTF-8")), "the C.UTF-8 locale is not available here");
        String ldCache = Files.readString(Path.of("/etc/ld.so.cache"), StandardCharsets.ISO_8859_1);
        Needs.present(ldCache.contains("libvirt.so.0"), () -> "libvirt0 (the launcher stops before java without it)");
        Path launcher = launcher();
        assertEquals("LC_ALL=C.UTF-8", run(launcher, Map.of("LANG", "C")));
        assertEquals("LC_ALL=C.UTF-8", run(launcher, Map.of("LANG", "POSIX")));
        assertEquals("LC_ALL=C.UTF-8", run(launcher, Map.of("LC_ALL", "C")));
        assertEquals("LC_ALL=C.UTF-8", run(launcher, Map.of("LANG", "xx_NOWHERE.UTF-8")), "a UTF-8 locale not installed");
        assertEquals("LC_ALL=unset", run(launcher, Map.of("LANG", "C.UTF-8")), "a working UTF-8 locale is left alone");
    }

    private Path launcher() throws IOException {
        Path app = Files.createDirectories(dir.resolve("app/target")).getParent();
        Path launcher = Files.copy(Path.of("pvdm"), app.resolve("pvdm"));
        Files.writeString(app.resolve("target/pvdm-all.jar"), "");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        executable(Files.writeString(bin.resolve("java"), "#!/bin/sh\necho \"LC_ALL=${LC_ALL:-unset}\"\n"));
        executable(Files.writeString(bin.resolve("apt-get"), "#!/bin/sh\nexit 1\n"));
        executable(Files.writeString(bin.resolve("mvn"), "#!/bin/sh\nexit 1\n"));
        executable(launcher);
        return launcher;
    }

    private String run(Path launcher, Map<String, String> locale) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "--help");
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.equals("LANG") || k.startsWith("LC_") || k.equals("DISPLAY")
                || k.equals("WAYLAND_DISPLAY") || k.equals("PVDM_JAVA_OPTS"));
        env.putAll(locale);
        env.put("PATH", dir.resolve("bin") + ":/usr/local/bin:/usr/bin:/bin");
        Process p = pb.redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    private static String charmap(String lang) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("locale", "charmap");
        pb.environment().keySet().removeIf(k -> k.equals("LANG") || k.startsWith("LC_"));
        pb.environment().put("LANG", lang);
        Process p = pb.redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        return out;
    }

    private static void executable(Path p) throws IOException {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
