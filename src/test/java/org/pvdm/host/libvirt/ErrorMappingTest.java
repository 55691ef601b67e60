package org.pvdm.host.libvirt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.libvirt.Error.ErrorNumber;
import org.pvdm.host.HostException;
import org.pvdm.host.HostException.Kind;

/** libvirt codes and messages (as libvirt 0.7.6 to 9.0 word them) to kinds and one-line messages. */
class ErrorMappingTest {

    @Test
    void kindsByCode() {
        assertEquals(Kind.NOT_FOUND, LibvirtErrors.kind(ErrorNumber.VIR_ERR_NO_DOMAIN, "Domain not found"));
        assertEquals(Kind.READ_ONLY, LibvirtErrors.kind(ErrorNumber.VIR_ERR_OPERATION_DENIED,
                "operation forbidden: read only access prevents virDomainDefineXML"));
        assertEquals(Kind.PERMISSION_DENIED, LibvirtErrors.kind(ErrorNumber.VIR_ERR_OPERATION_DENIED,
                "operation forbidden: cannot start"));
        assertEquals(Kind.PERMISSION_DENIED, LibvirtErrors.kind(ErrorNumber.VIR_ERR_AUTH_FAILED, "authentication failed"));
        assertEquals(Kind.PERMISSION_DENIED, LibvirtErrors.kind(ErrorNumber.VIR_ERR_ACCESS_DENIED,
                "access denied: 'write' denied"));
        assertEquals(Kind.PERMISSION_DENIED, LibvirtErrors.kind(ErrorNumber.VIR_ERR_SYSTEM_ERROR,
                "cannot open file '/x.img': Permission denied"));
        assertEquals(Kind.UNSUPPORTED, LibvirtErrors.kind(ErrorNumber.VIR_ERR_NO_SUPPORT,
                "this function is not supported by the connection driver: virConnectListAllDomains"));
        assertEquals(Kind.INVALID_XML, LibvirtErrors.kind(ErrorNumber.VIR_ERR_XML_ERROR, "XML error: bad"));
        assertEquals(Kind.INVALID_XML, LibvirtErrors.kind(ErrorNumber.VIR_ERR_XML_DETAIL, "at line 1"));
        assertEquals(Kind.CONFLICT, LibvirtErrors.kind(ErrorNumber.VIR_ERR_OPERATION_INVALID,
                "Requested operation is not valid: domain is already running"));
        assertEquals(Kind.CONFLICT, LibvirtErrors.kind(ErrorNumber.VIR_ERR_INTERNAL_ERROR,
                "internal error: Domain 'test' is already running"));
        assertEquals(Kind.TIMEOUT, LibvirtErrors.kind(ErrorNumber.VIR_ERR_OPERATION_TIMEOUT, "timed out"));
        assertEquals(Kind.UNREACHABLE, LibvirtErrors.kind(ErrorNumber.VIR_ERR_SYSTEM_ERROR,
                "Cannot write data: Broken pipe"));
        assertEquals(Kind.OTHER, LibvirtErrors.kind(ErrorNumber.VIR_ERR_INTERNAL_ERROR, "something odd"));
    }

    @Test
    void libvirtdNotRunning() {
        HostException e = connect("qemu:///system", ErrorNumber.VIR_ERR_SYSTEM_ERROR,
                "Failed to connect socket to '/var/run/libvirt/libvirt-sock': No such file or directory");
        assertEquals(Kind.UNREACHABLE, e.kind());
        assertEquals("cannot connect to qemu:///system: libvirtd is not running (start it, or use --connect)",
                e.getMessage());
    }

    @Test
    void socketPermission() {
        HostException e = connect("qemu:///system", ErrorNumber.VIR_ERR_SYSTEM_ERROR,
                "Failed to connect socket to '/var/run/libvirt/libvirt-sock': Permission denied");
        assertEquals(Kind.PERMISSION_DENIED, e.kind());
        assertEquals("cannot connect to qemu:///system: Failed to connect socket to '/var/run/libvirt/libvirt-sock':"
                + " Permission denied (run as root or as a member of group libvirt, or connect read-only)",
                e.getMessage());
    }

    @Test
    void aBrokenNodeFileNamesTheNodeFileNotLibvirtd() {
        HostException e = connect("test:///etc/passwd", ErrorNumber.VIR_ERR_XML_ERROR,
                "/etc/passwd:1: Start tag expected, '<' not found");
        assertEquals(HostException.Kind.UNREACHABLE, e.kind());
        assertTrue(e.getMessage().contains("node file"), e.getMessage());
        assertFalse(e.getMessage().contains("libvirtd"), e.getMessage());
    }

    @Test
    void anUnparsableUriSaysHowToWriteIt() {
        HostException e = connect("test:///tmp/node 1.xml", ErrorNumber.VIR_ERR_INTERNAL_ERROR,
                "internal error: Unable to parse URI test:///tmp/node 1.xml");
        assertTrue(e.getMessage().contains("%20"), e.getMessage());
    }

    @Test
    void sshKeyMissing() {
        HostException e = connect("qemu+ssh://root@h/system", ErrorNumber.VIR_ERR_SYSTEM_ERROR,
                "Cannot recv data: root@h: Permission denied (publickey,password).: Connection reset by peer");
        assertEquals(Kind.PERMISSION_DENIED, e.kind());
        assertEquals("cannot connect to qemu+ssh://root@h/system: root@h: Permission denied (publickey,password) "
                + "(install an ssh key for that user (ssh-copy-id): pvdm does not type passwords into ssh)",
                e.getMessage());
    }

    @Test
    void nobodyToAskForCredentials() {
        HostException e = ConnectErrors.map("qemu+tcp://h/system", ErrorNumber.VIR_ERR_AUTH_FAILED,
                "authentication failed: Failed to collect auth credentials", true, null);
        assertEquals(Kind.PERMISSION_DENIED, e.kind());
        assertEquals("cannot connect to qemu+tcp://h/system: the host asks for credentials and nobody can answer "
                + "here (use an ssh key or a polkit rule, or connect read-only)", e.getMessage());
    }

    private static HostException connect(String uri, ErrorNumber code, String message) {
        return ConnectErrors.map(uri, code, message, false, null);
    }
}
