package com.tasksync.salesforce.client;

import com.tasksync.salesforce.client.auth.SalesforceConnection;
import com.tasksync.salesforce.client.record.SObject;
import com.tasksync.salesforce.client.record.SaveResult;
import com.tasksync.salesforce.client.record.SalesforceDateTimes;
import com.tasksync.salesforce.client.soql.Soql;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Salesforce REST API for one connected user: queries (data and Tooling API) as lazy streams,
 * the replication calls, single-record and collection writes, and limits. Safe for concurrent use. Every failure is a
 * {@link com.tasksync.salesforce.client.error.SalesforceApiException} that says whether to retry.
 */
public final class SalesforceClient {

    private final RestTransport transport;
    private final SObjectCollections collections;
    private final Integer defaultBatchSize;

    SalesforceClient(RestTransport transport, JsonMapper json, Integer defaultBatchSize) {
        this.transport = transport;
        this.collections = new SObjectCollections(transport, json);
        this.defaultBatchSize = defaultBatchSize;
    }

    public static SalesforceClientBuilder builder(SalesforceConnection connection) {
        return new SalesforceClientBuilder(connection);
    }

    /** Live rows matching the query, fetched page by page as the stream is consumed. */
    public Stream<SObject> query(String soql) {
        return query(soql, defaultBatchSize);
    }

    public Stream<SObject> query(Soql soql) {
        return query(soql.text());
    }

    /** As {@link #query(String)}, asking for pages of {@code batchSize} (200 to 2,000) records. */
    public Stream<SObject> query(String soql, Integer batchSize) {
        return QueryPages.stream(transport, queryPath("/query", soql), checkedBatchSize(batchSize));
    }

    /** Like {@link #query(String)}, and also rows in the recycle bin ({@code IsDeleted = true}) and archived rows. */
    public Stream<SObject> queryAll(String soql) {
        return queryAll(soql, defaultBatchSize);
    }

    public Stream<SObject> queryAll(Soql soql) {
        return queryAll(soql.text());
    }

    public Stream<SObject> queryAll(String soql, Integer batchSize) {
        return QueryPages.stream(transport, queryPath("/queryAll", soql), checkedBatchSize(batchSize));
    }

    /**
     * Rows of a Tooling API object, such as PlatformEventChannelMember (the entities selected for
     * Change Data Capture), fetched page by page as the stream is consumed. Setup objects need the
     * user to hold View Setup and Configuration; without it Salesforce answers {@code INVALID_TYPE},
     * a permanent error, as for an object that does not exist.
     */
    public Stream<SObject> toolingQuery(String soql) {
        return QueryPages.stream(transport, queryPath("/tooling/query", soql), null);
    }

    public Stream<SObject> toolingQuery(Soql soql) {
        return toolingQuery(soql.text());
    }

    /** The {@code totalSize} of a query, meant for {@code SELECT COUNT() FROM ...}; reads one page only. */
    public long count(String soql) {
        return QueryPage.from(transport.send(ApiRequest.get(queryPath("/query", soql))).body()).totalSize();
    }

    public long count(Soql soql) {
        return count(soql.text());
    }

    /** Ids of records of {@code type} changed in the window; Salesforce drops the seconds of both bounds. */
    public UpdatedRecords getUpdated(String type, Instant start, Instant end) {
        return UpdatedRecords.from(transport.send(ApiRequest.get(replicationPath(type, "updated", start, end))).body());
    }

    /** Records of {@code type} deleted in the window; at most 15 days back, and {@code end} more than a minute after {@code start}. */
    public DeletedRecords getDeleted(String type, Instant start, Instant end) {
        return DeletedRecords.from(transport.send(ApiRequest.get(replicationPath(type, "deleted", start, end))).body());
    }

    /** Creates one record. Not repeated after a lost response: use {@link #upsert} where a create must be retried. */
    public SaveResult create(SObject record) {
        ApiRequest request = ApiRequest.post(sobjectPath(record.type()) + "/", record.fieldsExcept("Id"));
        return SaveResult.from(transport.send(request).body());
    }

    /** One record; with no fields named, all the fields the user can see. */
    public SObject retrieve(String type, String id, String... fields) {
        String query = fields.length == 0 ? "" : "?fields=" + QueryString.encode(String.join(",", fields));
        JsonNode body = transport.send(ApiRequest.get(sobjectPath(type) + "/" + QueryString.id(id) + query)).body();
        return SObject.from(body instanceof ObjectNode record ? SObjectCollections.withId(record, id) : body);
    }

    /** Writes the record's fields (all but Id) to the record with its Id. */
    public void update(SObject record) {
        String path = sobjectPath(record.type()) + "/" + QueryString.id(record.id());
        transport.send(ApiRequest.patch(path, record.fieldsExcept("Id")));
    }

    public void delete(String type, String id) {
        transport.send(ApiRequest.delete(sobjectPath(type) + "/" + QueryString.id(id)));
    }

    /**
     * Inserts or updates the record whose {@code externalIdField} equals {@code externalId}.
     * {@code created} tells which; a match of several records fails with {@code MULTIPLE_CHOICES}.
     */
    public SaveResult upsert(SObject record, String externalIdField, String externalId) {
        String path = sobjectPath(record.type()) + "/" + QueryString.name(externalIdField) + "/"
                + QueryString.encode(externalId);
        ApiResponse response = transport.send(ApiRequest.patch(path, record.fieldsExcept("Id", externalIdField)));
        if (response.status() == 204) {
            return new SaveResult(null, true, Optional.of(false), List.of());
        }
        return SaveResult.from(response.body());
    }

    public List<SaveResult> createAll(List<SObject> records, boolean allOrNone) {
        return collections.create(records, allOrNone);
    }

    public List<SaveResult> updateAll(List<SObject> records, boolean allOrNone) {
        return collections.update(records, allOrNone);
    }

    public List<SaveResult> upsertAll(String type, String externalIdField, List<SObject> records, boolean allOrNone) {
        return collections.upsert(type, externalIdField, records, allOrNone);
    }

    public List<SaveResult> deleteAll(List<String> ids, boolean allOrNone) {
        return collections.delete(ids, allOrNone);
    }

    /** Records of one type by id, in the order asked; ids with no record are left out. */
    public List<SObject> retrieveAll(String type, List<String> ids, List<String> fields) {
        return collections.retrieve(type, ids, fields);
    }

    /** The type's describe: its fields as the connected user may see them. */
    public SObjectDescription describe(String type) {
        return SObjectDescription.from(transport.send(ApiRequest.get(sobjectPath(type) + "/describe")).body());
    }

    public OrgLimits limits() {
        return OrgLimits.from(transport.send(ApiRequest.get(transport.dataPath() + "/limits")).body());
    }

    /** The API usage reported by the latest response, if any response carried it yet. */
    public Optional<ApiUsage> apiUsage() {
        return transport.latestUsage();
    }

    /**
     * Salesforce's clock now, from the {@code Date} header (whole seconds) of the version list
     * {@code /services/data/}, which counts against no API limit.
     */
    public java.time.Instant serverNow() {
        transport.send(ApiRequest.get("/services/data/"));
        return transport.latestServerTime().map(ServerTime::serverDate)
                .orElseThrow(() -> new IllegalStateException("Salesforce sent no Date header"));
    }

    /** Salesforce's clock as the latest response gave it, if any response carried a Date yet. */
    public Optional<ServerTime> serverTime() {
        return transport.latestServerTime();
    }

    private String queryPath(String resource, String soql) {
        return transport.dataPath() + resource + "?q=" + QueryString.encode(soql);
    }

    private String sobjectPath(String type) {
        return transport.dataPath() + "/sobjects/" + QueryString.name(type);
    }

    private String replicationPath(String type, String kind, Instant start, Instant end) {
        return sobjectPath(type) + "/" + kind + "/?start="
                + QueryString.encode(SalesforceDateTimes.formatReplicationBound(start))
                + "&end=" + QueryString.encode(SalesforceDateTimes.formatReplicationBound(end));
    }

    private static Integer checkedBatchSize(Integer batchSize) {
        if (batchSize != null && (batchSize < 200 || batchSize > 2000)) {
            throw new IllegalArgumentException("batchSize must be between 200 and 2000, was " + batchSize);
        }
        return batchSize;
    }
}
