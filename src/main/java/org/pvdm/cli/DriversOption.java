package org.pvdm.cli;

import picocli.CommandLine.Option;

/** The admin's word that the guest has its paravirtual drivers (plan, convert, apply share it). */
public final class DriversOption {
    @Option(names = "--drivers-installed", description = "you know the guest has its paravirtual drivers"
            + " (turns the Windows boot-disk block into a warning)")
    boolean installed;
}
