package org.doorstep.disclosure.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletResponse;

import org.doorstep.disclosure.Attachment;
import org.doorstep.disclosure.CatalogueNode;
import org.doorstep.disclosure.Disclosure;
import org.doorstep.disclosure.DocumentPage;
import org.doorstep.disclosure.DocumentState;
import org.doorstep.disclosure.GovDocument;
import org.doorstep.organization.Division;
import org.doorstep.platform.NotFoundException;
import org.doorstep.platform.PublicUrl;
import org.doorstep.platform.QrCodes;
import org.doorstep.web.CachedPage;
import org.doorstep.web.PageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

/** The public side of 政务公开: governments, catalogues, document pages, attachments, feeds and the sitemap. */
@Controller
class DisclosurePortalController {

    static final int PAGE_SIZE = 20;

    private final Disclosure disclosure;

    DisclosurePortalController(Disclosure disclosure) {
        this.disclosure = disclosure;
    }

    @CachedPage({PageSource.DISCLOSURE, PageSource.ORGANIZATION})
    @GetMapping("/disclosure")
    String governments(Model model) {
        model.addAttribute("governments", disclosure.governments());
        model.addAttribute("latest", disclosure.publicDocuments(null, 1, 10).items());
        return "disclosure/portal/governments";
    }

    @CachedPage({PageSource.DISCLOSURE, PageSource.ORGANIZATION})
    @GetMapping("/disclosure/governments/{code}")
    String catalogue(@PathVariable String code, Model model) {
        Division government = disclosure.government(code);
        model.addAttribute("government", government);
        model.addAttribute("governmentName", Disclosure.governmentName(government));
        model.addAttribute("tree", CatalogueTree.flatten(disclosure.catalogue(code)));
        return "disclosure/portal/catalogue";
    }

    @CachedPage({PageSource.DISCLOSURE, PageSource.ORGANIZATION})
    @GetMapping("/disclosure/nodes/{id}")
    String node(@PathVariable long id, @RequestParam(defaultValue = "1") int page, Model model) {
        CatalogueNode node = publicNode(id);
        Division government = disclosure.government(node.divisionCode());
        model.addAttribute("node", node);
        model.addAttribute("government", government);
        model.addAttribute("governmentName", Disclosure.governmentName(government));
        model.addAttribute("page", disclosure.publicDocuments(id, page, PAGE_SIZE));
        return "disclosure/portal/node";
    }

    @CachedPage({PageSource.DISCLOSURE, PageSource.ORGANIZATION})
    @GetMapping("/disclosure/documents/{id}")
    String document(@PathVariable long id, Model model, HttpServletResponse response) {
        GovDocument d = disclosure.publicDocument(id).orElseThrow(DisclosurePortalController::notFound);
        if (d.state() == DocumentState.WITHDRAWN) {
            // Gone for search engines and caches; readers still see the notice with the reason (never the text).
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        model.addAttribute("doc", d);
        model.addAttribute("government", disclosure.government(d.divisionCode()));
        model.addAttribute("nodes", d.nodeIds().stream().map(disclosure::node).flatMap(java.util.Optional::stream)
                .toList());
        model.addAttribute("interpretations", disclosure.interpretationsOf(id));
        model.addAttribute("policy", d.interpretsId() == null ? null
                : disclosure.publicDocument(d.interpretsId()).filter(p -> p.state().isPublic()).orElse(null));
        model.addAttribute("revisions", disclosure.revisions(id));
        return "disclosure/portal/document";
    }

    @GetMapping(value = "/disclosure/documents/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable long id) {
        disclosure.publicDocument(id).orElseThrow(DisclosurePortalController::notFound);
        return QrCodes.forPage("/disclosure/documents/" + id);
    }

    @GetMapping("/disclosure/documents/{id}/files/{sha256}")
    void attachment(@PathVariable long id, @PathVariable String sha256, HttpServletResponse response)
            throws IOException {
        Attachment[] found = new Attachment[1];
        try (InputStream in = disclosure.openPublicAttachment(id, sha256, found)) {
            Attachment a = found[0];
            response.setContentType(a.type().mediaType());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Disposition", ContentDisposition.attachment()
                    .filename(downloadName(a), StandardCharsets.UTF_8).build().toString());
            response.setContentLengthLong(a.size());
            try (OutputStream out = response.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }

    /** The display name as a plain file name with the extension of the real type, never a path. */
    static String downloadName(Attachment a) {
        String name = a.displayName().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceAll("^[.\\s]+", "");
        String ext = "." + a.type().extension();
        if (name.isBlank()) {
            name = "附件";
        }
        return name.toLowerCase().endsWith(ext) ? name : name + ext;
    }

    @CachedPage({PageSource.DISCLOSURE, PageSource.ORGANIZATION})
    @GetMapping(value = "/disclosure/nodes/{id}/feed.atom", produces = "application/atom+xml;charset=UTF-8")
    ResponseEntity<String> feed(@PathVariable long id) {
        CatalogueNode node = publicNode(id);
        DocumentPage page = disclosure.publicDocuments(id, 1, 50);
        String base = PublicUrl.base();
        Instant updated = page.items().stream().map(GovDocument::publishedAt).filter(java.util.Objects::nonNull)
                .max(Instant::compareTo).orElse(Instant.EPOCH);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n")
                .append("  <title>").append(esc(Disclosure.governmentName(disclosure.government(node.divisionCode()))
                        + " · " + node.name())).append("</title>\n")
                .append("  <id>").append(esc(base + "/disclosure/nodes/" + id)).append("</id>\n")
                .append("  <link rel=\"self\" href=\"").append(esc(base + "/disclosure/nodes/" + id + "/feed.atom"))
                .append("\"/>\n")
                .append("  <link href=\"").append(esc(base + "/disclosure/nodes/" + id)).append("\"/>\n")
                .append("  <updated>").append(atomTime(updated)).append("</updated>\n");
        for (GovDocument d : page.items()) {
            String url = base + d.path();
            String text = d.bodyText();
            xml.append("  <entry>\n")
                    .append("    <title>").append(esc(d.title())).append("</title>\n")
                    .append("    <id>").append(esc(url)).append("</id>\n")
                    .append("    <link href=\"").append(esc(url)).append("\"/>\n")
                    .append("    <updated>").append(atomTime(d.publishedAt() == null ? updated : d.publishedAt()))
                    .append("</updated>\n")
                    .append("    <author><name>").append(esc(d.publisherName())).append("</name></author>\n")
                    .append("    <summary>").append(esc(text.length() > 200 ? text.substring(0, 200) + "…" : text))
                    .append("</summary>\n")
                    .append("  </entry>\n");
        }
        xml.append("</feed>\n");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(xml.toString());
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> sitemap() {
        String base = PublicUrl.base();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        url(xml, base + "/", null);
        url(xml, base + "/disclosure", null);
        for (Division g : disclosure.governments()) {
            url(xml, base + "/disclosure/governments/" + g.code(), null);
        }
        for (var d : disclosure.allPublished()) {
            url(xml, base + d.urlPath(), d.publishedOn() == null ? null : d.publishedOn().toString());
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
    }

    private static void url(StringBuilder xml, String loc, String lastmod) {
        xml.append("  <url><loc>").append(esc(loc)).append("</loc>");
        if (lastmod != null) {
            xml.append("<lastmod>").append(lastmod).append("</lastmod>");
        }
        xml.append("</url>\n");
    }

    private CatalogueNode publicNode(long id) {
        return disclosure.node(id).orElseThrow(() -> new NotFoundException("没有这个目录栏目"));
    }

    static NotFoundException notFound() {
        return new NotFoundException("没有这个文件，或该文件尚未公开");
    }

    private static String esc(String s) {
        // XML 1.0 forbids most control characters; drop them so a stray one cannot break the feed.
        return HtmlUtils.htmlEscape(s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", ""), "UTF-8");
    }

    private static String atomTime(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.atOffset(ZoneOffset.UTC).toInstant());
    }

}
