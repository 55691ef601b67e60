package org.pvdm.model.convert;

import java.util.List;

/**
 * Disk target names and their index, both ways, as libvirt counts them (virDiskNameToIndex and
 * virIndexToDiskName in src/util/virutil.c): the letters after the prefix are a bijective base-26 number,
 * a=0 ... z=25, aa=26 ... zz=701, aaa=702. vda, sdb, hdc, xvdaa are all valid names.
 */
public final class DiskNames {
    /** The prefixes libvirt knows, longest first so that "xvd" wins over a shorter match. */
    private static final List<String> PREFIXES = List.of("xvd", "ubd", "hd", "sd", "vd", "fd");

    private DiskNames() {}

    /** The prefix of a target name (hd, sd, vd, xvd, ubd, fd), or "" when it has none libvirt knows. */
    public static String prefix(String name) {
        for (String p : PREFIXES) {
            if (name.startsWith(p)) {
                return p;
            }
        }
        return "";
    }

    /**
     * The index of a target name: vda=0, vdz=25, vdaa=26; -1 when it is not a disk name. Trailing digits
     * (a partition, as in xvda1) are ignored like libvirt does.
     */
    public static int toIndex(String name) {
        String p = prefix(name);
        if (p.isEmpty()) {
            return -1;
        }
        String rest = name.substring(p.length());
        int letters = 0;
        long idx = 0;
        while (letters < rest.length() && rest.charAt(letters) >= 'a' && rest.charAt(letters) <= 'z') {
            idx = (idx + (letters == 0 ? 0 : 1)) * 26 + (rest.charAt(letters) - 'a');
            if (idx > Integer.MAX_VALUE) {
                return -1;
            }
            letters++;
        }
        if (letters == 0) {
            return -1;
        }
        for (int i = letters; i < rest.length(); i++) {
            if (!Character.isDigit(rest.charAt(i))) {
                return -1;
            }
        }
        return (int) idx;
    }

    /** The name of index {@code index} with a prefix: ("vd", 0) = vda, ("sd", 26) = sdaa. */
    public static String of(String prefix, int index) {
        if (index < 0) {
            throw new IllegalArgumentException("negative disk index " + index);
        }
        StringBuilder letters = new StringBuilder();
        for (int n = index; n >= 0; n = n / 26 - 1) {
            letters.append((char) ('a' + n % 26));
        }
        return prefix + letters.reverse();
    }
}
