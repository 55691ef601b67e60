package org.pvdm.host.libvirt;

import org.libvirt.ConnectAuth;
import org.pvdm.host.CredentialPrompt;

/**
 * libvirt's credential callback, answered by a {@link CredentialPrompt}; without one every request is
 * refused, so a non-interactive run fails with a clear message instead of waiting for a person.
 * Also keeps the time spent waiting for the person, which does not count against the connect timeout.
 */
final class PromptAuth extends ConnectAuth {

    private final CredentialPrompt prompt;
    private volatile boolean refused;
    private volatile long askStarted;
    private volatile long spentNanos;

    /** The password the person gave in the URI: answered once to the first password request, never printed. */
    private String password;
    private final boolean hadPassword;

    PromptAuth(CredentialPrompt prompt, String password) {
        this.prompt = prompt;
        this.password = password;
        this.hadPassword = password != null;
        credType = new CredentialType[] {CredentialType.VIR_CRED_AUTHNAME, CredentialType.VIR_CRED_USERNAME,
            CredentialType.VIR_CRED_PASSPHRASE, CredentialType.VIR_CRED_ECHOPROMPT,
            CredentialType.VIR_CRED_NOECHOPROMPT, CredentialType.VIR_CRED_REALM};
    }

    @Override
    public int callback(Credential[] credentials) {
        for (Credential c : credentials) {
            boolean secret = c.type == CredentialType.VIR_CRED_PASSPHRASE
                    || c.type == CredentialType.VIR_CRED_NOECHOPROMPT;
            if (secret && password != null) {
                c.result = password;
                password = null;
                continue;
            }
            if ((c.type == CredentialType.VIR_CRED_AUTHNAME || c.type == CredentialType.VIR_CRED_USERNAME)
                    && c.defresult != null && !c.defresult.isEmpty() && prompt == null && hadPassword) {
                c.result = c.defresult;
                continue;
            }
            if (prompt == null) {
                refused = true;
                return -1;
            }
            String answer;
            askStarted = System.nanoTime();
            try {
                answer = prompt.ask(c.prompt == null ? c.type.name() : c.prompt, secret);
            } finally {
                spentNanos += System.nanoTime() - askStarted;
                askStarted = 0;
            }
            if (answer == null) {
                refused = true;
                return -1;
            }
            c.result = answer.isEmpty() && c.defresult != null ? c.defresult : answer;
        }
        return 0;
    }

    /** True when a credential was asked for and nobody (or a person pressing cancel) answered. */
    boolean refused() {
        return refused;
    }

    /** Nanoseconds spent waiting for the person so far, including a prompt still open. */
    long promptNanos() {
        long started = askStarted;
        return spentNanos + (started == 0 ? 0 : System.nanoTime() - started);
    }
}
