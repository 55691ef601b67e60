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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", description = "List the host's guests, running and shut off, with their emulated devices."
        + " Several --connect: all those hosts at once, with a HOST column (a dead host is said and costs only its"
        + " connect bound; exit 5 when one could not be listed).")
final class ListCommand implements Callable<Integer> {
    @Option(names = {"-c", "--connect"}, paramLabel = "URI",
            description = "libvirt URI (qemu:///system, qemu+ssh://root@host/system, xen:///, test:///PATH, or 'demo');"
                    + " repeat for several hosts; default: $LIBVIRT_DEFAULT_URI, else the built-in demo host")
    List<String> uris = new ArrayList<>();

    @Option(names = "--json", description = "JSON: an array of {name, uuid, state, hypervisor, os, emulated, convertible};"
            + " with several hosts each also has \"host\", and a host that failed is {host, error}")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (uris.size() > 1) {
            return ManyHostsText.print(uris, json, spec);
        }
        ConnectOption connect = new ConnectOption();
        connect.uri = uris.isEmpty() ? null : uris.get(0);
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
        return toJson(rows, null);
    }

    /** @param host the host key's value, null for none */
    static List<Map<String, Object>> toJson(List<GuestRow> rows, String host) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (GuestRow r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            if (host != null) {
                m.put("host", host);
            }
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
