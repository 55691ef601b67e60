package org.pvdm.host;

/**
 * Facts about the host itself.
 *
 * @param hypervisor     driver name as libvirt reports it, e.g. "QEMU", "Xen", "Test"
 * @param hostname       the host's name as libvirt reports it
 * @param libvirtVersion the libvirt library version on the host, e.g. "9.0.0" (empty when unknown)
 * @param hypervisorVersion the hypervisor version, e.g. "7.2.0" (empty when unknown)
 */
public record HostInfo(String hypervisor, String hostname, String libvirtVersion, String hypervisorVersion) {}
