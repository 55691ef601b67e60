package org.pvdm.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.testsupport.Needs;

/**
 * Runs the real ./pvdm launcher many times on this machine's real dynamic linker cache. Its library check
 * once failed about one run in ten (a pipe into grep -q under pipefail), so one run proves nothing: every one
 * of many runs must find the installed libraries, install nothing and reach the java command. java, mvn and
 * apt-get are stand-ins that record their calls, so the runs are quick and never touch the machine.
 */
class LauncherDetectionTest {
    private static final int RUNS = 100;

    @TempDir
    Path dir;

    @Test
    void findsInstalledLibrariesOnEveryRunAndInstallsNothing() throws Exception {
        String cache = ldconfigCache();
        Needs.present(cache.contains("\tlibvirt.so.0 ("),
                () -> "libvirt0 in ldconfig -p (the launcher's detection cannot be checked without it)");
        boolean gtk = cache.contains("\tlibgtk-3.so.0 (");
        Path app = dir.resolve("app");
        Path launcher = app.resolve("pvdm");
        Files.createDirectories(app.resolve("target"));
        Files.copy(Path.of("pvdm"), launcher);
        Path jar = Files.writeString(app.resolve("target/pvdm-all.jar"), "");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path calls = dir.resolve("calls.log");
        stub(bin, "java", "echo \"java $*\"");
        stub(bin, "mvn", "echo \"mvn $*\" >>'" + calls + "'; exit 1");
        stub(bin, "apt-get", "echo \"apt-get $*\" >>'" + calls + "'; exit 1");
        executable(launcher);

        List<String> bad = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "--help");
            Map<String, String> env = pb.environment();
            env.put("PATH", bin + ":/usr/local/bin:/usr/bin:/bin");
            env.remove("PVDM_JAVA_OPTS");
            env.remove("WAYLAND_DISPLAY");
            if (gtk) {
                env.put("DISPLAY", ":99"); // makes the launcher check GTK too
            } else {
                env.remove("DISPLAY");
            }
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            int exit = p.waitFor();
            if (exit != 0 || !(out.startsWith("java ") && out.endsWith(" -jar " + jar + " --help")) || !err.isEmpty()) {
                bad.add("run " + (i + 1) + ": exit " + exit + ", stdout '" + out + "', stderr '" + err + "'");
            }
        }
        assertEquals(List.of(), bad, "every run must detect the installed libraries and start java");
        assertFalse(Files.exists(calls), () -> "the launcher ran a package manager or a build: " + read(calls));
    }

    private static String ldconfigCache() throws IOException, InterruptedException {
        for (String ldconfig : List.of("/sbin/ldconfig", "/usr/sbin/ldconfig")) {
            if (Files.isExecutable(Path.of(ldconfig))) {
                Process p = new ProcessBuilder(ldconfig, "-p").redirectErrorStream(true).start();
                String all = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                p.waitFor();
                return all;
            }
        }
        return "";
    }

    private static void stub(Path bin, String name, String body) throws IOException {
        executable(Files.writeString(bin.resolve(name), "#!/bin/sh\n" + body + "\n"));
    }

    private static void executable(Path p) throws IOException {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
