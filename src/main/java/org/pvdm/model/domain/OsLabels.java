package org.pvdm.model.domain;

import java.util.Map;

/** What people call an OS that libosinfo names by an id: http://microsoft.com/win/2k8r2 is Windows Server 2008 R2. */
public final class OsLabels {
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

    private OsLabels() {}

    /** "http://microsoft.com/win/2k3" -> "Windows Server 2003"; an unknown id keeps its last two parts. */
    public static String name(String id) {
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
        int prev = base.lastIndexOf('/');
        return base.substring(prev + 1) + version;
    }

    /** A Windows guest as a sentence names it: its release when the id says it, else just "Windows". */
    public static String windows(String id) {
        String n = name(id);
        return n.startsWith("Windows") ? n : "Windows";
    }
}
