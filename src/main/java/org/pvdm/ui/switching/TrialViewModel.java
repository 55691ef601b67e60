package org.pvdm.ui.switching;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.pvdm.trial.TrialResult;
import org.pvdm.ui.common.Problem;

/**
 * "Try on a clone first" in the plan dialog: the planned selection on a throwaway clone through
 * {@code pvdm try}'s engine. The engine keeps the result in the guest's metadata as readiness evidence, so
 * the switch is planned again afterwards and its checks show it.
 */
public final class TrialViewModel {
    private final SwitchViewModel sw;
    private Trials trials;
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper(this, "reason",
            TrialWords.unavailable(null, null));
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ReadOnlyObjectWrapper<TrialResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final BooleanBinding canTry;

    TrialViewModel(SwitchViewModel sw) {
        this.sw = sw;
        canTry = Bindings.createBooleanBinding(() -> sw.phaseProperty().get() == Phase.PLANNED
                && sw.planProperty().get() != null && !sw.planProperty().get().empty() && reason.get().isEmpty()
                && sw.resultProperty().get() == null, sw.phaseProperty(), sw.planProperty(), reason, sw.resultProperty());
    }

    /** Where trials run; without one (or on a host that boots nothing) the button says why it is off. */
    public void setTrials(Trials trials) {
        this.trials = trials;
        reason.set(TrialWords.unavailable(trials, sw.guest()));
    }

    /** Runs the trial on the task runner; its steps go to the dialog's progress list. */
    public void tryOnClone() {
        if (!canTry.get()) {
            return;
        }
        String name = sw.guest().name();
        result.set(null);
        outcome.set("Trying the switch on a throwaway clone of " + name + "…");
        sw.trying(outcome.get() + " " + TrialWords.DURATION);
        List<String> chosen = sw.devices();
        sw.runner().run("try the switch of " + name + " on a clone",
                () -> trials.run(sw.guest().uuid(), chosen, sw::step), r -> {
                    result.set(r);
                    outcome.set(TrialWords.outcome(r));
                    sw.tried(TrialWords.afterSteps(r), null);
                }, failure -> {
                    Problem p = Problem.of("Try the switch of " + name + " on a clone", failure);
                    outcome.set("The trial did not run: " + p.whatFailed() + " " + p.whatToDo());
                    sw.tried(List.of(), p);
                });
    }

    public BooleanBinding canTry() {
        return canTry;
    }

    /** Why trying is off for this guest or host ("" when it can run). */
    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    /** The last trial's verdict in words ("" before one). */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TrialResult> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
