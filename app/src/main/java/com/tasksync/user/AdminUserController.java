package com.tasksync.user;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code /api/admin/users}: admins add, list and deactivate users. Security lets only admins in. */
@RestController
@RequestMapping("/api/admin/users")
class AdminUserController {

    private final Users users;

    AdminUserController(Users users) {
        this.users = users;
    }

    @GetMapping
    List<UserAccount> list() {
        return users.list();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UserAccount> create(@RequestBody JsonNode body) {
        var created = users.create(NewUserReader.read(body));
        return ResponseEntity.created(URI.create("/api/admin/users/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    UserAccount get(@PathVariable UUID id) {
        return users.get(id);
    }

    @PostMapping("/{id}/reactivate")
    UserAccount reactivate(@PathVariable UUID id) {
        return users.reactivate(id);
    }

    @PostMapping("/{id}/deactivate")
    UserAccount deactivate(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser admin) {
        return users.deactivate(id, admin.id());
    }
}
