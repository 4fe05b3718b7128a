package org.doorstep.web;

/** Redirect targets from users stay on this site: a path, never a URL to somewhere else. */
public final class LocalPath {

    private LocalPath() {
    }

    public static String orHome(String candidate) {
        if (candidate == null || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.contains("\\")
                || candidate.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        return candidate;
    }
}
