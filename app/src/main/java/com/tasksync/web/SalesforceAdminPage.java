package com.tasksync.web;

import com.tasksync.connection.ConnectFlow;
import com.tasksync.connection.ConnectionProperties;
import com.tasksync.connection.Connections;
import com.tasksync.connection.OrgIntegration;
import com.tasksync.connection.OrgIntegrations;
import com.tasksync.sync.OrgReading;
import com.tasksync.sync.OrgReadings;
import com.tasksync.system.PublicUrls;
import com.tasksync.user.SignedInUser;
import com.tasksync.user.Users;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * For admins: each org TaskSync knows (from reps' connections and integration users), its integration
 * user with the pre-flight check line by line, how the org's changes are read and why, and the
 * change stream's state; the callback address to register on the connected app. Connecting, checking
 * and disconnecting are {@code ConnectController}'s.
 */
@Controller
class SalesforceAdminPage {

    private final OrgIntegrations integrations;
    private final Connections connections;
    private final ObjectProvider<OrgReadings> readings;
    private final ConnectFlow flow;
    private final ConnectionProperties properties;
    private final PublicUrls urls;
    private final Users users;

    SalesforceAdminPage(OrgIntegrations integrations, Connections connections, ObjectProvider<OrgReadings> readings,
            ConnectFlow flow, ConnectionProperties properties, PublicUrls urls, Users users) {
        this.users = users;
        this.integrations = integrations;
        this.connections = connections;
        this.readings = readings;
        this.flow = flow;
        this.properties = properties;
        this.urls = urls;
    }

    /** One org on the page. */
    record OrgRow(String orgId, long repsConnected, OrgIntegration integration, OrgReading reading) {
    }

    @GetMapping("/admin/salesforce")
    String page(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request, Model model) {
        model.addAttribute("zone", users.timeZoneOf(user.id()));
        var reps = connections.usersByOrg();
        var orgIds = new TreeSet<>(reps.keySet());
        integrations.all().forEach(integration -> orgIds.add(integration.orgId()));
        var reading = readings.getIfAvailable();
        var rows = new ArrayList<OrgRow>();
        for (var orgId : orgIds) {
            rows.add(new OrgRow(orgId, reps.getOrDefault(orgId, 0L), integrations.find(orgId).orElse(null),
                    reading == null ? null : reading.of(orgId)));
        }
        model.addAttribute("orgs", rows);
        model.addAttribute("connectable", flow.available());
        model.addAttribute("loginHost", flow.loginHost());
        var callback = properties.redirectUri() != null ? properties.redirectUri().toString()
                : urls.of(request, "/settings/salesforce/callback").map(Object::toString).orElse(null);
        model.addAttribute("callback", callback);
        return "salesforce-admin";
    }
}
