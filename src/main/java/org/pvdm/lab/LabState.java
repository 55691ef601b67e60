package org.pvdm.lab;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * What the lab made on this machine, besides its guests (those carry the lab mark in their own definition):
 * the files it created and whether it created the bridge. {@code lab down} removes exactly these.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record LabState(int version, String uri, boolean bridgeCreated, Accelerator accelerator, List<String> files) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    LabState {
        files = files == null ? List.of() : List.copyOf(files);
    }

    static LabState empty(String uri) {
        return new LabState(1, uri, false, null, List.of());
    }

    /** The state in the file, or an empty one when there is none; its host is always {@code uri}, whatever the file says. */
    static LabState load(Path file, String uri) throws LabException {
        if (!Files.isRegularFile(file)) {
            return empty(uri);
        }
        try {
            LabState read = JSON.readValue(file.toFile(), LabState.class);
            // the file records the host, it never chooses it: pvdm talks to the host it was given
            return new LabState(read.version(), uri, read.bridgeCreated(), read.accelerator(), read.files());
        } catch (IOException e) {
            throw new LabException(LabException.Kind.FAILED, "cannot read the lab state " + file + ": "
                    + e.getMessage() + " (delete it and run pvdm lab up again)", e);
        }
    }

    void save(Path file) throws LabException {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(tmp.toFile(), this);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LabException(LabException.Kind.FAILED, "cannot write the lab state " + file + ": " + e, e);
        }
    }

    LabState withFile(Path path) {
        String p = path.toString();
        if (files.contains(p)) {
            return this;
        }
        List<String> f = new ArrayList<>(files);
        f.add(p);
        return new LabState(version, uri, bridgeCreated, accelerator, f);
    }

    LabState withBridgeCreated() {
        return new LabState(version, uri, true, accelerator, files);
    }

    LabState withAccelerator(Accelerator a) {
        return new LabState(version, uri, bridgeCreated, a, files);
    }
}
