package org.doorstep.organization.web;

import org.doorstep.organization.Department;
import org.doorstep.organization.Division;
import org.doorstep.organization.Grid;
import org.doorstep.organization.GridWorker;
import org.doorstep.organization.Venue;
import org.doorstep.organization.Window;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The console addresses of the organisation pages, and where each kind of record is shown. */
final class ConsolePaths {

    static final String ROOT = "/console/organization";

    private ConsolePaths() {
    }

    static String division(String code) {
        return ROOT + "/divisions/" + code;
    }

    static String venue(String code) {
        return ROOT + "/venues/" + code;
    }

    static String grid(String code) {
        return ROOT + "/grids/" + code;
    }

    /** The page that lists a record, to return to after saving it. */
    static String pageOf(Object record) {
        if (record instanceof Division d) {
            return division(d.code());
        } else if (record instanceof Department d) {
            return division(d.divisionCode());
        } else if (record instanceof Venue v) {
            return venue(v.code());
        } else if (record instanceof Window w) {
            return venue(w.venueCode());
        } else if (record instanceof Grid g) {
            return grid(g.code());
        } else if (record instanceof GridWorker w) {
            return grid(w.gridCode());
        }
        return ROOT;
    }

    /** A page for an unknown code is a 404, shown with the site's error page. */
    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
