package org.pvdm.trial;

import java.util.List;
import java.util.Optional;
import java.nio.file.Path;
import org.pvdm.watch.WatchResult;

/**
 * What a trial on a clone showed.
 *
 * @param cloneName   the clone's name
 * @param watch       what the boot watchdog saw on it
 * @param console     the last lines of the clone's console log (empty when it has none)
 * @param consoleLog  where that log is kept
 * @param leftovers   overlays that could not be removed (said, never hidden)
 * @param recorded    what was kept in the guest's metadata, or why not
 */
public record TrialResult(String guest, String cloneName, WatchResult watch, List<String> console,
                          Optional<Path> consoleLog, List<Path> leftovers, String recorded) {
    public TrialResult {
        console = List.copyOf(console);
        leftovers = List.copyOf(leftovers);
    }

    public boolean passed() {
        return watch.passed();
    }
}
