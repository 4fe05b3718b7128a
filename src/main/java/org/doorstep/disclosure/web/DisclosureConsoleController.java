package org.doorstep.disclosure.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.doorstep.accounts.Permission;
import org.doorstep.accounts.Permissions;
import org.doorstep.disclosure.CatalogueItem;
import org.doorstep.disclosure.CatalogueNode;
import org.doorstep.disclosure.Disclosure;
import org.doorstep.disclosure.DisclosureAttribute;
import org.doorstep.disclosure.DocumentState;
import org.doorstep.disclosure.DueDocument;
import org.doorstep.disclosure.ExemptGround;
import org.doorstep.disclosure.GovDocument;
import org.doorstep.platform.FieldErrors.InvalidFieldsException;
import org.doorstep.platform.InvalidInputException;
import org.doorstep.platform.ListPage;
import org.doorstep.platform.NotFoundException;
import org.doorstep.platform.PageLinks;
import org.doorstep.platform.StaffIdentity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/** Officers draft, submit, revise and withdraw; reviewers decide; both see the Art. 26 deadlines and the catalogue. */
@Controller
@RequestMapping("/console/disclosure")
@PreAuthorize("hasAuthority('DOCUMENT_VIEW')")
class DisclosureConsoleController {

    private static final String BASE = "/console/disclosure";

    private final Disclosure disclosure;
    private final Permissions permissions;

    DisclosureConsoleController(Disclosure disclosure, Permissions permissions) {
        this.disclosure = disclosure;
        this.permissions = permissions;
    }

    @GetMapping
    String list(@RequestParam(required = false) String state, @RequestParam(required = false) String page,
            @AuthenticationPrincipal StaffIdentity me, HttpServletRequest request, Model model) {
        DocumentState filter = null;
        if (state != null && !state.isBlank()) {
            try {
                filter = DocumentState.valueOf(state);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("state", "没有这个状态");
            }
        }
        ListPage<GovDocument> documents = disclosure.documents(me, filter, ListPage.number(page));
        model.addAttribute("documents", documents);
        model.addAttribute("links", PageLinks.of(request, documents));
        model.addAttribute("states", DocumentState.values());
        model.addAttribute("state", filter);
        model.addAttribute("reviewCount", count(disclosure.reviewCount(me)));
        model.addAttribute("dueCount", count(disclosure.dueCount(me)));
        model.addAttribute("officer", permissions.may(me, Permission.DOCUMENT_EDIT));
        return "disclosure/console/list";
    }

    @GetMapping("/review")
    String review(@RequestParam(required = false) String page, @AuthenticationPrincipal StaffIdentity me,
            HttpServletRequest request, Model model) {
        ListPage<GovDocument> documents = disclosure.reviewQueue(me, ListPage.number(page));
        model.addAttribute("documents", documents);
        model.addAttribute("links", PageLinks.of(request, documents));
        return "disclosure/console/review";
    }

    @GetMapping("/due")
    String due(@RequestParam(required = false) String page, @AuthenticationPrincipal StaffIdentity me,
            HttpServletRequest request, Model model) {
        ListPage<DueDocument> due = disclosure.dueSoon(me, ListPage.number(page));
        model.addAttribute("due", due);
        model.addAttribute("links", PageLinks.of(request, due));
        return "disclosure/console/due";
    }

    /** A bounded count as shown in a link: "1,000+" beyond the cap. */
    private static String count(long counted) {
        return ListPage.of(List.of(), 1, ListPage.SIZE, counted).totalLabel();
    }

    // ---- documents

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('DOCUMENT_EDIT')")
    String newDocument(@RequestParam(required = false) Long interprets, @AuthenticationPrincipal StaffIdentity me,
            Model model) {
        DocumentForm form = new DocumentForm();
        form.setWrittenOn(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString());
        form.setInterpretsId(interprets);
        if (interprets != null) {
            form.setGenre("解读");
        }
        return form(form, null, "create", me, model);
    }

    @PostMapping("/documents")
    @PreAuthorize("hasAuthority('DOCUMENT_EDIT')")
    String create(@ModelAttribute("form") DocumentForm form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @AuthenticationPrincipal StaffIdentity me, Model model, RedirectAttributes redirect) throws IOException {
        GovDocument d;
        try {
            d = disclosure.create(form.toDraft(), me);
        } catch (InvalidFieldsException e) {
            model.addAttribute("errors", e.errors());
            return form(form, null, "create", me, model);
        }
        attachAll(d.id(), files, me, redirect);
        redirect.addFlashAttribute("message", "草稿已保存，索引号 " + d.indexNumber());
        return "redirect:" + BASE + "/documents/" + d.id();
    }

    @GetMapping("/documents/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal StaffIdentity me, Model model) {
        GovDocument d = disclosure.staffDocument(id, me);
        model.addAttribute("doc", d);
        model.addAttribute("nodes", d.nodeIds().stream().map(disclosure::node)
                .flatMap(java.util.Optional::stream).toList());
        model.addAttribute("due", disclosure.art26Due(d));
        model.addAttribute("revisions", disclosure.revisions(id));
        model.addAttribute("reviews", disclosure.reviews(id));
        model.addAttribute("officer", permissions.may(me, Permission.DOCUMENT_EDIT));
        model.addAttribute("canReview", permissions.may(me, Permission.DOCUMENT_REVIEW)
                && d.state() == DocumentState.SUBMITTED && !d.author().equals(me.username()));
        return "disclosure/console/detail";
    }

    @GetMapping("/documents/{id}/edit")
    @PreAuthorize("hasAuthority('DOCUMENT_EDIT')")
    String edit(@PathVariable long id, @RequestParam(defaultValue = "update") String mode,
            @AuthenticationPrincipal StaffIdentity me, Model model) {
        GovDocument d = disclosure.staffDocument(id, me);
        return form(DocumentForm.of(d), d, "revise".equals(mode) ? "revise" : "update", me, model);
    }

    @PostMapping("/documents/{id}")
    @PreAuthorize("hasAuthority('DOCUMENT_EDIT')")
    String update(@PathVariable long id, @ModelAttribute("form") DocumentForm form,
            @RequestParam(defaultValue = "update") String mode,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @AuthenticationPrincipal StaffIdentity me, Model model, RedirectAttributes redirect) throws IOException {
        GovDocument d = disclosure.staffDocument(id, me);
        boolean revise = "revise".equals(mode);
        try {
            if (revise) {
                disclosure.revise(id, form.toDraft(), form.getNote(), me);
            } else {
                disclosure.update(id, form.toDraft(), me);
            }
        } catch (InvalidFieldsException e) {
            model.addAttribute("errors", e.errors());
            return form(form, d, revise ? "revise" : "update", me, model);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", java.util.Map.of(e.field() == null ? "title" : e.field(), e.getMessage()));
            return form(form, d, revise ? "revise" : "update", me, model);
        }
        if (!revise) {
            attachAll(id, files, me, redirect);
        }
        redirect.addFlashAttribute("message", revise ? "已发布修订版本" : "已保存");
        return "redirect:" + BASE + "/documents/" + id;
    }

    @PostMapping("/documents/{id}/attachments")
    @PreAuthorize("hasAuthority('DOCUMENT_EDIT')")
    String attach(@PathVariable long id, @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @AuthenticationPrincipal StaffIdentity me, RedirectAttributes redirect) throws IOException {
        attachAll(id, files, me, redirect);
        return "redirect:" + BASE + "/documents/" + id;
    }

    @PostMapping("/documents/{id}/attachments/remove")
    @PreAuthorize("hasAuthority('DOCUMENT_EDIT')")
    String removeAttachment(@PathVariable long id, @RequestParam String sha256,
            @AuthenticationPrincipal StaffIdentity me, RedirectAttributes redirect) {
        disclosure.removeAttachment(id, sha256, me);
        redirect.addFlashAttribute("message", "附件已删除");
        return "redirect:" + BASE + "/documents/" + id;
    }

    @PostMapping("/documents/{id}/submit")
    @PreAuthorize("hasAuthority('DOCUMENT_EDIT')")
    String submit(@PathVariable long id, @AuthenticationPrincipal StaffIdentity me, RedirectAttributes redirect) {
        disclosure.submit(id, me);
        redirect.addFlashAttribute("message", "已提交保密审查");
        return "redirect:" + BASE + "/documents/" + id;
    }

    @PostMapping("/documents/{id}/approve")
    @PreAuthorize("hasAuthority('DOCUMENT_REVIEW')")
    String approve(@PathVariable long id, @RequestParam(defaultValue = "") String opinion,
            @AuthenticationPrincipal StaffIdentity me, Model model, RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        GovDocument d;
        try {
            d = disclosure.approve(id, opinion, me);
        } catch (InvalidInputException e) {
            return reviewAgain(id, opinion, e, me, model, response);
        }
        redirect.addFlashAttribute("message", d.state() == DocumentState.PUBLISHED ? "审查通过，已发布"
                : "审查通过，将于计划时间自动发布");
        return "redirect:" + BASE + "/documents/" + id;
    }

    @PostMapping("/documents/{id}/return")
    @PreAuthorize("hasAuthority('DOCUMENT_REVIEW')")
    String returnForChanges(@PathVariable long id, @RequestParam(defaultValue = "") String opinion,
            @AuthenticationPrincipal StaffIdentity me, Model model, RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        try {
            disclosure.returnForChanges(id, opinion, me);
        } catch (InvalidInputException e) {
            return reviewAgain(id, opinion, e, me, model, response);
        }
        redirect.addFlashAttribute("message", "已退回起草人修改");
        return "redirect:" + BASE + "/review";
    }

    /** The document again with the refused opinion and why, so that nothing the reviewer wrote is lost. */
    private String reviewAgain(long id, String opinion, InvalidInputException e, StaffIdentity me, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(400);
        model.addAttribute("opinion", opinion);
        model.addAttribute("errors", java.util.Map.of("opinion", e.getMessage()));
        return detail(id, me, model);
    }

    @PostMapping("/documents/{id}/withdraw")
    @PreAuthorize("hasAuthority('DOCUMENT_EDIT')")
    String withdraw(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal StaffIdentity me, RedirectAttributes redirect) {
        disclosure.withdraw(id, reason, me);
        redirect.addFlashAttribute("message", "已撤回，公众页面显示撤回原因");
        return "redirect:" + BASE + "/documents/" + id;
    }

    @PostMapping("/documents/{id}/repeal")
    @PreAuthorize("hasAuthority('DOCUMENT_EDIT')")
    String repeal(@PathVariable long id, @RequestParam(defaultValue = "") String repealedBy,
            @AuthenticationPrincipal StaffIdentity me, RedirectAttributes redirect) {
        disclosure.repeal(id, repealedBy, me);
        redirect.addFlashAttribute("message", "已登记废止");
        return "redirect:" + BASE + "/documents/" + id;
    }

    private String form(DocumentForm form, GovDocument doc, String mode, StaffIdentity me, Model model) {
        String division = doc == null ? disclosure.divisionOf(me) : doc.divisionCode();
        model.addAttribute("form", form);
        model.addAttribute("doc", doc);
        model.addAttribute("mode", mode);
        model.addAttribute("publishers", disclosure.publishers(division));
        model.addAttribute("subjects", org.doorstep.disclosure.SubjectCategory.options());
        model.addAttribute("genres", org.doorstep.disclosure.Genre.options());
        model.addAttribute("tree", CatalogueTree.flatten(disclosure.catalogue(division)));
        model.addAttribute("policies", disclosure.publicDocuments(null, 1, 200).items().stream()
                .filter(p -> p.divisionCode().equals(division) && p.interpretsId() == null).toList());
        return "disclosure/console/form";
    }

    private void attachAll(long id, List<MultipartFile> files, StaffIdentity me, RedirectAttributes redirect)
            throws IOException {
        if (files == null) {
            return;
        }
        List<String> problems = new java.util.ArrayList<>();
        for (MultipartFile f : files) {
            if (f.isEmpty()) {
                continue;
            }
            try (InputStream in = f.getInputStream()) {
                disclosure.attach(id, in, f.getOriginalFilename(), me);
            } catch (InvalidInputException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("error", String.join("；", problems));
        }
    }

    // ---- catalogue

    @GetMapping("/catalogue")
    @PreAuthorize("hasAuthority('CATALOGUE_VIEW')")
    String catalogue(@RequestParam(required = false) String division, @AuthenticationPrincipal StaffIdentity me,
            Model model) {
        String code = division == null || division.isBlank() ? disclosure.divisionOf(me) : division;
        model.addAttribute("government", disclosure.government(code));
        model.addAttribute("tree", CatalogueTree.flatten(disclosure.catalogue(code)));
        model.addAttribute("history", disclosure.catalogueHistory(code));
        model.addAttribute("attributes", DisclosureAttribute.values());
        model.addAttribute("grounds", ExemptGround.values());
        return "disclosure/console/catalogue";
    }

    @GetMapping("/catalogue/nodes/{id}")
    @PreAuthorize("hasAuthority('CATALOGUE_VIEW')")
    String nodeForm(@PathVariable long id, Model model) {
        CatalogueNode node = disclosure.node(id).orElseThrow(() -> new NotFoundException("没有这个目录栏目"));
        model.addAttribute("node", node);
        model.addAttribute("attributes", DisclosureAttribute.values());
        model.addAttribute("grounds", ExemptGround.values());
        return "disclosure/console/node";
    }

    @PostMapping("/catalogue/nodes")
    @PreAuthorize("hasAuthority('CATALOGUE_EDIT')")
    String addNode(@RequestParam String division, @RequestParam(required = false) Long parentId, NodeForm form,
            @AuthenticationPrincipal StaffIdentity me, RedirectAttributes redirect) {
        try {
            disclosure.addNode(division, parentId, form.item(), form.reason(), me);
            redirect.addFlashAttribute("message", "已新增栏目");
        } catch (InvalidFieldsException e) {
            redirect.addFlashAttribute("error", String.join("；", e.errors().values()));
        }
        return "redirect:" + BASE + "/catalogue?division=" + division;
    }

    @PostMapping("/catalogue/nodes/{id}")
    @PreAuthorize("hasAuthority('CATALOGUE_EDIT')")
    String updateNode(@PathVariable long id, NodeForm form, @AuthenticationPrincipal StaffIdentity me,
            RedirectAttributes redirect) {
        CatalogueNode node = disclosure.node(id).orElseThrow(() -> new NotFoundException("没有这个目录栏目"));
        try {
            disclosure.updateNode(id, form.item(), form.reason(), me);
            redirect.addFlashAttribute("message", "已保存栏目");
        } catch (InvalidFieldsException e) {
            redirect.addFlashAttribute("error", String.join("；", e.errors().values()));
            return "redirect:" + BASE + "/catalogue/nodes/" + id;
        }
        return "redirect:" + BASE + "/catalogue?division=" + node.divisionCode();
    }

    @PostMapping("/catalogue/nodes/{id}/remove")
    @PreAuthorize("hasAuthority('CATALOGUE_EDIT')")
    String removeNode(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal StaffIdentity me, RedirectAttributes redirect) {
        CatalogueNode node = disclosure.node(id).orElseThrow(() -> new NotFoundException("没有这个目录栏目"));
        disclosure.removeNode(id, reason, me);
        redirect.addFlashAttribute("message", "已删除栏目");
        return "redirect:" + BASE + "/catalogue?division=" + node.divisionCode();
    }

    /** The catalogue item form. */
    record NodeForm(String name, String content, String basis, String timeLimit, String subject, String method,
            String channel, String audience, String attribute, String exemptGround, String reason) {

        CatalogueItem item() {
            return new CatalogueItem(name, content, basis, timeLimit, subject, method, channel, audience,
                    parse(DisclosureAttribute.class, attribute), parse(ExemptGround.class, exemptGround));
        }

        private static <E extends Enum<E>> E parse(Class<E> type, String v) {
            try {
                return v == null || v.isBlank() ? null : Enum.valueOf(type, v);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
