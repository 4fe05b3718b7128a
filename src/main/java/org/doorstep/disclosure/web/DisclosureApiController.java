package org.doorstep.disclosure.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.doorstep.disclosure.Attachment;
import org.doorstep.disclosure.CatalogueNode;
import org.doorstep.disclosure.Disclosure;
import org.doorstep.disclosure.DocumentPage;
import org.doorstep.disclosure.GovDocument;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public read side of 政务公开: catalogues and published documents. */
@RestController
@RequestMapping("/api/v1/disclosure")
@Tag(name = "政务公开", description = "标准目录与已公开的政府信息")
class DisclosureApiController {

    private final Disclosure disclosure;

    DisclosureApiController(Disclosure disclosure) {
        this.disclosure = disclosure;
    }

    /** A document as the public sees it: the metadata block, body and attachments, without review details. */
    record PublicDocument(long id, String indexNumber, String title, String documentNumber, String publisher,
            String divisionCode, LocalDate writtenOn, LocalDate publishedOn, LocalDate effectiveOn,
            LocalDate expiresOn, String validity, String repealedBy, String topic, String genre, String source,
            String keywords, List<Long> nodeIds, String body, List<Attachment> attachments, Long interpretsId, int version,
            Instant publishedAt, String url) {

        static PublicDocument of(GovDocument d) {
            return new PublicDocument(d.id(), d.indexNumber(), d.title(), d.documentNumber(), d.publisherName(),
                    d.divisionCode(), d.writtenOn(), d.publishedOn(), d.effectiveOn(), d.expiresOn(),
                    d.validity().label(), d.repealedBy(), d.topic(), d.genre(), d.source(), d.keywords(), d.nodeIds(), d.body(),
                    d.attachments(), d.interpretsId(), d.version(), d.publishedAt(), d.path());
        }
    }

    record Page(List<PublicDocument> items, int page, int size, long total, int pages) {
    }

    @GetMapping("/catalogues/{divisionCode}")
    @Operation(summary = "一级政府的标准目录（树按 parentId 组织）")
    List<CatalogueNode> catalogue(@PathVariable String divisionCode) {
        return disclosure.catalogue(divisionCode);
    }

    @GetMapping("/documents")
    @Operation(summary = "已公开的文件，可按目录栏目筛选，每页 20 条")
    Page documents(@RequestParam(required = false) Long node, @RequestParam(defaultValue = "1") int page) {
        DocumentPage p = disclosure.publicDocuments(node, page, DisclosurePortalController.PAGE_SIZE);
        return new Page(p.items().stream().map(PublicDocument::of).toList(), p.page(), p.size(), p.total(), p.pages());
    }

    @GetMapping("/documents/{id}")
    @Operation(summary = "一份已公开的文件；未公开的文件答复 404")
    PublicDocument document(@PathVariable long id) {
        return disclosure.publicDocument(id).filter(d -> d.state().isPublic()).map(PublicDocument::of)
                .orElseThrow(DisclosurePortalController::notFound);
    }
}
