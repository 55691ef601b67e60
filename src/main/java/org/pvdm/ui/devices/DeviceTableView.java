package org.pvdm.ui.devices;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
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
        getChildren().addAll(header(vm, actions), note, stage(vm), readinessLine(vm), table);
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

    private void buildTable(DevicesViewModel vm) {
        table.setId("device-table");
        table.setAccessibleText("Devices of the selected guest");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(checkColumn());
        table.getColumns().add(text("Kind", 75, r -> r.kind().label(), "col-kind"));
        table.getColumns().get(table.getColumns().size() - 1).setMinWidth(70); // "controller" and "floppy" whole
        table.getColumns().add(text("Name", 130, DeviceReport::name, "col-device"));
        table.getColumns().add(text("Bus / model", 110, r -> r.busOrModel().isEmpty() ? "(default)" : r.busOrModel(), "col-bus"));
        table.getColumns().add(statusColumn());
        TableColumn<DeviceItem, String> source = new TableColumn<>("Source / network");
        source.setId("col-source");
        source.setPrefWidth(230);
        source.setCellValueFactory(cd -> cd.getValue().detailsProperty());
        source.setCellFactory(WrappingCell::new);
        table.getColumns().add(source);
        TableColumn<DeviceItem, String> size = new TableColumn<>("Size");
        size.setId("col-size");
        size.setPrefWidth(150);
        size.setCellValueFactory(cd -> cd.getValue().sizeProperty());
        size.setCellFactory(WrappingCell::new);
        table.getColumns().add(size);
        table.getColumns().add(wrapping("Reason", 300, DeviceReport::reason, "col-reason"));
        table.getColumns().add(wrapping("Suggestion", 200, DeviceReport::suggestion, "col-suggestion"));
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
        c.setMinWidth(50);
        c.setSortable(false);
        c.setCellValueFactory(cd -> cd.getValue().checkedProperty());
        c.setCellFactory(col -> new CheckCell());
        return c;
    }

    private static TableColumn<DeviceItem, String> text(String name, double width, Function<DeviceReport, String> f,
                                                        String id) {
        TableColumn<DeviceItem, String> c = new TableColumn<>(name);
        c.setId(id);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue().report())));
        return c;
    }

    private static TableColumn<DeviceItem, String> wrapping(String name, double width,
                                                            Function<DeviceReport, String> f, String id) {
        TableColumn<DeviceItem, String> c = text(name, width, f, id);
        c.setCellFactory(WrappingCell::new);
        return c;
    }

    private static TableColumn<DeviceItem, DeviceReport> statusColumn() {
        TableColumn<DeviceItem, DeviceReport> c = new TableColumn<>("Status");
        c.setId("col-status");
        c.setPrefWidth(130);
        c.setMinWidth(120); // "paravirtual" whole
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
