package com.tasksync.lookup;

import com.tasksync.connection.SalesforceClients;
import com.tasksync.connection.UserClient;
import com.tasksync.salesforce.client.soql.LikePattern;
import com.tasksync.salesforce.client.soql.Soql;
import com.tasksync.system.ConflictException;
import com.tasksync.system.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Names of the Salesforce records tasks point to, and the search behind the pages' pickers. Both read
 * with the rep's own session, so a rep sees by name only what Salesforce's sharing lets them see. Names
 * are kept per org ({@code salesforce_name}); the pages read only what is kept and never wait for
 * Salesforce, and {@link #fillMissing} reads what is missing or older than a day.
 */
@Service
public class SalesforceNames {

    /** Fewer letters than this find too much to be a useful search. */
    public static final int SEARCH_MIN = 2;
    public static final int SEARCH_MAX = 80;
    /** Results per object searched. */
    static final int SEARCH_LIMIT = 8;
    /** Ids per query: well under SOQL's statement length with 18-character ids. */
    static final int IDS_PER_QUERY = 200;
    static final Duration FRESH_FOR = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(SalesforceNames.class);

    private final SalesforceClients clients;
    private final SalesforceNameRepository names;
    private final Clock clock;

    SalesforceNames(SalesforceClients clients, SalesforceNameRepository names, Clock clock) {
        this.clients = clients;
        this.names = names;
        this.clock = clock;
    }

    /** The kept names of these ids in the user's org (ids without a readable name are left out); no Salesforce call. */
    public Map<String, Named> kept(UUID userId, Collection<String> ids) {
        var client = clients.forUser(userId);
        if (client.isEmpty() || client.get().orgId() == null) {
            return Map.of();
        }
        var wanted = ids.stream().filter(id -> id != null && !id.isBlank()).collect(Collectors.toSet());
        var found = new HashMap<String, Named>();
        names.find(client.get().orgId(), wanted).forEach((id, row) -> {
            if (row.name() != null) {
                found.put(id, new Named(id, row.name(), row.objectType()));
            }
        });
        return found;
    }

    /**
     * Searches the records a field can point to whose name contains the text, as the rep's session sees
     * them: contacts and leads for who, accounts and opportunities for what. What it finds is kept.
     */
    public List<Named> search(UUID userId, LookupField field, String text) {
        var trimmed = text == null ? "" : text.strip();
        if (trimmed.codePointCount(0, trimmed.length()) < SEARCH_MIN || trimmed.length() > SEARCH_MAX) {
            throw InvalidInputException.of("q", "must be " + SEARCH_MIN + " to " + SEARCH_MAX + " characters");
        }
        var client = connected(userId);
        var found = new ArrayList<Named>();
        try {
            for (var object : field.objects()) {
                var soql = Soql.of("SELECT Id, Name FROM " + object + " WHERE Name LIKE :name ORDER BY Name LIMIT "
                        + SEARCH_LIMIT).bind("name", LikePattern.containing(trimmed));
                try (var rows = client.client().query(soql)) {
                    rows.forEach(row -> found.add(new Named(row.id(), row.string("Name"), object)));
                }
            }
        } catch (RuntimeException e) {
            log.warn("Salesforce search for user {} failed: {}", userId, e.toString());
            throw ConflictException.salesforceFailed("Salesforce did not answer the search; try again in a moment.");
        }
        keep(client.orgId(), found, List.of());
        return found;
    }

    /**
     * Reads from Salesforce the names of the user's task references that are not kept, or kept for
     * longer than a day: at most {@code limit} ids, one query per object and 200 ids. Returns how many
     * ids were read; a failure is logged and leaves the names for the next round.
     */
    public int fillMissing(UUID userId, int limit) {
        var client = clients.forUser(userId);
        if (client.isEmpty() || client.get().orgId() == null) {
            return 0;
        }
        var org = client.get().orgId();
        var missing = names.missing(userId, org, clock.instant().minus(FRESH_FOR), limit);
        var byObject = new HashMap<String, List<String>>();
        for (var id : missing) {
            var object = id.length() >= 3 ? LookupField.OBJECT_BY_PREFIX.get(id.substring(0, 3)) : null;
            if (object != null && (id.length() == 15 || id.length() == 18)) {
                byObject.computeIfAbsent(object, o -> new ArrayList<>()).add(id);
            }
        }
        var read = 0;
        try {
            for (var entry : byObject.entrySet()) {
                for (int from = 0; from < entry.getValue().size(); from += IDS_PER_QUERY) {
                    var ids = entry.getValue().subList(from, Math.min(entry.getValue().size(), from + IDS_PER_QUERY));
                    var found = new ArrayList<Named>();
                    var soql = Soql.of("SELECT Id, Name FROM " + entry.getKey() + " WHERE Id IN :ids")
                            .bind("ids", ids);
                    try (var rows = client.get().client().query(soql)) {
                        rows.forEach(row -> found.add(new Named(row.id(), row.string("Name"), entry.getKey())));
                    }
                    keep(org, found, ids);
                    read += ids.size();
                }
            }
        } catch (RuntimeException e) {
            log.warn("Reading Salesforce names for user {} failed: {}", userId, e.toString());
        }
        return read;
    }

    /**
     * Keeps what was found under its id, and each id asked for under its own form (15 or 18
     * characters): with the name found for it, or as unreadable (deleted, or not shared with the rep).
     */
    private void keep(String orgId, List<Named> found, List<String> asked) {
        var now = clock.instant();
        var rows = new HashMap<String, SalesforceNameRepository.Row>();
        var byShortId = new HashMap<String, Named>();
        for (var named : found) {
            rows.put(named.id(), new SalesforceNameRepository.Row(named.id(), named.type(), named.name(), now));
            byShortId.put(named.id().substring(0, 15), named);
        }
        for (var id : asked) {
            var named = byShortId.get(id.substring(0, 15));
            rows.putIfAbsent(id, new SalesforceNameRepository.Row(id, LookupField.OBJECT_BY_PREFIX.get(id.substring(0, 3)),
                    named == null ? null : named.name(), now));
        }
        names.save(orgId, List.copyOf(rows.values()));
    }

    private UserClient connected(UUID userId) {
        return clients.forUser(userId).filter(c -> c.orgId() != null).orElseThrow(() -> ConflictException.conflict(
                "Connect to Salesforce first: the search reads Salesforce with your own sign-in."));
    }
}
