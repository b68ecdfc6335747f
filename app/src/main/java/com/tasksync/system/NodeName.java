package com.tasksync.system;

import java.util.UUID;
import org.springframework.stereotype.Component;

/** This node's name in claims ({@code claimed_by}), unique per process so several nodes can share a database. */
@Component
public class NodeName {

    private final String name = "node-" + UUID.randomUUID().toString().substring(0, 8);

    public String value() {
        return name;
    }
}
