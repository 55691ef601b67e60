package org.pvdm.readiness;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Reads the guest agent's replies (qemu-ga's QAPI shapes). A guest is not trusted: replies are size- and
 * depth-capped, and anything missing or of the wrong type reads as "could not tell".
 */
final class AgentReplies {
    static final int MAX_REPLY = 4 * 1024 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16)
                    .maxStringLength(MAX_REPLY).build()).build());

    private AgentReplies() {}

    /** guest-get-osinfo: the fields pvdm shows. */
    record OsInfo(String id, String prettyName, String kernelRelease) {
        boolean windows() {
            return id.equals("mswindows");
        }
    }

    /** A PCI device from guest-get-devices (Windows): vendor and device as 4 lower-case hex digits. */
    record PciDevice(String vendor, String device, String driverName, String driverVersion) {}

    /** A chunk from guest-file-read. */
    record Chunk(byte[] data, boolean eof) {}

    static OsInfo osInfo(String reply) throws AgentReplyException {
        JsonNode r = result(reply);
        return new OsInfo(text(r, "id"), text(r, "pretty-name"), text(r, "kernel-release"));
    }

    static List<PciDevice> devices(String reply) throws AgentReplyException {
        JsonNode r = result(reply);
        List<PciDevice> out = new ArrayList<>();
        if (!r.isArray()) {
            throw new AgentReplyException("guest-get-devices did not return a list");
        }
        for (JsonNode d : r) {
            JsonNode id = d.path("id");
            if ("pci".equals(id.path("type").asText()) && id.path("vendor-id").canConvertToInt()
                    && id.path("device-id").canConvertToInt()) {
                out.add(new PciDevice(hex(id.path("vendor-id").asInt()), hex(id.path("device-id").asInt()),
                        text(d, "driver-name"), text(d, "driver-version")));
            }
        }
        return out;
    }

    static long handle(String reply) throws AgentReplyException {
        JsonNode r = result(reply);
        if (!r.canConvertToLong()) {
            throw new AgentReplyException("guest-file-open returned no handle");
        }
        return r.asLong();
    }

    static Chunk chunk(String reply) throws AgentReplyException {
        JsonNode r = result(reply);
        try {
            return new Chunk(Base64.getDecoder().decode(text(r, "buf-b64")), r.path("eof").asBoolean(false));
        } catch (IllegalArgumentException e) {
            throw new AgentReplyException("guest-file-read returned bad base64");
        }
    }

    /** Module names from /proc/modules text (first word of each line). */
    static List<String> modules(String procModules) {
        List<String> out = new ArrayList<>();
        for (String line : procModules.split("\n")) {
            int sp = line.indexOf(' ');
            if (sp > 0) {
                out.add(line.substring(0, sp));
            }
        }
        return out;
    }

    /** Module names from modules.builtin (paths such as kernel/drivers/block/virtio_blk.ko). */
    static List<String> builtin(String modulesBuiltin) {
        List<String> out = new ArrayList<>();
        for (String line : modulesBuiltin.split("\n")) {
            String name = line.substring(line.lastIndexOf('/') + 1).trim();
            if (name.endsWith(".ko")) {
                out.add(name.substring(0, name.length() - 3).replace('-', '_'));
            }
        }
        return out;
    }

    private static JsonNode result(String reply) throws AgentReplyException {
        if (reply == null || reply.length() > MAX_REPLY) {
            throw new AgentReplyException("the agent's reply is missing or too large");
        }
        try {
            JsonNode n = MAPPER.readTree(reply);
            if (n == null || !n.has("return")) {
                throw new AgentReplyException("the agent's reply has no \"return\"" + (n != null && n.has("error")
                        ? ": " + n.path("error").path("desc").asText() : ""));
            }
            return n.get("return");
        } catch (JsonProcessingException e) {
            throw new AgentReplyException("the agent's reply is not JSON");
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isTextual() ? v.asText() : "";
    }

    private static String hex(int v) {
        return String.format(Locale.ROOT, "%04x", v & 0xffff);
    }

    static final class AgentReplyException extends Exception {
        AgentReplyException(String message) {
            super(message);
        }
    }
}
