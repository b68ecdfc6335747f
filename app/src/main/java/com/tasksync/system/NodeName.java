package com.tasksync.system;

import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This node's name in claims ({@code claimed_by}) and leases (the change stream's holder, shown on the
 * admin page): {@code tasksync.node.name} (by default {@code node}) and a random suffix. The suffix makes it
 * unique per process, so several nodes can share a database under one configured name, and a node started
 * again never takes its killed predecessor's claims for its own: those run out as any dead node's do.
 */
@Component
public class NodeName {

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    private final String name;

    public NodeName(@Value("${tasksync.node.name:node}") String configured) {
        if (!ALLOWED.matcher(configured).matches()) {
            throw new IllegalArgumentException("tasksync.node.name must be 1 to 40 letters, digits, '.', '_' or '-'"
                    + " (a host or pod name, say); it is '" + configured + "'");
        }
        this.name = configured + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String value() {
        return name;
    }
}
