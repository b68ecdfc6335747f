package com.tasksync.web;

import com.tasksync.connection.Connections;
import com.tasksync.lookup.Named;
import com.tasksync.lookup.SalesforceNames;
import com.tasksync.task.Task;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What task pages need to show who and what by name: the names kept for the tasks' references
 * ({@code names}, by the value the task holds; no Salesforce call) and whether the rep is connected to
 * Salesforce, which turns the edit page's who and what into pickers ({@code salesforceConnected}).
 */
@Component
class TaskNames {

    private final SalesforceNames names;
    private final Connections connections;

    TaskNames(SalesforceNames names, Connections connections) {
        this.names = names;
        this.connections = connections;
    }

    void addTo(Model model, UUID userId, Collection<Task> tasks) {
        var references = new ArrayList<String>();
        for (var task : tasks) {
            references.add(task.who());
            references.add(task.what());
        }
        var connected = connections.find(userId).isPresent();
        // a map that answers null for a task without who or what
        Map<String, Named> found = new HashMap<>(connected ? names.kept(userId, references) : Map.of());
        model.addAttribute("names", found);
        model.addAttribute("salesforceConnected", connected);
    }
}
