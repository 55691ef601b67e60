package org.pvdm.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pvdm.host.Host;
import org.pvdm.inventory.GuestRow;
import org.pvdm.inventory.Inventory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", description = "List the host's guests, running and shut off, with their emulated devices.")
final class ListCommand implements Callable<Integer> {
    @Mixin
    ConnectOption connect;

    @Option(names = "--json", description = "JSON: an array of {name, uuid, state, hypervisor, os, emulated, convertible}")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Host host = connect.open(false)) {
            List<GuestRow> rows = new Inventory(host).list();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(JsonOut.write(toJson(rows)));
            } else {
                out.print(table(rows));
            }
            Notices.demo(host, spec);
            for (GuestRow r : rows) {
                if (!r.error().isEmpty()) {
                    spec.commandLine().getErr().println("pvdm: " + r.error());
                }
            }
            return ExitCodes.OK;
        }
    }

    static String table(List<GuestRow> rows) {
        TextTable t = new TextTable("NAME", "STATE", "HYPERVISOR", "OS", "EMULATED", "CONVERTIBLE");
        for (GuestRow r : rows) {
            t.row(r.name(), r.summary().state().label(), r.hypervisor(), r.os(),
                    r.report() == null ? "?" : r.emulated(), r.report() == null ? "?" : r.convertible());
        }
        return t.toString();
    }

    static List<Map<String, Object>> toJson(List<GuestRow> rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (GuestRow r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", r.name());
            m.put("uuid", r.summary().uuid());
            m.put("state", r.summary().state().label());
            m.put("hypervisor", r.hypervisor());
            m.put("os", r.os());
            m.put("emulated", r.emulated());
            m.put("convertible", r.convertible());
            if (!r.error().isEmpty()) {
                m.put("error", r.error());
            }
            out.add(m);
        }
        return out;
    }
}
