package com.tasksync.emulator.org;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Everything the emulator knows that is not record data: orgs, users (unique usernames across
 * orgs) and their security tokens, connected apps, access-token sessions and refresh tokens.
 */
public final class Directory {

    private static final String TOKEN_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz._";

    private final EmulatorClock clock;
    // Salesforce never hands out an ID twice. Each run starts its sequence at a random point of the
    // 62^10 space, so a restarted emulator does not reissue IDs that clients of an earlier run still hold.
    private final SalesforceIds ids = new SalesforceIds(new SecureRandom().nextLong(400_000_000_000_000_000L));
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Org> orgs = new ConcurrentHashMap<>();
    private final Map<String, User> usersByUsername = new ConcurrentHashMap<>();
    private final Map<String, ConnectedApp> apps = new ConcurrentHashMap<>();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, RefreshGrant> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, String> securityTokens = new ConcurrentHashMap<>();
    private final List<Consumer<Org>> orgListeners = new CopyOnWriteArrayList<>();

    public Directory(EmulatorClock clock) {
        this.clock = clock;
    }

    public EmulatorClock clock() {
        return clock;
    }

    public SalesforceIds ids() {
        return ids;
    }

    public Org createOrg(String name, OrgSettings settings) {
        Org org = new Org(ids.next("00D"), name, clock.now(), settings, ids, clock);
        orgListeners.forEach(listener -> listener.accept(org));
        orgs.put(org.id(), org);
        return org;
    }

    /** Runs {@code listener} on every org created from now on, before the org can be looked up. */
    public void onOrgCreated(Consumer<Org> listener) {
        orgListeners.add(listener);
    }

    public Optional<Org> org(String id) {
        String canonical = SalesforceIds.canonical(id);
        return Optional.ofNullable(canonical == null ? null : orgs.get(canonical));
    }

    public Collection<Org> orgs() {
        return orgs.values();
    }

    public User createUser(Org org, String username, String password, String email, String firstName, String lastName,
            String timeZoneSidKey) {
        User user = new User(ids.next("005"), org.id(), username, password, email, firstName, lastName,
                timeZoneSidKey == null ? org.settings().timeZoneSidKey() : timeZoneSidKey, true);
        if (usersByUsername.putIfAbsent(username.toLowerCase(), user) != null) {
            throw new IllegalArgumentException("DUPLICATE_USERNAME: " + username);
        }
        org.access().grant(user.id(), AccessControl.STANDARD_USER);
        securityTokens.put(user.id(), newSecurityToken());
        org.addUser(user);
        return user;
    }

    /** The user's security token: what the password grant accepts after the password. */
    public String securityToken(String userId) {
        return securityTokens.get(userId);
    }

    /** Sets the user's security token, or a fresh random one when {@code token} is null, as a reset does; returns it. */
    public String resetSecurityToken(String userId, String token) {
        String value = token == null ? newSecurityToken() : token;
        securityTokens.put(userId, value);
        return value;
    }

    private String newSecurityToken() {
        StringBuilder sb = new StringBuilder(24);
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        for (int i = 0; i < 24; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    public Optional<User> userByUsername(String username) {
        return Optional.ofNullable(username == null ? null : usersByUsername.get(username.toLowerCase()));
    }

    public ConnectedApp registerApp(String name, List<String> redirectUris, java.security.PublicKey certificateKey,
            String runAsUserId) {
        return registerApp(new ConnectedApp(name, "3MVG9" + token(80), HexFormat.of().formatHex(bytes(32)).toUpperCase(),
                List.copyOf(redirectUris), certificateKey, runAsUserId));
    }

    /** Registers an app with the keys it brings (the demo org's are fixed); a client id is taken only once. */
    public ConnectedApp registerApp(ConnectedApp app) {
        if (apps.putIfAbsent(app.clientId(), app) != null) {
            throw new IllegalArgumentException("DUPLICATE_CLIENT_ID: " + app.clientId());
        }
        return app;
    }

    public void unregisterApp(String clientId) {
        apps.remove(clientId);
    }

    public Optional<ConnectedApp> app(String clientId) {
        return Optional.ofNullable(clientId == null ? null : apps.get(clientId));
    }

    public Collection<ConnectedApp> apps() {
        return apps.values();
    }

    /** A new session for the user; its token is {@code <orgId15>!<opaque>} as Salesforce's are. */
    public Session openSession(User user, String clientId) {
        Org org = orgs.get(user.orgId());
        Session session = new Session(org.id15() + "!" + token(96), org, user, clientId, clock.now());
        sessions.put(session.accessToken(), session);
        return session;
    }

    /** The live session of an access token; expired and revoked ones are removed and answer empty. */
    public Optional<Session> session(String accessToken) {
        Session session = accessToken == null ? null : sessions.get(accessToken);
        if (session == null) {
            return Optional.empty();
        }
        if (session.expired(clock.now())) {
            sessions.remove(accessToken);
            return Optional.empty();
        }
        return Optional.of(session);
    }

    public void revokeSession(String accessToken) {
        Session session = sessions.remove(accessToken);
        if (session != null) {
            session.revoke();
        }
    }

    public String issueRefreshToken(User user, String clientId) {
        Org org = orgs.get(user.orgId());
        String token = "5Aep861" + token(80);
        refreshTokens.put(token, new RefreshGrant(token, org.id(), user.id(), clientId));
        return token;
    }

    public Optional<RefreshGrant> refreshGrant(String token) {
        return Optional.ofNullable(token == null ? null : refreshTokens.get(token));
    }

    /** Revoking a refresh token also ends every session its user holds through that client. */
    public void revokeRefreshToken(String token) {
        RefreshGrant grant = refreshTokens.remove(token);
        if (grant != null) {
            sessions.values().removeIf(s -> {
                boolean mine = s.user().id().equals(grant.userId()) && grant.clientId().equals(s.clientId());
                if (mine) {
                    s.revoke();
                }
                return mine;
            });
        }
    }

    /** The live sessions a user holds, newest first not guaranteed. */
    public List<Session> sessionsOf(String userId) {
        return sessions.values().stream().filter(s -> s.user().id().equals(userId) && !s.expired(clock.now())).toList();
    }

    /** Forgets every org, user, connected app, session and refresh token. */
    public void clear() {
        sessions.values().forEach(Session::revoke);
        sessions.clear();
        refreshTokens.clear();
        securityTokens.clear();
        apps.clear();
        usersByUsername.clear();
        orgs.clear();
    }

    public String token(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(TOKEN_CHARS.charAt(random.nextInt(TOKEN_CHARS.length())));
        }
        return sb.toString();
    }

    public byte[] bytes(int n) {
        byte[] out = new byte[n];
        random.nextBytes(out);
        return out;
    }

    public Instant now() {
        return clock.now();
    }

    /** A refresh token: for which user of which org, issued to which client. */
    public record RefreshGrant(String token, String orgId, String userId, String clientId) {
    }
}
