package org.pvdm.switching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pvdm.model.convert.Selection;

/** A selection as the command-line words that make it again ({@link Selection#fromArgs}). */
final class SelectionArgs {
    private SelectionArgs() {}

    static List<String> of(Selection s) {
        List<String> words = new ArrayList<>();
        for (String name : s.names()) {
            words.add("--device");
            words.add(name);
        }
        if (s.cdroms()) {
            words.add("--cdroms");
        }
        if (s.scope() != Selection.Only.ALL) {
            words.add("--only");
            words.add(s.scope().name().toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
