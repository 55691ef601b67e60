package org.pvdm.host;

/**
 * A disk's size as libvirt reports it (virDomainGetBlockInfo, or the storage volume's info).
 *
 * @param capacity   bytes the guest sees
 * @param allocation bytes the image really uses on the host
 * @param from       where libvirt read it: "block info" or "storage volume"
 */
public record DiskSize(long capacity, long allocation, String from) {
}
