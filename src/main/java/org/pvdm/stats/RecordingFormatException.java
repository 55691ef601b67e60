package org.pvdm.stats;

import java.io.IOException;

/**
 * A recording file that could be read but is not a valid recording (wrong header, a bad line, not text):
 * a subclass of IOException so callers can tell bad content from a file that cannot be read.
 */
public final class RecordingFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public RecordingFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
