package org.pvdm.switching;

/**
 * What an apply did.
 *
 * @param backup  the backup taken before the change
 * @param stopped whether pvdm shut the guest down
 * @param started whether pvdm started it again
 */
public record ApplyResult(Plan plan, Backup backup, boolean stopped, boolean started) {}
