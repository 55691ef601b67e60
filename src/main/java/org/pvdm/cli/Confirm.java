package org.pvdm.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Asks the admin on the terminal; without a terminal, refuses unless --yes was given. */
final class Confirm {
    private Confirm() {}

    static void ask(PrintWriter out, String question, boolean yes) {
        if (yes) {
            return;
        }
        if (System.console() == null) {
            throw new CliException(ExitCodes.REFUSED, "no terminal to confirm on: nothing was changed;"
                    + " read the plan above and pass --yes to apply it");
        }
        out.print(question + " [y/N] ");
        out.flush();
        try {
            String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (answer == null || !(answer.trim().equalsIgnoreCase("y") || answer.trim().equalsIgnoreCase("yes"))) {
                throw new CliException(ExitCodes.REFUSED, "not confirmed: nothing was changed");
            }
        } catch (IOException e) {
            throw new CliException(ExitCodes.REFUSED, "cannot read the answer: nothing was changed");
        }
    }
}
