package org.pvdm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pvdm.bench.Bench;
import org.pvdm.bench.BenchResult;
import org.pvdm.bench.NodeFiles;
import org.pvdm.host.libvirt.LibvirtHosts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", description = "Measure pvdm in this process on a generated libvirt test-driver host of N guests"
        + " (nothing outside a private temporary folder is touched): inventory, a statistics tick, plan and apply per"
        + " guest, a 100-guest batch conversion, heap with 15 minutes of history. See docs/benchmarks.md.")
final class BenchCommand implements Callable<Integer> {
    static final int MAX_GUESTS = 20_000;

    @Option(names = "--guests", paramLabel = "N", defaultValue = "1000", description = "guests on the host (default: ${DEFAULT-VALUE})")
    int guests;

    @Option(names = "--json", description = "JSON: {guests, running, inventory_ms, stats_tick_ms, plan_ms, apply_ms,"
            + " batch100_ms, heap_mb, ...}")
    boolean json;

    @Option(names = "--write-node", paramLabel = "FILE", description = "only write the N-guest node file to FILE (a new"
            + " file) and exit: the same host for virsh and pvdm list, as test:///ABSOLUTE/FILE")
    Path writeNode;

    @Option(names = "--all-emulated", description = "with --write-node: every guest on IDE + e1000 and shut off (all"
            + " convertible without a power cycle, e.g. to try pvdm convert --all)")
    boolean allEmulated;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (guests < 1 || guests > MAX_GUESTS) {
            throw new CliException(ExitCodes.USAGE, "--guests takes 1 to " + MAX_GUESTS + ", not " + guests);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (writeNode != null) {
            return writeNode(out);
        }
        LibvirtHosts.unavailableReason().ifPresent(why -> {
            throw new CliException(ExitCodes.UNREACHABLE, "cannot run the benchmark: " + why);
        });
        PrintWriter err = spec.commandLine().getErr();
        BenchResult r = Bench.run(guests, m -> {
            if (!json) {
                err.println("bench: " + m);
            }
        });
        if (json) {
            out.println(JsonOut.write(r.toMap()));
        } else {
            TextTable t = new TextTable("FIGURE", "VALUE");
            for (Map.Entry<String, Object> e : r.toMap().entrySet()) {
                t.row(e.getKey(), e.getValue());
            }
            out.print(t);
        }
        return ExitCodes.OK;
    }

    /** Never over an existing file or through a symlink: the admin names a new file. */
    private int writeNode(PrintWriter out) throws IOException {
        Path file = writeNode.toAbsolutePath().normalize();
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new CliException(ExitCodes.IO, "will not overwrite " + file + ": name a new file");
        }
        if (file.getParent() == null || !Files.isDirectory(file.getParent(), LinkOption.NOFOLLOW_LINKS)) {
            throw new CliException(ExitCodes.IO, "no folder " + file.getParent() + " for " + file.getFileName()
                    + ": create it first");
        }
        NodeFiles.write(file, guests, "bench", allEmulated ? NodeFiles.Mix.EMULATED_OFF : NodeFiles.Mix.MIXED);
        out.println("test://" + file);
        return ExitCodes.OK;
    }
}
