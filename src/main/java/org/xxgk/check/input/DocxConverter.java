package org.xxgk.check.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word document (DOCX) → text lines, with Apache POI.
 *
 * <p>The body is read in order: paragraphs, tables and content controls. A paragraph is a line (a manual line break
 * starts another); automatic list numbering is written out as Word shows it (「一、」「（一）」「1.」), because
 * section headings and table row labels are often numbered that way and the parser finds them by their numbers. A
 * table row is a line of tab-separated cells: a cell spanning columns ({@code w:gridSpan}) gives its text and then an
 * empty cell per extra column; a cell continuing a vertical merge ({@code w:vMerge}) is empty, so a merged cell's
 * text stands once, in its first row. A table whose cells hold tables or long text is layout: its cells are read
 * as body text.
 * Headers, footers, footnotes, comments and text boxes are not read.
 */
final class DocxConverter {

    private DocxConverter() {
    }

    static ReportText convert(byte[] bytes) throws InputException {
        requireWordPackage(bytes);
        XWPFDocument doc;
        try {
            doc = new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new InputException("Word 文档（DOCX）已损坏，无法读取");
        }
        TextLines out = new TextLines();
        try (doc) {
            new Walker(doc, out).body(doc.getBodyElements());
        } catch (IOException | RuntimeException e) {
            throw new InputException("Word 文档（DOCX）已损坏，无法读取");
        }
        if (out.isEmpty()) {
            throw new InputException("Word 文档（DOCX）中没有文字");
        }
        return out.toText(ReportText.Kind.DOCX);
    }

    /** Tells a Word document from the other ZIP-based files a reviewer may be handed, before POI is asked. */
    private static void requireWordPackage(byte[] bytes) throws InputException {
        Set<String> names = new HashSet<>();
        String mimetype = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null && names.size() < 10_000) {
                names.add(e.getName());
                if (e.getName().equals("mimetype")) {
                    mimetype = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).trim();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException("这是损坏的压缩包或 Office 文档，无法读取");
        }
        if (names.isEmpty()) {
            throw new InputException("这是损坏的压缩包或 Office 文档，无法读取");
        }
        if (names.contains("word/document.xml") || names.contains("word/document2.xml")) {
            return;
        }
        if (names.stream().anyMatch(n -> n.startsWith("xl/"))) {
            throw new InputException("这是 Excel 表格（.xlsx），不是年报文档；请检查年报的 Word、PDF 或文本版本");
        }
        if (names.stream().anyMatch(n -> n.startsWith("ppt/"))) {
            throw new InputException("这是 PowerPoint 演示文稿（.pptx），不是年报文档");
        }
        if (mimetype != null && mimetype.startsWith("application/vnd.oasis.opendocument")) {
            throw new InputException("这是 OpenDocument 文档（如 .odt）；请另存为 .docx、PDF 或文本再检查");
        }
        if (names.contains("[Content_Types].xml")) {
            throw new InputException("这是 Office 文档，但不是 Word 文档（DOCX），或已损坏");
        }
        throw new InputException("这是压缩包（ZIP），不是年报文件；请解压后检查其中的年报");
    }

    private static final class Walker {
        private final TextLines out;
        private final ListNumbers numbers;

        Walker(XWPFDocument doc, TextLines out) {
            this.out = out;
            this.numbers = new ListNumbers(doc.getNumbering());
        }

        void body(List<IBodyElement> elements) {
            for (IBodyElement e : elements) {
                if (e instanceof XWPFParagraph p) {
                    out.paragraph(paragraph(p));
                } else if (e instanceof XWPFTable t) {
                    table(t);
                } else if (e instanceof XWPFSDT sdt) {
                    out.paragraph(sdt.getContent().getText());
                }
            }
        }

        private String paragraph(XWPFParagraph p) {
            return numbers.label(p) + p.getText();
        }

        private void table(XWPFTable table) {
            if (isLayout(table)) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        body(cell.getBodyElements());
                    }
                }
                return;
            }
            for (XWPFTableRow row : table.getRows()) {
                List<String> cells = new ArrayList<>();
                for (XWPFTableCell cell : row.getTableCells()) {
                    CTTcPr pr = cell.getCTTc().getTcPr();
                    int span = 1;
                    boolean continued = false;
                    if (pr != null) {
                        if (pr.isSetGridSpan() && pr.getGridSpan().getVal() != null) {
                            span = Math.max(1, Math.min(pr.getGridSpan().getVal().intValue(), 200));
                        }
                        CTVMerge merge = pr.getVMerge();
                        continued = merge != null && (!merge.isSetVal() || merge.getVal() == STMerge.CONTINUE);
                    }
                    cells.add(continued ? null : cellText(cell));
                    for (int i = 1; i < span; i++) {
                        cells.add(null);
                    }
                }
                out.row(cells);
            }
        }

        private static boolean isLayout(XWPFTable table) {
            int widest = 0;
            for (XWPFTableRow row : table.getRows()) {
                widest = Math.max(widest, row.getTableCells().size());
                for (XWPFTableCell cell : row.getTableCells()) {
                    if (!cell.getTables().isEmpty() || cell.getText().length() > HtmlTable.LAYOUT_CELL) {
                        return true;
                    }
                }
            }
            return widest <= 1;
        }

        /** A cell's paragraphs, each numbered as Word shows it, joined by spaces. */
        private String cellText(XWPFTableCell cell) {
            StringBuilder sb = new StringBuilder();
            for (IBodyElement e : cell.getBodyElements()) {
                String text = e instanceof XWPFParagraph p ? paragraph(p)
                        : e instanceof XWPFTable t ? t.getText() : "";
                if (!text.isBlank()) {
                    if (!sb.isEmpty()) {
                        sb.append(' ');
                    }
                    sb.append(text);
                }
            }
            return sb.toString();
        }
    }

    /**
     * Word's automatic list numbers. Counters run per abstract list, as Word continues a list across the list
     * instances that share it; a list instance that overrides a level's start restarts that level when first used.
     * Starting a level resets the levels below it.
     */
    static final class ListNumbers {
        private static final int LEVELS = 9;
        private static final String WORDML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        private final XWPFNumbering numbering;
        private final Map<BigInteger, int[]> counters = new HashMap<>();
        private final Set<BigInteger> numsSeen = new HashSet<>();

        ListNumbers(XWPFNumbering numbering) {
            this.numbering = numbering;
        }

        String label(XWPFParagraph p) {
            if (numbering == null || p.getNumID() == null || p.getNumID().signum() <= 0) {
                return "";
            }
            XWPFNum num = numbering.getNum(p.getNumID());
            if (num == null || num.getCTNum().getAbstractNumId() == null) {
                return "";
            }
            BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
            XWPFAbstractNum abs = numbering.getAbstractNum(abstractId);
            if (abs == null) {
                return "";
            }
            CTLvl[] levels = new CTLvl[LEVELS];
            for (CTLvl l : abs.getCTAbstractNum().getLvlArray()) {
                int i = l.getIlvl() == null ? 0 : l.getIlvl().intValue();
                if (i >= 0 && i < LEVELS) {
                    levels[i] = l;
                }
            }
            int[] starts = new int[LEVELS];
            for (int i = 0; i < LEVELS; i++) {
                starts[i] = start(levels[i]);
            }
            int[] count = counters.computeIfAbsent(abstractId, k -> unset());
            for (CTNumLvl o : num.getCTNum().getLvlOverrideArray()) {
                int i = o.getIlvl() == null ? 0 : o.getIlvl().intValue();
                if (i < 0 || i >= LEVELS) {
                    continue;
                }
                if (o.isSetLvl()) {
                    levels[i] = o.getLvl();
                    starts[i] = start(levels[i]);
                }
                if (o.isSetStartOverride() && o.getStartOverride().getVal() != null) {
                    starts[i] = o.getStartOverride().getVal().intValue();
                    if (!numsSeen.contains(p.getNumID())) {
                        count[i] = Integer.MIN_VALUE;
                    }
                }
            }
            numsSeen.add(p.getNumID());
            int level = p.getNumIlvl() == null ? 0 : Math.max(0, Math.min(LEVELS - 1, p.getNumIlvl().intValue()));
            count[level] = count[level] == Integer.MIN_VALUE ? starts[level] : count[level] + 1;
            for (int i = level + 1; i < LEVELS; i++) {
                count[i] = Integer.MIN_VALUE;
            }
            CTLvl lvl = levels[level];
            if (lvl == null || lvl.getLvlText() == null || lvl.getLvlText().getVal() == null) {
                return "";
            }
            String format = format(lvl);
            if (format.equals("bullet") || format.equals("none")) {
                return "";
            }
            String template = lvl.getLvlText().getVal();
            StringBuilder label = new StringBuilder();
            for (int i = 0; i < template.length(); i++) {
                char c = template.charAt(i);
                if (c == '%' && i + 1 < template.length() && template.charAt(i + 1) >= '1'
                        && template.charAt(i + 1) <= '9') {
                    int k = template.charAt(++i) - '1';
                    int n = count[k] == Integer.MIN_VALUE ? starts[k] : count[k];
                    label.append(number(n, k == level ? format : format(levels[k])));
                } else {
                    label.append(c);
                }
            }
            if (label.isEmpty()) {
                return "";
            }
            boolean nothing = "nothing".equals(suffix(lvl));
            char last = label.charAt(label.length() - 1);
            // Word's default gap after a number is a tab; a tab would cut the line into cells, so write a space,
            // and nothing after Chinese punctuation (「一、总体情况」).
            boolean fullWidthPunctuation = (last >= '\u3000' && last <= '\u303F') || (last >= '\uFF00' && last <= '\uFFEF');
            return nothing || fullWidthPunctuation ? label.toString() : label + " ";
        }

        /**
         * {@code w:suff/@w:val} of a level, read from the XML: POI's lite schema jar has no class for it.
         */
        private static String suffix(CTLvl lvl) {
            org.w3c.dom.Node node = lvl.getDomNode();
            for (org.w3c.dom.Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof org.w3c.dom.Element e && "suff".equals(e.getLocalName())) {
                    return e.getAttributeNS(WORDML, "val");
                }
            }
            return null;
        }

        private static int[] unset() {
            int[] a = new int[LEVELS];
            java.util.Arrays.fill(a, Integer.MIN_VALUE);
            return a;
        }

        private static int start(CTLvl lvl) {
            return lvl != null && lvl.isSetStart() && lvl.getStart().getVal() != null
                    ? lvl.getStart().getVal().intValue() : 1;
        }

        private static String format(CTLvl lvl) {
            return lvl != null && lvl.isSetNumFmt() && lvl.getNumFmt().getVal() != null
                    ? lvl.getNumFmt().getVal().toString() : "decimal";
        }

        /** A list number in one of Word's formats; the formats reports use, and decimal for the rest. */
        static String number(int n, String format) {
            return switch (format) {
                case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "japaneseCounting",
                     "taiwaneseCounting", "taiwaneseCountingThousand", "ideographLegalTraditional" ->
                        chinese(n, format.equals("chineseLegalSimplified"));
                case "ideographTraditional" -> n >= 1 && n <= 10 ? String.valueOf("甲乙丙丁戊己庚辛壬癸".charAt(n - 1))
                        : String.valueOf(n);
                case "ideographZodiac" -> n >= 1 && n <= 12 ? String.valueOf("子丑寅卯辰巳午未申酉戌亥".charAt(n - 1))
                        : String.valueOf(n);
                case "ideographDigital", "japaneseDigitalTenThousand" -> digits(n, "〇一二三四五六七八九");
                case "decimalFullWidth", "decimalFullWidth2" -> digits(n, "０１２３４５６７８９");
                case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
                        n >= 1 && n <= 20 ? String.valueOf((char) ('\u2460' + n - 1)) : String.valueOf(n);
                case "decimalZero" -> n >= 0 && n < 10 ? "0" + n : String.valueOf(n);
                case "lowerLetter" -> letters(n, 'a');
                case "upperLetter" -> letters(n, 'A');
                case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
                case "upperRoman" -> roman(n);
                default -> String.valueOf(n);
            };
        }

        /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五. */
        static String chinese(int n, boolean legal) {
            String digits = legal ? "零壹贰叁肆伍陆柒捌玖" : "零一二三四五六七八九";
            String ten = legal ? "拾" : "十";
            String hundred = legal ? "佰" : "百";
            if (n <= 0 || n >= 1000) {
                return String.valueOf(n);
            }
            StringBuilder sb = new StringBuilder();
            int h = n / 100;
            int t = n / 10 % 10;
            int u = n % 10;
            if (h > 0) {
                sb.append(digits.charAt(h)).append(hundred);
            }
            if (t > 0) {
                if (!(h == 0 && t == 1) || legal) {
                    sb.append(digits.charAt(t));
                }
                sb.append(ten);
            } else if (h > 0 && u > 0) {
                sb.append(digits.charAt(0));
            }
            if (u > 0) {
                sb.append(digits.charAt(u));
            }
            return sb.toString();
        }

        private static String digits(int n, String set) {
            StringBuilder sb = new StringBuilder();
            for (char c : String.valueOf(n).toCharArray()) {
                sb.append(Character.isDigit(c) ? set.charAt(c - '0') : c);
            }
            return sb.toString();
        }

        private static String letters(int n, char a) {
            if (n <= 0) {
                return String.valueOf(n);
            }
            // Word repeats the letter: a … z, aa … zz.
            return String.valueOf((char) (a + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
        }

        private static String roman(int n) {
            if (n <= 0 || n >= 4000) {
                return String.valueOf(n);
            }
            int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
            String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < values.length; i++) {
                while (n >= values[i]) {
                    sb.append(symbols[i]);
                    n -= values[i];
                }
            }
            return sb.toString();
        }
    }
}
