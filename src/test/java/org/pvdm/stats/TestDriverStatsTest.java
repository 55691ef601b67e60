package org.pvdm.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;

/**
 * The whole engine against libvirt's real test driver (test:///default), whose counters grow at known
 * rates (environment.md): every disk reads 50,000 B/s and 100,000 ops/s and writes 25,000 B/s; every NIC
 * receives 100,000 B/s and sends 50,000 B/s. Rates must be within 1 %.
 *
 * <p>Needs the libvirt Host of package org.pvdm.host.libvirt (written separately) and the native libvirt0
 * library; skipped, saying which is missing, without them. The Host is found by reflection so this test
 * compiles before that package exists: a public class implementing Host with a public static factory or
 * a public constructor taking the URI.
 */
class TestDriverStatsTest {
    private static final String URI = "test:///default";

    @Test
    void ratesMatchTheTestDriversFakeCountersWithinOnePercent() throws Exception {
        try (Host host = openTestDriver(); Sampler sampler = new Sampler("test-driver", host.stats(),
                Duration.ofMillis(500))) {
            BlockingQueue<StatsTick> ticks = new LinkedBlockingQueue<>();
            sampler.addListener(ticks::add);
            sampler.start();
            StatsTick tick;
            do {
                tick = ticks.poll(20, TimeUnit.SECONDS);
                assertNotNull(tick, "no tick from the test driver within 20 s");
                assertFalse(tick.isPaused(), () -> "sampling the test driver failed: " + ticks);
            } while (tick.samples().isEmpty() && tick.sequence() < 5);
            assertTrue(tick.synthetic(), "the test driver's counters are synthetic");
            List<SeriesSample> disks = of(tick, SeriesKind.DISK);
            List<SeriesSample> nics = of(tick, SeriesKind.NIC);
            assertFalse(disks.isEmpty(), "the default test guest has a disk: " + tick);
            for (SeriesSample disk : disks) {
                assertWithin1Percent(50_000, disk.value(Metric.RD_BYTES_S), disk + " read bytes/s");
                assertWithin1Percent(100_000, disk.value(Metric.RD_OPS_S), disk + " read ops/s");
                assertWithin1Percent(25_000, disk.value(Metric.WR_BYTES_S), disk + " write bytes/s");
            }
            for (SeriesSample nic : nics) {
                assertWithin1Percent(100_000, nic.value(Metric.RX_BYTES_S), nic + " rx bytes/s");
                assertWithin1Percent(50_000, nic.value(Metric.TX_BYTES_S), nic + " tx bytes/s");
            }
            assertEquals(0, tick.droppedTicks());
        }
    }

    private static List<SeriesSample> of(StatsTick tick, SeriesKind kind) {
        return tick.samples().stream().filter(s -> s.key().kind() == kind).toList();
    }

    private static void assertWithin1Percent(double expected, double actual, String what) {
        assertEquals(expected, actual, expected * 0.01, what);
    }

    private static Host openTestDriver() throws Exception {
        Optional<Method> factory = Optional.empty();
        Optional<Constructor<?>> constructor = Optional.empty();
        for (Class<?> type : hostClasses()) {
            for (Method m : type.getMethods()) {
                if (Modifier.isStatic(m.getModifiers()) && Host.class.isAssignableFrom(m.getReturnType())
                        && m.getParameterCount() == 1 && m.getParameterTypes()[0] == String.class) {
                    factory = Optional.of(m);
                }
            }
            for (Constructor<?> c : type.getConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == String.class) {
                    constructor = Optional.of(c);
                }
            }
        }
        Assumptions.assumeTrue(factory.isPresent() || constructor.isPresent(),
                "needs a libvirt Host in org.pvdm.host.libvirt (static factory or constructor taking the URI)");
        try {
            Object host = factory.isPresent() ? factory.get().invoke(null, URI) : constructor.get().newInstance(URI);
            return (Host) host;
        } catch (java.lang.reflect.InvocationTargetException e) {
            Throwable cause = e.getCause();
            Assumptions.assumeFalse(cause instanceof UnsatisfiedLinkError || cause instanceof NoClassDefFoundError
                    || cause instanceof HostException, "needs the native libvirt0 library and " + URI + ": " + cause);
            throw e;
        }
    }

    /** Public classes of org.pvdm.host.libvirt that implement Host (from a classes folder). */
    private static List<Class<?>> hostClasses() throws Exception {
        List<Class<?>> found = new ArrayList<>();
        for (URL url : Collections.list(TestDriverStatsTest.class.getClassLoader()
                .getResources("org/pvdm/host/libvirt"))) {
            if (!"file".equals(url.getProtocol())) {
                continue;
            }
            File[] files = new File(url.toURI()).listFiles((dir, name) -> name.endsWith(".class") && !name.contains("$"));
            for (File file : files == null ? new File[0] : files) {
                Class<?> type = Class.forName("org.pvdm.host.libvirt." + file.getName().replace(".class", ""));
                if (Host.class.isAssignableFrom(type) && Modifier.isPublic(type.getModifiers())
                        && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
                    found.add(type);
                }
            }
        }
        return found;
    }
}
