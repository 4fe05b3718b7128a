package org.doorstep.cases.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.doorstep.cases.BundleApplication;
import org.doorstep.cases.Case;
import org.doorstep.cases.Cases;
import org.doorstep.cases.StatusLookup;
import org.doorstep.cases.TooManyLookupsException;
import org.doorstep.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public status check for programs: the verification travels in a header, never in the address, and the same
 * limits against guessing apply as on the page.
 */
@RestController
@Tag(name = "case-status", description = "办件进度公开查询（无需登录，凭办件编号和查询码）")
class CaseStatusApiController {

    static final String VERIFICATION_HEADER = "X-Query-Code";

    private final Cases cases;

    CaseStatusApiController(Cases cases) {
        this.cases = cases;
    }

    /**
     * What anyone holding the number and the query code may see: no names of officers, no personal data.
     * {@code provisional}: the due date was counted over a year whose official holiday calendar is not out yet.
     */
    record PublicStatus(String number, String name, String state, String stateLabel, LocalDate due, boolean paused,
            boolean overdue, boolean provisional, List<PublicStep> steps, List<PublicStatus> subCases) {
    }

    record PublicStep(Instant at, String label, String unit) {
    }

    @GetMapping("/api/v1/cases/{number}/status")
    @Operation(summary = "按办件编号（或一件事申请编号）查询进度；请求头 X-Query-Code 为受理回执上的查询码或申请人身份证号后 6 位。"
            + "编号或验证信息不符时答 404（不区分哪一项不符）；同一客户端或同一编号连续查询失败过多时答 429")
    PublicStatus status(@PathVariable String number,
            @Parameter(in = ParameterIn.HEADER, name = VERIFICATION_HEADER, description = "查询码或身份证号后 6 位")
            @RequestHeader(name = VERIFICATION_HEADER, required = false) String verification,
            HttpServletRequest request) {
        StatusLookup found = cases.lookup(number, verification, request.getRemoteAddr())
                .orElseThrow(() -> new NotFoundException(Cases.LOOKUP_FAILED));
        return found.single() != null ? of(found.single()) : of(found.bundle());
    }

    @ExceptionHandler(TooManyLookupsException.class)
    ResponseEntity<ProblemDetail> throttled(TooManyLookupsException e, HttpServletRequest request) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        p.setTitle("查询过于频繁");
        p.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Retry-After", "900").body(p);
    }

    private static PublicStatus of(Case c) {
        return new PublicStatus(c.number(), c.itemName(), c.state().name(), c.state().label(), c.clock().due(),
                c.clock().paused(), c.clock().overdue(), c.clock().provisional(),
                c.timeline().stream().map(s -> new PublicStep(s.at(), s.label(),
                        s.actorUnit() == null ? "申请人" : s.actorUnit())).toList(), List.of());
    }

    private static PublicStatus of(BundleApplication b) {
        List<PublicStatus> subs = b.subCases().stream().map(CaseStatusApiController::of).toList();
        LocalDate due = b.subCases().stream().map(c -> c.clock().due()).max(Comparator.naturalOrder()).orElse(null);
        return new PublicStatus(b.number(), b.bundleName(), b.completedAt() != null ? "COMPLETED" : "IN_PROGRESS",
                b.statusLabel(), due, false, b.subCases().stream().anyMatch(c -> c.clock().overdue()),
                b.subCases().stream().anyMatch(c -> c.clock().provisional()), List.of(), subs);
    }
}
