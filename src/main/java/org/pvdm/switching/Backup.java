package org.pvdm.switching;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A saved definition of a guest.
 *
 * @param id   the file name without .xml: a UTC timestamp, sortable (20261125T121530.123Z)
 * @param note why it was taken (before-switch, before-rollback)
 * @param complete false when its note is missing: shown, but never taken as the latest good backup
 */
public record Backup(String id, Path file, Instant time, String note, boolean complete) {}
