package org.doorstep.disclosure.internal;

import java.util.List;
import java.util.Map;

import org.doorstep.platform.Workbooks;
import org.doorstep.platform.Workbooks.SheetRow;
import org.doorstep.platform.Workbooks.SheetSpec;

/**
 * The catalogue workbook: sheet 标准目录 with one row per catalogue item, its place given as a path of node names
 * (法定主动公开内容/机构信息/领导信息), and a 填写说明 sheet the import ignores.
 */
public final class CatalogueWorkbook {

    public static final String SHEET = "标准目录";
    public static final String PATH_SEPARATOR = "/";
    /** Far above the ~500 items of a county catalogue; stops a crafted workbook from exhausting memory. */
    public static final int MAX_ROWS = 5_000;

    /** The columns, in order; the first is the node's path. */
    public static final List<String> HEADERS = List.of("栏目路径", "公开内容（事项名称及内容）", "公开依据", "公开时限",
            "公开主体", "公开方式", "公开渠道", "公开对象", "公开属性", "不予公开依据");

    private CatalogueWorkbook() {
    }

    public static List<SheetRow> read(byte[] bytes) {
        return Workbooks.read(bytes, List.of(new SheetSpec(SHEET, HEADERS)), MAX_ROWS).get(SHEET);
    }

    /** Rows of cells in {@link #HEADERS} order, with drop-down lists for the two choice columns. */
    public static byte[] write(List<List<String>> rows, List<String> attributes, List<String> grounds) {
        SheetSpec spec = new SheetSpec(SHEET, HEADERS, Map.of(8, attributes, 9, grounds));
        return Workbooks.write(List.of(spec), Map.of(SHEET, rows), List.of(
                "一个工作簿导入一级政府的标准目录。按「栏目路径」新增或更新栏目，不删除工作簿中没有的栏目；任何一行有误则整份不导入，并逐行列出错误。",
                "栏目路径：从一级栏目写起，各级栏目名称之间用 / 分隔，例如：法定主动公开内容/机构信息/领导信息。上级栏目须已存在或在本工作簿中。",
                "一级栏目「政府信息公开指南」「政府信息公开制度」「法定主动公开内容」「政府信息公开年报」固定存在，可更新其内容但不能改名。",
                "公开属性：" + String.join("、", attributes) + "。",
                "不予公开依据：公开属性为「不予公开」时必填，可选：" + String.join("；", grounds) + "。",
                "每次导入都记入目录调整记录（动态管理），调整原因在上传时填写。"), MAX_ROWS);
    }
}
