package org.pvdm.ui.switching;

import org.pvdm.model.convert.Change;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.pvdm.switching.Plan;
import org.pvdm.ui.common.DialogService;
import org.pvdm.ui.common.Styles;

/**
 * The switch dialog: the plan (changes, checks, coloured XML diff), the power options, "Apply", progress,
 * and the result with "Roll back".
 */
public final class PlanDialog extends Stage {
    private final SwitchViewModel vm;
    private final ChangesTable changes = new ChangesTable();
    private final ChecksView checks = new ChecksView();
    private final DiffView diff = new DiffView();
    private static final String FORWARD = "XML diff of the persistent definition";
    private final Label diffTitle = new Label(FORWARD);

    private final DialogService dialogs;

    public PlanDialog(Window owner, SwitchViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        if (owner != null) {
            initOwner(owner);
            initModality(Modality.WINDOW_MODAL);
        }
        setTitle("Switch to paravirtual — " + vm.guest().name());

        BorderPane root = new BorderPane(centre(), top(), null, bottom(), null);
        root.setPadding(new Insets(10));
        BorderPane.setMargin(root.getCenter(), new Insets(8, 0, 8, 0));
        root.setId("plan-dialog");
        Scene scene = new Scene(root, 1180, 720);
        scene.getStylesheets().add(Styles.url());
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !vm.phaseProperty().get().busy()) {
                close();
            }
        });
        setScene(scene);

        vm.planProperty().addListener((o, was, now) -> show(now));
        vm.problemProperty().addListener((o, was, now) -> {
            if (now != null) {
                dialogs.showError(now);
            }
        });
    }

    private VBox top() {
        return DialogHeader.of("Switch devices of " + vm.guest().name() + " to paravirtual",
                "plan-message", vm.messageProperty(), vm.phaseProperty());
    }

    /** Changes and checks on the left, the XML diff on the right. */
    private SplitPane centre() {
        Button leaveOut = new Button("Leave out the selected device");
        leaveOut.setId("plan-leave-out");
        leaveOut.setAccessibleText("Untick the selected device and plan again without it");
        leaveOut.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            Change c = changes.getSelectionModel().getSelectedItem();
            return c == null || !vm.canLeaveOut(c.device());
        }, changes.getSelectionModel().selectedItemProperty(), vm.phaseProperty(), vm.resultProperty()));
        leaveOut.setOnAction(e -> {
            Change c = changes.getSelectionModel().getSelectedItem();
            if (c != null) {
                vm.leaveOut(c.device());
            }
        });
        HBox changesHead = new HBox(12, heading("Changes"), leaveOut);
        changesHead.setAlignment(Pos.CENTER_LEFT);
        VBox changeBox = new VBox(6, changesHead, changes);
        VBox checkBox = new VBox(6, heading("Checks"), checks);
        VBox.setVgrow(changes, Priority.ALWAYS);
        VBox.setVgrow(checks, Priority.ALWAYS);
        SplitPane left = new SplitPane(changeBox, checkBox);
        left.setOrientation(javafx.geometry.Orientation.VERTICAL);
        left.setDividerPositions(0.45);
        diffTitle.getStyleClass().add("pane-title");
        diffTitle.setId("plan-diff-title");
        VBox right = new VBox(6, diffTitle, diff);
        VBox.setVgrow(diff, Priority.ALWAYS);
        SplitPane center = new SplitPane(left, right);
        center.setDividerPositions(0.56);
        return center;

    }

    /** The options, the trial row, the progress and the buttons. */
    private VBox bottom() {
        VBox options = options();
        ListView<String> steps = progress();
        HBox buttons = buttons();
        return new VBox(8, options, trialRow(), steps, buttons);
    }

    /** The power options (a running guest only) and the drivers' word, open until the switch is applied. */
    private VBox options() {
        HBox power = powerOptions();
        CheckBox drivers = check("opt-drivers", "The paravirtual drivers are installed in this guest"
                + " (Windows: VMDP or virtio-win; Linux: the modules in the initramfs)", vm.driversConfirmedProperty());
        VBox options = new VBox(6, runningNote(), power, drivers);
        options.disableProperty().bind(vm.phaseProperty().isNotEqualTo(Phase.PLANNED)
                .and(vm.phaseProperty().isNotEqualTo(Phase.PLANNING)).and(vm.phaseProperty().isNotEqualTo(Phase.FAILED))
                .or(vm.resultProperty().isNotNull()));
        return options;
    }

    private HBox powerOptions() {
        CheckBox shutdown = check("opt-shutdown", "Shut the guest down first (ACPI; waits up to 120 s)", vm.shutdownProperty());
        CheckBox start = check("opt-start", "Start it again afterwards", vm.startProperty());
        start.disableProperty().bind(vm.shutdownProperty().not());
        CheckBox force = check("opt-force", "Power it off if it does not shut down in time", vm.forceProperty());
        force.disableProperty().bind(vm.shutdownProperty().not());
        CheckBox rollBack = check("opt-auto-rollback", "Watch the boot for 120 s; roll back if it fails",
                vm.autoRollbackProperty());
        rollBack.disableProperty().bind(vm.shutdownProperty().not().or(vm.startProperty().not()));
        HBox power = new HBox(16, shutdown, start, force, rollBack);
        power.setVisible(vm.guestRunning());
        power.setManaged(vm.guestRunning());
        return power;
    }

    private Label runningNote() {
        Label runningNote = new Label(vm.guest().name() + " is " + vm.guest().state().label()
                + ": the new devices need a cold boot.");
        runningNote.getStyleClass().add("hint");
        runningNote.setId("plan-running-note");
        // once applied, the result line says what happened; "needs a cold boot" would be stale
        runningNote.visibleProperty().bind(vm.resultProperty().isNull().and(
                javafx.beans.binding.Bindings.createBooleanBinding(vm::guestRunning)));
        runningNote.managedProperty().bind(runningNote.visibleProperty());
        return runningNote;
    }

    /** The apply's steps, shown once there is one, kept scrolled to the newest. */
    private ListView<String> progress() {
        ListView<String> steps = new ListView<>(vm.steps());
        steps.setId("plan-progress");
        steps.setAccessibleText("Progress");
        steps.setPrefHeight(110);
        steps.visibleProperty().bind(Bindings.isNotEmpty(vm.steps()));
        steps.managedProperty().bind(steps.visibleProperty());
        // scrolled after the new row is laid out, so the last line is never left below the fold
        vm.steps().addListener((javafx.collections.ListChangeListener<String>) c -> javafx.application.Platform
                .runLater(() -> steps.scrollTo(vm.steps().size() - 1)));
        return steps;
    }

    private HBox buttons() {
        Button rollback = rollbackButton();
        Button apply = applyButton();
        Button close = closeButton();
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new HBox(8, spacer, compareButton(), rollback, apply, close);
    }

    /** After the switch: shows the rollback's diff, asks, and rolls back (or shows the plan's diff again). */
    private Button rollbackButton() {
        Button rollback = new Button("Roll back");
        rollback.setId("rollback-button");
        rollback.setAccessibleText("Roll back to the backup taken before the switch");
        rollback.visibleProperty().bind(vm.resultProperty().isNotNull());
        rollback.disableProperty().bind(vm.phaseProperty().isNotEqualTo(Phase.APPLIED));
        rollback.setOnAction(e -> vm.previewRollback(rollbackDiff -> {
            diffTitle.setText("XML diff of the rollback (current definition → backup)");
            diff.show(rollbackDiff);
            if (dialogs.confirm("Roll back " + vm.guest().name() + "?", vm.rollbackQuestion(), "Roll back")) {
                vm.rollback();
            } else {
                diffTitle.setText(FORWARD);
                diff.show(vm.planProperty().get().diff());
            }
        }));
        return rollback;
    }

    private Button applyButton() {
        Button apply = new Button();
        apply.setId("apply-button");
        apply.getStyleClass().add("primary");
        apply.setDefaultButton(true);
        apply.textProperty().bind(Bindings.createStringBinding(() -> {
            Plan p = vm.planProperty().get();
            return p == null || p.empty() ? "Apply" : "Apply " + p.changes().size() + " change(s)";
        }, vm.planProperty()));
        apply.setAccessibleText("Apply the planned switch");
        apply.disableProperty().bind(vm.canApply().not());
        apply.visibleProperty().bind(vm.resultProperty().isNull());
        apply.managedProperty().bind(apply.visibleProperty());
        apply.setOnAction(e -> vm.apply());
        return apply;
    }

    /** "Cancel" before the switch, "Close" after; off while the apply runs. */
    private Button closeButton() {
        Button close = new Button();
        close.setId("close-plan");
        close.textProperty().bind(Bindings.when(vm.resultProperty().isNull()).then("Cancel").otherwise("Close"));
        close.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.phaseProperty().get().busy()
                && vm.phaseProperty().get() != Phase.PLANNING, vm.phaseProperty()));
        close.setCancelButton(true);
        close.setOnAction(e -> close());
        return close;
    }

    private Button compareButton() {
        Button compare = new Button("Show before / after");
        compare.setId("show-before-after");
        compare.setAccessibleText("Close and show this guest's statistics before and after the switch");
        compare.visibleProperty().bind(vm.phaseProperty().isEqualTo(Phase.APPLIED));
        compare.managedProperty().bind(compare.visibleProperty());
        compare.defaultButtonProperty().bind(compare.visibleProperty()); // Enter, after Enter applied
        compare.setOnAction(e -> {
            close();
            vm.compareBeforeAfter();
        });
        return compare;
    }

    /** "Try on a clone first", with why it is off or what the last trial showed beside it. */
    private HBox trialRow() {
        TrialViewModel trial = vm.trial();
        Button tryIt = new Button("Try on a clone first");
        tryIt.setId("try-clone-button");
        tryIt.setMinWidth(Button.USE_PREF_SIZE);
        tryIt.setAccessibleText("Try the planned switch on a throwaway clone before applying it");
        tryIt.disableProperty().bind(trial.canTry().not());
        tryIt.setOnAction(e -> trial.tryOnClone());
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip("Boots a throwaway copy-on-write clone"
                + " with the planned switch, watches it, then removes it; the guest's images are only read. "
                + TrialWords.DURATION);
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        tryIt.setTooltip(tip);
        Label said = new Label();
        said.setId("try-clone-note");
        said.setWrapText(true);
        said.setMinHeight(Label.USE_PREF_SIZE);
        said.getStyleClass().add("hint");
        said.textProperty().bind(Bindings.when(trial.outcomeProperty().isEmpty()).then(trial.reasonProperty())
                .otherwise(trial.outcomeProperty()));
        trial.resultProperty().addListener((o, was, now) -> {
            said.getStyleClass().removeAll("status-emulated", "status-paravirtual");
            if (now != null) {
                said.getStyleClass().add(now.passed() ? "status-paravirtual" : "status-emulated");
            }
        });
        HBox.setHgrow(said, Priority.ALWAYS);
        HBox row = new HBox(10, tryIt, said);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void show(Plan p) {
        if (p == null) {
            return;
        }
        changes.getItems().setAll(p.changes());
        checks.getItems().setAll(p.checks());
        diff.show(p.diff());
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("pane-title");
        return l;
    }

    private static CheckBox check(String id, String text, javafx.beans.property.BooleanProperty prop) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.setWrapText(true);
        c.selectedProperty().bindBidirectional(prop);
        return c;
    }
}
