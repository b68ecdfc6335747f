package com.tasksync.web;

import com.tasksync.connection.ConnectFlow;
import com.tasksync.connection.ConnectionProperties;
import com.tasksync.connection.Connections;
import com.tasksync.connection.OrgIntegration;
import com.tasksync.connection.OrgIntegrations;
import com.tasksync.enable.OrgChange;
import com.tasksync.sync.OrgReadings;
import com.tasksync.sync.SyncSettings;
import com.tasksync.sync.SyncState;
import com.tasksync.system.ConflictException;
import com.tasksync.system.PublicUrls;
import com.tasksync.user.Language;
import com.tasksync.user.SignedInUser;
import com.tasksync.user.TimeZones;
import com.tasksync.user.Users;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings: the time zone, the Salesforce connection, and the "Sync tasks with Salesforce"
 * switch with the sync state, whose fragment the page polls while a first sync runs.
 */
@Controller
class SettingsPage {


    private final Users users;
    private final SyncSettings sync;
    private final Connections connections;
    private final ConnectFlow salesforce;
    private final ObjectProvider<OrgReadings> readings;
    private final ConnectionProperties properties;
    private final PublicUrls urls;
    private final OrgChange orgChange;
    private final Words words;
    private final OrgIntegrations integrations;

    SettingsPage(Words words, OrgIntegrations integrations, Users users, SyncSettings sync, Connections connections, ConnectFlow salesforce,
            ObjectProvider<OrgReadings> readings, ConnectionProperties properties, PublicUrls urls,
            OrgChange orgChange) {
        this.words = words;
        this.integrations = integrations;
        this.orgChange = orgChange;
        this.properties = properties;
        this.urls = urls;
        this.users = users;
        this.sync = sync;
        this.connections = connections;
        this.salesforce = salesforce;
        this.readings = readings;
    }

    @GetMapping("/settings")
    String settings(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request, Model model) {
        var zone = users.timeZoneOf(user.id());
        model.addAttribute("zone", zone);
        model.addAttribute("zones", TimeZones.idsWith(zone));
        model.addAttribute("languages", Language.values());
        model.addAttribute("language", users.languageOf(user.id()).orElse(null));
        model.addAttribute("sync", sync.status(user.id()));
        var connection = connections.find(user.id()).orElse(null);
        model.addAttribute("connection", connection);
        model.addAttribute("connectable", salesforce.available());
        model.addAttribute("loginHost", salesforce.loginHost());
        model.addAttribute("callback", properties.redirectUri() != null ? properties.redirectUri().toString()
                : urls.of(request, "/settings/salesforce/callback").map(Object::toString).orElse(null));
        var plan = readings.getIfAvailable();
        var reading = connection == null || connection.organizationId() == null || plan == null
                ? null : plan.of(connection.organizationId());
        model.addAttribute("reading", reading);
        model.addAttribute("readingReason", reading == null ? null : SalesforceAdminPage.EngineText.reason(reading.reason(),
                integrations.find(connection.organizationId()).map(OrgIntegration::check).orElse(null), words));
        return "settings";
    }

    @GetMapping("/settings/sync-state")
    String syncState(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("zone", users.timeZoneOf(user.id()));
        model.addAttribute("sync", sync.status(user.id()));
        return "settings :: syncState";
    }

    @PostMapping("/settings/time-zone")
    String timeZone(@AuthenticationPrincipal SignedInUser user, @RequestParam String timeZone,
            RedirectAttributes flash) {
        var current = users.timeZoneOf(user.id());
        // The user's own zone is on their picker even when the list lacks it, so saving it again is fine.
        var zone = timeZone.equals(current.getId()) ? Optional.of(current) : TimeZones.find(timeZone);
        if (zone.isEmpty()) {
            flash.addFlashAttribute("error", words.get("settings.zone.unknown"));
        } else {
            users.changeTimeZone(user.id(), zone.get());
            flash.addFlashAttribute("notice", words.get("settings.zone.saved"));
        }
        return "redirect:/settings";
    }

    /** The pages' language: one of TaskSync's, or empty to let the browser choose again. */
    @PostMapping("/settings/language")
    String language(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String language,
            HttpServletRequest request, RedirectAttributes flash) {
        var chosen = Language.fromTag(language);
        if (!language.isBlank() && chosen.isEmpty()) {
            flash.addFlashAttribute("error", words.get("settings.language.unknown"));
            return "redirect:/settings";
        }
        users.changeLanguage(user.id(), chosen);
        // Said in the language just chosen: the next page speaks it.
        flash.addFlashAttribute("notice", words.in(chosen.orElseGet(() -> PageLanguage.browserLanguage(request)).locale(),
                "settings.language.saved"));
        return "redirect:/settings";
    }

    @PostMapping("/settings/org-change")
    String orgChange(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String tasks,
            RedirectAttributes flash) {
        var choice = tasks == null ? null : OrgChange.Choice.BY_NAME.get(tasks);
        if (choice == null) {
            flash.addFlashAttribute("error", words.get("settings.org-change.unknown"));
            return "redirect:/settings";
        }
        try {
            var outcome = orgChange.resolve(user.id(), choice);
            flash.addFlashAttribute("notice", choice == OrgChange.Choice.KEEP
                    ? words.get("settings.org-change.kept", outcome.unlinked())
                    : words.get("settings.org-change.sent", outcome.toSend()));
        } catch (ConflictException e) {
            flash.addFlashAttribute("error", words.get("settings.org-change.nothing-to-choose"));
        }
        return "redirect:/settings";
    }

    @PostMapping("/settings/sync/retry")
    String retrySync(@AuthenticationPrincipal SignedInUser user, RedirectAttributes flash) {
        sync.retry(user.id());
        flash.addFlashAttribute("notice", words.get("settings.sync.retrying"));
        return "redirect:/settings";
    }

    @PostMapping("/settings/sync")
    String switchSync(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) String enabled, RedirectAttributes flash) {
        var on = "true".equals(enabled) || "on".equals(enabled);
        sync.switchTo(user.id(), on);
        if (on && sync.status(user.id()).state() == SyncState.RECONNECT) {
            flash.addFlashAttribute("notice", words.get("settings.sync.on-connect"));
        } else {
            flash.addFlashAttribute("notice", on ? words.get("settings.sync.on") : words.get("settings.sync.off"));
        }
        return "redirect:/settings";
    }
}
