package com.tasksync.user;

import com.tasksync.system.JsonInput;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/tokens}: the caller's personal API tokens. Security lets in only a caller signed in
 * by password or session, never by a token, so a leaked token cannot make more of itself.
 */
@RestController
@RequestMapping("/api/tokens")
class ApiTokenController {

    private static final int NAME_MAX = 100;

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IssuedApiToken> create(@AuthenticationPrincipal SignedInUser user, @RequestBody JsonNode body) {
        var input = JsonInput.of(body, Set.of("name"), Set.of("id", "token", "createdAt", "lastUsedAt"));
        var name = input.text("name", NAME_MAX, false);
        if (name == null && !input.hasProblem("name")) {
            input.problem("name", "is required");
        } else if (name != null && name.isBlank()) {
            input.problem("name", "must not be blank");
        }
        input.throwIfInvalid();
        var issued = tokens.create(user.id(), name.strip());
        return ResponseEntity.created(URI.create("/api/tokens/" + issued.id())).body(issued);
    }

    @GetMapping
    List<ApiToken> list(@AuthenticationPrincipal SignedInUser user) {
        return tokens.list(user.id());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        tokens.revoke(user.id(), id);
        return ResponseEntity.noContent().build();
    }
}
