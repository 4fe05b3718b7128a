package org.doorstep.organization.web;

import java.io.IOException;
import java.io.InputStream;

import org.doorstep.organization.Division;
import org.doorstep.organization.Organization;
import org.doorstep.organization.OrganizationExported;
import org.springframework.context.ApplicationEventPublisher;
import org.doorstep.organization.internal.CountyWorkbook;
import org.doorstep.organization.internal.ImportReport;
import org.doorstep.platform.NotAWorkbookException;
import org.doorstep.platform.Workbooks;
import org.doorstep.organization.internal.OrganizationExporter;
import org.doorstep.organization.internal.OrganizationImporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Workbook import, export and the blank template; system administrators only (the export holds the
 * whole organisation, grid workers' phones masked). The upload is read from its stream; its file name is never used.
 */
@Controller
@RequestMapping(ConsolePaths.ROOT)
@PreAuthorize("hasAuthority('ORGANIZATION_EDIT')")
class OrganizationTransferController {

    private static final Logger log = LoggerFactory.getLogger(OrganizationTransferController.class);

    private final OrganizationImporter importer;
    private final OrganizationExporter exporter;
    private final Organization organization;
    private final ApplicationEventPublisher events;

    OrganizationTransferController(OrganizationImporter importer, OrganizationExporter exporter,
            Organization organization, ApplicationEventPublisher events) {
        this.importer = importer;
        this.exporter = exporter;
        this.organization = organization;
        this.events = events;
    }

    @ModelAttribute
    void access(Model model) {
        Roles.require(Roles.EDIT);
        Roles.requireCountyLevel(organization);
        model.addAttribute("counties", organization.counties());
        model.addAttribute("maxMegabytes", CountyWorkbook.MAX_BYTES / 1024 / 1024);
    }

    @GetMapping("/import")
    String importForm() {
        return "organization/console/import";
    }

    @PostMapping("/import")
    String importWorkbook(@RequestParam(name = "file", required = false) MultipartFile file, Model model) {
        if (file == null || file.isEmpty()) {
            model.addAttribute("uploadError", "请选择要导入的 Excel 文件（.xlsx）");
            return "organization/console/import";
        }
        if (file.getSize() > CountyWorkbook.MAX_BYTES) {
            model.addAttribute("uploadError", "文件超过 10 MB，请拆分或精简后再上传");
            return "organization/console/import";
        }
        try (InputStream in = file.getInputStream()) {
            ImportReport report = importer.importWorkbook(in);
            model.addAttribute("report", report);
            log.info("Organization workbook upload: imported={}, problems={}", report.imported(), report.problems().size());
        } catch (NotAWorkbookException e) {
            model.addAttribute("uploadError", e.getMessage());
        } catch (IOException e) {
            model.addAttribute("uploadError", "读取上传文件时出错，请重新上传");
        }
        return "organization/console/import";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('ORGANIZATION_EXPORT')")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String county) {
        Division target = (county == null || county.isBlank()
                ? organization.counties().stream().findFirst()
                : organization.division(county)).orElseThrow(ConsolePaths::notFound);
        byte[] workbook;
        try {
            workbook = exporter.export(target.code());
        } catch (org.doorstep.platform.NotFoundException e) {
            throw ConsolePaths.notFound();
        }
        events.publishEvent(new OrganizationExported(target.code(), target.name() + "组织机构.xlsx"));
        return Workbooks.download(workbook, target.name() + "组织机构.xlsx");
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template() {
        return Workbooks.download(exporter.template(), "组织机构导入模板.xlsx");
    }
}
