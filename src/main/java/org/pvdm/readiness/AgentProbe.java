package org.pvdm.readiness;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pvdm.host.HostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks a guest agent read-only questions: guest-get-osinfo; on Windows guest-get-devices; on Linux it reads
 * /proc/modules and the kernel's modules.builtin with guest-file-open in mode "r" (never guest-exec, never a
 * write). Reads are capped; every handle opened is closed.
 */
public final class AgentProbe {
    private static final Logger LOG = LoggerFactory.getLogger(AgentProbe.class);
    private static final int CHUNK = 65536;
    private static final int MAX_FILE = 1024 * 1024;

    private AgentProbe() {}

    public static AgentFacts probe(GuestAgent agent) {
        AgentReplies.OsInfo os;
        try {
            os = AgentReplies.osInfo(agent.command("{\"execute\":\"guest-get-osinfo\"}"));
        } catch (HostException | AgentReplies.AgentReplyException e) {
            return AgentFacts.silent("the guest agent did not answer guest-get-osinfo: " + e.getMessage());
        }
        if (os.windows()) {
            try {
                List<AgentReplies.PciDevice> devices = AgentReplies.devices(
                        agent.command("{\"execute\":\"guest-get-devices\"}"));
                return new AgentFacts("", os.id(), os.prettyName(), os.kernelRelease(), devices, Set.of(), false);
            } catch (HostException | AgentReplies.AgentReplyException e) {
                LOG.debug("guest-get-devices failed", e);
                return new AgentFacts("", os.id(), os.prettyName(), os.kernelRelease(), List.of(), Set.of(), false);
            }
        }
        Set<String> modules = new HashSet<>();
        boolean read = false;
        try {
            modules.addAll(AgentReplies.modules(readFile(agent, "/proc/modules")));
            read = true;
            if (os.kernelRelease().matches("[A-Za-z0-9._+-]{1,64}")) {
                modules.addAll(AgentReplies.builtin(readFile(agent, "/lib/modules/" + os.kernelRelease()
                        + "/modules.builtin")));
            }
        } catch (HostException | AgentReplies.AgentReplyException e) {
            LOG.debug("reading a module list through the agent failed: {}", e.getMessage());
        }
        return new AgentFacts("", os.id(), os.prettyName(), os.kernelRelease(), List.of(), modules, read);
    }

    /** guest-file-open (read-only), read to EOF or the cap, always guest-file-close. */
    static String readFile(GuestAgent agent, String path) throws HostException, AgentReplies.AgentReplyException {
        long h = AgentReplies.handle(agent.command("{\"execute\":\"guest-file-open\",\"arguments\":{\"path\":\""
                + path + "\",\"mode\":\"r\"}}"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            while (out.size() < MAX_FILE) {
                AgentReplies.Chunk c = AgentReplies.chunk(agent.command("{\"execute\":\"guest-file-read\","
                        + "\"arguments\":{\"handle\":" + h + ",\"count\":" + CHUNK + "}}"));
                out.write(c.data(), 0, c.data().length);
                if (c.eof() || c.data().length == 0) {
                    break;
                }
            }
        } finally {
            try {
                agent.command("{\"execute\":\"guest-file-close\",\"arguments\":{\"handle\":" + h + "}}");
            } catch (HostException e) {
                LOG.debug("guest-file-close failed", e);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
