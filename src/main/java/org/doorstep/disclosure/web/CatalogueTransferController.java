package org.doorstep.disclosure.web;

import java.io.IOException;
import java.io.InputStream;

import org.doorstep.disclosure.CatalogueTransfer;
import org.doorstep.disclosure.CatalogueTransfer.CatalogueImportRejected;
import org.doorstep.disclosure.CatalogueTransfer.ImportReport;
import org.doorstep.disclosure.Disclosure;
import org.doorstep.platform.InvalidInputException;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.platform.Workbooks;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The catalogue as an .xlsx workbook: export for anyone in the console, import for the government's own officer. */
@Controller
@PreAuthorize("hasAuthority('CATALOGUE_VIEW')")
class CatalogueTransferController {

    private static final String CATALOGUE = "/console/disclosure/catalogue";

    private final CatalogueTransfer transfer;
    private final Disclosure disclosure;

    CatalogueTransferController(CatalogueTransfer transfer, Disclosure disclosure) {
        this.transfer = transfer;
        this.disclosure = disclosure;
    }

    @GetMapping(CATALOGUE + "/export")
    ResponseEntity<byte[]> export(@RequestParam String division) {
        String name = Disclosure.governmentName(disclosure.government(division));
        return Workbooks.download(transfer.export(division), name + "政府信息公开标准目录.xlsx");
    }

    @PostMapping(CATALOGUE + "/import")
    @PreAuthorize("hasAuthority('CATALOGUE_EDIT')")
    String importWorkbook(@RequestParam String division, @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal StaffIdentity me,
            RedirectAttributes redirect) throws IOException {
        disclosure.government(division);
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("error", "请选择要导入的目录工作簿（.xlsx）");
        } else {
            try (InputStream in = file.getInputStream()) {
                ImportReport r = transfer.importWorkbook(division, in, reason, me);
                redirect.addFlashAttribute("message", "目录导入完成：新增 %d 个栏目，更新 %d 个，未变 %d 个"
                        .formatted(r.added(), r.updated(), r.unchanged()));
            } catch (CatalogueImportRejected e) {
                redirect.addFlashAttribute("error", e.getMessage());
                redirect.addFlashAttribute("importProblems", e.problems());
            } catch (InvalidInputException e) {
                redirect.addFlashAttribute("error", e.getMessage());
            }
        }
        return "redirect:" + CATALOGUE + "?division=" + division;
    }
}
