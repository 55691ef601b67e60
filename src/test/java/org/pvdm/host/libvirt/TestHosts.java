package org.pvdm.host.libvirt;


import java.net.URISyntaxException;
import java.nio.file.Path;
import org.pvdm.testsupport.Needs;

/** Test helpers: the node file's URI, and skipping when libvirt.so.0 is missing. */
final class TestHosts {

    static final String DEFAULT = "test:///default";
    static final String ALPHA = "11111111-2222-3333-4444-000000000001";
    static final String BETA = "11111111-2222-3333-4444-000000000002";
    static final String GAMMA = "11111111-2222-3333-4444-000000000003";

    private TestHosts() {}

    /** Skips the calling test, naming the library, when libvirt cannot be loaded. */
    static void assumeLibvirt() {
        Needs.libvirt0();
    }

    /** test:///ABSOLUTE/PATH/node.xml for the node file beside this class: alpha and beta run, gamma is off. */
    static String nodeUri() {
        try {
            Path p = Path.of(TestHosts.class.getResource("node.xml").toURI()).toAbsolutePath();
            return "test://" + p;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
