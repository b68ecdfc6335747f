package com.tasksync.salesforce.client;

import com.tasksync.salesforce.client.record.SObject;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/**
 * Walks a query's result page by page, following {@code nextRecordsUrl}. Nothing is fetched until
 * the first record is asked for, and only the current page is held, so memory does not grow with
 * the size of the result.
 */
final class QueryPages implements Iterator<SObject> {

    private final RestTransport transport;
    private final Integer batchSize;
    private String nextPath;
    private Iterator<JsonNode> page = Collections.emptyIterator();

    private QueryPages(RestTransport transport, String firstPath, Integer batchSize) {
        this.transport = transport;
        this.nextPath = firstPath;
        this.batchSize = batchSize;
    }

    static Stream<SObject> stream(RestTransport transport, String firstPath, Integer batchSize) {
        QueryPages pages = new QueryPages(transport, firstPath, batchSize);
        int characteristics = Spliterator.ORDERED | Spliterator.NONNULL;
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, characteristics), false);
    }

    static ApiRequest pageRequest(String path, Integer batchSize) {
        ApiRequest request = ApiRequest.get(path);
        return batchSize == null ? request : request.withHeader("Sforce-Query-Options", "batchSize=" + batchSize);
    }

    @Override
    public boolean hasNext() {
        while (!page.hasNext() && nextPath != null) {
            fetchNextPage();
        }
        return page.hasNext();
    }

    @Override
    public SObject next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return SObject.from(page.next());
    }

    private void fetchNextPage() {
        QueryPage fetched = QueryPage.from(transport.send(pageRequest(nextPath, batchSize)).body());
        page = fetched.records().iterator();
        nextPath = fetched.nextRecordsUrl();
    }
}
