package org.pvdm.ui.common;

import org.pvdm.model.domain.OsLabels;
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
    private GuiWords() {}

    /** "http://microsoft.com/win/2k3" -> "Windows Server 2003"; an unknown id keeps its last parts. */
    public static String osName(String id) {
        return OsLabels.name(id);
    }

    /** An engine message in the app's words. */
    public static String of(String message) {
        if (message == null) {
            return "";
        }
        String m = message.replace("or pass --drivers-installed", "or tick \u201c" + DRIVERS_CHECKBOX + "\u201d")
                .replace("--drivers-installed", "\u201c" + DRIVERS_CHECKBOX + "\u201d")
                .replaceAll("try it first: pvdm try \\S+", "try it first: \u201cTry on a clone first\u201d in the plan dialog");
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
