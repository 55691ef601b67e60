package org.pvdm.ui.switching;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pvdm.host.GuestSummary;
import org.pvdm.switching.ApplyResult;
import org.pvdm.switching.Plan;
import org.pvdm.switching.PowerOptions;
import org.pvdm.ui.common.Problem;
import org.pvdm.ui.common.TaskRunner;

/**
 * One switch, from plan to result: makes the plan (again whenever an option changes), applies it with
 * progress, and rolls it back on request. Tells {@code onChanged} the guest's UUID after every change so the
 * guest table reads it again.
 */
public final class SwitchViewModel {
    private final TaskRunner runner;
    private final SwitchService service;
    private final GuestSummary guest;
    private List<String> devices;
    private final SwitchListener onChanged;

    private final BooleanProperty shutdown = new SimpleBooleanProperty(this, "shutdown", true);
    private final BooleanProperty start = new SimpleBooleanProperty(this, "start", true);
    private final BooleanProperty autoRollback = new SimpleBooleanProperty(this, "autoRollback", true);
    private final BooleanProperty force = new SimpleBooleanProperty(this, "force", false);
    private final BooleanProperty driversConfirmed = new SimpleBooleanProperty(this, "driversConfirmed", false);
    private final ReadOnlyObjectWrapper<Plan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.PLANNING);
    private final ReadOnlyObjectWrapper<ApplyResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObjectProperty<Problem> problem = new SimpleObjectProperty<>(this, "problem");
    private final ObservableList<String> steps = FXCollections.observableArrayList();
    private final BooleanBinding canApply = Bindings.createBooleanBinding(() -> phase.get() == Phase.PLANNED
            && plan.get() != null && !plan.get().empty() && !plan.get().blocked(), phase, plan);
    private long planRequest;
    private final TrialViewModel trial = new TrialViewModel(this);

    public SwitchViewModel(TaskRunner runner, SwitchService service, GuestSummary guest, List<String> devices,
                           SwitchListener onChanged) {
        this.runner = runner;
        this.service = service;
        this.guest = guest;
        this.devices = List.copyOf(devices);
        this.onChanged = onChanged;
        shutdown.addListener((o, was, now) -> {
            if (!now) {
                start.set(false);
            }
            replan();
        });
        start.addListener((o, was, now) -> replan());
        force.addListener((o, was, now) -> replan());
        driversConfirmed.addListener((o, was, now) -> replan());
    }

    /** "Try on a clone first": runs the planned selection on a throwaway clone. */
    public TrialViewModel trial() {
        return trial;
    }

    /** The devices the plan covers (empty: every convertible one). */
    List<String> devices() {
        return devices;
    }

    /** A trial starts: nothing else may run, the progress list is its own. */
    void trying(String what) {
        phase.set(Phase.TRYING);
        steps.clear();
        message.set(what);
    }

    /** A trial ended (the guest's metadata may hold its result): read the guest and plan again. */
    void tried(List<String> lines, Problem failure) {
        steps.addAll(lines);
        phase.set(Phase.PLANNED);
        if (failure != null) {
            problem.set(failure);
        }
        onChanged.changed(guest.uuid());
        replan();
    }

    TaskRunner runner() {
        return runner;
    }

    void step(String m) {
        runner.onUi(() -> steps.add(m));
    }

    /** Whether a device of the plan can be left out: it was ticked and is not the last one. */
    public boolean canLeaveOut(String device) {
        return phase.get() == Phase.PLANNED && result.get() == null && devices.size() > 1
                && devices.stream().anyMatch(d -> d.equalsIgnoreCase(device));
    }

    /** Unticks a device inside the plan and plans again without it. */
    public void leaveOut(String device) {
        if (canLeaveOut(device)) {
            devices = devices.stream().filter(d -> !d.equalsIgnoreCase(device)).toList();
            replan();
        }
    }

    /**
     * Makes the plan (again): the options are part of its checks. Once an apply has started, the plan it
     * applies stays: a new plan then would hide the apply's progress and result and allow a second apply.
     */
    public void replan() {
        if (writing() || phase.get() == Phase.TRYING) {
            return;
        }
        long mine = ++planRequest;
        phase.set(Phase.PLANNING);
        message.set("Making the plan…");
        PowerOptions power = power();
        boolean drivers = driversConfirmed.get();
        List<String> chosen = devices;
        runner.run("plan a switch of " + guest.name(), () -> service.plan(guest.uuid(), chosen, power, drivers), p -> {
            if (mine != planRequest) {
                return;
            }
            plan.set(p);
            phase.set(Phase.PLANNED);
            message.set(planSummary(p));
        }, failure -> {
            if (mine == planRequest) {
                fail("Plan the switch of " + guest.name(), failure);
            }
        });
    }

    static String planSummary(Plan p) {
        if (p.empty()) {
            return "Nothing to switch: the selected devices are paravirtual already or have no replacement.";
        }
        if (p.blocked()) {
            return "Refused: " + org.pvdm.ui.common.GuiWords.of(p.blocking().get(0).message());
        }
        return p.changes().size() + " change(s) to apply. A backup of the definition is taken first.";
    }

    /** Applies the plan: backup, define, verify (restores the backup by itself when verification fails). */
    public void apply() {
        Plan p = plan.get();
        if (p == null || !canApply().get()) {
            return;
        }
        phase.set(Phase.APPLYING);
        steps.clear();
        message.set("Applying " + p.changes().size() + " change(s) to " + guest.name() + "…");
        PowerOptions power = power();
        boolean rollBack = autoRollback.get();
        runner.run("apply the switch of " + guest.name(), () -> service.applyWatched(p, power, rollBack, this::step), w -> {
            var r = w.result();
            result.set(r);
            phase.set(Phase.APPLIED);
            message.set("Switched " + guest.name() + ": " + p.changes().size() + " device(s) now paravirtual. Backup "
                    + r.backup().id() + (r.started() ? "; the guest was started again." : ".")
                    + w.watch().map(o -> " " + o.watch().summary() + (o.rolledBack() ? "; rolled back to backup "
                    + r.backup().id() + " and started again." : o.watch().passed() ? "" : "; use Roll back."))
                    .orElse(""));
            onChanged.changed(guest.uuid());
            onChanged.applied(r);
        }, failure -> {
            fail("Switch " + guest.name() + " to paravirtual", failure);
            onChanged.changed(guest.uuid());
        });
    }

    /**
     * Reads what rolling back would change (off the FX thread) and hands its diff to {@code ready}; the
     * dialog shows it and asks before anything is written.
     */
    public void previewRollback(java.util.function.Consumer<String> ready) {
        ApplyResult r = result.get();
        if (r == null || phase.get() != Phase.APPLIED) {
            return;
        }
        runner.run("read what a rollback of " + guest.name() + " changes",
                () -> service.rollbackDiff(guest.uuid(), r.backup().id()), ready,
                failure -> problem.set(Problem.of("Roll back " + guest.name(), failure)));
    }

    /** Shows this guest's statistics before and after the switch. */
    public void compareBeforeAfter() {
        onChanged.compare(guest.uuid());
    }

    /** What confirming a rollback does, in words. */
    public String rollbackQuestion() {
        ApplyResult r = result.get();
        String id = r == null ? "" : r.backup().id();
        return "Define " + guest.name() + " again as in backup " + id + " (the diff shows what changes)."
                + (r != null && r.started() ? " It is running: it is shut down (ACPI) and started again." : "");
    }

    /** Defines the backup taken before the switch again. */
    public void rollback() {
        ApplyResult r = result.get();
        if (r == null) {
            return;
        }
        phase.set(Phase.ROLLING_BACK);
        message.set("Rolling back to backup " + r.backup().id() + "…");
        PowerOptions power = power();
        runner.run("roll back " + guest.name(), () -> service.rollback(guest.uuid(), r.backup().id(), power, this::step),
                done -> {
                    phase.set(Phase.ROLLED_BACK);
                    message.set("Rolled back " + guest.name() + " to backup " + done.restored().id()
                            + (done.identical() ? " (identical)." : done.equivalent() ? " (equivalent XML)." : ".")
                            + (done.pendingColdBoot() ? " It takes effect at the next cold boot." : ""));
                    onChanged.changed(guest.uuid());
                }, failure -> {
                    fail("Roll back " + guest.name(), failure);
                    onChanged.changed(guest.uuid());
                });
    }

    private boolean writing() {
        Phase p = phase.get();
        return p == Phase.APPLYING || p == Phase.APPLIED || p == Phase.ROLLING_BACK || p == Phase.ROLLED_BACK;
    }

    private void fail(String action, Throwable t) {
        Problem p = Problem.of(action, t);
        phase.set(Phase.FAILED);
        message.set(p.whatFailed() + " " + p.whatToDo());
        problem.set(p);
    }

    private PowerOptions power() {
        return new PowerOptions(shutdown.get(), shutdown.get() && start.get(), PowerOptions.DEFAULT_TIMEOUT, force.get());
    }

    public BooleanBinding canApply() {
        return canApply;
    }

    public GuestSummary guest() {
        return guest;
    }

    public boolean guestRunning() {
        return guest.state().active();
    }

    public BooleanProperty shutdownProperty() {
        return shutdown;
    }

    public BooleanProperty startProperty() {
        return start;
    }

    /** Watch the boot after a start and restore the backup when it fails (on by default). */
    public BooleanProperty autoRollbackProperty() {
        return autoRollback;
    }

    public BooleanProperty forceProperty() {
        return force;
    }

    public BooleanProperty driversConfirmedProperty() {
        return driversConfirmed;
    }

    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ApplyResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** One line on where things stand. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The last failure, for the error dialog. */
    public ObjectProperty<Problem> problemProperty() {
        return problem;
    }

    public ObservableList<String> steps() {
        return steps;
    }
}
