package org.pvdm.ui.hosts;

/** Where the current connection stands, as the status bar shows it. */
public enum ConnectionState {
    DISCONNECTED,
    CONNECTING,
    CONNECTED,
    FAILED
}
