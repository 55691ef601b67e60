package org.pvdm.ui.devices;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.pvdm.model.classify.DeviceReport;

/** The selected guest's devices, with tick boxes for the switch flow. */
public final class DeviceTableView extends VBox {
    private final TableView<DeviceItem> table = new TableView<>();

    /** @param actions controls shown at the right of the header (the switch button) */
    public DeviceTableView(DevicesViewModel vm, Node... actions) {
        setId("devices");
        setSpacing(6);
        setPadding(new Insets(8));
        Label note = hint("guest-note", vm.noteProperty());
        buildTable(vm);
        getChildren().addAll(header(vm, actions), note, stage(vm), readinessLine(vm), sizeNote(vm), table);
    }

    private static VBox header(DevicesViewModel vm, Node... actions) {
        Label title = new Label();
        title.setId("device-title");
        title.getStyleClass().add("pane-title");
        title.textProperty().bind(vm.titleProperty());
        title.setMinWidth(0);

        Button all = new Button("Select all convertible");
        all.setId("select-all-convertible");
        all.setAccessibleText("Select all convertible devices");
        all.disableProperty().bind(vm.switchableCount().isEqualTo(0));
        all.setOnAction(e -> vm.checkAllConvertible());
        Button none = new Button("Clear");
        none.setId("clear-selection");
        none.setAccessibleText("Clear the device selection");
        none.disableProperty().bind(vm.checkedCount().isEqualTo(0));
        none.setOnAction(e -> vm.clearChecks());
        HBox buttons = new HBox(8, all, none);
        buttons.getChildren().addAll(actions);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.getChildren().forEach(n -> {
            if (n instanceof Button b) {
                b.setMinWidth(Button.USE_PREF_SIZE);
            } else if (n instanceof Label l) {
                HBox.setHgrow(l, Priority.ALWAYS);
                l.setMaxWidth(Double.MAX_VALUE);
            }
        });
        title.setWrapText(true);
        return new VBox(6, title, buttons);
    }

    /** The readiness verdicts with the disk's deciding evidence; every piece of evidence in the tooltip. */
    private static Label readinessLine(DevicesViewModel vm) {
        Label readiness = hint("device-readiness", vm.readinessProperty());
        javafx.scene.control.Tooltip evidence = new javafx.scene.control.Tooltip();
        evidence.textProperty().bind(vm.evidenceProperty());
        evidence.setWrapText(true);
        evidence.setMaxWidth(640);
        readiness.setTooltip(evidence);
        readiness.accessibleHelpProperty().bind(vm.evidenceProperty());
        return readiness;
    }

    private static Label stage(DevicesViewModel vm) {
        Label stage = hint("device-stage", vm.stageProperty());
        stage.getStyleClass().add("summary-line");
        return stage;
    }

    /** The size note, said once above the table instead of in every Size cell. */
    private static Label sizeNote(DevicesViewModel vm) {
        return hint("device-size-note", vm.sizeNoteProperty());
    }

    private void buildTable(DevicesViewModel vm) {
        table.setId("device-table");
        table.setAccessibleText("Devices of the selected guest");
        // every column shares the width, and none has a minimum beyond its header (or, for Status and Reason, a
        // word or two): the minimums add up to what the table gets in a 1024 px wide window (about 640 px), so
        // nothing scrolls sideways; a cut text is whole in its tooltip
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // two lines of text a row at most: the whole text of a cut cell is its tooltip
        table.setFixedCellSize(42);
        table.getColumns().add(checkColumn());
        table.getColumns().add(column("Kind", 60, 0, 90, cd -> new ReadOnlyStringWrapper(cd.report().kind().label()),
                ClippedCell::line, "col-kind"));
        table.getColumns().add(column("Name", 140, 0, 160, DeviceItem::nameText, ClippedCell::wrapping, "col-device"));
        table.getColumns().add(column("Bus", 52, 0, 110, cd -> new ReadOnlyStringWrapper(
                cd.report().busOrModel().isEmpty() ? "(default)" : cd.report().busOrModel()), ClippedCell::line,
                "col-bus"));
        table.getColumns().add(statusColumn());
        // Reason next to the verdict and widest: on a narrow screen it keeps the most room, wrapped to two lines
        table.getColumns().add(column("Reason", 240, 120, Double.MAX_VALUE, DeviceItem::reasonText,
                ClippedCell::wrapping, "col-reason"));
        table.getColumns().add(column("Source", 130, 0, Double.MAX_VALUE, DeviceItem::detailsProperty,
                ClippedCell::path, "col-source"));
        TableColumn<DeviceItem, String> size = column("Size", 165, 0, 200, DeviceItem::sizeProperty,
                ClippedCell::wrapping, "col-size");
        Label sizeHeader = new Label("Size");
        Tooltip sizeHelp = new Tooltip();
        sizeHelp.textProperty().bind(javafx.beans.binding.Bindings.concat(
                "The disk's capacity, then (in brackets) what the host allocated for it, as libvirt reports them. ",
                vm.sizeNoteProperty()));
        sizeHelp.setWrapText(true);
        sizeHelp.setMaxWidth(420);
        sizeHeader.setTooltip(sizeHelp);
        size.setText(null);
        size.setGraphic(sizeHeader);
        table.getColumns().add(size);
        table.getColumns().add(column("Suggestion", 110, 0, 240,
                d -> new ReadOnlyStringWrapper(d.report().suggestion()), ClippedCell::wrapping, "col-suggestion"));
        table.setItems(vm.items());
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(vm.placeholderProperty());
        table.setPlaceholder(placeholder);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    private static Label hint(String id, javafx.beans.value.ObservableStringValue text) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        l.getStyleClass().add("hint");
        l.textProperty().bind(text);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    public TableView<DeviceItem> table() {
        return table;
    }

    private static TableColumn<DeviceItem, Boolean> checkColumn() {
        TableColumn<DeviceItem, Boolean> c = new TableColumn<>("Switch");
        c.setId("col-check");
        c.setPrefWidth(60);
        c.setMinWidth(HeaderWidth.of("Switch"));
        c.setMaxWidth(80);
        c.setSortable(false);
        c.setCellValueFactory(cd -> cd.getValue().checkedProperty());
        c.setCellFactory(col -> new CheckCell());
        return c;
    }

    /**
     * A text column whose header is never cut (its minimum width holds the header, or {@code min} when the cells
     * need more) and whose cells stay short.
     */
    private static TableColumn<DeviceItem, String> column(String name, double width, double min, double max,
            Function<DeviceItem, ObservableValue<String>> value, Supplier<ClippedCell<DeviceItem>> cells, String id) {
        TableColumn<DeviceItem, String> c = new TableColumn<>(name);
        c.setId(id);
        c.setPrefWidth(width);
        c.setMinWidth(HeaderWidth.min(name, min));
        c.setMaxWidth(max);
        c.setCellValueFactory(cd -> value.apply(cd.getValue()));
        c.setCellFactory(col -> cells.get());
        return c;
    }

    private static TableColumn<DeviceItem, DeviceReport> statusColumn() {
        TableColumn<DeviceItem, DeviceReport> c = new TableColumn<>("Status");
        c.setId("col-status");
        c.setPrefWidth(120);
        c.setMinWidth(96); // "paravirtual" and its icon whole
        c.setMaxWidth(150);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().report()));
        c.setCellFactory(col -> new StatusCell());
        c.setComparator(java.util.Comparator.comparing(DeviceReport::status));
        return c;
    }

    /** A tick box, shown only on devices that can be switched. */
    private static final class CheckCell extends TableCell<DeviceItem, Boolean> {
        private final CheckBox box = new CheckBox();
        private DeviceItem bound;

        @Override
        protected void updateItem(Boolean value, boolean empty) {
            super.updateItem(value, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.checkedProperty());
                bound = null;
            }
            DeviceItem item = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (item == null || !item.switchable()) {
                setGraphic(null);
                return;
            }
            bound = item;
            box.selectedProperty().bindBidirectional(item.checkedProperty());
            box.setAccessibleText("switch " + item.report().kind().label() + " " + item.report().name());
            setGraphic(box);
        }
    }
}
