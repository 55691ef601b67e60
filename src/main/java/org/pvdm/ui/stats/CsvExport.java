package org.pvdm.ui.stats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.pvdm.stats.Recording;
import org.pvdm.stats.RecordingStore;
import org.pvdm.stats.SeriesData;
import org.pvdm.ui.common.DialogService;
import org.pvdm.ui.common.Problem;
import org.pvdm.ui.common.TaskRunner;

/** Saves the watched guests' series as a recording CSV ({@code org.pvdm.stats} format), off the FX thread. */
final class CsvExport {
    private CsvExport() {}

    static void save(org.pvdm.stats.History history, Watch w, String host, boolean synthetic, Path typed, TaskRunner runner,
                     DialogService dialogs, Consumer<String> done) {
        Path file = ExportName.fix(typed, "csv");
        List<SeriesData> data = new ArrayList<>();
        for (String uuid : w.uuids()) {
            Recording r = history.snapshot(history.keys().stream().filter(k -> k.guestUuid().equals(uuid)).toList());
            r.keys().forEach(k -> data.add(r.series(k).orElseThrow()));
        }
        Recording rec = new Recording(data).from(host, synthetic);
        runner.run("save statistics to " + file, () -> {
            RecordingStore.save(file, rec);
            return file;
        }, saved -> {
            String text = "Saved " + rec.rows().size() + " rows to " + saved + ExportName.note(typed, saved);
            done.accept(text);
            dialogs.showInfo("Statistics saved", text);
        },
                failure -> dialogs.showError(Problem.of("Export the statistics as CSV", failure)));
    }
}
