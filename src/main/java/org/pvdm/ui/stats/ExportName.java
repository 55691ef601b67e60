package org.pvdm.ui.stats;

import java.nio.file.Path;
import java.util.Locale;

/** The file an export really writes: "charts.csv" typed into the PNG dialog becomes "charts.png". */
final class ExportName {
    private ExportName() {}

    /** {@code file} with the extension {@code ext}: a different known extension is replaced, none is added. */
    static Path fix(Path file, String ext) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("." + ext)) {
            return file;
        }
        for (String other : new String[] {".png", ".csv", ".html", ".htm", ".jpg", ".jpeg", ".svg", ".txt"}) {
            if (lower.endsWith(other) && name.length() > other.length()) {
                return file.resolveSibling(name.substring(0, name.length() - other.length()) + "." + ext);
            }
        }
        return file.resolveSibling(name + "." + ext);
    }

    /** " (you typed x.csv; a PNG is saved as x.png)" when the name was corrected, else "". */
    static String note(Path typed, Path saved) {
        return typed.equals(saved) ? "" : " (the name typed was " + typed.getFileName() + "; saved as "
                + saved.getFileName() + " to match its contents)";
    }
}
