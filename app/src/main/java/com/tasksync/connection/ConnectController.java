package com.tasksync.connection;

import com.tasksync.system.PublicUrls;
import com.tasksync.user.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Settings page's Salesforce buttons: Connect sends the browser to the login host's
 * authorize page, the callback checks {@code state} and exchanges the code, Disconnect forgets
 * the connection. Every outcome lands back on Settings with a message in the page's language
 * (what Salesforce said stays as it came). The callback address
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
    private final PageWords words;

    ConnectController(ConnectFlow flow, PublicUrls urls, ConnectionProperties properties,
            OrgIntegrations integrations, MessageSource messages) {
        this.words = new PageWords(messages);
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
            flash.addFlashAttribute("error", words.get("settings.connect.no-login-host"));
            return back;
        }
        var callback = properties.redirectUri() != null
                ? Optional.of(properties.redirectUri())
                : urls.of(request, CALLBACK);
        if (callback.isEmpty()) {
            log.warn("Connect refused: tasksync.base-url is not set and the request came to {}",
                    request.getServerName());
            flash.addFlashAttribute("error", words.get("settings.connect.no-public-address"));
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
            flash.addFlashAttribute("error", words.get("settings.connect.unmatched"));
        } else if (error != null || code == null) {
            flash.addFlashAttribute("error", words.get("settings.connect.refused",
                    whatSalesforceSaid(error, errorDescription)));
        } else {
            try {
                var connection = flow.finish(user.id(), pending, code);
                flash.addFlashAttribute("notice", words.get("settings.connect.connected", connection.username()));
            } catch (RuntimeException e) {
                log.warn("Salesforce token exchange for user {} failed: {}", user.id(), e.getMessage());
                flash.addFlashAttribute("error", words.get("settings.connect.not-accepted", e.getMessage()));
            }
        }
        return "redirect:/settings";
    }

    private String integrationCallback(SignedInUser user, PendingAuthorization pending, String code, String error,
            String errorDescription, RedirectAttributes flash) {
        if (!user.admin()) {
            flash.addFlashAttribute("error", words.get("settings.connect.integration.admins-only"));
            return "redirect:/settings";
        }
        if (error != null || code == null) {
            flash.addFlashAttribute("error", words.get("settings.connect.integration.refused",
                    whatSalesforceSaid(error, errorDescription)));
            return "redirect:" + ADMIN_PAGE;
        }
        try {
            var integration = integrations.connect(properties.loginHost(), flow.exchange(pending, code), user.id());
            flash.addFlashAttribute("notice", words.get("settings.connect.integration.connected",
                    integration.username(), integration.orgId()));
        } catch (RuntimeException e) {
            log.warn("Connecting an integration user failed: {}", e.getMessage());
            flash.addFlashAttribute("error", words.get("settings.connect.not-accepted", e.getMessage()));
        }
        return "redirect:" + ADMIN_PAGE;
    }

    /** The client-credentials flow: no sign-in page; Salesforce answers for the app's run-as user. */
    @PostMapping(ADMIN_PAGE + "/connect-client-credentials")
    String connectClientCredentials(@AuthenticationPrincipal SignedInUser user, RedirectAttributes flash) {
        if (!flow.available()) {
            flash.addFlashAttribute("error", words.get("settings.connect.no-login-host"));
            return "redirect:" + ADMIN_PAGE;
        }
        try {
            var integration = flow.connectIntegrationWithClientCredentials(user.id());
            flash.addFlashAttribute("notice", words.get("settings.connect.integration.connected-run-as",
                    integration.username(), integration.orgId()));
        } catch (RuntimeException e) {
            log.warn("Connecting an integration user with client credentials failed: {}", e.getMessage());
            flash.addFlashAttribute("error", words.get("settings.connect.integration.client-credentials-refused",
                    e.getMessage()));
        }
        return "redirect:" + ADMIN_PAGE;
    }

    @PostMapping(ADMIN_PAGE + "/verify-app")
    String verifyApp(HttpServletRequest request, RedirectAttributes flash) {
        if (!flow.available()) {
            flash.addFlashAttribute("error", words.get("settings.connect.no-login-host"));
            return "redirect:" + ADMIN_PAGE;
        }
        var callback = properties.redirectUri() != null ? Optional.of(properties.redirectUri())
                : urls.of(request, CALLBACK);
        if (callback.isEmpty()) {
            flash.addFlashAttribute("error", words.get("settings.connect.set-public-address"));
            return "redirect:" + ADMIN_PAGE;
        }
        flash.addFlashAttribute("appCheck", flow.verifyApp(callback.get()));
        return "redirect:" + ADMIN_PAGE;
    }

    @PostMapping(ADMIN_PAGE + "/check")
    String check(@RequestParam String orgId, RedirectAttributes flash) {
        var checked = integrations.check(orgId);
        flash.addFlashAttribute(checked.isPresent() ? "notice" : "error", checked.isPresent()
                ? words.get("settings.connect.integration.checked", orgId)
                : words.get("settings.connect.integration.none", orgId));
        return "redirect:" + ADMIN_PAGE;
    }

    @PostMapping(ADMIN_PAGE + "/disconnect")
    String disconnectIntegration(@RequestParam String orgId, RedirectAttributes flash) {
        flash.addFlashAttribute("notice", integrations.disconnect(orgId)
                ? words.get("settings.connect.integration.disconnected", orgId)
                : words.get("settings.connect.integration.had-none", orgId));
        return "redirect:" + ADMIN_PAGE;
    }

    @PostMapping("/settings/salesforce/disconnect")
    String disconnect(@AuthenticationPrincipal SignedInUser user, RedirectAttributes flash) {
        flow.disconnect(user.id());
        flash.addFlashAttribute("notice", words.get("settings.connect.disconnected"));
        return "redirect:/settings";
    }

    /** Salesforce's own description of a refused sign-in, else its error code, else that no code came. */
    private String whatSalesforceSaid(String error, String errorDescription) {
        return errorDescription != null ? errorDescription
                : error != null ? error : words.get("settings.connect.no-code");
    }

    /**
     * The messages' text from the pages' bundles ({@code settings.connect.*}) in the page's language, as the
     * pages' own {@code Words} gives it (a module below the pages cannot use that one).
     */
    private record PageWords(MessageSource messages) {

        String get(String key, Object... args) {
            return messages.getMessage(key, args, LocaleContextHolder.getLocale());
        }
    }
}
