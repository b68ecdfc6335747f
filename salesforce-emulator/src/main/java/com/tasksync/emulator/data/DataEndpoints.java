package com.tasksync.emulator.data;

import com.tasksync.emulator.http.Router;
import com.tasksync.emulator.org.Directory;

/** Registers the REST data API: versions, resources, sObjects, describe, collections, composite, query, replication, limits; and the admin API's record history. */
public final class DataEndpoints {

    private DataEndpoints() {
    }

    public static void register(Router router, Directory directory) {
        ResourceEndpoints.register(router);
        SObjectEndpoints.register(router);
        ReplicationEndpoints.register(router);
        QueryEndpoints.register(router);
        CollectionEndpoints.register(router);
        CompositeEndpoints.register(router);
        RecycleBinEndpoints.register(router, directory);
        WriteHistory.register(router, directory);
    }
}
