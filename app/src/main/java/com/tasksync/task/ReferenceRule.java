package com.tasksync.task;

import com.tasksync.system.FieldProblem;
import java.util.List;
import java.util.UUID;

/**
 * Decides, before a user's change is written, whether its who and what can be what the task holds:
 * a task that sync sends to Salesforce can only hold Salesforce ids of the right kind there, so text
 * typed instead is refused with a problem naming the field rather than kept and never sent. Answered
 * by sync; without sync any text is fine. Values the change leaves as they were always pass.
 */
public interface ReferenceRule {

    /**
     * The problems of the who and what of a change, empty when it may be written.
     *
     * @param taskId the task changed, or null for a task being created
     */
    List<FieldProblem> problems(UUID userId, UUID taskId, TaskFields before, TaskFields after);
}
