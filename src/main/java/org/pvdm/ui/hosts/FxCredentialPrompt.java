package org.pvdm.ui.hosts;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;
import org.pvdm.host.CredentialPrompt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * libvirt's authentication callback as a dialog: called on the connecting thread, it shows
 * {@link CredentialDialog} on the FX thread and waits for the answer. Answers are handed to libvirt and
 * forgotten; nothing is stored.
 */
public final class FxCredentialPrompt implements CredentialPrompt {
    private static final Logger LOG = LoggerFactory.getLogger(FxCredentialPrompt.class);

    private final Supplier<Window> owner;

    public FxCredentialPrompt(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public String ask(String prompt, boolean secret) {
        if (Platform.isFxApplicationThread()) {
            return show(prompt, secret).orElse(null);
        }
        CompletableFuture<Optional<String>> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(show(prompt, secret));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get().orElse(null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            LOG.warn("the credential dialog failed: {}", e.getCause().toString());
            return null;
        }
    }

    private Optional<String> show(String prompt, boolean secret) {
        return new CredentialDialog(owner.get(), prompt, secret).showAndWait();
    }
}
