package org.doorstep.services.web;

import java.io.IOException;
import java.io.InputStream;

import org.doorstep.platform.InvalidInputException;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.platform.Workbooks;
import org.doorstep.services.ItemListTransfer;
import org.doorstep.services.ItemListTransfer.ImportReport;
import org.doorstep.services.ItemListTransfer.ItemListRejected;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The item list as a workbook: any officer exports it; an administrator imports it. */
@Controller
@PreAuthorize("hasAuthority('SERVICE_VIEW')")
class ItemListTransferController {

    private final ItemListTransfer transfer;

    ItemListTransferController(ItemListTransfer transfer) {
        this.transfer = transfer;
    }

    @GetMapping(ServicesConsoleController.ROOT + "/export")
    ResponseEntity<byte[]> export() {
        return Workbooks.download(transfer.export(), "青溪县政务服务事项清单.xlsx");
    }

    @PostMapping(ServicesConsoleController.ROOT + "/import")
    @PreAuthorize("hasAuthority('SERVICE_IMPORT')")
    String importWorkbook(@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal StaffIdentity me,
            RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("error", "请选择要导入的事项清单工作簿（.xlsx）");
            return "redirect:" + ServicesConsoleController.ROOT;
        }
        try (InputStream in = file.getInputStream()) {
            ImportReport r = transfer.importWorkbook(in, me);
            redirect.addFlashAttribute("message", "事项清单导入完成：新增 %d 项，更新 %d 项，未变 %d 项"
                    .formatted(r.created(), r.updated(), r.unchanged()));
        } catch (ItemListRejected e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("importProblems", e.problems());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + ServicesConsoleController.ROOT;
    }
}
