package org.doorstep.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.lang.management.ManagementFactory;
import java.util.Map;

import org.doorstep.audit.TestStaff;
import org.doorstep.organization.DemoCounty;
import org.doorstep.support.SignedInRequests;
import org.doorstep.support.ZipBombs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/**
 * Workbooks that expand far beyond their size — shared strings inflating to 400 MB from under 400 KB, archives nested
 * in archives, millions of cells, a text longer than Excel allows — are refused by every import with a Chinese form
 * error before they are parsed: nothing is imported, and the request needs neither the memory nor the time.
 */
@SpringBootTest
class UploadBombTest {

    static final TestStaff ADMIN = new TestStaff("t-bomb-admin", "系统管理员", "SYSTEM_ADMIN", DemoCounty.COUNTY);
    static final String SHARED_STRINGS = "xl/sharedStrings.xml";

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = SignedInRequests.secured(context);
    }

    /** An import: where its template is exported, where it is posted, and the table it fills. */
    record Import(String export, String upload, String table) {
    }

    static final Map<String, Import> IMPORTS = Map.of(
            "catalogue", new Import("/console/disclosure/catalogue/export?division=" + DemoCounty.COUNTY,
                    "/console/disclosure/catalogue/import?division=" + DemoCounty.COUNTY, "disclosure_node"),
            "services", new Import("/console/services/export", "/console/services/import", "services_item"),
            "organization", new Import("/console/organization/export", "/console/organization/import",
                    "organization_division"));

    byte[] exported(Import i) throws Exception {
        MvcResult r = mvc.perform(get(i.export()).with(SignedInRequests.as(ADMIN))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return r.getResponse().getContentAsByteArray();
    }

    int rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    /** What the import told the administrator: the flash error of a redirect, or the page's own message. */
    String upload(Import i, byte[] workbook) throws Exception {
        MvcResult r = mvc.perform(multipart(i.upload()).file(new MockMultipartFile("file", "导入.xlsx",
                Workbooks.XLSX.toString(), workbook)).param("reason", "年度目录调整").with(csrf())
                .with(SignedInRequests.as(ADMIN))).andReturn();
        r.getResponse().setCharacterEncoding("UTF-8");
        int status = r.getResponse().getStatus();
        assertThat(status).isIn(200, 302, 400);
        Object flash = r.getFlashMap().get("error");
        return flash != null ? flash.toString() : r.getResponse().getContentAsString();
    }

    static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalogue", "services", "organization"})
    void aWorkbookWhoseSharedStringsInflateTo400MbIsRefusedBeforeParsingWithoutTheMemory(String which)
            throws Exception {
        Import i = IMPORTS.get(which);
        byte[] bomb = ZipBombs.replace(exported(i), Map.of(SHARED_STRINGS, ZipBombs.sharedStringOf(400 * ZipBombs.MB)));
        assertThat(bomb.length).as("the bomb is small").isLessThan(500 * 1024);
        int before = rows(i.table());

        long allocated = allocatedByThisThread();
        long started = System.nanoTime();
        String answer = upload(i, bomb);
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        allocated = allocatedByThisThread() - allocated;

        assertThat(answer).contains("文件解压后过大，可能不是正常的表格文件");
        assertThat(rows(i.table())).isEqualTo(before);
        // MockMvc handles the request on this thread: reading the 400 MB text would have allocated it (twice over).
        assertThat(allocated).as("bytes allocated by the request").isLessThan(64 * ZipBombs.MB);
        assertThat(tookMillis).isLessThan(10_000);
    }

    @Test
    void archivesNestedInTheWorkbookAreRefused() throws Exception {
        Import i = IMPORTS.get("services");
        byte[] nested = ZipBombs.replace(exported(i), Map.of("xl/embeddings/oleObject1.bin", ZipBombs.nested(3)));
        int before = rows(i.table());
        assertThat(upload(i, nested)).contains("压缩包嵌套层数过多");
        assertThat(rows(i.table())).isEqualTo(before);
    }

    @Test
    void aWorkbookOfMoreThanTwoMillionCellsIsRefused() throws Exception {
        Import i = IMPORTS.get("services");
        byte[] cells = ZipBombs.replace(exported(i), Map.of("xl/worksheets/sheet1.xml",
                ZipBombs.sheetWithCells(2_000_001)));
        assertThat(cells.length).isLessThan((int) Workbooks.MAX_BYTES);
        int before = rows(i.table());
        assertThat(upload(i, cells)).contains("单元格超过 2000000 个");
        assertThat(rows(i.table())).isEqualTo(before);
    }

    @Test
    void aCellTextLongerThanExcelAllowsIsRefused() throws Exception {
        Import i = IMPORTS.get("catalogue");
        byte[] longText = ZipBombs.replace(exported(i), Map.of(SHARED_STRINGS, ZipBombs.sharedStringOf(40_000)));
        int before = rows(i.table());
        assertThat(upload(i, longText)).contains("超过 32767 个字符");
        assertThat(rows(i.table())).isEqualTo(before);
    }

    @Test
    void theExportedWorkbooksThemselvesPassTheBounds() throws Exception {
        for (Import i : IMPORTS.values()) {
            Workbooks.inspect(exported(i));
        }
    }
}
