package org.pvdm.model.domain;

import java.util.Locale;

/** The guest OS family, as far as its XML tells (libosinfo metadata). */
public enum OsFamily {
    WINDOWS, LINUX, OTHER, UNKNOWN;

    /** Windows ids live under microsoft.com/win; the Linux distributions under their vendors' domains. */
    public static OsFamily fromLibosinfoId(String id) {
        String s = id.toLowerCase(Locale.ROOT);
        if (s.contains("microsoft.com/win")) {
            return WINDOWS;
        }
        String[] linux = {"debian.org", "ubuntu.com", "redhat.com", "fedoraproject.org", "suse.com", "opensuse.org",
            "centos.org", "almalinux.org", "rockylinux.org", "archlinux.org", "oracle.com/ol", "gentoo.org",
            "alpinelinux.org", "mageia.org", "novell.com/sle", "linux", "mandriva.com", "slackware.com",
            "scientificlinux.org", "libosinfo.org/linux"};
        for (String vendor : linux) {
            if (s.contains(vendor)) {
                return LINUX;
            }
        }
        return OTHER;
    }
}
