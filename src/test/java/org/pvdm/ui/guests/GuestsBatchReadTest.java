package org.pvdm.ui.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.pvdm.host.GuestState;
import org.pvdm.host.Host;
import org.pvdm.testsupport.FakeHost;
import org.pvdm.testsupport.GuestXml;
import org.pvdm.ui.common.RecordingDialogs;
import org.pvdm.ui.common.SyncTaskRunner;
import org.pvdm.ui.hosts.ConnectionEntry;
import org.pvdm.ui.hosts.HostOpener;
import org.pvdm.ui.hosts.SessionModel;

/**
 * The verdicts' definitions are read in one pass over the host ({@link Host#allDefinitions}, which a remote host
 * reads in parallel over its connection), not one round trip per guest (over a 25 ms link a 100-guest host took
 * seconds to judge that way) nor one listing per batch; they still reach the window a batch at a time.
 */
class GuestsBatchReadTest {

    @Test
    void theVerdictsComeFromOnePassAndReachTheWindowInBatches() {
        FakeHost fake = new FakeHost("fake:///many", false);
        int n = 2 * GuestsViewModel.BATCH + 10;
        for (int i = 0; i < n; i++) {
            fake.add(GuestXml.emulated(String.format("g%03d", i)), GuestState.SHUTOFF);
        }
        Map<String, Integer> asked = new ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicReference<GuestsViewModel> shown = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicLong judgedDuringPass = new java.util.concurrent.atomic.AtomicLong(-1);
        Host host = (Host) Proxy.newProxyInstance(Host.class.getClassLoader(), new Class<?>[] {Host.class},
                (proxy, m, args) -> {
                    asked.merge(m.getName(), 1, Integer::sum);
                    try {
                        Object result = m.invoke(fake, args);
                        if (m.getName().equals("allDefinitions") && shown.get() != null) {
                            // the pass is over, its result not yet delivered: what the window shows came in batches
                            judgedDuringPass.set(shown.get().all().stream().filter(g -> g.row() != null).count());
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        SyncTaskRunner runner = new SyncTaskRunner();
        RecordingDialogs dialogs = new RecordingDialogs();
        SessionModel session = new SessionModel(runner, dialogs, new HostOpener((u, w, p) -> host), null);
        GuestsViewModel vm = new GuestsViewModel(runner, session, dialogs);
        shown.set(vm);

        session.connect(ConnectionEntry.of("fake:///many"));

        assertEquals(n, vm.all().size());
        assertTrue(vm.all().stream().allMatch(g -> g.row() != null && g.emulated() > 0), "every verdict is in");
        assertEquals(1, asked.getOrDefault("allDefinitions", 0), "one pass: " + asked);
        assertEquals(0, asked.getOrDefault("definitions", 0), "no listing per batch: " + asked);
        assertEquals(2L * GuestsViewModel.BATCH, judgedDuringPass.get(), "two full batches shown before the pass ended");
        assertEquals(0, asked.getOrDefault("inactiveXml", 0), "no guest read on its own: " + asked);
        assertEquals(List.of(), dialogs.errors);
    }
}
