package org.pvdm.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pvdm.host.HostUris;
import org.pvdm.host.libvirt.LibvirtHosts;
import org.pvdm.inventory.GuestRow;
import org.pvdm.inventory.HostRows;
import org.pvdm.inventory.ManyHosts;
import picocli.CommandLine.Model.CommandSpec;

/** pvdm list with several --connect: every host at once, a HOST column, each failed host said in one line. */
final class ManyHostsText {
    private ManyHostsText() {}

    static int print(List<String> uris, boolean json, CommandSpec spec) throws InterruptedException {
        List<HostRows> hosts = ManyHosts.list(uris, u -> LibvirtHosts.open(HostUris.resolve(u), false));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.print(json ? JsonOut.write(json(hosts)) + "\n" : table(hosts));
        int code = ExitCodes.OK;
        for (HostRows h : hosts) {
            if (h.error() != null) {
                err.println("pvdm: " + h.name() + ": " + h.error().getMessage());
                code = code == ExitCodes.OK ? ExitCodes.of(h.error().kind()) : code;
            }
            for (GuestRow r : h.rows()) {
                if (!r.error().isEmpty()) {
                    err.println("pvdm: " + h.name() + ": " + r.error());
                }
            }
        }
        return code;
    }

    static String table(List<HostRows> hosts) {
        TextTable t = new TextTable("HOST", "NAME", "STATE", "HYPERVISOR", "OS", "EMULATED", "CONVERTIBLE");
        for (HostRows h : hosts) {
            if (h.error() != null) {
                t.row(h.name(), "-", "error", "", "", "?", "?");
            }
            for (GuestRow r : h.rows()) {
                t.row(h.name(), r.name(), r.summary().state().label(), r.hypervisor(), r.os(),
                        r.report() == null ? "?" : r.emulated(), r.report() == null ? "?" : r.convertible());
            }
        }
        return t.toString();
    }

    static List<Map<String, Object>> json(List<HostRows> hosts) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (HostRows h : hosts) {
            if (h.error() != null) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("host", h.name());
                m.put("error", h.error().getMessage());
                out.add(m);
            }
            out.addAll(ListCommand.toJson(h.rows(), h.name()));
        }
        return out;
    }
}
