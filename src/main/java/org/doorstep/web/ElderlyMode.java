package org.doorstep.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 适老化: a visitor switches to larger type and spacing; the choice is kept in a cookie for a year, so it survives
 * sign-in and works without JavaScript.
 */
@Controller
@ControllerAdvice
class ElderlyMode {

    static final String COOKIE = "doorstep_elderly";

    @ModelAttribute("elderly")
    boolean elderly(HttpServletRequest request) {
        return isOn(request);
    }

    /** Whether the visitor chose 长辈模式 (part of a cached page's key: it changes the markup). */
    static boolean isOn(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return false;
        }
        for (Cookie c : request.getCookies()) {
            if (COOKIE.equals(c.getName()) && "1".equals(c.getValue())) {
                return true;
            }
        }
        return false;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    @PostMapping("/preferences/elderly")
    String toggle(@RequestParam(defaultValue = "false") boolean on, @RequestParam(defaultValue = "/") String back,
            HttpServletResponse response) {
        Cookie cookie = new Cookie(COOKIE, on ? "1" : "0");
        cookie.setPath("/");
        cookie.setMaxAge(on ? 365 * 24 * 3600 : 0);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        return "redirect:" + LocalPath.orHome(back);
    }
}
