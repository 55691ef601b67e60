package org.pvdm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pvdm.model.convert.Conversion;
import org.pvdm.model.convert.Refusal;
import org.pvdm.switching.Check;
import org.pvdm.switching.SafeConversion;
import org.pvdm.switching.Verdict;

/**
 * What xml convert did with one file: converted (perhaps with devices held back), unchanged, refused whole, or
 * failed (unreadable, not a domain, an internal error). Every device left alone and every warning is said on
 * stderr and in the JSON, in the shape of plan --json.
 *
 * @param safe    the conversion and its checks (null when the file failed before it)
 * @param error   why the file failed or was refused ("" when it was written)
 * @param exit    the file's own exit code: 0, 3 (blocked or refused), or the failure's
 * @param written where the result went (null when nowhere or on stdout)
 */
record ConvertOutcome(Path file, SafeConversion safe, String error, int exit, Path written) {

    static ConvertOutcome failed(Path file, String error, int exit) {
        return new ConvertOutcome(file, null, error, exit, null);
    }

    String status() {
        if (safe == null) {
            return "failed";
        }
        if (!safe.refusal().isEmpty()) {
            return "refused";
        }
        return safe.conversion().changed() ? "converted" : "unchanged";
    }

    /** One line per device held back, per device left alone, per warning; then the refusal or failure. */
    void report(PrintWriter err) {
        if (safe != null) {
            for (Refusal r : safe.conversion().refused()) {
                boolean blocked = safe.held().containsKey(r.device());
                err.println("pvdm: " + file + ": " + r.device() + (blocked ? " not switched (" + r.reason() + ")"
                        : r.kind() == null ? ": " + r.reason() : " left alone: " + r.reason()));
            }
            for (Check c : safe.checks()) {
                if (c.verdict() == Verdict.WARN) {
                    err.println("pvdm: " + file + ": warning: " + c.id() + ": " + c.message());
                }
            }
        }
        if (!error.isEmpty()) {
            err.println("pvdm: " + (safe == null ? error : "refused " + file + ": " + error));
        }
    }

    Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file.toString());
        m.put("status", status());
        if (safe == null) {
            m.put("error", error);
            m.put("exit", exit);
            return m;
        }
        Conversion c = safe.conversion();
        m.put("guest", c.original().name());
        m.put("uuid", c.original().uuid());
        m.put("changes", PlanText.changesJson(c.changes()));
        m.put("checks", PlanText.checksJson(safe.checks()));
        List<Map<String, Object>> refused = new ArrayList<>();
        for (Refusal r : c.refused()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("device", r.device());
            x.put("kind", r.kind() == null ? null : r.kind().label());
            x.put("blocked", safe.held().containsKey(r.device()));
            x.put("reason", r.reason());
            refused.add(x);
        }
        m.put("refused", refused);
        m.put("blocked", safe.blocked());
        if (!error.isEmpty()) {
            m.put("error", error);
        }
        m.put("diff", safe.refusal().isEmpty() ? c.diff("a/" + file.getFileName(), "b/" + file.getFileName()) : "");
        m.put("output", written == null ? null : written.toString());
        m.put("exit", exit);
        return m;
    }
}
