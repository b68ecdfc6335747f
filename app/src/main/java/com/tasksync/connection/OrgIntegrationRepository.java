package com.tasksync.connection;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/** The {@code org_integration} table: one integration user per org, tokens encrypted, with its last check. */
@Repository
class OrgIntegrationRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final TokenCipher cipher;

    OrgIntegrationRepository(JdbcClient jdbc, TokenCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Stores the org's integration user; a different user than before starts with no check. */
    void save(URI loginHost, SalesforceTokens tokens, UUID connectedBy, Instant at) {
        jdbc.sql("""
                insert into org_integration (org_id, login_host, instance_url, salesforce_user_id, username,
                    access_token, refresh_token, connected_by, connected_at)
                values (:orgId, :loginHost, :instanceUrl, :sfUserId, :username, :access, :refresh, :by, :at)
                on conflict (org_id) do update set login_host = excluded.login_host,
                    instance_url = excluded.instance_url, username = excluded.username,
                    access_token = excluded.access_token, refresh_token = excluded.refresh_token,
                    connected_by = excluded.connected_by, connected_at = excluded.connected_at,
                    checked_at = case when org_integration.salesforce_user_id = excluded.salesforce_user_id
                        then org_integration.checked_at end,
                    check_lines = case when org_integration.salesforce_user_id = excluded.salesforce_user_id
                        then org_integration.check_lines end,
                    reads_org = org_integration.reads_org
                        and org_integration.salesforce_user_id = excluded.salesforce_user_id,
                    change_events = org_integration.change_events
                        and org_integration.salesforce_user_id = excluded.salesforce_user_id,
                    reads_org_since = case when org_integration.salesforce_user_id = excluded.salesforce_user_id
                        then org_integration.reads_org_since end,
                    salesforce_user_id = excluded.salesforce_user_id
                """)
                .param("orgId", tokens.organizationId())
                .param("loginHost", loginHost.toString())
                .param("instanceUrl", tokens.instanceUrl().toString())
                .param("sfUserId", tokens.salesforceUserId())
                .param("username", tokens.username())
                .param("access", cipher.encrypt(tokens.accessToken()))
                .param("refresh", tokens.refreshToken() == null ? null : cipher.encrypt(tokens.refreshToken()))
                .param("by", connectedBy)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** Stores renewed tokens, unless the org's integration user changed in the meantime. */
    void saveTokens(SalesforceTokens tokens) {
        jdbc.sql("""
                update org_integration set access_token = :access, refresh_token = coalesce(:refresh, refresh_token),
                    instance_url = :instanceUrl
                where org_id = :orgId and salesforce_user_id = :sfUserId
                """)
                .param("orgId", tokens.organizationId())
                .param("sfUserId", tokens.salesforceUserId())
                .param("instanceUrl", tokens.instanceUrl().toString())
                .param("access", cipher.encrypt(tokens.accessToken()))
                .param("refresh", tokens.refreshToken() == null ? null : cipher.encrypt(tokens.refreshToken()))
                .update();
    }

    /** Stores a check's result; the time org-level reads were first allowed stays while they stay allowed. */
    void saveCheck(String orgId, IntegrationCheck check) {
        jdbc.sql("""
                update org_integration set checked_at = :at, check_lines = cast(:lines as jsonb),
                    reads_org = :readsOrg, change_events = :changeEvents,
                    reads_org_since = case when not :readsOrg then null
                        when reads_org and reads_org_since is not null then reads_org_since else :at end
                where org_id = :orgId
                """)
                .param("orgId", orgId)
                .param("at", check.checkedAt().atOffset(ZoneOffset.UTC))
                .param("lines", JSON.writeValueAsString(check.lines()))
                .param("readsOrg", check.readsOrg())
                .param("changeEvents", check.changeEvents())
                .update();
    }

    /** The last check still holds: its View All Data line was confirmed again at {@code at}. */
    void confirmed(String orgId, Instant at) {
        jdbc.sql("update org_integration set checked_at = :at where org_id = :orgId and reads_org")
                .param("orgId", orgId).param("at", at.atOffset(ZoneOffset.UTC)).update();
    }

    Optional<OrgIntegration> find(String orgId) {
        return jdbc.sql("select * from org_integration where org_id = :orgId").param("orgId", orgId)
                .query(OrgIntegrationRepository::map).optional();
    }

    List<OrgIntegration> all() {
        return jdbc.sql("select * from org_integration order by org_id").query(OrgIntegrationRepository::map).list();
    }

    Optional<SalesforceTokens> tokens(String orgId) {
        return jdbc.sql("select * from org_integration where org_id = :orgId")
                .param("orgId", orgId)
                .query((rs, row) -> ConnectionRepository.tokens(rs, cipher))
                .optional();
    }

    boolean delete(String orgId) {
        return jdbc.sql("delete from org_integration where org_id = :orgId").param("orgId", orgId).update() == 1;
    }

    private static OrgIntegration map(ResultSet rs, int row) throws SQLException {
        var checkedAt = rs.getObject("checked_at", OffsetDateTime.class);
        IntegrationCheck check = null;
        if (checkedAt != null && rs.getString("check_lines") != null) {
            check = new IntegrationCheck(checkedAt.toInstant(), lines(rs.getString("check_lines")),
                    rs.getBoolean("reads_org"), rs.getBoolean("change_events"));
        }
        var since = rs.getObject("reads_org_since", OffsetDateTime.class);
        return new OrgIntegration(
                rs.getString("org_id"),
                URI.create(rs.getString("login_host")),
                URI.create(rs.getString("instance_url")),
                rs.getString("salesforce_user_id"),
                rs.getString("username"),
                rs.getObject("connected_by", UUID.class),
                rs.getObject("connected_at", OffsetDateTime.class).toInstant(),
                check,
                since == null ? null : since.toInstant());
    }

    private static List<IntegrationCheck.Line> lines(String json) {
        var out = new ArrayList<IntegrationCheck.Line>();
        for (JsonNode line : (ArrayNode) JSON.readTree(json)) {
            out.add(new IntegrationCheck.Line(line.path("key").asString(), line.path("title").asString(),
                    IntegrationCheck.Outcome.valueOf(line.path("outcome").asString()), line.path("detail").asString()));
        }
        return out;
    }
}
