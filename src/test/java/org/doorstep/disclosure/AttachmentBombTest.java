package org.doorstep.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.doorstep.organization.DemoCounty;
import org.doorstep.support.SignedInRequests;
import org.doorstep.support.ZipBombs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/** A .docx attachment that inflates to 400 MB is refused in the console with a Chinese message and not attached. */
@SpringBootTest
class AttachmentBombTest {

    @Autowired
    Disclosure disclosure;
    @Autowired
    WebApplicationContext context;

    @Test
    void aDocxThatInflatesTo400MbIsNotAttached() throws Exception {
        Officer officer = Officer.officer(DemoCounty.MEILIN_TOWN);
        long node = disclosure.catalogue(DemoCounty.MEILIN_TOWN).stream()
                .filter(n -> n.name().equals("法定主动公开内容")).findFirst().orElseThrow().id();
        String number = "梅府发〔2026〕" + (1000 + (int) (Math.random() * 8000)) + "号";
        GovDocument d = disclosure.create(new DocumentDraft("附件测试通知", number, DemoCounty.MEILIN_TOWN,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), null, "综合政务", "通知", "测试", "<p>正文</p>",
                List.of(node), null, null), officer);
        byte[] docx = ZipBombs.zip(Map.of("word/document.xml", ZipBombs.sharedStringOf(400 * ZipBombs.MB)));

        MvcResult r = SignedInRequests.secured(context)
                .perform(multipart("/console/disclosure/documents/{id}/attachments", d.id())
                        .file(new MockMultipartFile("files", "通知.docx", "application/octet-stream", docx))
                        .with(csrf()).with(authentication(officer.authentication())))
                .andReturn();

        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        assertThat(String.valueOf(r.getFlashMap().get("error"))).contains("文件解压后过大，可能不是正常的文件");
        assertThat(disclosure.staffDocument(d.id(), officer).attachments()).isEmpty();
    }
}
