package org.xxgk.check.input;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An HTML page (a saved government web page, or Word's "save as web page") → text lines.
 *
 * <p>Block elements (paragraphs, headings, list items, divisions) and {@code <br>} end a line. A data table becomes
 * one line per row, cells separated by tabs; {@code rowspan}/{@code colspan} put the text in the first position and
 * leave the spanned positions empty. A table whose cells hold other tables, headings or long text, or that has a
 * single column, is page layout (many sites wrap the whole article in one): its cells are read as blocks. Scripts, styles and elements
 * hidden with {@code display:none} are skipped.
 *
 * <p>The charset is the one the page declares (a BOM, {@code <meta charset>}, or {@code http-equiv} content type);
 * a declaration the bytes contradict, or no declaration, falls back to whichever of UTF-8 and GB18030 decodes
 * cleanly. GB2312 and GBK pages are read as GB18030, their superset: pages declared GB2312 often hold GBK characters.
 */
final class HtmlConverter {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_TAG = Pattern.compile(
            "^(?:<\\?xml[^>]*>\\s*)?<(?:!doctype\\s+html|!--|html|head|body|meta|title|table|div|p|h[1-6]|span|center"
                    + "|section|article|font|style|link|br|main)[\\s>/]", Pattern.CASE_INSENSITIVE);
    private static final Set<String> EXTENSIONS = Set.of(".html", ".htm", ".xhtml", ".shtml");
    static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "title",
            "select", "button", "iframe", "object", "svg", "img", "input", "textarea", "map", "audio", "video");
    static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "section", "article", "header", "footer", "nav", "aside", "main", "blockquote", "center",
            "address", "figure", "figcaption", "form", "fieldset", "hr", "caption", "body", "html", "tr", "td", "th",
            "thead", "tbody", "tfoot", "pre", "details", "summary");
    static final Pattern HIDDEN = Pattern.compile("display\\s*:\\s*none", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHITE = Pattern.compile("[ \\t\\n\\r\\f\\u00A0]+");
    /** What may stand in a table besides rows: anything else there (jsoup puts it there past its nesting cap) is text. */
    private static final Set<String> TABLE_PARTS = Set.of("caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr");

    private HtmlConverter() {
    }

    /** An HTML file: by its extension, or by content that opens with a tag, a doctype or a comment. */
    static boolean looksLikeHtml(byte[] bytes, String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (EXTENSIONS.stream().anyMatch(name::endsWith)) {
            return true;
        }
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            start = 3;
        }
        while (start < bytes.length && Character.isWhitespace(bytes[start])) {
            start++;
        }
        int n = Math.min(bytes.length - start, 256);
        if (n <= 0 || bytes[start] != '<') {
            return false;
        }
        String head = new String(bytes, start, n, StandardCharsets.ISO_8859_1);
        return LEADING_TAG.matcher(head).find();
    }

    static ReportText convert(byte[] bytes) throws InputException {
        return convert(decode(bytes));
    }

    /**
     * The page's text; when a script of the page holds a document in a string and that document has more text than
     * the page shows (see {@link EmbeddedHtml}), that document's text.
     */
    static ReportText convert(String html) throws InputException {
        Document doc = Jsoup.parse(html);
        int shown = doc.body() == null ? 0 : doc.body().text().length();
        for (Element script : doc.select("script")) {
            String embedded = EmbeddedHtml.find(script.data());
            if (embedded != null) {
                Document inner = Jsoup.parse(embedded);
                int length = inner.body() == null ? 0 : inner.body().text().length();
                if (length > shown) {
                    doc = inner;
                    shown = length;
                }
            }
        }
        TextLines out = new TextLines();
        new Walker(out).block(doc.body() != null ? doc.body() : doc);
        if (out.isEmpty()) {
            throw new InputException("网页中没有正文文字");
        }
        return out.toText(ReportText.Kind.HTML);
    }

    /** The page's text: declared charset if the bytes agree with it, else UTF-8 or GB18030, whichever fits. */
    static String decode(byte[] bytes) throws InputException {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return lenient(bytes, 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return lenient(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return lenient(bytes, 2, StandardCharsets.UTF_16BE);
        }
        Charset declared = declared(bytes);
        List<Charset> tries = new ArrayList<>();
        if (declared != null) {
            tries.add(declared);
        }
        tries.add(StandardCharsets.UTF_8);
        tries.add(GB18030);
        for (Charset c : tries) {
            String s = ReportInput.strict(bytes, c);
            if (s != null) {
                return s;
            }
        }
        if (declared != null) {
            return lenient(bytes, 0, declared);
        }
        throw new InputException("无法识别网页的编码（既不是 UTF-8 也不是 GBK）");
    }

    private static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk") || name.equals("cp936")
                || name.equals("gb_2312-80") || name.equals("euc-cn")) {
            return GB18030;
        }
        try {
            Charset c = Charset.forName(name);
            // A page saved as UTF-8 whose meta still says UTF-16 cannot be UTF-16: ASCII tags were just read.
            return c.name().startsWith("UTF-16") || c.name().startsWith("UTF-32") ? null : c;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String lenient(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    /** Walks the page in document order, gathering inline text into the current line. */
    private static final class Walker {
        private final TextLines out;
        private final StringBuilder line = new StringBuilder();
        private int gridCells;

        Walker(TextLines out) {
            this.out = out;
        }

        void block(Element e) {
            flush();
            children(e, false);
            flush();
        }

        private void children(Element e, boolean pre) {
            for (Node child : e.childNodes()) {
                if (child instanceof TextNode t) {
                    text(pre ? t.getWholeText() : t.text(), pre);
                } else if (child instanceof Element c) {
                    element(c, pre);
                }
            }
        }

        private void element(Element e, boolean pre) {
            String tag = e.normalName();
            if (SKIPPED.contains(tag) || HIDDEN.matcher(e.attr("style")).find() || e.hasAttr("hidden")) {
                return;
            }
            switch (tag) {
                case "br" -> flush();
                case "table" -> table(e);
                case "pre", "textarea", "xmp", "plaintext" -> {
                    flush();
                    children(e, true);
                    flush();
                }
                default -> {
                    if (BLOCKS.contains(tag)) {
                        flush();
                        children(e, pre);
                        flush();
                    } else {
                        children(e, pre);
                    }
                }
            }
        }

        private void text(String s, boolean pre) {
            if (pre) {
                String[] parts = s.split("\\R", -1);
                for (int i = 0; i < parts.length; i++) {
                    if (i > 0) {
                        flush();
                    }
                    line.append(parts[i]);
                }
            } else {
                line.append(s);
            }
        }

        private void flush() {
            String s = line.toString();
            line.setLength(0);
            // Outside <pre> jsoup has already made each run of white space one space, as a browser shows it; only
            // preformatted text keeps its tabs, which can separate the cells of a pasted table.
            out.paragraph(s.indexOf('\t') >= 0 ? s : WHITE.matcher(s).replaceAll(" "));
        }

        private void table(Element table) {
            flush();
            List<Element> rows = HtmlTable.rows(table);
            strays(table, rows);
            if (HtmlTable.isLayout(table, rows)) {
                for (Element row : rows) {
                    for (Element cell : row.children()) {
                        if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                            block(cell);
                        }
                    }
                }
                return;
            }
            for (Element caption : table.children()) {
                if (caption.normalName().equals("caption")) {
                    out.paragraph(WHITE.matcher(HtmlTable.cellText(caption)).replaceAll(" "));
                }
            }
            long positions = HtmlTable.positions(rows);
            if (gridCells + positions > HtmlTable.MAX_GRID_CELLS) {
                for (Element row : rows) {
                    out.row(HtmlTable.cells(row).stream().map(HtmlTable::cellText).toList());
                }
                return;
            }
            gridCells += (int) positions;
            for (List<String> cells : HtmlTable.grid(rows)) {
                out.row(cells);
            }
        }

        /**
         * Text standing in a table outside its cells, read as blocks before the table. Browsers show it there, and
         * jsoup puts the content of tables nested deeper than its cap (512) there: without this it was lost.
         */
        private void strays(Element table, List<Element> rows) {
            List<Node> stray = new ArrayList<>();
            for (Node child : table.childNodes()) {
                if (!(child instanceof Element e) || !TABLE_PARTS.contains(e.normalName())) {
                    stray.add(child);
                } else if (!e.normalName().equals("tr") && !e.normalName().equals("caption")) {
                    for (Node inner : e.childNodes()) {
                        if (!(inner instanceof Element ie) || !ie.normalName().equals("tr")) {
                            stray.add(inner);
                        }
                    }
                }
            }
            for (Element row : rows) {
                for (Node inner : row.childNodes()) {
                    if (!(inner instanceof Element ie) || !ie.normalName().equals("td") && !ie.normalName().equals("th")) {
                        stray.add(inner);
                    }
                }
            }
            for (Node n : stray) {
                flush();
                if (n instanceof TextNode t) {
                    text(t.text(), false);
                } else if (n instanceof Element e) {
                    element(e, false);
                }
                flush();
            }
        }

    }
}
