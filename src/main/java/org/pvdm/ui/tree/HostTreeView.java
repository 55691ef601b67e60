package org.pvdm.ui.tree;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.pvdm.ui.guests.GuestItem;
import org.pvdm.ui.hosts.ConnectionEntry;
import org.pvdm.ui.hosts.ConnectionState;
import org.pvdm.ui.hosts.ConnectionsViewModel;

/**
 * The connections pane as a tree, as virt-manager shows it: every saved connection, each open one with its
 * guests under it. Selecting a host or a guest shows that host in the Guests tab; double-click or Enter
 * connects; the context menu connects, retries, disconnects or removes one host.
 */
public final class HostTreeView extends VBox {
    private final ConnectionsViewModel connections;
    private final OpenHosts hosts;
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>());
    private final Map<ConnectionEntry, TreeItem<Object>> hostItems = new java.util.HashMap<>();
    private final Map<GuestItem, TreeItem<Object>> guestItems = new IdentityHashMap<>();
    private boolean refreshPending;

    public HostTreeView(ConnectionsViewModel connections, OpenHosts hosts, Runnable addConnection) {
        this.connections = connections;
        this.hosts = hosts;
        setId("connections");
        getStyleClass().add("side-pane");
        setSpacing(6);
        setPadding(new Insets(8));
        Label title = new Label("Connections");
        title.getStyleClass().add("pane-title");
        buildTree();
        follow();
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(title, tree, buttons(addConnection));
    }

    private void buildTree() {
        tree.setId("connection-tree");
        tree.setShowRoot(false);
        tree.setAccessibleText("Connections and their guests");
        tree.setCellFactory(t -> new HostTreeCell(hosts));
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> selected(now));
        tree.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && selectedEntry() != null
                    && tree.getSelectionModel().getSelectedItem().getValue() instanceof ConnectionEntry) {
                connections.connectSelected();
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && selectedEntry() != null) {
                connections.connectSelected();
            }
        });
        ContextMenu menu = contextMenu();
        tree.setContextMenu(menu);
        // Shift+F10 and the Menu key open it at the selected node, as on every desktop
        tree.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            boolean asked = e.getCode() == KeyCode.CONTEXT_MENU || e.getCode() == KeyCode.F10 && e.isShiftDown();
            if (asked && !menu.isShowing() && selectedEntry() != null) {
                e.consume();
                javafx.scene.Node at = tree.lookupAll(".tree-cell").stream()
                        .filter(n -> n instanceof javafx.scene.control.TreeCell<?> c && c.isSelected())
                        .findFirst().orElse(tree);
                javafx.geometry.Bounds b = at.localToScreen(at.getBoundsInLocal());
                menu.getOnShowing().handle(new javafx.stage.WindowEvent(menu, javafx.stage.WindowEvent.WINDOW_SHOWING));
                menu.show(tree, b.getMinX() + 30, b.getMaxY());
            }
        });
    }

    /** Keeps the tree in step with the saved connections, the open hosts and their guests. */
    private void follow() {
        connections.entries().addListener((ListChangeListener<ConnectionEntry>) c -> rebuildHosts());
        hosts.open().addListener((ListChangeListener<OpenHost>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(this::watch);
            }
            rebuildHosts();
        });
        hosts.open().forEach(this::watch);
        hosts.focusedProperty().addListener((o, was, now) -> refreshLater());
        connections.selectedProperty().addListener((o, was, now) -> {
            TreeItem<Object> item = now == null ? null : hostItems.get(now);
            TreeItem<Object> sel = tree.getSelectionModel().getSelectedItem();
            if (item != null && sel != item && (sel == null || sel.getParent() != item)) {
                tree.getSelectionModel().select(item);
            }
        });
        rebuildHosts();
    }

    private void watch(OpenHost h) {
        h.session().stateProperty().addListener((o, was, now) -> refreshLater());
        h.session().detailProperty().addListener((o, was, now) -> refreshLater());
        h.guests().all().addListener((ListChangeListener<GuestItem>) c -> {
            boolean membership = false;
            while (c.next()) {
                membership |= c.wasAdded() || c.wasRemoved();
            }
            if (membership && hosts.open().contains(h)) {
                rebuildGuests(h.entry());
            }
            refreshLater();
        });
    }

    private void rebuildHosts() {
        List<TreeItem<Object>> items = new ArrayList<>();
        for (ConnectionEntry e : connections.entries()) {
            items.add(hostItems.computeIfAbsent(e, k -> new TreeItem<>(k)));
        }
        for (OpenHost h : hosts.open()) { // an open host that is not saved (removed meanwhile) stays visible
            if (!connections.entries().contains(h.entry())) {
                items.add(hostItems.computeIfAbsent(h.entry(), k -> new TreeItem<>(k)));
            }
        }
        if (!items.equals(tree.getRoot().getChildren())) {
            TreeItem<Object> sel = tree.getSelectionModel().getSelectedItem();
            tree.getRoot().getChildren().setAll(items);
            if (sel != null && (items.contains(sel) || items.contains(sel.getParent()))) {
                tree.getSelectionModel().select(sel);
            }
        }
        hostItems.keySet().forEach(this::rebuildGuests);
    }

    private void rebuildGuests(ConnectionEntry e) {
        TreeItem<Object> hostItem = hostItems.get(e);
        OpenHost h = hosts.find(e);
        List<TreeItem<Object>> children = new ArrayList<>();
        if (h != null) {
            h.guests().all().stream().sorted(Comparator.comparing(GuestItem::name))
                    .forEach(g -> children.add(guestItems.computeIfAbsent(g, k -> new TreeItem<>(k))));
        }
        if (!children.equals(hostItem.getChildren())) {
            TreeItem<Object> sel = tree.getSelectionModel().getSelectedItem();
            hostItem.getChildren().setAll(children);
            if (sel != null && sel.getParent() == hostItem && children.contains(sel)) {
                tree.getSelectionModel().select(sel);
            }
            hostItem.setExpanded(!children.isEmpty());
        }
    }

    /** Texts change often (1,000 verdicts arriving): one redraw per burst. */
    private void refreshLater() {
        if (!refreshPending) {
            refreshPending = true;
            Platform.runLater(() -> {
                refreshPending = false;
                tree.refresh();
            });
        }
    }

    private void selected(TreeItem<Object> item) {
        if (item == null) {
            return;
        }
        if (item.getValue() instanceof ConnectionEntry e) {
            connections.selectedProperty().set(e);
            OpenHost h = hosts.find(e);
            if (h != null) {
                hosts.focusedProperty().set(h);
            }
        } else if (item.getValue() instanceof GuestItem g && item.getParent() != null
                && item.getParent().getValue() instanceof ConnectionEntry e) {
            connections.selectedProperty().set(e);
            OpenHost h = hosts.find(e);
            if (h != null) {
                hosts.focusedProperty().set(h);
                h.guests().selectedProperty().set(g);
            }
        }
    }

    /** The connection of the selected node (a host, or the host of a guest). */
    private ConnectionEntry selectedEntry() {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        if (item == null) {
            return null;
        }
        if (item.getValue() instanceof ConnectionEntry e) {
            return e;
        }
        return item.getParent() != null && item.getParent().getValue() instanceof ConnectionEntry e ? e : null;
    }

    private ContextMenu contextMenu() {
        MenuItem connect = new MenuItem("Connect");
        connect.setId("tree-connect");
        connect.setOnAction(e -> connections.connect(selectedEntry()));
        MenuItem disconnect = new MenuItem("Disconnect");
        disconnect.setId("tree-disconnect");
        disconnect.setOnAction(e -> hosts.disconnect(hosts.find(selectedEntry())));
        MenuItem remove = new MenuItem("Remove from the list");
        remove.setId("tree-remove");
        remove.setOnAction(e -> removeSelected());
        ContextMenu menu = new ContextMenu(connect, disconnect, remove);
        menu.setId("host-context-menu");
        menu.setOnShowing(e -> {
            ConnectionEntry entry = selectedEntry();
            OpenHost h = entry == null ? null : hosts.find(entry);
            boolean failed = h != null && h.state() == ConnectionState.FAILED;
            connect.setText(failed ? "Retry connecting" : h != null && h.usable() ? "Show its guests" : "Connect");
            connect.setDisable(entry == null || h != null && h.state() == ConnectionState.CONNECTING);
            disconnect.setDisable(h == null);
            remove.setDisable(entry == null || entry.isDemo());
        });
        return menu;
    }

    private void removeSelected() {
        ConnectionEntry entry = selectedEntry();
        if (entry != null && !entry.isDemo()) {
            hosts.disconnect(hosts.find(entry));
            connections.remove(entry);
            hostItems.remove(entry);
            rebuildHosts();
        }
    }

    private FlowPane buttons(Runnable addConnection) {
        Button add = button("Add…", "add-connection", "Add connection", addConnection);
        add.setTooltip(new Tooltip("Add a connection to a libvirt host"));
        Button connect = button("Connect", "connect", "Connect to the selected host", connections::connectSelected);
        connect.disableProperty().bind(connections.selectedProperty().isNull());
        Button disconnect = button("Disconnect", "disconnect", "Close the selected host's connection",
                () -> hosts.disconnect(hosts.find(connections.selectedProperty().get())));
        disconnect.disableProperty().bind(connections.selectedProperty().isNull());
        Button remove = button("Remove", "remove-connection", "Remove the selected connection from the list",
                this::removeSelected);
        remove.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> connections.selectedProperty().get() == null || connections.selectedProperty().get().isDemo(),
                connections.selectedProperty()));
        return new FlowPane(6, 6, add, connect, disconnect, remove);
    }

    private static Button button(String text, String id, String accessible, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setAccessibleText(accessible);
        b.setMinWidth(Button.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }
}
