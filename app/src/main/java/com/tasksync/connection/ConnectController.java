package com.tasksync.connection;

import com.tasksync.system.PublicUrls;
import com.tasksync.user.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Settings page's Salesforce buttons: Connect sends the browser to the login host's
 * authorize page, the callback checks {@code state} and exchanges the code, Disconnect forgets
 * the connection. Every outcome lands back on Settings with a message. The callback address
 * comes from configuration ({@link PublicUrls}), never from the request's {@code Host} header.
 */
@Controller
class ConnectController {

    private static final Logger log = LoggerFactory.getLogger(ConnectController.class);
    private static final String PENDING = ConnectController.class.getName() + ".pending";
    private static final String CALLBACK = "/settings/salesforce/callback";

    private static final String ADMIN_PAGE = "/admin/salesforce";

    private final ConnectFlow flow;
    private final PublicUrls urls;
    private final ConnectionProperties properties;
    private final OrgIntegrations integrations;

    ConnectController(ConnectFlow flow, PublicUrls urls, ConnectionProperties properties,
            OrgIntegrations integrations) {
        this.flow = flow;
        this.urls = urls;
        this.properties = properties;
        this.integrations = integrations;
    }

    @GetMapping("/settings/salesforce/connect")
    String connect(HttpServletRequest request, HttpSession session, RedirectAttributes flash) {
        return start(request, session, flash, false);
    }

    /**
     * An admin connects the org's integration user: the same sign-in through the same callback, as the
     * integration user (sign in to Salesforce as that user, not as oneself).
     */
    @PostMapping(ADMIN_PAGE + "/connect")
    String connectIntegration(HttpServletRequest request, HttpSession session, RedirectAttributes flash) {
        return start(request, session, flash, true);
    }

    private String start(HttpServletRequest request, HttpSession session, RedirectAttributes flash,
            boolean integration) {
        var back = "redirect:" + (integration ? ADMIN_PAGE : "/settings");
        if (!flow.available()) {
            flash.addFlashAttribute("error", "No Salesforce login host is configured.");
            return back;
        }
        var callback = properties.redirectUri() != null
                ? Optional.of(properties.redirectUri())
                : urls.of(request, CALLBACK);
        if (callback.isEmpty()) {
            log.warn("Connect refused: tasksync.base-url is not set and the request came to {}",
                    request.getServerName());
            flash.addFlashAttribute("error", "TaskSync does not know its public address, so it cannot tell"
                    + " Salesforce where to send you back. An admin must set tasksync.base-url (TASKSYNC_BASE_URL)"
                    + " to the address users open, such as https://tasksync.example.com.");
            return back;
        }
        var pending = flow.start(callback.get(), integration);
        session.setAttribute(PENDING, pending);
        return "redirect:" + pending.authorizeUrl();
    }

    @GetMapping(CALLBACK)
    String callback(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String error,
            @RequestParam(name = "error_description", required = false) String errorDescription,
            HttpSession session,
            RedirectAttributes flash) {
        var pending = (PendingAuthorization) session.getAttribute(PENDING);
        session.removeAttribute(PENDING);
        if (pending != null && pending.integration() && flow.stateMatches(pending, state)) {
            return integrationCallback(user, pending, code, error, errorDescription, flash);
        }
        if (pending == null || !flow.stateMatches(pending, state)) {
            flash.addFlashAttribute("error", "That Salesforce sign-in could not be matched to this session; try again.");
        } else if (error != null || code == null) {
            flash.addFlashAttribute("error", "Salesforce did not connect: "
                    + (errorDescription != null ? errorDescription : error != null ? error : "no code"));
        } else {
            try {
                var connection = flow.finish(user.id(), pending, code);
                flash.addFlashAttribute("notice", "Connected to Salesforce as " + connection.username() + ".");
            } catch (RuntimeException e) {
                log.warn("Salesforce token exchange for user {} failed: {}", user.id(), e.getMessage());
                flash.addFlashAttribute("error", "Salesforce did not accept the sign-in: " + e.getMessage());
            }
        }
        return "redirect:/settings";
    }

    private String integrationCallback(SignedInUser user, PendingAuthorization pending, String code, String error,
            String errorDescription, RedirectAttributes flash) {
        if (!user.admin()) {
            flash.addFlashAttribute("error", "Only an admin may connect the integration user.");
            return "redirect:/settings";
        }
        if (error != null || code == null) {
            flash.addFlashAttribute("error", "Salesforce did not connect the integration user: "
                    + (errorDescription != null ? errorDescription : error != null ? error : "no code"));
            return "redirect:" + ADMIN_PAGE;
        }
        try {
            var integration = integrations.connect(properties.loginHost(), flow.exchange(pending, code), user.id());
            flash.addFlashAttribute("notice", "Connected " + integration.username() + " as the integration user of"
                    + " org " + integration.orgId() + ". The check below says what TaskSync can do with it.");
        } catch (RuntimeException e) {
            log.warn("Connecting an integration user failed: {}", e.getMessage());
            flash.addFlashAttribute("error", "Salesforce did not accept the sign-in: " + e.getMessage());
        }
        return "redirect:" + ADMIN_PAGE;
    }

    /** The client-credentials flow: no sign-in page; Salesforce answers for the app's run-as user. */
    @PostMapping(ADMIN_PAGE + "/connect-client-credentials")
    String connectClientCredentials(@AuthenticationPrincipal SignedInUser user, RedirectAttributes flash) {
        if (!flow.available()) {
            flash.addFlashAttribute("error", "No Salesforce login host is configured.");
            return "redirect:" + ADMIN_PAGE;
        }
        try {
            var integration = flow.connectIntegrationWithClientCredentials(user.id());
            flash.addFlashAttribute("notice", "Connected " + integration.username() + " (the connected app's run-as"
                    + " user) as the integration user of org " + integration.orgId() + ".");
        } catch (RuntimeException e) {
            log.warn("Connecting an integration user with client credentials failed: {}", e.getMessage());
            flash.addFlashAttribute("error", "Salesforce refused the client-credentials flow: " + e.getMessage()
                    + ". Enable it on the connected app, choose its run-as user, and use the org's My Domain as the"
                    + " login host.");
        }
        return "redirect:" + ADMIN_PAGE;
    }

    @PostMapping(ADMIN_PAGE + "/verify-app")
    String verifyApp(HttpServletRequest request, RedirectAttributes flash) {
        if (!flow.available()) {
            flash.addFlashAttribute("error", "No Salesforce login host is configured.");
            return "redirect:" + ADMIN_PAGE;
        }
        var callback = properties.redirectUri() != null ? Optional.of(properties.redirectUri())
                : urls.of(request, CALLBACK);
        if (callback.isEmpty()) {
            flash.addFlashAttribute("error", "TaskSync does not know its public address: set tasksync.base-url"
                    + " (TASKSYNC_BASE_URL) first.");
            return "redirect:" + ADMIN_PAGE;
        }
        flash.addFlashAttribute("appCheck", flow.verifyApp(callback.get()));
        return "redirect:" + ADMIN_PAGE;
    }

    @PostMapping(ADMIN_PAGE + "/check")
    String check(@RequestParam String orgId, RedirectAttributes flash) {
        var checked = integrations.check(orgId);
        flash.addFlashAttribute(checked.isPresent() ? "notice" : "error", checked.isPresent()
                ? "Checked the integration user of org " + orgId + " again."
                : "Org " + orgId + " has no integration user.");
        return "redirect:" + ADMIN_PAGE;
    }

    @PostMapping(ADMIN_PAGE + "/disconnect")
    String disconnectIntegration(@RequestParam String orgId, RedirectAttributes flash) {
        flash.addFlashAttribute("notice", integrations.disconnect(orgId)
                ? "Disconnected the integration user of org " + orgId + ". Each rep's own session reads their tasks now."
                : "Org " + orgId + " had no integration user.");
        return "redirect:" + ADMIN_PAGE;
    }

    @PostMapping("/settings/salesforce/disconnect")
    String disconnect(@AuthenticationPrincipal SignedInUser user, RedirectAttributes flash) {
        flow.disconnect(user.id());
        flash.addFlashAttribute("notice", "Disconnected from Salesforce.");
        return "redirect:/settings";
    }
}
