package org.doorstep.web;

import java.util.List;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Who is signed in, for the page header; the shown name is the display name, never an ID number or phone. */
@ControllerAdvice
class SignedInModel {

    private final List<ConsoleMenuContributor> menus;

    SignedInModel(List<ConsoleMenuContributor> menus) {
        this.menus = menus;
    }

    @ModelAttribute("signedInName")
    String signedInName() {
        Authentication auth = current();
        return auth == null ? null : DisplayName.of(auth);
    }

    @ModelAttribute("staff")
    boolean staff() {
        Authentication auth = current();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_STAFF"));
    }

    /**
     * The actions the signed-in account may take (permission names, as its authorities hold them), so that a page shows
     * only the controls the same authorities will let through: {@code ${may.contains('CATALOGUE_EDIT')}}.
     */
    @ModelAttribute("may")
    java.util.Set<String> may() {
        Authentication auth = current();
        if (auth == null) {
            return java.util.Set.of();
        }
        return auth.getAuthorities().stream().map(a -> a.getAuthority())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @ModelAttribute("consoleMenu")
    List<ConsoleMenuContributor.MenuItem> consoleMenu() {
        Authentication auth = current();
        if (auth == null) {
            return List.of();
        }
        return menus.stream().flatMap(m -> m.items().stream())
                .filter(item -> item.authority() == null || auth.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals(item.authority())))
                .sorted(java.util.Comparator.comparingInt(ConsoleMenuContributor.MenuItem::order))
                .toList();
    }

    static Authentication current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return auth;
    }
}
