package org.pvdm.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pvdm.model.classify.DeviceReport;
import org.pvdm.model.classify.GuestReport;

/** The stable JSON shape of a guest's verdicts (inspect, xml inspect). */
final class ReportJson {
    private ReportJson() {}

    static Map<String, Object> guest(GuestReport r, String state) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("uuid", r.uuid());
        if (state != null) {
            m.put("state", state);
        }
        m.put("hypervisor", r.hypervisor());
        m.put("os", r.os());
        List<Map<String, Object>> devices = new ArrayList<>();
        for (DeviceReport d : r.devices()) {
            devices.add(device(d));
        }
        m.put("devices", devices);
        if (!r.note().isEmpty()) {
            m.put("note", r.note());
        }
        return m;
    }

    static Map<String, Object> device(DeviceReport d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", d.kind().label());
        m.put("name", d.name());
        m.put(d.kind().storage() ? "bus" : "model", d.busOrModel());
        m.put("status", d.status().label());
        m.put("convertible", d.convertible());
        m.put("reason", d.reason());
        m.put("suggestion", d.suggestion());
        return m;
    }
}
