package org.doorstep.audit.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.doorstep.audit.AuditTrail;
import org.doorstep.audit.VerificationResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "audit", description = "审计日志")
class AuditApiController {

    private final AuditTrail audit;

    AuditApiController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/verification")
    @Operation(summary = "校验审计日志哈希链的完整性（仅审计管理员和督查人员）",
            description = "用审计密钥逐条重新计算哈希、检查链接，并与签名检查点核对；valid 为 false 时 firstBrokenId 是第一条出问题的记录，"
                    + "checkpointFile 是不一致的检查点文件，problem 是中文说明。")
    VerificationResult verification() {
        AuditAccess.require();
        return audit.verify();
    }

    // Handled here because the platform's API error advice answers any other exception with a 500.
    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> notSignedIn(AuthenticationException e, HttpServletRequest request) {
        return problem(HttpStatus.UNAUTHORIZED, "需要登录", "请先登录", request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, "没有权限", e.getMessage(), request);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
            HttpServletRequest request) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        p.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
