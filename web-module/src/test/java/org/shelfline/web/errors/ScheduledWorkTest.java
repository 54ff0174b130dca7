package org.shelfline.web.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.Schedule;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.shelfline.ordering.AcceptanceDeadlines;
import org.shelfline.shared.Schedules;
import org.shelfline.web.shop.FairFeed;

/**
 * Payara expunges a timer whose timeout fails twice, for good: after a database restart the fair feed, the
 * acceptance deadlines or the hold reviews would stop until the server restarts. Every scheduled method
 * therefore runs without a transaction of its own (a failed read inside one still fails the timer through
 * the rollback) and catches what it calls, which the fault script (bench/run-database-restart.sh) checks.
 */
class ScheduledWorkTest {

    @Test
    void everyScheduledMethodRunsOutsideATransaction() throws Exception {
        List<Method> scheduled = new ArrayList<>();
        for (Class<?> type : classesBeside(AcceptanceDeadlines.class, FairFeed.class)) {
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Schedule.class)) {
                    scheduled.add(method);
                }
            }
        }
        assertTrue(scheduled.size() >= 5, "found the scheduled methods: " + scheduled);
        for (Method method : scheduled) {
            TransactionAttribute attribute = method.isAnnotationPresent(TransactionAttribute.class)
                    ? method.getAnnotation(TransactionAttribute.class)
                    : method.getDeclaringClass().getAnnotation(TransactionAttribute.class);
            assertEquals(
                    TransactionAttributeType.NOT_SUPPORTED,
                    attribute == null ? null : attribute.value(),
                    method.getDeclaringClass().getSimpleName() + "." + method.getName());
        }
    }

    /**
     * The tests switch the business schedules off and call their work themselves; only the fair feed, which
     * reads and pushes to open pages and changes nothing, keeps running (the fair journey watches it).
     */
    @Test
    void everyBusinessScheduleCanBeSwitchedOff() throws Exception {
        List<String> unswitched = new ArrayList<>();
        for (Class<?> type : classesBeside(AcceptanceDeadlines.class, FairFeed.class)) {
            boolean scheduled =
                    Stream.of(type.getDeclaredMethods()).anyMatch(method -> method.isAnnotationPresent(Schedule.class));
            boolean switchable =
                    Stream.of(type.getDeclaredFields()).anyMatch(field -> field.getType() == Schedules.class);
            if (scheduled && !switchable && type != FairFeed.class) {
                unswitched.add(type.getSimpleName());
            }
        }
        assertEquals(List.of(), unswitched, "scheduled without asking Schedules whether to run");
    }

    /** Every org.shelfline class of the modules (directory or jar) the given classes come from. */
    private static List<Class<?>> classesBeside(Class<?>... anchors)
            throws IOException, URISyntaxException, ClassNotFoundException {
        List<String> names = new ArrayList<>();
        for (Class<?> anchor : anchors) {
            Path location = Path.of(
                    anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    files.map(location::relativize).map(Path::toString).forEach(names::add);
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    jar.stream().map(entry -> entry.getName()).forEach(names::add);
                }
            }
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            if (name.startsWith("org/shelfline/") && name.endsWith(".class") && !name.contains("$")) {
                classes.add(Class.forName(
                        name.substring(0, name.length() - 6).replace('/', '.'),
                        false,
                        ScheduledWorkTest.class.getClassLoader()));
            }
        }
        return classes;
    }
}
