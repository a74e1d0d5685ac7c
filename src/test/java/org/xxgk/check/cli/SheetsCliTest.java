package org.xxgk.check.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sheets a reviewer sorts, filters and sends on: the workbook (read back with POI) and the CSV. */
class SheetsCliTest {

    /** 「file:line:rule」 of every finding of the samples, from the JSON output. */
    private static List<String> findingsOfTheSamples() throws Exception {
        JsonNode root = new ObjectMapper().readTree(FormatCliTest.run("--format", "json", "samples").out());
        List<String> all = new ArrayList<>();
        for (JsonNode r : root.path("reports")) {
            for (JsonNode f : r.path("findings")) {
                all.add(r.path("file").asText() + ":" + f.path("line").asInt() + ":" + f.path("rule").asText());
            }
        }
        return all;
    }

    private static List<String> row(Row r, int columns) {
        DataFormatter f = new DataFormatter();
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            cells.add(r.getCell(i) == null ? "" : f.formatCellValue(r.getCell(i)));
        }
        return cells;
    }

    @Test
    void theWorkbookHoldsEveryFindingOfTheSamples(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("检查结果.xlsx");
        FormatCliTest.Run run = FormatCliTest.run("--format", "xlsx", "-o", xlsx.toString(), "samples");
        assertEquals(1, run.code(), run.err());
        try (InputStream in = Files.newInputStream(xlsx); Workbook book = new XSSFWorkbook(in)) {
            Sheet reports = book.getSheet("年报");
            assertEquals(List.of("文件", "机关", "年度", "模板", "错误", "警告", "提示", "已抑制", "基线中已有", "规则", "说明"),
                    row(reports.getRow(0), 11));
            assertEquals(5, reports.getLastRowNum());
            assertEquals(List.of("samples/2024-ganzhou-fire-brigade.txt", "赣州经济技术开发区消防救援大队", "2024", "2021",
                    "1", "1", "0", "0", "0", "TABLE-RESULT-TOTAL、TABLE-EXTRA-CELLS", ""), row(reports.getRow(4), 11));

            Sheet findings = book.getSheet("问题");
            assertEquals(List.of("文件", "机关", "年度", "行", "级别", "规则", "标题", "说明", "期望值", "实际值", "位置",
                    "另见", "状态", "指纹"), row(findings.getRow(0), 14));
            List<String> listed = new ArrayList<>();
            for (int i = 1; i <= findings.getLastRowNum(); i++) {
                List<String> cells = row(findings.getRow(i), 14);
                listed.add(cells.get(0) + ":" + cells.get(3) + ":" + cells.get(5));
                assertTrue(List.of("错误", "警告", "提示").contains(cells.get(4)), cells.toString());
                assertEquals("", cells.get(11), "no finding of the samples involves another report");
                assertEquals("待处理", cells.get(12));
            }
            assertEquals(findingsOfTheSamples(), listed);
            List<String> fire = row(findings.getRow(listed.indexOf("samples/2024-ganzhou-fire-brigade.txt:79:TABLE-RESULT-TOTAL") + 1), 14);
            assertEquals(List.of("错误", "TABLE-RESULT-TOTAL", "第三部分表格（七）总计与（一）至（六）项之和不符"), fire.subList(4, 7));
            assertEquals(List.of("0", "2", "第三部分表格“（七）总计”行“自然人”列"), fire.subList(8, 11));
            assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, findings.getRow(1).getCell(3).getCellType(),
                    "line numbers sort as numbers");

            for (Sheet s : List.of(reports, findings)) {
                XSSFSheet x = (XSSFSheet) s;
                assertEquals(1, x.getPaneInformation().getHorizontalSplitPosition(), "header row frozen");
                assertTrue(x.getCTWorksheet().isSetAutoFilter(), "auto-filter on");
            }
            // Widths follow the text, a Chinese character counting two: the message column is wide, the line narrow.
            assertTrue(findings.getColumnWidth(7) >= 50 * 256, "说明 " + findings.getColumnWidth(7));
            assertTrue(findings.getColumnWidth(3) <= 8 * 256, "行 " + findings.getColumnWidth(3));
            assertTrue(findings.getColumnWidth(1) >= 28 * 256, "机关 " + findings.getColumnWidth(1));
        }
    }

    @Test
    void theCsvIsUtf8WithABomAndQuotesWhatNeedsIt(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("问题.csv");
        FormatCliTest.Run run = FormatCliTest.run("--format", "csv", "-o", csv.toString(), "samples");
        assertEquals(1, run.code(), run.err());
        byte[] bytes = Files.readAllBytes(csv);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        List<String> lines = List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertEquals("文件,机关,年度,行,级别,规则,标题,说明,期望值,实际值,位置,另见,状态,指纹", lines.get(0));
        assertEquals(findingsOfTheSamples().size() + 1, lines.size());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("samples/2024-ganzhou-fire-brigade.txt,赣州经济技术开发区消防救援大队,"
                + "2024,79,错误,TABLE-RESULT-TOTAL,")), lines.toString());
    }

    /**
     * LibreOffice opens the CSV with its Chinese text: converted to XLSX headless, read back with POI. Headless
     * conversion asks no question, so the import options name the character set (76 = UTF-8), as the import dialog
     * would; the BOM is then not part of the first cell.
     */
    @Test
    void libreOfficeOpensTheCsvWithItsChineseText(@TempDir Path dir) throws Exception {
        String soffice = List.of("/usr/bin/soffice", "/usr/local/bin/soffice").stream()
                .filter(p -> new File(p).canExecute()).findFirst().orElse(null);
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
        Path csv = dir.resolve("findings.csv");
        FormatCliTest.run("--format", "csv", "-o", csv.toString(), "samples/2024-ganzhou-fire-brigade.txt");
        Process p = new ProcessBuilder(soffice, "--headless", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", dir.toString(), csv.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS));
        try (InputStream in = Files.newInputStream(dir.resolve("findings.xlsx")); Workbook book = new XSSFWorkbook(in)) {
            Sheet s = book.getSheetAt(0);
            assertEquals(List.of("文件", "机关", "年度", "行", "级别", "规则"), row(s.getRow(0), 6));
            assertEquals(List.of("samples/2024-ganzhou-fire-brigade.txt", "赣州经济技术开发区消防救援大队", "2024", "79", "错误",
                    "TABLE-RESULT-TOTAL"), row(s.getRow(1), 6));
            assertEquals("第三部分表格“（七）总计”行自然人列为2，但（一）至（六）项之和为0", row(s.getRow(1), 8).get(7));
        }
    }
}
