package org.pvdm.ui.guests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.HostException;
import org.pvdm.host.LifecycleEvent;
import org.pvdm.inventory.GuestRow;
import org.pvdm.ui.common.DialogService;
import org.pvdm.ui.common.Problem;
import org.pvdm.ui.common.TaskRunner;
import org.pvdm.ui.hosts.ConnectionState;
import org.pvdm.ui.hosts.HostSession;
import org.pvdm.ui.hosts.SessionModel;

/**
 * The guests of the current connection. The list call fills the table at once; the verdicts (one XML read
 * per guest) follow in batches; lifecycle events re-read just the guest they name.
 */
public final class GuestsViewModel {
    static final int BATCH = 25;

    private final TaskRunner runner;
    private final SessionModel sessions;
    private final DialogService dialogs;
    private final ObservableList<GuestItem> items =
            FXCollections.observableArrayList(i -> new Observable[] {i.summaryProperty(), i.rowProperty()});
    private final FilteredList<GuestItem> filtered = new FilteredList<>(items);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<GuestItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", "");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    private final Map<String, GuestItem> byUuid = new HashMap<>();
    private final Map<String, Boolean> refreshing = new HashMap<>();
    private final LifecycleFeed feed;
    private HostSession current;
    private boolean listed;
    private boolean textsPending;
    private String failureText = "";

    public GuestsViewModel(TaskRunner runner, SessionModel sessions, DialogService dialogs) {
        this.runner = runner;
        this.sessions = sessions;
        this.dialogs = dialogs;
        this.feed = new LifecycleFeed(runner, this::onEvent);
        filter.addListener((o, was, now) -> {
            filtered.setPredicate(g -> g.matches(now));
            textsLater();
        });
        items.addListener((ListChangeListener<GuestItem>) c -> textsLater());
        sessions.sessionProperty().addListener((o, was, now) -> {
            if (now != null && (was == null || !now.entry().equals(was.entry()))) {
                filter.set(""); // a filter typed for one host would hide another's guests
            }
            onSession(now);
        });
        sessions.stateProperty().addListener((o, was, now) -> textsLater());
        updateTexts();
    }

    public ObservableList<GuestItem> shown() {
        return filtered;
    }

    public ObservableList<GuestItem> all() {
        return items;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<GuestItem> selectedProperty() {
        return selected;
    }

    /** What the empty table says: connecting, loading, no guests, nothing matches. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** "18 guests, 13 with emulated devices". */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public GuestItem find(String uuid) {
        return byUuid.get(uuid);
    }

    private void onSession(HostSession s) {
        feed.switchTo(s);
        current = s;
        selected.set(null);
        byUuid.clear();
        refreshing.clear();
        listed = false;
        failureText = "";
        items.clear();
        if (s != null) {
            reload();
        }
    }

    /** Reads the whole list again (F5); the selection stays on the same guest. */
    public void reload() {
        HostSession s = current;
        if (s == null) {
            return;
        }
        listed = false;
        failureText = "";
        textsLater();
        runner.run("list the guests of " + s.label(), () -> s.host().guests(), list -> {
            if (s == current) {
                listed = true;
                merge(list);
                loadVerdicts(s);
            }
        }, failure -> failed(s, "List the guests of " + s.label(), failure));
    }

    private void merge(List<GuestSummary> list) {
        Set<String> seen = new HashSet<>();
        List<GuestItem> added = new ArrayList<>();
        for (GuestSummary g : list) {
            seen.add(g.uuid());
            GuestItem item = byUuid.get(g.uuid());
            if (item == null) {
                item = new GuestItem(g);
                byUuid.put(g.uuid(), item);
                added.add(item);
            } else {
                item.update(g);
            }
        }
        items.removeIf(i -> !seen.contains(i.uuid()));
        byUuid.keySet().retainAll(seen);
        items.addAll(added);
        textsLater();
    }

    /**
     * Every verdict in one pass over the host (one listing, the definitions read in parallel over a remote link),
     * shown {@link #BATCH} at a time as they are judged; the whole list once the pass is done.
     */
    private void loadVerdicts(HostSession s) {
        List<GuestRow> judged = new ArrayList<>();
        runner.run("read the guests' definitions on " + s.label(), () -> s.inventory().list(r -> {
            List<GuestRow> ready = null;
            synchronized (judged) {
                judged.add(r);
                if (judged.size() >= BATCH) {
                    ready = List.copyOf(judged);
                    judged.clear();
                }
            }
            if (ready != null) {
                List<GuestRow> batch = ready;
                runner.onUi(() -> {
                    if (s == current) {
                        batch.forEach(this::apply);
                    }
                });
            }
        }), rows -> {
            if (s == current) {
                rows.forEach(this::apply);
            }
        }, failure -> failed(s, "Read the guests of " + s.label(), failure));
    }

    private void apply(GuestRow r) {
        GuestItem item = byUuid.get(r.summary().uuid());
        if (item == null) {
            item = new GuestItem(r.summary());
            byUuid.put(item.uuid(), item);
            item.update(r);
            items.add(item);
        } else {
            item.update(r);
        }
    }

    private void onEvent(LifecycleEvent ev) {
        refreshOne(ev.uuid());
    }

    /** Reads one guest again; events that arrive meanwhile cause one more read, never a queue. */
    public void refreshOne(String uuid) {
        HostSession s = current;
        if (s == null) {
            return;
        }
        if (refreshing.containsKey(uuid)) {
            refreshing.put(uuid, true);
            return;
        }
        refreshing.put(uuid, false);
        runner.run("read guest " + uuid + " on " + s.label(), () -> s.inventory().row(s.host().guest(uuid)), r -> {
            if (s == current) {
                apply(r);
                again(uuid);
            }
        }, failure -> {
            if (s != current) {
                return;
            }
            if (failure instanceof HostException h && h.kind() == HostException.Kind.NOT_FOUND) {
                GuestItem gone = byUuid.remove(uuid);
                if (gone != null) {
                    items.remove(gone);
                    if (selected.get() == gone) {
                        selected.set(null);
                    }
                }
                again(uuid);
            } else {
                refreshing.remove(uuid);
                failed(s, "Read a guest of " + s.label(), failure);
            }
        });
    }

    private void again(String uuid) {
        if (Boolean.TRUE.equals(refreshing.remove(uuid))) {
            refreshOne(uuid);
        }
    }

    private void failed(HostSession s, String action, Throwable failure) {
        if (s != current) {
            return;
        }
        Problem p = Problem.of(action, failure);
        failureText = p.whatFailed();
        updateTexts();
        if (failure instanceof HostException h && h.kind() == HostException.Kind.UNREACHABLE) {
            sessions.lost(p.whatFailed());
        }
        dialogs.showError(p);
    }

    /** Counts and placeholder once per burst of changes (1,000 rows arriving), not once per row. */
    private void textsLater() {
        if (!textsPending) {
            textsPending = true;
            runner.later(() -> {
                textsPending = false;
                updateTexts();
            });
        }
    }

    private void updateTexts() {
        ConnectionState state = sessions.stateProperty().get();
        if (current == null) {
            placeholder.set(switch (state) {
                case CONNECTING -> "Connecting to " + sessions.requestedProperty().get().label() + "…";
                case FAILED -> "Not connected: pick a connection on the left, or add one.";
                default -> "Not connected.";
            });
            counts.set("");
            return;
        }
        int emulated = 0;
        int pending = 0;
        for (GuestItem g : items) {
            int e = g.emulated();
            emulated += e > 0 ? 1 : 0;
            pending += g.row() == null ? 1 : 0;
        }
        String shown = filtered.size() == items.size() ? "" : ", " + filtered.size() + " shown";
        counts.set(items.size() + (items.size() == 1 ? " guest" : " guests") + ", " + emulated
                + " with emulated devices" + (pending > 0 ? " (checking " + pending + ")" : "") + shown);
        if (!failureText.isEmpty() && items.isEmpty()) {
            placeholder.set(failureText);
        } else if (!listed) {
            placeholder.set("Loading the guests of " + current.label() + "…");
        } else if (items.isEmpty()) {
            placeholder.set("No guests on " + current.label() + ".");
        } else {
            placeholder.set(filtered.isEmpty() ? "No guest matches “" + filter.get().strip() + "”." : "");
        }
    }
}
