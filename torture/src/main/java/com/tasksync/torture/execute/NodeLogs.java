package com.tasksync.torture.execute;

import com.tasksync.torture.process.TaskSyncNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The size of each node's log, to read back what the nodes logged between two moments. */
public final class NodeLogs {

    private final List<TaskSyncNode> nodes;

    public NodeLogs(List<TaskSyncNode> nodes) {
        this.nodes = List.copyOf(nodes);
    }

    public Map<Integer, Long> sizes() {
        var sizes = new TreeMap<Integer, Long>();
        nodes.forEach(node -> sizes.put(node.number(), node.process().logSize()));
        return sizes;
    }

    public List<TaskSyncNode> nodes() {
        return nodes;
    }
}
