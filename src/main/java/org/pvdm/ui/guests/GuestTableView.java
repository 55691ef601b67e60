package org.pvdm.ui.guests;

import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.pvdm.inventory.GuestRow;

/** The guest table with its filter box and counts. */
public final class GuestTableView extends VBox {
    private final TextField filter = new TextField();
    private final TableView<GuestItem> table = new TableView<>();
    private final javafx.scene.control.Button batch = new javafx.scene.control.Button();
    private java.util.function.Consumer<java.util.List<GuestItem>> onBatch = guests -> { };

    public GuestTableView(GuestsViewModel vm) {
        setId("guests");
        setSpacing(6);
        setPadding(new Insets(8));
        HBox header = header(vm);
        buildTable(vm);
        followSelection(vm);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(header, table);
    }

    /** Title, counts, the batch button and the filter box. */
    private HBox header(GuestsViewModel vm) {
        Label title = new Label("Guests");
        title.getStyleClass().add("pane-title");
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the counts and the filter give way first
        Label counts = new Label();
        counts.setId("guest-counts");
        counts.getStyleClass().add("hint");
        counts.textProperty().bind(vm.countsProperty());
        filter.setId("guest-filter");
        filter.setPromptText("Filter by name, state, hypervisor or OS (Ctrl+F)");
        filter.setAccessibleText("Filter guests");
        filter.setPrefColumnCount(28);
        filter.setMinWidth(160);
        filter.textProperty().bindBidirectional(vm.filterProperty());
        filter.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case ESCAPE -> {
                    filter.clear();
                    table.requestFocus();
                    e.consume();
                }
                case DOWN -> {
                    table.requestFocus();
                    e.consume();
                }
                default -> { }
            }
        });
        filter.setOnAction(e -> table.requestFocus());
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, title, counts, spacer, batchButton(), filter);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private void buildTable(GuestsViewModel vm) {
        table.setId("guest-table");
        table.setAccessibleText("Guests");
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(text("Name", 200, GuestItem::name, "col-name"));
        table.getColumns().add(text("State", 80, g -> g.summary().state().label(), "col-state"));
        table.getColumns().add(text("Hypervisor", 90, g -> g.row() == null ? "" : g.row().hypervisor(), "col-hypervisor"));
        table.getColumns().add(text("OS", 90, g -> g.row() == null ? "" : g.row().os().isEmpty() ? "—" : g.row().os(), "col-os"));
        table.getColumns().add(badgeColumn());
        SortedList<GuestItem> sorted = new SortedList<>(vm.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);

        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.setId("guest-placeholder");
        placeholder.textProperty().bind(vm.placeholderProperty());
        table.setPlaceholder(placeholder);
    }

    /** The view model's selection and the table's follow each other; focusing the table selects a row. */
    private void followSelection(GuestsViewModel vm) {
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                if (now == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    // with several rows selectable, select() would add to the selection: replace it
                    int at = table.getItems().indexOf(now);
                    if (at < 0) {
                        table.getSelectionModel().clearSelection();
                        return;
                    }
                    table.getSelectionModel().clearAndSelect(at);
                    table.scrollTo(now);
                }
            }
        });
        // keyboard: focusing the table selects a row, so Up/Down and the device view follow at once
        table.focusedProperty().addListener((o, was, now) -> {
            if (now && table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                int focused = table.getFocusModel().getFocusedIndex();
                table.getSelectionModel().select(Math.max(0, focused));
            }
        });
    }

    /** "Switch N guests to paravirtual…", shown while several guests are selected. */
    private javafx.scene.control.Button batchButton() {
        var selected = table.getSelectionModel().getSelectedItems();
        batch.setId("batch-switch-button");
        batch.getStyleClass().add("primary");
        batch.setMinWidth(javafx.scene.control.Button.USE_PREF_SIZE);
        batch.textProperty().bind(Bindings.createStringBinding(() -> "Switch " + selected.size()
                + " guests to paravirtual…", selected));
        batch.setAccessibleText("Plan one switch for every selected guest");
        batch.visibleProperty().bind(Bindings.size(selected).greaterThan(1));
        batch.managedProperty().bind(batch.visibleProperty());
        batch.setOnAction(e -> onBatch.accept(selectedGuests()));
        return batch;
    }

    /** The selected guests, in table order (Ctrl/Shift+click selects several). */
    public java.util.List<GuestItem> selectedGuests() {
        return table.getSelectionModel().getSelectedIndices().stream().sorted().map(table.getItems()::get).toList();
    }

    /** What "Switch N guests to paravirtual…" does with the selected guests. */
    public void setOnBatch(java.util.function.Consumer<java.util.List<GuestItem>> action) {
        this.onBatch = action;
    }

    /** Ctrl+F. */
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    public TableView<GuestItem> table() {
        return table;
    }

    private static TableColumn<GuestItem, String> text(String name, double width, Function<GuestItem, String> f,
                                                       String id) {
        TableColumn<GuestItem, String> c = new TableColumn<>(name);
        c.setId(id);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> observe(cd.getValue(), f));
        return c;
    }

    private static ObservableValue<String> observe(GuestItem g, Function<GuestItem, String> f) {
        return Bindings.createStringBinding(() -> f.apply(g), g.summaryProperty(), g.rowProperty());
    }

    private static TableColumn<GuestItem, GuestRow> badgeColumn() {
        TableColumn<GuestItem, GuestRow> c = new TableColumn<>("Emulated devices");
        c.setId("col-emulated");
        c.setPrefWidth(150);
        c.setCellValueFactory(cd -> cd.getValue().rowProperty());
        c.setCellFactory(col -> new EmulatedBadgeCell());
        c.setComparator(Comparator.comparingInt(r -> r == null || r.report() == null ? -1 : r.emulated()));
        return c;
    }
}
