package org.pvdm.ui.common;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine's messages as the desktop app says them: the checkbox named instead of a CLI flag, OS names
 * instead of libosinfo ids, IDE places counted plainly.
 */
public final class GuiWords {
    /** The plan dialog's checkbox that stands for the CLI's --drivers-installed. */
    public static final String DRIVERS_CHECKBOX = "The paravirtual drivers are installed in this guest";

    private static final Pattern OS_ID = Pattern.compile("(?:[A-Z][\\w.]*(?: [\\w.]+)? )?\\((https?://[^)\\s]+)\\)");
    private static final Pattern IDE = Pattern.compile("IDE holds at most 4 devices; (\\d+) left");
    private static final Map<String, String> WINDOWS = Map.ofEntries(Map.entry("2k", "Windows 2000"),
            Map.entry("xp", "Windows XP"), Map.entry("2k3", "Windows Server 2003"),
            Map.entry("2k3r2", "Windows Server 2003 R2"), Map.entry("vista", "Windows Vista"),
            Map.entry("2k8", "Windows Server 2008"), Map.entry("2k8r2", "Windows Server 2008 R2"),
            Map.entry("7", "Windows 7"), Map.entry("8", "Windows 8"), Map.entry("8.1", "Windows 8.1"),
            Map.entry("2k12", "Windows Server 2012"), Map.entry("2k12r2", "Windows Server 2012 R2"),
            Map.entry("10", "Windows 10"), Map.entry("11", "Windows 11"), Map.entry("2k16", "Windows Server 2016"),
            Map.entry("2k19", "Windows Server 2019"), Map.entry("2k22", "Windows Server 2022"));
    private static final Map<String, String> VENDORS = Map.of("redhat.com/rhel", "Red Hat Enterprise Linux",
            "centos.org/centos", "CentOS", "suse.com/sles", "SUSE Linux Enterprise Server", "debian.org/debian",
            "Debian", "ubuntu.com/ubuntu", "Ubuntu", "oracle.com/ol", "Oracle Linux", "fedoraproject.org/fedora",
            "Fedora", "opensuse.org/opensuse", "openSUSE");

    private GuiWords() {}

    /** "http://microsoft.com/win/2k3" -> "Windows Server 2003"; an unknown id keeps its last parts. */
    public static String osName(String id) {
        if (id == null || id.isBlank()) {
            return "";
        }
        String s = id.replaceFirst("^https?://", "");
        int slash = s.lastIndexOf('/');
        if (slash < 0) {
            return s;
        }
        String base = s.substring(0, slash);
        String version = s.substring(slash + 1);
        if (base.equals("microsoft.com/win")) {
            return WINDOWS.getOrDefault(version, "Windows " + version);
        }
        String vendor = VENDORS.get(base);
        if (vendor != null) {
            return vendor + " " + version.replaceFirst("^(\\d+)sp(\\d+)$", "$1 SP$2");
        }
        return org.pvdm.inventory.OsNames.shortName(id);
    }

    /** An engine message in the app's words. */
    public static String of(String message) {
        if (message == null) {
            return "";
        }
        String m = message.replace("or pass --drivers-installed", "or tick \u201c" + DRIVERS_CHECKBOX + "\u201d")
                .replace("--drivers-installed", "\u201c" + DRIVERS_CHECKBOX + "\u201d");
        Matcher os = OS_ID.matcher(m);
        StringBuilder out = new StringBuilder();
        while (os.find()) {
            os.appendReplacement(out, Matcher.quoteReplacement(osName(os.group(1))));
        }
        os.appendTail(out);
        m = out.toString();
        Matcher ide = IDE.matcher(m);
        if (ide.find()) {
            int used = Integer.parseInt(ide.group(1));
            m = ide.replaceFirst(used == 0 ? "no IDE devices remain after the switch (IDE takes at most 4)"
                    : used + " of IDE's 4 places used after the switch");
        }
        if ((m.contains("Windows Server 2003") || m.contains("Windows XP")) && m.contains("virtio-win")) {
            m += " Note: current virtio-win ISOs have no Windows 2003/XP drivers; older VMDP releases do.";
        }
        return m;
    }
}
