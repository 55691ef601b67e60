package org.pvdm.switching;

/** Hears each step of an apply or rollback, for a terminal or a progress dialog. */
@FunctionalInterface
public interface Progress {
    void step(String message);
}
