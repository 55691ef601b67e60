/**
 * The live statistics engine: {@link org.pvdm.stats.Sampler} reads raw counters from a
 * {@link org.pvdm.host.StatsSource} on its own thread, {@link org.pvdm.stats.RateCalculator} turns them into
 * per-device rates, {@link org.pvdm.stats.History} keeps the last 15 minutes in primitive ring buffers,
 * {@link org.pvdm.stats.RecordingStore} saves snapshots as CSV and {@link org.pvdm.stats.Comparison}
 * compares two of them. No JavaFX and no libvirt here: the GUI binds through its own view models, the
 * host package hides libvirt.
 */
package org.pvdm.stats;
