package org.doorstep.organization.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.doorstep.platform.DemoData;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo county 青溪县. The content is a readable table ({@link #TABLE}); it is turned into a workbook and loaded
 * through the same import an administrator uses, so the demo also proves the import.
 */
@Component
class OrganizationDemoData implements DemoData {

    static final String TABLE = "organization/demo-county.txt";

    private final OrganizationImporter importer;

    OrganizationDemoData(OrganizationImporter importer) {
        this.importer = importer;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String name() {
        return "organization";
    }

    @Override
    public void load() {
        ImportReport report = importer.importWorkbook(workbook());
        if (!report.imported()) {
            throw new IllegalStateException("The demo county table is invalid: " + report.problems());
        }
    }

    /** The demo table as an import workbook. */
    static byte[] workbook() {
        try (InputStream in = new ClassPathResource(TABLE).getInputStream()) {
            return CountyWorkbook.write(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sections "[sheet]", each a header line and data lines with cells separated by "|"; "#" starts a comment. */
    static Map<RecordKind, List<Map<String, String>>> parse(String text) {
        Map<RecordKind, List<Map<String, String>>> rows = new EnumMap<>(RecordKind.class);
        RecordKind kind = null;
        List<String> keys = null;
        for (String line : text.split("\n")) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                String sheet = line.substring(1, line.length() - 1);
                kind = Arrays.stream(RecordKind.values()).filter(k -> k.sheet().equals(sheet)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("Unknown sheet in demo table: " + sheet));
                keys = null;
                rows.put(kind, new ArrayList<>());
                continue;
            }
            String[] cells = line.split("\\|", -1);
            if (keys == null) {
                RecordKind k = kind;
                keys = Arrays.stream(cells).map(String::strip).map(header -> k.columns().stream()
                        .filter(c -> c.header().equals(header)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("Unknown column in demo table: " + header))
                        .key()).toList();
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                row.put(keys.get(i), i < cells.length ? cells[i].strip() : "");
            }
            rows.get(kind).add(row);
        }
        return rows;
    }
}
