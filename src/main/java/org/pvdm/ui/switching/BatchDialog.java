package org.pvdm.ui.switching;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.pvdm.batch.Outcome;
import org.pvdm.ui.common.DialogService;
import org.pvdm.ui.common.GuiWords;
import org.pvdm.ui.common.Styles;
import org.pvdm.ui.devices.WrappingCell;

/** Several guests switched at once: the plan per guest, one confirmation, then the result per guest. */
public final class BatchDialog extends Stage {
    private final BatchViewModel vm;
    private final DialogService dialogs;

    public BatchDialog(Window owner, BatchViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        if (owner != null) {
            initOwner(owner);
            initModality(Modality.WINDOW_MODAL);
        }
        setTitle("Switch " + vm.guests().size() + " guests to paravirtual");
        BorderPane root = new BorderPane(tables(), top(), null, bottom(), null);
        root.setPadding(new Insets(10));
        BorderPane.setMargin(root.getCenter(), new Insets(8, 0, 8, 0));
        root.setId("batch-dialog");
        Scene scene = new Scene(root, 1000, 640);
        scene.getStylesheets().add(Styles.url());
        setScene(scene);
        vm.problemProperty().addListener((o, was, now) -> {
            if (now != null) {
                dialogs.showError(now);
            }
        });
    }

    private VBox top() {
        return DialogHeader.of("Switch " + vm.guests().size() + " guests to paravirtual: "
                + String.join(", ", vm.guests().stream().map(g -> g.name()).toList()),
                "batch-message", vm.messageProperty(), vm.phaseProperty());
    }

    /** The plan per guest until the batch is applied, then the result per guest. */
    private StackPane tables() {
        TableView<BatchRow> plan = new TableView<>(vm.rows());
        plan.setId("batch-plan");
        plan.setAccessibleText("Plan per guest");
        plan.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        plan.getColumns().add(column("Guest", 170, BatchRow::guest, "batch-col-guest"));
        plan.getColumns().add(column("Plan", 100, BatchRow::verdict, "batch-col-verdict"));
        plan.getColumns().add(column("Changes", 250, BatchRow::changes, "batch-col-changes"));
        plan.getColumns().add(column("Warnings and blocks", 420, BatchRow::checks, "batch-col-checks"));
        plan.setPlaceholder(new Label("Planning…"));
        TableView<Outcome> results = new TableView<>(vm.outcomes());
        results.setId("batch-results");
        results.setAccessibleText("Result per guest");
        results.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        results.getColumns().add(column("Guest", 170, Outcome::guest, "result-col-guest"));
        results.getColumns().add(column("Result", 100, o -> o.result().label(), "result-col-result"));
        results.getColumns().add(column("Backup", 190, o -> o.backup().isEmpty() ? "—" : o.backup(), "result-col-backup"));
        results.getColumns().add(column("Detail", 460, o -> BatchRow.words(o.detail()), "result-col-detail"));
        results.visibleProperty().bind(Bindings.isNotEmpty(vm.outcomes()));
        plan.visibleProperty().bind(results.visibleProperty().not());
        return new StackPane(plan, results);
    }

    private VBox bottom() {
        CheckBox shutdown = check("batch-opt-shutdown", "Shut running guests down first (ACPI, up to 120 s), start"
                + " them again and watch each boot for 120 s, rolling back a guest whose boot fails (without it,"
                + " running guests are refused: a bus change needs a cold boot)", vm.shutdownProperty());
        CheckBox drivers = check("batch-opt-drivers", "The paravirtual drivers are installed in every guest listed (Windows: VMDP or virtio-win; Linux: the"
                + " modules in the initramfs)",
                vm.driversConfirmedProperty());
        VBox options = new VBox(6, shutdown, drivers);
        options.disableProperty().bind(vm.phaseProperty().isEqualTo(Phase.APPLYING)
                .or(vm.phaseProperty().isEqualTo(Phase.APPLIED)));
        ListView<String> steps = new ListView<>(vm.steps());
        steps.setId("batch-progress");
        steps.setPrefHeight(110);
        steps.visibleProperty().bind(Bindings.isNotEmpty(vm.steps()));
        steps.managedProperty().bind(steps.visibleProperty());
        // scrolled after the new row is laid out, so the last line is never left below the fold
        vm.steps().addListener((javafx.collections.ListChangeListener<String>) c -> javafx.application.Platform
                .runLater(() -> steps.scrollTo(vm.steps().size() - 1)));

        Button apply = new Button();
        apply.setId("batch-apply");
        apply.getStyleClass().add("primary");
        apply.setDefaultButton(true);
        apply.textProperty().bind(Bindings.createStringBinding(() -> vm.planProperty().get() == null ? "Switch"
                : "Switch " + vm.planProperty().get().applicable().size() + " guest(s)…", vm.planProperty()));
        apply.disableProperty().bind(vm.canApply().not());
        apply.visibleProperty().bind(vm.phaseProperty().isNotEqualTo(Phase.APPLIED));
        apply.managedProperty().bind(apply.visibleProperty());
        apply.setOnAction(e -> {
            if (dialogs.confirm("Switch " + vm.planProperty().get().applicable().size() + " guests?",
                    vm.confirmQuestion(), "Switch")) {
                vm.apply();
            }
        });
        Button close = new Button();
        close.setId("batch-close");
        close.textProperty().bind(Bindings.when(vm.phaseProperty().isEqualTo(Phase.APPLIED)).then("Close")
                .otherwise("Cancel"));
        close.disableProperty().bind(vm.phaseProperty().isEqualTo(Phase.APPLYING));
        close.setCancelButton(true);
        close.setOnAction(e -> close());
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new VBox(8, options, steps, new HBox(8, spacer, apply, close));
    }

    private static <S> TableColumn<S, String> column(String name, double width, Function<S, String> f, String id) {
        TableColumn<S, String> c = new TableColumn<>(name);
        c.setId(id);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
        c.setCellFactory(WrappingCell::new);
        return c;
    }

    private static CheckBox check(String id, String text, javafx.beans.property.BooleanProperty prop) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.setWrapText(true);
        c.selectedProperty().bindBidirectional(prop);
        return c;
    }
}
