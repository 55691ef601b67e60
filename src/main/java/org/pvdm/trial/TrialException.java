package org.pvdm.trial;

/** Why a trial could not be made; one line for the admin. */
public final class TrialException extends Exception {
    public TrialException(String message) {
        super(message);
    }

    public TrialException(String message, Throwable cause) {
        super(message, cause);
    }
}
