package org.pvdm.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real CLI entry point in-process and keeps what it printed. */
record CliRun(int exit, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The error output is one line (or none), never a stack trace. */
    boolean oneLineError() {
        String e = err.strip();
        return !e.contains("\n") && !e.contains("\tat ") && !e.contains("Exception");
    }

    /** Every error line is one line of its own: no stack trace, no exception name. */
    boolean oneLineErrorPerLine() {
        return !err.contains("\tat ") && !err.contains("Exception") && !err.contains("[Fatal Error]");
    }
}
