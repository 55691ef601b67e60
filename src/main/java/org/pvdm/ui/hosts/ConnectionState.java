package org.pvdm.ui.hosts;

/** Where the current connection stands, as the status bar shows it. */
public enum ConnectionState {
    DISCONNECTED("not connected"),
    CONNECTING("connecting"),
    CONNECTED("connected"),
    FAILED("connection failed");

    private final String label;

    ConnectionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
