package org.pvdm.ui.hosts;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The fields of the "Add connection" dialog and the URI they make. */
public final class AddConnectionViewModel {
    private final ObjectProperty<ConnectionKind> kind = new SimpleObjectProperty<>(this, "kind", ConnectionKind.QEMU_SYSTEM);
    private final StringProperty user = new SimpleStringProperty(this, "user", "root");
    private final StringProperty host = new SimpleStringProperty(this, "host", "");
    private final StringProperty port = new SimpleStringProperty(this, "port", "");
    private final StringProperty custom = new SimpleStringProperty(this, "custom", "");
    private final BooleanProperty readOnly = new SimpleBooleanProperty(this, "readOnly", false);
    private final ObjectBinding<UriBuilder.Result> result = Bindings.createObjectBinding(
            () -> UriBuilder.build(kind.get(), user.get(), host.get(), port.get(), custom.get()),
            kind, user, host, port, custom);
    // shown under the fields: a password typed into a custom URI is not echoed back
    private final StringBinding uri = Bindings.createStringBinding(
            () -> org.pvdm.host.UriPolicy.redact(result.get().uri()), result);
    private final StringBinding error = Bindings.createStringBinding(() -> result.get().error(), result);
    private final BooleanBinding valid = Bindings.createBooleanBinding(() -> result.get().valid(), result);

    public ObjectProperty<ConnectionKind> kindProperty() {
        return kind;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty customProperty() {
        return custom;
    }

    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    /** The URI the fields make, "" while they are incomplete. */
    public StringBinding uri() {
        return uri;
    }

    /** What is wrong with the fields, "" when they make a URI. */
    public StringBinding error() {
        return error;
    }

    public BooleanBinding valid() {
        return valid;
    }

    /** The entry the dialog adds; null while the fields make no URI. */
    public ConnectionEntry entry() {
        UriBuilder.Result r = result.get();
        return r.valid() ? new ConnectionEntry(r.uri(), readOnly.get()) : null;
    }
}
