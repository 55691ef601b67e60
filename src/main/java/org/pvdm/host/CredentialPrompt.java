package org.pvdm.host;

/**
 * Asks a person for a credential while a connection is being opened (SASL user name or password, ssh
 * passphrase relayed by libvirt...). The GUI plugs a dialog in here, the CLI a console prompt.
 *
 * <p>Called on the connecting thread, never on the JavaFX application thread: an implementation that shows
 * a dialog must hand over to the FX thread and wait.
 */
@FunctionalInterface
public interface CredentialPrompt {

    /**
     * @param prompt what libvirt asks for, e.g. "Please enter your authentication name"
     * @param secret true for passwords and passphrases: do not echo the answer
     * @return the answer, or null when the person cancelled
     */
    String ask(String prompt, boolean secret);
}
