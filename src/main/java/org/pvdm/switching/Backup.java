package org.pvdm.switching;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A saved definition of a guest.
 *
 * @param id   the file name without .xml: a UTC timestamp, sortable (20261125T121530.123Z)
 * @param note why it was taken (before-switch, before-rollback)
 */
public record Backup(String id, Path file, Instant time, String note) {}
