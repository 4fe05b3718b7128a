package org.doorstep.cases.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.doorstep.cases.ApplicantDetails;
import org.doorstep.cases.BundleApplication;
import org.doorstep.cases.Cases;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.services.ServiceCatalogue;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The signed-in applicant's 一件事 applications: one form, parallel sub-cases, one status and one result notice. */
@RestController
@RequestMapping("/api/v1/my/bundles")
@Tag(name = "my-bundles", description = "申请人本人的一件事一次办：列表、详情（含各子办件）、一次申请")
class MyBundlesApiController {

    private final Cases cases;
    private final ServiceCatalogue catalogue;

    private final ApplicantIdentity identity;

    MyBundlesApiController(Cases cases, ServiceCatalogue catalogue, ApplicantIdentity identity) {
        this.cases = cases;
        this.catalogue = catalogue;
        this.identity = identity;
    }

    @GetMapping
    @Operation(summary = "本人的一件事申请，最新的在前")
    List<BundleApplication> list(@AuthenticationPrincipal StaffIdentity me) {
        return cases.bundlesOf(me.username());
    }

    @GetMapping("/{number}")
    @Operation(summary = "一件事申请的总状态、办结通知和各部门并联办理的子办件")
    BundleApplication detail(@AuthenticationPrincipal StaffIdentity me, @PathVariable String number) {
        return cases.bundleOf(number, me.username());
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "一次申请一件事（如 QX-YJS-QYKB 企业开办）：共用信息以 fact-<键> 参数各填一次，"
            + "材料以 materials 与 files 成对提交，各材料只交一次")
    ResponseEntity<BundleApplication> apply(@AuthenticationPrincipal StaffIdentity me,
            @RequestParam String bundleCode, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String name, @RequestParam(required = false) String idNumber,
            @RequestParam(required = false) String phone, @RequestParam(required = false) String creditCode,
            @RequestParam(required = false) String delivery, @RequestParam Map<String, String> params,
            @RequestParam(name = "materials", required = false) List<String> materials,
            @RequestParam(name = "files", required = false) List<MultipartFile> files) {
        Map<String, String> facts = new LinkedHashMap<>();
        cases.bundleFacts(catalogue.bundle(bundleCode)).keySet().forEach(k -> facts.put(k, params.get("fact-" + k)));
        BundleApplication b = cases.applyBundle(bundleCode, identity.reconcile(me, new ApplicantDetails(kind, name,
                idNumber, phone, creditCode)), facts, MyCasesController.delivery(delivery), MyCasesApiController.uploads(materials, files),
                me);
        return ResponseEntity.created(URI.create("/api/v1/my/bundles/" + b.number())).body(b);
    }
}
