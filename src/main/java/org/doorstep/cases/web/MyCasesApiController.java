package org.doorstep.cases.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.doorstep.cases.ApplicantDetails;
import org.doorstep.cases.Case;
import org.doorstep.cases.Cases;
import org.doorstep.cases.Upload;
import org.doorstep.platform.InvalidInputException;
import org.doorstep.platform.StaffIdentity;
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

/**
 * The signed-in applicant's cases. Materials are sent as multipart parts {@code files} with a parallel list of
 * {@code materials} naming the guide's material each file stands for; the type is checked by content.
 */
@RestController
@RequestMapping("/api/v1/my/cases")
@Tag(name = "my-cases", description = "申请人本人的办件：列表、详情、申请、补正")
class MyCasesApiController {

    private final Cases cases;
    private final ApplicantIdentity identity;

    MyCasesApiController(Cases cases, ApplicantIdentity identity) {
        this.cases = cases;
        this.identity = identity;
    }

    @GetMapping
    @Operation(summary = "本人的办件（不含一件事的子办件），最新的在前")
    List<Case> list(@AuthenticationPrincipal StaffIdentity me) {
        return cases.casesOf(me.username());
    }

    @GetMapping("/{number}")
    @Operation(summary = "一个办件的进度、一次性告知、时限和全过程记录")
    Case detail(@AuthenticationPrincipal StaffIdentity me, @PathVariable String number) {
        return cases.caseOf(number, me.username());
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "以本账号已实名核验的身份网上申请一个事项（kind、idNumber、creditCode 可省略，由账号填入；"
            + "填写了与账号不同的证件号码则拒绝；delivery 为 WINDOW、POST 或 ELECTRONIC）")
    ResponseEntity<Case> apply(@AuthenticationPrincipal StaffIdentity me, @RequestParam String itemCode,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String name,
            @RequestParam(required = false) String idNumber, @RequestParam(required = false) String phone,
            @RequestParam(required = false) String creditCode,
            @RequestParam(required = false) String delivery,
            @RequestParam(name = "materials", required = false) List<String> materials,
            @RequestParam(name = "files", required = false) List<MultipartFile> files) {
        Case c = cases.apply(itemCode, identity.reconcile(me, new ApplicantDetails(kind, name, idNumber, phone,
                        creditCode)),
                MyCasesController.delivery(delivery), uploads(materials, files), null, me);
        return ResponseEntity.created(URI.create("/api/v1/my/cases/" + c.number())).body(c);
    }

    @PostMapping(path = "/{number}/supplement", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "按一次性告知补正材料；告知书列出的每项材料都要提交，计时随即恢复")
    Case supplement(@AuthenticationPrincipal StaffIdentity me, @PathVariable String number,
            @RequestParam(name = "materials", required = false) List<String> materials,
            @RequestParam(name = "files", required = false) List<MultipartFile> files) {
        return cases.supplement(number, uploads(materials, files), null, me);
    }

    static List<Upload> uploads(List<String> materials, List<MultipartFile> files) {
        List<MultipartFile> f = files == null ? List.of() : files;
        List<String> m = materials == null ? List.of() : materials;
        if (f.size() != m.size()) {
            throw new InvalidInputException("materials", "每个文件都要对应一个材料名称（materials 与 files 数量应相同）");
        }
        List<Upload> out = new ArrayList<>();
        for (int i = 0; i < f.size(); i++) {
            try {
                out.add(new Upload(m.get(i), f.get(i).getInputStream(), f.get(i).getOriginalFilename()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
