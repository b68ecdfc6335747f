package com.tasksync.demo;

import com.tasksync.task.TaskFields;
import com.tasksync.task.TaskPriority;
import com.tasksync.task.TaskStatus;
import com.tasksync.task.TaskType;
import com.tasksync.task.Tasks;
import com.tasksync.user.NewUser;
import com.tasksync.user.TimeZones;
import com.tasksync.user.UserAccount;
import com.tasksync.user.Users;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Creates the demo's admin and rep on the first run, and gives the new rep a handful of local
 * tasks around today so the Command Center has something to show. Later runs find them and
 * change nothing.
 */
public class DemoSeeder {

    private record Sample(String subject, int dueInDays, TaskType type, TaskPriority priority, boolean done) {}

    private static final List<Sample> SAMPLES = List.of(
            new Sample("Call Ada Lovelace about the renewal", 0, TaskType.CALL, TaskPriority.HIGH, false),
            new Sample("Send the proposal to Grace Hopper", 0, TaskType.EMAIL, TaskPriority.NORMAL, false),
            new Sample("Connect with Alan Turing on LinkedIn", 1, TaskType.LINKEDIN, TaskPriority.LOW, false),
            new Sample("Prepare the quarterly pipeline review", 1, TaskType.TODO, TaskPriority.NORMAL, false),
            new Sample("Follow up on the pricing question", -2, TaskType.EMAIL, TaskPriority.HIGH, false),
            new Sample("Book the onsite demo", 3, TaskType.OTHER, TaskPriority.NORMAL, false),
            new Sample("Log notes from yesterday's call", -1, TaskType.TODO, TaskPriority.LOW, true),
            new Sample("Check in with the new champion", 6, TaskType.CALL, TaskPriority.NORMAL, false));

    private final Users users;
    private final Tasks tasks;
    private final Clock clock;

    public DemoSeeder(Users users, Tasks tasks, Clock clock) {
        this.users = users;
        this.tasks = tasks;
        this.clock = clock;
    }

    public UserAccount ensureAdmin(String email, String password) {
        return users.findByEmail(email)
                .orElseGet(() -> users.create(new NewUser(email, password, serverZone(), true)));
    }

    public UserAccount ensureRep(String email, String password) {
        return users.findByEmail(email).orElseGet(() -> {
            var rep = users.create(new NewUser(email, password, serverZone(), false));
            seedTasks(rep);
            return rep;
        });
    }

    /** The demo users live where the server runs, when that zone is one a user could pick (else UTC). */
    private static ZoneId serverZone() {
        return TimeZones.find(ZoneId.systemDefault().getId()).orElse(TimeZones.UTC);
    }

    private void seedTasks(UserAccount rep) {
        var today = LocalDate.now(clock.withZone(rep.timeZone()));
        for (var sample : SAMPLES) {
            tasks.create(rep.id(), new TaskFields(sample.subject(), null, today.plusDays(sample.dueInDays()),
                    sample.done() ? TaskStatus.COMPLETED : TaskStatus.OPEN, sample.priority(), sample.type(),
                    null, null, null));
        }
    }
}
