package org.xxgk.check.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xxgk.check.crawl.RunResolver;
import org.xxgk.check.crawl.RunTokenizer;
import org.xxgk.check.crawl.Token;
import org.xxgk.check.fact.Cell;
import org.xxgk.check.fact.Claim;
import org.xxgk.check.fact.Problem;
import org.xxgk.check.fact.Table;
import org.xxgk.check.fact.TemplateMarker;
import org.xxgk.check.template.TemplateSpec;
import org.xxgk.check.template.Templates;
import org.xxgk.check.template.Text;

/**
 * Reads tables 二, 三 and 四 from the lines of a report, whatever separates their cells: tabs, pipes (web pages and
 * Markdown), or one cell per line.
 *
 * <p>Every line is cut into cell tokens and the tokens are read as one stream. A token is a number, a placeholder
 * (「/」「—」「不适用」), or a label the template YAML knows: a caption, a header cell, a row label. A row label opens a
 * row; the numbers after it are that row's values, in column order; the next label closes it. Empty cells carry no
 * meaning, so a row whose cells are shifted by an extra or missing separator reads the same. Rows are found by
 * their labels, never by position: a missing row cannot shift the values of another.
 *
 * <p>Damage never throws and never invents values. A row with too few values, values that fit no row, a table that
 * stops early: each becomes a {@link Problem} with its line, and the row gets no cells.
 *
 * <p>Text whose cell separators were lost (「规章000行政规范性文件77132470」: a report captured by a crawler, or a row
 * copied without its tabs) is cut by {@link RunTokenizer} into labels and digit runs. A row that holds digit runs is
 * set aside when it closes and split at the end, when the whole table and the prose are known ({@link RunResolver}).
 */
final class TableReader {

    static final String T2 = Templates.TABLE_2;
    static final String T3 = Templates.TABLE_3;
    static final String T4 = Templates.TABLE_4;

    private static final Pattern CAPTION2 = Pattern.compile("第二十条第（[一二三四五六七八九十]+）项");

    private final Templates templates;
    private final boolean cellPerField;
    private String expectedTemplate;

    final List<Cell> cells = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    final List<TemplateMarker> markers = new ArrayList<>();
    final List<Table> tables = new ArrayList<>();
    final Set<Integer> tableLines = new HashSet<>();

    // the table being read
    private String table;
    private final Map<String, int[]> tableSpans = new LinkedHashMap<>();
    // table 二
    private String caption;
    private List<String> columns2 = new ArrayList<>();
    private boolean inHeader2;
    private final Map<String, Integer> captionsFound = new LinkedHashMap<>();
    private final Map<String, Set<String>> rowsFound2 = new LinkedHashMap<>();
    // table 三
    private final List<String> header3 = new ArrayList<>();
    private List<String> columns3;
    private int lastHeader3Line;
    private final Map<String, Integer> rowsFound3 = new LinkedHashMap<>();
    private int lastRow3Line;
    private Templates.Row3 lastRow3;
    // table 四
    private final Set<Integer> groups4Read = new LinkedHashSet<>();
    private final List<Integer> groups4Named = new ArrayList<>();
    // the open row
    private String rowLabel;
    private Templates.Row3 row3;
    private int rowLine;
    private int rowTokenLine;
    /** Whether the line being read holds blank fields only. */
    private boolean blankLine;
    private int rowPosition;
    private final List<Token> values = new ArrayList<>();
    // values that belong to no row
    private final List<Token> orphans = new ArrayList<>();
    private final List<Token> unknown = new ArrayList<>();
    // rows whose cells ran together, split when the table is complete
    private final TableTokens tokenizer;
    private final RowCells rowCells;
    private final List<RunResolver.RunRow> pending = new ArrayList<>();
    private final Map<Integer, Integer> positions = new HashMap<>();

    TableReader(Templates templates) {
        this(templates, false);
    }

    /**
     * @param cellPerField whether every field of a table line is a cell of its own (HTML, DOCX, PDF), so that an
     *                     empty field before a row's first value or after its last is a blank cell too
     */
    TableReader(Templates templates, boolean cellPerField) {
        this.templates = templates;
        this.cellPerField = cellPerField;
        this.tokenizer = new TableTokens(templates);
        this.rowCells = new RowCells(templates, tokenizer, cellPerField, cells, problems);
    }

    /** The tokenizer this reader cuts lines with. */
    TableTokens tokens() {
        return tokenizer;
    }

    /**
     * Feeds a stretch of a report whose line breaks and cell separators were lost (the part of a long line between
     * two section headings). Every digit run may hold several cells. Returns whether it held table content; a
     * stretch of prose is not read.
     */
    boolean runningText(String text, int number) {
        List<RunTokenizer.Piece> pieces = tokenizer.pieces(text);
        // a sentence without a table label (「（一）主动公开情况 2024年主动公开信息64条。」) is prose, numbers or not
        boolean labelled = pieces.stream().anyMatch(p -> p.kind() == RunTokenizer.Kind.LABEL);
        boolean sentence = pieces.stream().anyMatch(p -> p.kind() == RunTokenizer.Kind.PROSE)
                || Text.clean(text).matches(".*[。！？!?]$");
        if (pieces.isEmpty() || !labelled && sentence) {
            return false;
        }
        tableLines.add(number);
        for (RunTokenizer.Piece piece : pieces) {
            if (piece.kind() == RunTokenizer.Kind.PROSE) {
                continue;
            }
            int position = positions.merge(number, 1, Integer::sum) - 1;
            token(new Token(piece.text(), piece.key(), number, position, piece.kind() == RunTokenizer.Kind.DIGITS));
        }
        return true;
    }

    /** Feeds one line of the table region. Returns false when the line is prose and was not read. */
    boolean line(String line, int number) {
        List<Token> tokens = tokenizer.tokens(line, number);
        if (tokens == null) {
            return false;
        }
        if (!tokens.isEmpty() || line.indexOf('|') >= 0 || line.indexOf('\t') >= 0) {
            tableLines.add(number);
        }
        blankLine = !tokens.isEmpty();
        for (Token t : tokens) {
            blankLine &= t.text().isEmpty(); // (a loop, not a stream: this runs for every line of every table)
        }
        for (Token t : tokens) {
            token(t);
        }
        blankLine = false;
        return true;
    }

    /** The end of the table region: closes the open row. */
    void close() {
        closeRow();
        flushOrphans();
    }

    /** A section heading inside the region ends the open row. */
    void heading() {
        closeRow();
        flushOrphans();
    }

    private void token(Token t) {
        if (t.text().isEmpty()) {
            // a blank field belongs to the open row only on a line of that row (a line may begin with an empty
            // field before the next row's label), or on a line of nothing but blank fields (one cell a line: 「|」)
            if (rowLabel != null && (t.line() == rowTokenLine || blankLine)) {
                values.add(t); // placed or dropped when the row closes (see placeBlanks)
            }
            return;
        }
        if (tokenizer.isNumber(t.text()) || templates.isPlaceholder(t.key())) {
            if (rowLabel != null) {
                values.add(t);
                rowTokenLine = t.line();
                touch(t.line());
            } else if (T4.equals(table) && groups4Read.size() < templates.groups4().size()) {
                openRow("", null, t);
                values.add(t);
                touch(t.line());
            } else {
                orphans.add(t);
            }
            return;
        }
        String key = t.key();
        // values that fit no row are one finding per stretch: a word the templates do not know (「|」, a unit, a
        // stray header) does not end the stretch, a label does
        if (tokenizer.isLabel(key) || templates.row3ByPrefix(key) != null
                || !orphans.isEmpty() && (templates.row3Nearest(key) != null || !templates.groups4Named(key).isEmpty()
                        || CAPTION2.matcher(key).find())) {
            flushOrphans();
            unknown.clear();
        }
        // table 二
        String cap = templates.caption2(key);
        Matcher embedded = CAPTION2.matcher(key);
        if (cap == null && embedded.find()) {
            cap = templates.caption2(embedded.group());
        }
        if (cap != null) {
            closeRow();
            startTable(T2, t.line());
            caption = cap;
            columns2 = new ArrayList<>();
            inHeader2 = false;
            captionsFound.putIfAbsent(cap, t.line());
            marker(cap, t);
            return;
        }
        if (templates.isHeader2(key)) {
            closeRow();
            startTable(T2, t.line());
            columns2 = new ArrayList<>();
            inHeader2 = true;
            return;
        }
        if (T2.equals(table) && inHeader2 && templates.column2(key) != null) {
            String column = templates.column2(key);
            columns2.add(column);
            marker(column, t);
            touch(t.line());
            return;
        }
        String row2 = templates.row2(key);
        if (row2 != null) {
            closeRow();
            startTable(T2, t.line());
            inHeader2 = false;
            openRow(row2, null, t);
            marker(row2, t);
            return;
        }
        // table 四: its header words also occur in table 三 (总计, 其他), so it is asked first when open. A table 四
        // split into its groups (a Markdown copy of a PDF: 「行政复议」, then 「行政诉讼（未经复议直接起诉）」…) names
        // each group in a header before its values.
        List<Integer> named = templates.groups4Named(key);
        boolean open4 = T4.equals(table) && groups4Read.size() < templates.groups4().size();
        if (open4 && (templates.isHeader4(key) || !named.isEmpty())) {
            if (rowLabel != null && values.stream().anyMatch(v -> !v.text().isEmpty())) {
                closeRow();
            }
            groups4Named.addAll(named);
            touch(t.line());
            return;
        }
        if (templates.isHeader4Start(key) || !named.isEmpty()) {
            closeRow();
            startTable(T4, t.line());
            groups4Named.addAll(named);
            return;
        }
        // table 三
        Templates.Row3 r3 = templates.row3(key);
        boolean truncated = false;
        boolean variant = false;
        if (r3 == null) {
            r3 = templates.row3ByPrefix(key);
            truncated = r3 != null;
        }
        if (r3 == null) {
            r3 = templates.row3Nearest(key);
            variant = r3 != null;
        }
        if (r3 != null) {
            closeRow();
            startTable(T3, t.line());
            if (columns3 == null) {
                columns3 = layout3();
            }
            if (truncated) {
                problems.add(new Problem("label-truncated", T3, r3.label(), "", t.line(), t.text(),
                        "第" + t.line() + "行行名“" + t.text() + "”不完整，按“" + r3.label() + "”读取"));
            }
            if (variant) {
                problems.add(new Problem("label-variant", T3, r3.label(), "", t.line(), t.text(),
                        "第" + t.line() + "行行名“" + t.text() + "”与模板写法“" + r3.label() + "”不同，按该行读取"));
            }
            openRow(r3.label(), r3, t);
            return;
        }
        if (templates.isCaption3(key) || templates.isHeader3(key) || templates.column3(key) != null) {
            if (!T3.equals(table) || columns3 == null) {
                closeRow();
                startTable(T3, t.line());
                String column = templates.column3(key);
                if (column != null) {
                    header3.add(column);
                    lastHeader3Line = t.line();
                }
                return;
            }
        }
        // anything else: a word the templates do not know
        unknown.add(t);
        if (rowLabel != null && values.stream().anyMatch(v -> !v.text().isEmpty())) {
            closeRow();
        }
    }

    private void startTable(String name, int line) {
        if (!name.equals(table)) {
            table = name;
            tableSpans.putIfAbsent(name, new int[] {line, line});
        }
        touch(line);
    }

    private void touch(int line) {
        if (table != null) {
            int[] span = tableSpans.get(table);
            span[1] = Math.max(span[1], line);
        }
    }

    private void openRow(String label, Templates.Row3 r3, Token at) {
        rowLabel = label;
        row3 = r3;
        rowLine = at.line();
        rowTokenLine = at.line();
        rowPosition = at.position();
        values.clear();
        touch(at.line());
    }

    /** Closes the open row and turns its values into cells, or into a problem when they do not fit. */
    private void closeRow() {
        if (rowLabel == null) {
            return;
        }
        String label = rowLabel;
        Templates.Row3 r = row3;
        List<Token> vals = new ArrayList<>(values);
        rowLabel = null;
        row3 = null;
        values.clear();
        switch (table) {
            case T2 -> closeRow2(label, vals);
            case T3 -> closeRow3(label, r, vals);
            case T4 -> closeRow4(vals);
            default -> { }
        }
    }

    private void closeRow2(String row, List<Token> vals) {
        rowsFound2.computeIfAbsent(caption == null ? "" : caption, k -> new LinkedHashSet<>()).add(row);
        if (columns2.isEmpty()) {
            if (!RowCells.given(vals).isEmpty()) {
                problems.add(new Problem("missing-header", T2, row, "", rowLine,
                        "第" + rowLine + "行第二部分表格“" + row + "”行之前没有“信息内容”表头，无法确定各数值所属的列"));
            }
            return;
        }
        assign(T2, row, columns2, vals);
    }

    private void closeRow3(String row, Templates.Row3 r, List<Token> all) {
        List<Token> vals = RowCells.given(all);
        if (!r.carriesData()) {
            if (!vals.isEmpty()) {
                problems.add(new Problem("unexpected-values", T3, row, "", vals.get(0).line(),
                        "第" + vals.get(0).line() + "行“" + row + "”是分组标题，模板中不填数值，但写有" + vals.size() + "个数值"));
            }
            return;
        }
        if (r.isGroup() && vals.isEmpty()) {
            return; // （六）其他处理 heading its 2021 sub-rows
        }
        if (rowsFound3.containsKey(row)) {
            problems.add(new Problem("duplicate-row", T3, row, "", rowLine,
                    "第" + rowLine + "行“" + row + "”行重复出现（首次在第" + rowsFound3.get(row) + "行），未读取重复行"));
            return;
        }
        rowsFound3.put(row, rowLine);
        lastRow3 = r;
        lastRow3Line = vals.isEmpty() ? rowLine : vals.get(vals.size() - 1).line();
        if (r.isGroup() && r.dataTemplates().size() == 1) {
            markers.add(new TemplateMarker(r.dataTemplates().iterator().next(), row, rowLine, rowPosition));
        } else {
            String template = templates.templateOf(row);
            if (template != null) {
                markers.add(new TemplateMarker(template, row, rowLine, rowPosition));
            }
        }
        assign(T3, row, columns3, all);
    }

    /**
     * Table 四's data: all three groups in one row (15 values), or the groups of a table split into parts, each after
     * a header that names it (5 or 10 values). Values that make up no whole group are read as a whole row is, and
     * their damage reported.
     */
    private void closeRow4(List<Token> vals) {
        int size = templates.columns4().size();
        List<Integer> unread = new ArrayList<>();
        for (int g = 0; g < templates.groups4().size(); g++) {
            if (!groups4Read.contains(g)) {
                unread.add(g);
            }
        }
        List<Token> given = RowCells.given(vals);
        List<Token> placed = rowCells.placeBlanks(T4, vals, unread.size() * size);
        int groups = placed.size() % size == 0 ? placed.size() / size : 0;
        if (groups == 0 || groups > unread.size() || RowCells.anyRun(given)) {
            groups = unread.size();
        } else {
            placed = rowCells.placeBlanks(T4, vals, groups * size);
        }
        List<Integer> chosen = new ArrayList<>();
        for (int g : groups4Named) {
            if (unread.contains(g) && !chosen.contains(g) && chosen.size() < groups) {
                chosen.add(g);
            }
        }
        for (int g : unread) {
            if (!chosen.contains(g) && chosen.size() < groups) {
                chosen.add(g);
            }
        }
        chosen.sort(null);
        groups4Named.clear();
        groups4Read.addAll(chosen);
        List<String> columns = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (int g : chosen) {
            for (String c : templates.columns4()) {
                rows.add(templates.groups4().get(g));
                columns.add(c);
            }
        }
        if (RowCells.anyRun(given)) {
            pending.add(new RunResolver.RunRow(T4, "", rows, columns, given, given.get(0).line(), cells.size()));
            return;
        }
        List<Token> fitted = rowCells.fit(T4, "", columns.size(), placed, rowLine);
        if (fitted != null) {
            rowCells.place(T4, rows, columns, fitted, rowLine);
        }
    }

    private void assign(String name, String row, List<String> columns, List<Token> vals) {
        List<Token> given = RowCells.given(vals);
        if (RowCells.anyRun(given)) {
            pending.add(new RunResolver.RunRow(name, row, Collections.nCopies(columns.size(), row),
                    List.copyOf(columns), given, given.get(0).line(), cells.size()));
            return;
        }
        List<Token> fitted = rowCells.fit(name, row, columns.size(), rowCells.placeBlanks(name, vals, columns.size()),
                rowLine);
        if (fitted != null) {
            rowCells.place(name, Collections.nCopies(columns.size(), row), columns, fitted, rowLine);
        }
    }

    private void marker(String label, Token at) {
        String template = templates.templateOf(label);
        if (template != null) {
            markers.add(new TemplateMarker(template, label, at.line(), at.position()));
        }
    }

    private void flushOrphans() {
        if (orphans.isEmpty()) {
            return;
        }
        int first = orphans.get(0).line();
        int last = orphans.get(orphans.size() - 1).line();
        String lines = first == last ? "第" + first + "行" : "第" + first + "–" + last + "行";
        List<String> words = unknown.stream().filter(u -> u.line() >= first - 2).map(Token::text)
                .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit)).distinct().limit(4).toList();
        unknown.clear();
        // a digit run whose separators were lost counts as one value per digit only when it can be nothing else
        // (「000」 is three zeros; 「105」 may be one value or three)
        boolean counted = orphans.stream().noneMatch(o -> o.run() && !o.text().matches("0+"));
        int count = orphans.stream().mapToInt(o -> o.run() ? o.text().length() : 1).sum();
        List<String> shown = orphans.stream().map(Token::text).limit(6).toList();
        String start = String.join(" ", shown) + (orphans.size() > shown.size() ? " …" : "");
        List<String> notes = new ArrayList<>();
        if (counted && orphans.size() > 1) {
            notes.add("从“" + start + "”起");
        }
        if (!words.isEmpty()) {
            notes.add("其前的" + quoteAll(words) + "不是模板中的行名或表头");
        }
        if (counted && count == templates.groups4().size() * templates.columns4().size() && !tableSpans.containsKey(T4)) {
            notes.add("数值个数与第四部分表格相同，可能是表头残缺的第四部分表格");
        }
        String what = counted ? count + "个数值" : "数字串“" + start + "”";
        String hint = notes.isEmpty() ? "" : "（" + String.join("；", notes) + "）";
        problems.add(new Problem("orphan-values", table == null ? "" : table, "", "", first,
                lines + "有" + what + "不属于任何可识别的表格行" + hint + "，未读取"));
        orphans.clear();
    }

    /**
     * Table 三's columns from the header cells read so far: 自然人, the columns under 法人或其他组织 in the order
     * written (a 小计 column among them), 总计. Without a usable header, the template's seven columns.
     */
    private List<String> layout3() {
        List<String> standard = templates.standardColumns3();
        String first = standard.get(0);
        String last = standard.get(standard.size() - 1);
        List<String> layout = new ArrayList<>();
        layout.add(first);
        // the header may stand on two rows (自然人 法人或其他组织 总计 / 商业企业 … 其他): what matters is the order of
        // the columns under 法人或其他组织
        List<String> middle = standard.subList(1, standard.size() - 1);
        List<String> order = header3.stream().filter(middle::contains).distinct().toList();
        boolean usable = header3.containsAll(standard) && order.equals(middle);
        if (header3.containsAll(standard) && !usable) {
            // a header in another order than the template's is more often a conversion that shuffled header cells
            // than a table whose columns were really reordered: rows keep the template's columns
            problems.add(new Problem("header-ignored", T3, "", "", lastHeader3Line,
                    "第" + lastHeader3Line + "行第三部分表头“法人或其他组织”下各列的顺序（" + String.join("、", order)
                            + "）与模板不同，按模板的列顺序读取"));
        }
        if (usable) {
            for (String c : header3) {
                if (!c.equals(first) && !c.equals(last) && !layout.contains(c)) {
                    layout.add(c);
                }
            }
        } else {
            layout.addAll(standard.subList(1, standard.size() - 1));
            for (String c : header3) {
                if (!standard.contains(c) && !layout.contains(c)) {
                    layout.add(c);
                }
            }
        }
        layout.add(last);
        return layout;
    }

    /**
     * Ends the reading: closes the open row and records what is missing.
     *
     * @param expectedTemplate the template the report should follow (by its year), which sets the expected rows
     */
    void finish(String expectedTemplate) {
        finish(expectedTemplate, List.of());
    }

    /**
     * Ends the reading: closes the open row, records what is missing, and splits the digit runs of rows whose
     * cells ran together, using the table's totals and what the prose states.
     *
     * @param expectedTemplate the template the report should follow (by its year), which sets the expected rows
     * @param claims           what the prose states (numbers it gives are evidence for splitting digit runs)
     */
    void finish(String expectedTemplate, List<Claim> claims) {
        this.expectedTemplate = expectedTemplate;
        tableSpans.forEach((name, span) -> tables.add(new Table(name, span[0], span[1])));
        if (tableSpans.containsKey(T2)) {
            missingRows2();
        }
        if (tableSpans.containsKey(T3)) {
            missingRows3();
        }
        if (tableSpans.containsKey(T4) && groups4Read.isEmpty()) {
            int line = tableSpans.get(T4)[1];
            problems.add(new Problem("missing-cells", T4, "", "", line,
                    "第四部分表格（第" + tableSpans.get(T4)[0] + "行起）没有数据行"));
        } else if (tableSpans.containsKey(T4) && groups4Read.size() < templates.groups4().size()) {
            List<String> missing = new ArrayList<>();
            for (int g = 0; g < templates.groups4().size(); g++) {
                if (!groups4Read.contains(g)) {
                    missing.add(templates.groups4().get(g));
                }
            }
            int line = tableSpans.get(T4)[1];
            problems.add(new Problem("missing-cells", T4, String.join("、", missing), "", line,
                    "第四部分表格缺少" + quoteAll(missing) + "的数据"));
        }
        if (!pending.isEmpty()) {
            splitRuns(claims);
        }
    }

    /** Splits the pending digit runs and puts their cells where the rows stood. */
    private void splitRuns(List<Claim> claims) {
        RunResolver.Outcome outcome = new RunResolver(templates)
                .resolve(pending, cells, problems, rowsFound3.keySet(), claims);
        problems.addAll(outcome.problems());
        List<RunResolver.Placed> placed = new ArrayList<>(outcome.placed());
        // later rows first (rows set aside one after another share a place), so that earlier places stay valid
        placed.sort((a, b) -> a.row().at() != b.row().at() ? Integer.compare(b.row().at(), a.row().at())
                : Integer.compare(pending.indexOf(b.row()), pending.indexOf(a.row())));
        for (RunResolver.Placed p : placed) {
            RunResolver.RunRow row = p.row();
            int at = row.at();
            for (int i = 0; i < p.texts().length; i++) {
                String text = p.texts()[i];
                Token t = new Token(text, Text.key(text).isEmpty() ? text : Text.key(text), row.line(), i);
                if (rowCells.cell(row.table(), row.rows().get(i), row.columns().get(i), t, p.source(), at)) {
                    at++;
                }
            }
        }
        pending.clear();
    }

    private void missingRows2() {
        int start = tableSpans.get(T2)[0];
        for (String cap : templates.captions2()) {
            TemplateSpec.Layout layout = templates.layout2(cap, expectedTemplate);
            if (layout == null) {
                continue;
            }
            Set<String> found = new HashSet<>();
            for (String r : rowsFound2.getOrDefault(cap, Set.of())) {
                found.addAll(templates.equivalentRows2(r));
            }
            List<String> missing = layout.rows().stream().filter(r -> !found.contains(r)).toList();
            if (missing.isEmpty()) {
                continue;
            }
            Integer capLine = captionsFound.get(cap);
            int line = capLine == null ? start : capLine;
            String what = capLine == null ? "缺少“" + cap + "”部分（" : "“" + cap + "”缺少";
            problems.add(new Problem("omitted-rows", T2, String.join("、", missing), "", line,
                    "第二部分表格" + what + quoteAll(missing) + "行" + (capLine == null ? "）" : "")));
        }
    }

    private void missingRows3() {
        List<Templates.Row3> expected = new ArrayList<>();
        for (Templates.Row3 r : templates.rows3()) {
            if (r.isData(expectedTemplate) || (r.isGroup() && r.carriesData())) {
                expected.add(r);
            }
        }
        // A group written in either template's form is complete: （六）其他处理 as one row (2019) or as its three
        // sub-rows (2021). The other form is a format question, not a missing row.
        List<Templates.Row3> variantGroups = expected.stream().filter(r -> r.isGroup() && r.carriesData()).toList();
        for (Templates.Row3 g : variantGroups) {
            boolean groupFound = rowsFound3.containsKey(g.label());
            boolean itemFound = rowsFound3.keySet().stream().anyMatch(k -> k.startsWith(g.label() + "/"));
            if (groupFound) {
                expected.removeIf(r -> g.label().equals(r.group()) && !r.isGroup());
            } else if (itemFound || !g.isData(expectedTemplate)) {
                expected.remove(g);
            }
        }
        List<Templates.Row3> missing = expected.stream().filter(r -> !rowsFound3.containsKey(r.label())).toList();
        if (missing.isEmpty()) {
            return;
        }
        int lastOrder = lastRow3 == null ? -1 : lastRow3.order();
        List<Templates.Row3> tail = missing.stream().filter(r -> r.order() > lastOrder).toList();
        List<Templates.Row3> inside = missing.stream().filter(r -> r.order() <= lastOrder).toList();
        if (!inside.isEmpty()) {
            problems.add(new Problem("missing-rows", T3, String.join("、", labels(inside)), "",
                    tableSpans.get(T3)[0], "第三部分表格缺少" + quoteAll(labels(inside)) + "行"));
        }
        if (!tail.isEmpty()) {
            if (lastRow3 == null) {
                problems.add(new Problem("missing-rows", T3, "", "", tableSpans.get(T3)[0],
                        "第三部分表格（第" + tableSpans.get(T3)[0] + "行起）没有可识别的数据行"));
                return;
            }
            String range = tail.size() == 1 ? "“" + tail.get(0).label() + "”"
                    : "“" + tail.get(0).label() + "”至“" + tail.get(tail.size() - 1).label() + "”共" + tail.size() + "行";
            problems.add(new Problem("truncated", T3, String.join("、", labels(tail)), "", lastRow3Line,
                    "第三部分表格在第" + lastRow3Line + "行“" + lastRow3.label() + "”之后中断，缺少" + range));
        }
    }

    private static List<String> labels(List<Templates.Row3> rows) {
        return rows.stream().map(Templates.Row3::label).toList();
    }

    private static String quoteAll(List<String> labels) {
        return "“" + String.join("”“", labels) + "”";
    }

}
