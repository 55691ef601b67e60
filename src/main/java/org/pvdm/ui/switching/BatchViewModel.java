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
import org.pvdm.batch.BatchPlan;
import org.pvdm.batch.Outcome;
import org.pvdm.host.GuestSummary;
import org.pvdm.switching.PowerOptions;
import org.pvdm.ui.common.Problem;
import org.pvdm.ui.common.TaskRunner;

/**
 * Several guests switched at once: one plan listing every guest (switched, refused or left alone, with every
 * warning and block), one confirmation, then the batch engine guest by guest and a result per guest.
 */
public final class BatchViewModel {
    private final TaskRunner runner;
    private final BatchService service;
    private final List<GuestSummary> guests;
    private final SwitchListener onChanged;

    private final BooleanProperty shutdown = new SimpleBooleanProperty(this, "shutdown", false);
    private final BooleanProperty driversConfirmed = new SimpleBooleanProperty(this, "driversConfirmed", false);
    private final ReadOnlyObjectWrapper<BatchPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.PLANNING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObjectProperty<Problem> problem = new SimpleObjectProperty<>(this, "problem");
    private final ObservableList<BatchRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Outcome> outcomes = FXCollections.observableArrayList();
    private final ObservableList<String> steps = FXCollections.observableArrayList();
    private final BooleanBinding canApply = Bindings.createBooleanBinding(() -> phase.get() == Phase.PLANNED
            && plan.get() != null && !plan.get().applicable().isEmpty(), phase, plan);
    private long planRequest;

    public BatchViewModel(TaskRunner runner, BatchService service, List<GuestSummary> guests,
                          SwitchListener onChanged) {
        this.runner = runner;
        this.service = service;
        this.guests = List.copyOf(guests);
        this.onChanged = onChanged;
        shutdown.addListener((o, was, now) -> replan());
        driversConfirmed.addListener((o, was, now) -> replan());
    }

    /** Plans every guest again (the options are part of the checks); never once the batch is applied. */
    public void replan() {
        if (phase.get() == Phase.APPLYING || phase.get() == Phase.APPLIED) {
            return;
        }
        long mine = ++planRequest;
        phase.set(Phase.PLANNING);
        message.set("Planning " + guests.size() + " guests…");
        PowerOptions power = power();
        boolean drivers = driversConfirmed.get();
        List<String> uuids = guests.stream().map(GuestSummary::uuid).toList();
        runner.run("plan a switch of " + guests.size() + " guests", () -> service.plan(uuids, power, drivers), b -> {
            if (mine == planRequest) {
                plan.set(b);
                rows.setAll(BatchRow.of(b));
                phase.set(Phase.PLANNED);
                message.set(BatchWords.planSummary(b));
            }
        }, failure -> {
            if (mine == planRequest) {
                fail("Plan the switch of " + guests.size() + " guests", failure);
            }
        });
    }

    /** The one confirmation's question: what is switched, what is refused and what is left alone. */
    public String confirmQuestion() {
        return BatchWords.question(plan.get());
    }

    /** Applies the confirmed plan guest by guest; every guest gets a result row, every changed one is read again. */
    public void apply() {
        BatchPlan b = plan.get();
        if (!canApply.get()) {
            return;
        }
        phase.set(Phase.APPLYING);
        steps.clear();
        outcomes.clear();
        message.set("Switching " + b.applicable().size() + " guest(s), each with its own backup…");
        PowerOptions power = power();
        boolean drivers = driversConfirmed.get();
        runner.run("apply the switch of " + b.applicable().size() + " guests", () -> service.apply(b, power, drivers,
                (g, m) -> runner.onUi(() -> steps.add(g + ": " + m))), done -> {
                    outcomes.setAll(done);
                    phase.set(Phase.APPLIED);
                    message.set(BatchWords.resultSummary(done));
                    b.applicable().forEach(p -> onChanged.changed(p.uuid()));
                }, failure -> {
                    fail("Switch " + b.applicable().size() + " guests", failure);
                    b.applicable().forEach(p -> onChanged.changed(p.uuid()));
                });
    }

    private void fail(String action, Throwable t) {
        Problem p = Problem.of(action, t);
        phase.set(Phase.FAILED);
        message.set(p.whatFailed() + " " + p.whatToDo());
        problem.set(p);
    }

    /** Running guests are shut down (ACPI) and started again only when the admin asks; else at their next boot. */
    private PowerOptions power() {
        return shutdown.get() ? new PowerOptions(true, true, PowerOptions.DEFAULT_TIMEOUT, false) : PowerOptions.none();
    }

    public List<GuestSummary> guests() {
        return guests;
    }

    public BooleanProperty shutdownProperty() {
        return shutdown;
    }

    public BooleanProperty driversConfirmedProperty() {
        return driversConfirmed;
    }

    public BooleanBinding canApply() {
        return canApply;
    }

    public ReadOnlyObjectProperty<BatchPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObjectProperty<Problem> problemProperty() {
        return problem;
    }

    /** The plan, one row per guest. */
    public ObservableList<BatchRow> rows() {
        return rows;
    }

    /** The result, one row per guest (switched, refused, failed or left alone). */
    public ObservableList<Outcome> outcomes() {
        return outcomes;
    }

    public ObservableList<String> steps() {
        return steps;
    }
}
