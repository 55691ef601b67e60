package org.pvdm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pvdm.model.classify.Classifier;
import org.pvdm.model.classify.GuestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "inspect", description = "Classify the devices of domain XML files, as inspect does for a host's guests.")
final class XmlInspectCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "domain XML files (virsh dumpxml output)")
    List<Path> files;

    @Option(names = "--json", description = "JSON: an array of inspect objects, each with its \"file\"")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Object> results = new ArrayList<>();
        int exit = ExitCodes.OK;
        for (Path file : files) {
            try {
                GuestReport r = Classifier.classify(DomainFiles.read(file));
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("file", file.toString());
                    m.putAll(ReportJson.guest(r, null));
                    results.add(m);
                } else {
                    if (files.size() > 1) {
                        out.println("== " + file);
                    }
                    out.println(InspectCommand.text(r, null));
                }
            } catch (CliException e) {
                if (json) {
                    results.add(DomainFiles.error(file, e));
                }
                err.println("pvdm: " + e.getMessage());
                exit = Math.max(exit, e.exitCode());
            }
        }
        if (json) {
            out.println(JsonOut.write(results));
        }
        return exit;
    }
}
