package org.xxgk.check.input;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.xxgk.check.fact.Cell;
import org.xxgk.check.fact.ReportFacts;
import org.xxgk.check.fact.Section;
import org.xxgk.check.fact.Table;
import org.xxgk.check.parse.ReportParser;
import org.xxgk.check.template.Templates;

/**
 * Makes the HTML and DOCX fixtures under {@code src/test/resources/formats/} from a text sample: not a test, a tool
 * run once (the PDFs are then made from the DOCX files with LibreOffice, see {@code formats/README.md}).
 *
 * <p>The text, headings and paragraphs are the sample's own; tables 二, 三 and 四 are laid out as in the 2021
 * template, with merged cells where the template merges them, and filled with the values the parser read from the
 * sample (table 四's data row with the sample's own values, as many as it has). So the converted document must give
 * the same cells and the same findings as the sample.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.xxgk.check.parse.FormatFixtures \
 *     samples/2024-ganzhou-fire-brigade.txt src/test/resources/formats/2024-ganzhou-fire-brigade [options]
 * options: --gbk (HTML in GBK with a gb2312 meta), --layout (HTML article inside a layout table),
 *          --numbered (DOCX section headings numbered by Word's list numbering),
 *          --page-numbers (DOCX footer with page numbers, which the PDF then shows)
 * </pre>
 */
public final class FormatFixtures {

    /** A table cell as HTML writes it: text, colspan, rowspan. */
    record Spec(String text, int colspan, int rowspan) {
        static Spec of(String text) {
            return new Spec(text, 1, 1);
        }

        static Spec span(String text, int colspan) {
            return new Spec(text, colspan, 1);
        }

        static Spec rows(String text, int colspan, int rowspan) {
            return new Spec(text, colspan, rowspan);
        }
    }

    /** A block of the document: a heading (level 0 = title), a paragraph, or a table with column widths (twips). */
    record Block(int heading, String text, List<List<Spec>> table, int[] widths) {
    }

    private static final Pattern MARKDOWN = Pattern.compile("^\\s*#{1,6}\\s*");
    private static final Pattern SUBHEADING = Pattern.compile("^[（(][一二三四五六七八九十]+[）)]");

    public static void main(String[] args) throws Exception {
        Path sample = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<String> options = List.of(args).subList(2, args.length);
        String text = Files.readString(sample, StandardCharsets.UTF_8);
        ReportFacts facts = new ReportParser(Templates.builtIn()).parse(sample.toString(), text);
        List<Block> blocks = blocks(text, facts);
        Files.createDirectories(out.getParent());
        writeDocx(blocks, Path.of(out + ".docx"), options.contains("--numbered"), options.contains("--page-numbers"));
        Charset charset = options.contains("--gbk") ? Charset.forName("GBK") : StandardCharsets.UTF_8;
        Files.writeString(Path.of(out + ".html"), html(blocks, charset, options.contains("--layout")), charset);
    }

    static List<Block> blocks(String text, ReportFacts facts) {
        List<String> lines = List.of(text.split("\\R", -1));
        Map<Integer, Section> headings = new HashMap<>();
        for (Section s : facts.sections()) {
            headings.put(s.line(), s);
        }
        Map<Integer, Table> tableStarts = new HashMap<>();
        boolean[] inTable = new boolean[lines.size() + 2];
        for (Table t : facts.tables()) {
            tableStarts.put(t.line(), t);
            for (int l = t.line(); l <= t.endLine(); l++) {
                inTable[l] = true;
            }
        }
        Map<String, Map<String, String>> cells = new LinkedHashMap<>();
        for (Cell c : facts.cells()) {
            cells.computeIfAbsent(c.table() + "/" + c.row(), k -> new LinkedHashMap<>()).put(c.column(),
                    c.value().toPlainString());
        }
        List<Block> blocks = new ArrayList<>();
        for (int l = 1; l <= lines.size(); l++) {
            Table t = tableStarts.get(l);
            if (t != null) {
                blocks.add(switch (t.name()) {
                    case "二" -> table2(cells);
                    case "三" -> table3(cells);
                    default -> table4(lines.subList(t.line() - 1, t.endLine()));
                });
            }
            if (inTable[l]) {
                continue;
            }
            String line = MARKDOWN.matcher(lines.get(l - 1)).replaceFirst("").replace("**", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            int heading = l == facts.report().titleLine() ? 0
                    : headings.containsKey(l) ? 1 : SUBHEADING.matcher(line).find() && line.length() < 40 ? 2 : -1;
            blocks.add(new Block(heading, line, null, null));
        }
        return blocks;
    }

    private static String v(Map<String, Map<String, String>> cells, String row, String column) {
        return cells.getOrDefault(row, Map.of()).getOrDefault(column, "");
    }

    static Block table2(Map<String, Map<String, String>> cells) {
        List<List<Spec>> rows = new ArrayList<>();
        rows.add(List.of(Spec.span("第二十条第（一）项", 4)));
        rows.add(List.of(Spec.of("信息内容"), Spec.of("本年制发件数"), Spec.of("本年废止件数"), Spec.of("现行有效件数")));
        for (String r : List.of("规章", "行政规范性文件")) {
            List<Spec> row = new ArrayList<>(List.of(Spec.of(r)));
            for (String c : List.of("本年制发件数", "本年废止件数", "现行有效件数")) {
                row.add(Spec.of(v(cells, "二/" + r, c)));
            }
            rows.add(row);
        }
        String[][] parts = {
                {"第二十条第（五）项", "本年处理决定数量", "行政许可"},
                {"第二十条第（六）项", "本年处理决定数量", "行政处罚", "行政强制"},
                {"第二十条第（八）项", "本年收费金额（单位：万元）", "行政事业性收费"}};
        for (String[] p : parts) {
            rows.add(List.of(Spec.span(p[0], 4)));
            rows.add(List.of(Spec.of("信息内容"), Spec.span(p[1], 3)));
            for (int i = 2; i < p.length; i++) {
                rows.add(List.of(Spec.of(p[i]), Spec.span(v(cells, "二/" + p[i], p[1]), 3)));
            }
        }
        return new Block(-1, null, rows, new int[] {2600, 1900, 1900, 1900});
    }

    static Block table3(Map<String, Map<String, String>> cells) {
        List<String> columns = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
        List<List<Spec>> rows = new ArrayList<>();
        rows.add(List.of(Spec.rows("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3),
                Spec.span("申请人情况", 7)));
        rows.add(List.of(Spec.rows("自然人", 1, 2), Spec.span("法人或其他组织", 5), Spec.rows("总计", 1, 2)));
        rows.add(List.of(Spec.of("商业企业"), Spec.of("科研机构"), Spec.of("社会公益组织"), Spec.of("法律服务机构"),
                Spec.of("其他")));
        String[][] groups = {
                {"（三）不予公开", "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”",
                        "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷",
                        "8.属于行政查询事项"},
                {"（四）无法提供", "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"},
                {"（五）不予处理", "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                        "5.要求行政机关确认或重新出具已获取信息"},
                {"（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"}};
        int resultRows = 2 + 1;
        for (String[] g : groups) {
            resultRows += g.length - 1;
        }
        for (String r : List.of("一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量")) {
            rows.add(values(List.of(Spec.span(r, 3)), cells, "三/" + r, columns));
        }
        rows.add(values(List.of(Spec.rows("三、本年度办理结果", 1, resultRows), Spec.span("（一）予以公开", 2)), cells,
                "三/（一）予以公开", columns));
        String partial = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）";
        rows.add(values(List.of(Spec.span(partial, 2)), cells, "三/" + partial, columns));
        for (String[] g : groups) {
            for (int i = 1; i < g.length; i++) {
                List<Spec> head = i == 1 ? List.of(Spec.rows(g[0], 1, g.length - 1), Spec.of(g[i])) : List.of(Spec.of(g[i]));
                rows.add(values(head, cells, "三/" + g[0] + "/" + g[i], columns));
            }
        }
        rows.add(values(List.of(Spec.span("（七）总计", 2)), cells, "三/（七）总计", columns));
        rows.add(values(List.of(Spec.span("四、结转下年度继续办理", 3)), cells, "三/四、结转下年度继续办理", columns));
        return new Block(-1, null, rows, new int[] {1000, 1200, 2500, 520, 520, 520, 520, 520, 520, 520});
    }

    private static List<Spec> values(List<Spec> head, Map<String, Map<String, String>> cells, String row,
                                     List<String> columns) {
        List<Spec> r = new ArrayList<>(head);
        for (String c : columns) {
            r.add(Spec.of(v(cells, row, c)));
        }
        return r;
    }

    /** Table 四 in the template's layout; its data row holds the sample's own numbers, as many as it has. */
    static Block table4(List<String> sourceLines) {
        List<String> numbers = new ArrayList<>();
        for (String line : sourceLines) {
            List<String> found = new ArrayList<>();
            Matcher m = Pattern.compile("(?<![\\d.])\\d+(?:\\.\\d+)?(?![\\d.])").matcher(line);
            while (m.find()) {
                found.add(m.group());
            }
            if (found.size() >= 10) {
                numbers = found;
            }
        }
        List<List<Spec>> rows = new ArrayList<>();
        // A data row with more values than the template's 15 columns gets unlabelled columns of its own, as in a
        // report whose author added a cell.
        int extra = Math.max(0, numbers.size() - 15);
        List<Spec> first = new ArrayList<>(List.of(Spec.span("行政复议", 5), Spec.span("行政诉讼", 10)));
        for (int i = 0; i < extra; i++) {
            first.add(Spec.rows("", 1, 3));
        }
        rows.add(first);
        List<Spec> second = new ArrayList<>();
        for (String c : List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")) {
            second.add(Spec.rows(c, 1, 2));
        }
        second.add(Spec.span("未经复议直接起诉", 5));
        second.add(Spec.span("复议后起诉", 5));
        rows.add(second);
        List<Spec> third = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            for (String c : List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")) {
                third.add(Spec.of(c));
            }
        }
        rows.add(third);
        rows.add(numbers.stream().map(Spec::of).toList());
        int[] widths = new int[Math.max(15, numbers.size())];
        java.util.Arrays.fill(widths, 550);
        return new Block(-1, null, rows, widths);
    }

    // ---- DOCX

    static void writeDocx(List<Block> blocks, Path file, boolean numbered, boolean pageNumbers) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            a4Page(doc, pageNumbers ? "—" : null);
            BigInteger sectionList = numbered ? chineseList(doc) : null;
            for (Block b : blocks) {
                if (b.table() != null) {
                    table(doc, b);
                    continue;
                }
                XWPFParagraph p = doc.createParagraph();
                String text = b.text();
                if (b.heading() == 0) {
                    p.setAlignment(ParagraphAlignment.CENTER);
                } else if (b.heading() < 0) {
                    p.setIndentationFirstLine(480);
                }
                if (b.heading() == 1 && sectionList != null) {
                    p.setNumID(sectionList);
                    p.setNumILvl(BigInteger.ZERO);
                    text = text.replaceFirst("^[一二三四五六]、\\s*", "");
                }
                XWPFRun run = p.createRun();
                run.setFontFamily("宋体");
                run.setFontSize(b.heading() == 0 ? 16 : 12);
                run.setBold(b.heading() >= 0);
                run.setText(text);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
    }

    /**
     * A4 pages with the margins of official documents; with {@code dash}, the page number centred at the foot of
     * every page between two dashes (「— 2 —」), as official documents number their pages.
     */
    static void a4Page(XWPFDocument doc, String dash) {
        if (dash != null) {
            XWPFParagraph foot = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
            foot.setAlignment(ParagraphAlignment.CENTER);
            foot.createRun().setText(dash + " ");
            foot.getCTP().addNewFldSimple().setInstr("PAGE");
            foot.createRun().setText(" " + dash);
        }
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        sect.addNewPgSz().setW(BigInteger.valueOf(11906));
        sect.getPgSz().setH(BigInteger.valueOf(16838));
        var mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(1440));
        mar.setBottom(BigInteger.valueOf(1440));
        mar.setLeft(BigInteger.valueOf(1200));
        mar.setRight(BigInteger.valueOf(1200));
    }

    /** The table's grid columns, widths in twips (POI's new table has a grid of its own default cell). */
    static void grid(XWPFTable table, int[] widths) {
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
    }

    /** A cell's width in twips and the grid columns it spans. */
    static void width(CTTcPr pr, int width, int span) {
        pr.addNewTcW().setW(BigInteger.valueOf(width));
        pr.getTcW().setType(STTblWidth.DXA);
        if (span > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
    }

    /** Single rules around and between all cells. */
    static void ruled(XWPFTable table) {
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    }

    /** A one-level list numbered 一、二、三、 as Word's Chinese list style. */
    private static BigInteger chineseList(XWPFDocument doc) {
        XWPFNumbering numbering = doc.createNumbering();
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.ONE);
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(STNumberFormat.CHINESE_COUNTING);
        lvl.addNewLvlText().setVal("%1、");
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
        return numbering.addNum(abstractId);
    }

    private static void table(XWPFDocument doc, Block b) {
        List<List<Spec>> rows = b.table();
        int[] widths = b.widths();
        // Lay the spec out on the grid, as HTML does, to know which positions a rowspan covers.
        List<List<Object[]>> laid = new ArrayList<>(); // per row: {gridColumn, Spec, STMerge or null}
        Map<Integer, Map<Integer, Object[]>> covered = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Object[]> row = new ArrayList<>();
            int c = 0;
            Map<Integer, Object[]> here = covered.getOrDefault(r, Map.of());
            for (Spec s : rows.get(r)) {
                while (here.containsKey(c)) {
                    row.add(here.get(c));
                    c += ((Spec) here.get(c)[1]).colspan();
                }
                row.add(new Object[] {c, s, s.rowspan() > 1 ? STMerge.RESTART : null});
                for (int dr = 1; dr < s.rowspan(); dr++) {
                    covered.computeIfAbsent(r + dr, k -> new HashMap<>())
                            .put(c, new Object[] {c, new Spec("", s.colspan(), 1), STMerge.CONTINUE});
                }
                c += s.colspan();
            }
            while (here.containsKey(c)) {
                row.add(here.get(c));
                c += ((Spec) here.get(c)[1]).colspan();
            }
            laid.add(row);
        }
        XWPFTable table = doc.createTable();
        grid(table, widths);
        for (int r = 0; r < laid.size(); r++) {
            XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
            while (!row.getTableCells().isEmpty()) {
                row.removeCell(0);
            }
            for (Object[] placed : laid.get(r)) {
                int c = (Integer) placed[0];
                Spec s = (Spec) placed[1];
                XWPFTableCell cell = row.addNewTableCell();
                CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                int width = 0;
                for (int i = c; i < c + s.colspan() && i < widths.length; i++) {
                    width += widths[i];
                }
                width(pr, width, s.colspan());
                if (placed[2] != null) {
                    pr.addNewVMerge().setVal((STMerge.Enum) placed[2]);
                }
                XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
                p.setAlignment(ParagraphAlignment.CENTER);
                XWPFRun run = p.createRun();
                run.setFontFamily("宋体");
                run.setFontSize(9);
                run.setText(placed[2] == STMerge.CONTINUE ? "" : s.text());
            }
        }
        ruled(table);
        doc.createParagraph();
    }

    // ---- HTML

    static String html(List<Block> blocks, Charset charset, boolean layout) {
        StringBuilder sb = new StringBuilder();
        String title = blocks.stream().filter(b -> b.heading() == 0).map(Block::text).findFirst().orElse("年报");
        sb.append("<!DOCTYPE html>\n<html>\n<head>\n");
        if (charset.name().equals("GBK")) {
            sb.append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">\n");
        } else {
            sb.append("<meta charset=\"utf-8\">\n");
        }
        sb.append("<title>").append(escape(title)).append("</title>\n");
        sb.append("<style>td{border:1px solid #000;font-size:12px} .hide{display:none}</style>\n");
        sb.append("<script>var visits = \"<p>不是正文</p>\"; if (1 < 2) { console.log(visits); }</script>\n");
        sb.append("</head>\n<body>\n");
        sb.append("<div class=\"nav\" style=\"display: none\">首页 &gt; 政务公开 &gt; 年报</div>\n");
        if (layout) {
            sb.append("<table width=\"100%\" border=\"0\"><tr><td class=\"content\">\n");
        }
        for (Block b : blocks) {
            if (b.table() != null) {
                sb.append("<table border=\"1\" cellspacing=\"0\" style=\"border-collapse:collapse\">\n<tbody>\n");
                for (List<Spec> row : b.table()) {
                    sb.append("<tr>");
                    for (Spec s : row) {
                        sb.append("<td");
                        if (s.colspan() > 1) {
                            sb.append(" colspan=\"").append(s.colspan()).append('"');
                        }
                        if (s.rowspan() > 1) {
                            sb.append(" rowspan=\"").append(s.rowspan()).append('"');
                        }
                        sb.append("><p class=\"MsoNormal\" align=\"center\"><span>").append(escape(s.text()))
                                .append("</span></p></td>");
                    }
                    sb.append("</tr>\n");
                }
                sb.append("</tbody>\n</table>\n");
            } else if (b.heading() == 0) {
                sb.append("<h1 style=\"text-align:center\">").append(escape(b.text())).append("</h1>\n");
            } else if (b.heading() > 0) {
                sb.append("<h").append(b.heading() + 1).append("><strong>").append(escape(b.text()))
                        .append("</strong></h").append(b.heading() + 1).append(">\n");
            } else {
                sb.append("<p class=\"MsoNormal\">&nbsp;&nbsp;&nbsp;&nbsp;<span style=\"font-family:宋体\">")
                        .append(escape(b.text())).append("</span></p>\n");
            }
        }
        if (layout) {
            sb.append("</td></tr></table>\n");
        }
        sb.append("<div class=\"footer\">主办单位：示例 <br>联系电话：0797-0000000</div>\n".replace("示例", "赣州经济技术开发区"));
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
