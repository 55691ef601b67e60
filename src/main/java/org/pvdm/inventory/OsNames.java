package org.pvdm.inventory;

/** Short OS names for tables: http://microsoft.com/win/2k8r2 becomes win2k8r2. */
public final class OsNames {
    private OsNames() {}

    public static String shortName(String libosinfoId) {
        if (libosinfoId == null || libosinfoId.isBlank()) {
            return "";
        }
        String s = libosinfoId.replaceFirst("^https?://", "");
        String[] parts = s.split("/");
        if (parts.length >= 3) {
            return parts[parts.length - 2] + parts[parts.length - 1];
        }
        return parts[parts.length - 1];
    }
}
