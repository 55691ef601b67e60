package org.pvdm.switching;

/**
 * Whether the admin may change guests on the host. Making a plan needs only read access; the plan says
 * up front when applying it will fail.
 *
 * @param problem "" when writing is allowed, else why not (one line)
 */
public record WriteAccess(String problem) {
    public static WriteAccess allowed() {
        return new WriteAccess("");
    }

    public static WriteAccess denied(String why) {
        return new WriteAccess(why);
    }

    public boolean ok() {
        return problem.isEmpty();
    }
}
