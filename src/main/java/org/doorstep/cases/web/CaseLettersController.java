package org.doorstep.cases.web;

import org.doorstep.cases.Case;
import org.doorstep.cases.Cases;
import org.doorstep.platform.StaffIdentity;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A case's printable letters ({@link CaseLetters}) for the applicant who applied and for staff whose scope holds the
 * case; anyone else gets the same 404 as for a case that does not exist.
 */
@Controller
class CaseLettersController {

    private final Cases cases;
    private final CaseLetters letters;

    CaseLettersController(Cases cases, CaseLetters letters) {
        this.cases = cases;
        this.letters = letters;
    }

    @GetMapping("/my/cases/{number}/letters/{kind}.pdf")
    ResponseEntity<byte[]> mine(@AuthenticationPrincipal StaffIdentity me, @PathVariable String number,
            @PathVariable String kind) {
        Case c = cases.caseOf(number, me.username());
        return letters.download(c, cases.queryCodeOf(number, me.username()), kind);
    }

    @GetMapping("/console/cases/{number}/letters/{kind}.pdf")
    @PreAuthorize("hasAuthority('CASE_VIEW')")
    ResponseEntity<byte[]> staff(@AuthenticationPrincipal StaffIdentity me, @PathVariable String number,
            @PathVariable String kind) {
        Case c = cases.forStaff(number, me);
        return letters.download(c, cases.receiptCode(number, me), kind);
    }
}
