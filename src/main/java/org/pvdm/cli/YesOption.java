package org.pvdm.cli;

import picocli.CommandLine.Option;

/** The admin's answer given in advance to the question before a change (convert, apply, rollback, recover share it). */
public final class YesOption {
    @Option(names = {"-y", "--yes"}, description = "do not ask for confirmation")
    boolean yes;
}
