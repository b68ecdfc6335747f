package com.tasksync.web;

import com.tasksync.user.Language;
import com.tasksync.user.SignedInUser;
import com.tasksync.user.Users;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a request's page: the signed-in user's own choice, else the first language of
 * the browser's Accept-Language that TaskSync speaks, else English. Looked up once per request.
 */
@Component("localeResolver")
class PageLanguage implements LocaleResolver {

    private static final String ATTRIBUTE = PageLanguage.class.getName();

    private final Users users;

    PageLanguage(Users users) {
        this.users = users;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return of(request).locale();
    }

    /** The page's language, as {@link #resolveLocale} finds it. */
    Language of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof Language known) {
            return known;
        }
        var language = chosen().orElseGet(() -> browserLanguage(request));
        request.setAttribute(ATTRIBUTE, language);
        return language;
    }

    /** The first language of the browser's Accept-Language that TaskSync speaks; English if none. */
    static Language browserLanguage(HttpServletRequest request) {
        // Without an Accept-Language header the container offers its own default locale: not a wish.
        return request.getHeader("Accept-Language") == null ? Language.ENGLISH
                : Language.firstServing(request.getLocales());
    }

    private java.util.Optional<Language> chosen() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return users.languageOf(user.id());
        }
        return java.util.Optional.empty();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        // The choice is the user's setting, saved by the Settings page; a request cannot change it.
        throw new UnsupportedOperationException("The language is chosen on the Settings page");
    }
}
