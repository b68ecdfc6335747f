package com.tasksync.user;

import com.tasksync.system.ConflictException;
import com.tasksync.system.InvalidInputException;
import com.tasksync.system.NotFoundException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, lists and deactivates users and answers which time zone a user lives in. */
@Service
public class Users {

    private final UserRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final ApiTokenCache tokens;
    private final Clock clock;

    Users(UserRepository repository, PasswordEncoder passwordEncoder, ApiTokenCache tokens, Clock clock) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Transactional
    public UserAccount create(NewUser user) {
        if (repository.emailTaken(user.email())) {
            throw InvalidInputException.of("email", "is already in use");
        }
        var account = new UserAccount(
                UUID.randomUUID(),
                user.email().strip(),
                passwordEncoder.encode(user.password()),
                user.timeZone(),
                user.admin(),
                true,
                clock.instant());
        repository.insert(account);
        return account;
    }

    public List<UserAccount> list() {
        return repository.findAll();
    }

    public Optional<UserAccount> findByEmail(String email) {
        return repository.findByEmail(email);
    }

    public UserAccount get(UUID id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("No such user"));
    }

    public ZoneId timeZoneOf(UUID id) {
        return get(id).timeZone();
    }

    /** The user's own choice of zone; from then on no other zone is proposed to them. */
    public void changeTimeZone(UUID id, ZoneId zone) {
        repository.chooseTimeZone(id, TimeZones.canonical(zone));
    }

    /** The language the user chose for the pages, or empty while their browser's decides. */
    public Optional<Language> languageOf(UUID id) {
        return repository.languageOf(id).flatMap(Language::fromTag);
    }

    /** The user's choice of language; empty gives the choice back to the browser. */
    public void changeLanguage(UUID id, Optional<Language> language) {
        repository.chooseLanguage(id, language.map(Language::tag).orElse(null));
    }

    /** Whether the user picked their zone themselves; until then the pages may propose the browser's. */
    public boolean hasChosenTimeZone(UUID id) {
        return repository.timeZoneChosen(id);
    }

    /** The user can sign in again (with the password they had); asking again changes nothing. */
    @Transactional
    public UserAccount reactivate(UUID id) {
        if (!repository.setActive(id, true)) {
            throw new NotFoundException("No such user");
        }
        return get(id);
    }

    @Transactional
    public UserAccount deactivate(UUID id, UUID actingAdmin) {
        if (id.equals(actingAdmin)) {
            throw ConflictException.conflict("You cannot deactivate yourself.");
        }
        if (!repository.setActive(id, false)) {
            throw new NotFoundException("No such user");
        }
        tokens.forgetAllNowAndAfterCommit();
        return get(id);
    }
}
