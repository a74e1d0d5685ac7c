package org.xxgk.check.crawl;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.xxgk.check.fact.Cell;
import org.xxgk.check.fact.Claim;
import org.xxgk.check.fact.Problem;
import org.xxgk.check.template.Templates;

/**
 * Decides how the digit runs of table rows whose cells ran together are split, using only evidence, and says what
 * evidence chose each value.
 *
 * <p>Order of evidence, each step only for the rows the previous ones left open:
 * <ol>
 * <li><b>form</b>: the well-formed splits ({@link DigitSplits}). One split: the cells are {@code split}, as
 *     certain as separated cells. A run of exactly as many digits as cells is always such a row.</li>
 * <li><b>the row's own relations</b>: 总计 = the six applicant columns ({@code row-total}), 小计 = the five
 *     法人或其他组织 columns ({@code subtotal}), table 四's group totals ({@code review-total}).</li>
 * <li><b>the column relations of table 三</b>, solved over all open rows together: （七）总计 = the result rows
 *     ({@code result-total}), 一 + 二 = （七） + 四 ({@code balance}), per applicant column, and only where every row
 *     they need was read.</li>
 * <li><b>the prose</b>: 「共收到申请81件」 fixes 一's 总计, 「其中自然人80件」 its 自然人, 「法人或其他组织1件」 the
 *     sum of its five organisation columns ({@code narrative}); kept only when the column relations still hold.</li>
 * </ol>
 * A row left with one split gets cells whose source is {@code inferred:} followed by the evidence that removed
 * splits of that row; the rule that checks that evidence skips those cells, since a value chosen because it
 * satisfies a relation cannot show that the relation is broken. A row left with several splits gets no cells and an
 * {@code ambiguous-cells} problem listing them. A row no split of which satisfies its own total, and column
 * relations no combination of splits satisfies, are {@code digits-mismatch} problems: the report (or its capture)
 * is wrong whatever the split.
 *
 * <p>Why a value chosen by one relation may still serve another. A split chosen by evidence E is the only one
 * consistent with E; it is the true split whenever the report satisfies E. The rule that checks E skips it (it
 * would pass by construction, and a pass on a chosen value is a pass on a guess), and TABLE-DIGITS-INFERRED says E
 * cannot be checked for that row. A rule checking another relation F may use it: if F fails, the report is
 * inconsistent for certain (either the split is the true one and F fails, or it is not and E fails), although the
 * numbers in the message are the chosen ones; if F holds, that rests on E, which the info finding already flags.
 * No split is ever chosen by a relation and then used to confirm that same relation.
 */
public final class RunResolver {

    /** Evidence names, in the order they are applied and listed. */
    static final String ROW_TOTAL = "row-total";
    static final String SUBTOTAL = "subtotal";
    static final String REVIEW_TOTAL = "review-total";
    static final String RESULT_TOTAL = "result-total";
    static final String BALANCE = "balance";
    static final String NARRATIVE = "narrative";
    private static final List<String> ORDER = List.of(ROW_TOTAL, SUBTOTAL, REVIEW_TOTAL, RESULT_TOTAL, BALANCE,
            NARRATIVE);
    private static final Map<String, String> SAID = Map.of(
            ROW_TOTAL, "本行总计等于各类申请人之和",
            SUBTOTAL, "小计等于法人或其他组织各列之和",
            REVIEW_TOTAL, "各组总计等于结果维持、结果纠正、其他结果、尚未审结之和",
            RESULT_TOTAL, "（七）总计等于（一）至（六）项之和",
            BALANCE, "第一项加第二项之和等于第三项加第四项之和",
            NARRATIVE, "正文所述的申请数");

    /** The claim kinds whose numbers are evidence for row 一 (narrative.yaml). */
    private static final Set<String> STATED = Set.of("applications-received", "applications-natural",
            "applications-organisations");
    /** Most splits listed per row; a row with more is ambiguous without further search. */
    static final int CAP = 5000;
    /** Most partial sums kept per row while solving the column relations. */
    private static final int STATES = 200_000;
    /** Most sums formed while solving the column relations: a budget like {@link DigitSplits#MAX_STEPS}. */
    private static final long SOLVER_STEPS = 2_000_000;
    /**
     * The most characters one cell can hold, per table: a linear check before any split search. No agency receives
     * ten million applications or review cases a year (三, 四); 二 counts decisions (a city's traffic penalties run
     * to millions) and amounts with decimals (「44.895844」 万元). A run longer than its row's cells can hold is
     * wrong whatever the split, and searching its splits is what made a run of 50 digits take 51 s.
     */
    private static final Map<String, Integer> CELL_WIDTH = Map.of(Templates.TABLE_3, 7, Templates.TABLE_4, 7);
    private static final int WIDEST_CELL = 13;
    /** Problems that leave rows of table 三 unread or unplaced: the column relations cannot be used. */
    private static final Set<String> UNPLACED = Set.of("truncated", "missing-rows", "orphan-values");

    /**
     * A row whose values include digit runs, as the table reader closed it.
     *
     * @param table   二, 三 or 四
     * @param label   the row's canonical label ({@code ""} for table 四's data row)
     * @param rows    per cell, the canonical row (table 四 has three groups in one data row)
     * @param columns per cell, the canonical column
     * @param values  the tokens after the label: digit runs and placeholders
     * @param line    line of the values
     * @param at      where its cells go in the reader's cell list
     */
    public record RunRow(String table, String label, List<String> rows, List<String> columns, List<Token> values,
                  int line, int at) {

        String digits() {
            return String.join(" ", values.stream().map(Token::text).toList());
        }
    }

    /** The texts chosen for a row's cells and how they were chosen. */
    public record Placed(RunRow row, String[] texts, String source) {
    }

    /** What the resolver decided. */
    public record Outcome(List<Placed> placed, List<Problem> problems) {
    }

    /** A row while evidence is weighed. */
    private static final class Open {
        final RunRow row;
        final List<DigitSplits.Item> items;
        List<String[]> splits;
        boolean complete;
        int wellFormed;
        boolean allListed;
        final Set<String> evidence = new LinkedHashSet<>();

        Open(RunRow row, List<DigitSplits.Item> items) {
            this.row = row;
            this.items = items;
        }
    }

    private final Templates templates;

    public RunResolver(Templates templates) {
        this.templates = templates;
    }

    /**
     * @param pending   the rows with digit runs
     * @param known     the cells read so far (separated cells, and rows without runs)
     * @param problems  the problems met so far
     * @param found3    the rows of table 三 found in the report (canonical labels)
     * @param claims    what the prose states
     */
    public Outcome resolve(List<RunRow> pending, List<Cell> known, List<Problem> problems, Set<String> found3,
                    List<Claim> claims) {
        List<Placed> placed = new ArrayList<>();
        List<Problem> raised = new ArrayList<>();
        List<Open> open = new ArrayList<>();
        DigitSplits.Budget budget = new DigitSplits.Budget(DigitSplits.REPORT_STEPS);
        for (RunRow row : pending) {
            Open o = firstLook(row, placed, raised, budget);
            if (o != null) {
                open.add(o);
            }
        }
        // the column relations of table 三, then the prose (kept only if the relations still hold)
        Map<String, Map<String, BigDecimal>> values3 = values3(known, placed);
        boolean usable = problems.stream().noneMatch(p -> p.table().equals(Templates.TABLE_3) && UNPLACED.contains(p.kind()));
        if (usable) {
            columns3(open, values3, found3, raised, false);
        }
        narrative(open, claims, usable ? values3 : null, found3);
        for (Open o : open) {
            if (o.splits.size() == 1 && o.complete) {
                placed.add(new Placed(o.row, o.splits.get(0), source(o)));
                raised.add(inferred(o));
            } else {
                raised.add(ambiguous(o));
            }
        }
        return new Outcome(placed, raised);
    }

    // ---- step 1 and 2: form, then the row's own relations ----

    private Open firstLook(RunRow row, List<Placed> placed, List<Problem> raised, DigitSplits.Budget budget) {
        int n = row.columns().size();
        List<DigitSplits.Item> items = row.values().stream()
                .map(t -> new DigitSplits.Item(t.text(), templates.isPlaceholder(t.key()))).toList();
        if (items.size() == n) {
            // every run is one cell: as separated cells
            placed.add(new Placed(row, items.stream().map(DigitSplits.Item::text).toArray(String[]::new), "direct"));
            return null;
        }
        int min = items.stream().mapToInt(DigitSplits.Item::minCells).sum();
        int max = items.stream().mapToInt(DigitSplits.Item::maxCells).sum();
        String where = where(row);
        if (n < min) {
            if (items.stream().allMatch(i -> i.zeros())) {
                raised.add(new Problem("extra-cells", row.table(), row.label(), "", row.line(), row.digits(),
                        "第" + row.line() + "行" + where + "有" + min + "个数值，模板只有" + n + "列，多出" + (min - n)
                                + "个；各数值相同（均为0），已按" + n + "列读取"));
                placed.add(new Placed(row, zeros(n), "split"));
            } else {
                raised.add(new Problem("extra-cells", row.table(), row.label(), "", row.line(), row.digits(),
                        "第" + row.line() + "行" + where + "的数字串“" + row.digits() + "”至少是" + min + "个数值，模板只有"
                                + n + "列；无法确定哪个是多余的，该行未读取"));
            }
            return null;
        }
        if (n > max) {
            raised.add(new Problem("missing-cells", row.table(), row.label(), "", row.line(), row.digits(),
                    "第" + row.line() + "行" + where + "的数字串“" + row.digits() + "”至多是" + max + "个数值，应为" + n
                            + "个；无法确定缺的是哪一列，该行未读取"));
            return null;
        }
        int width = CELL_WIDTH.getOrDefault(row.table(), WIDEST_CELL);
        long written = items.stream().filter(i -> !i.placeholder()).mapToLong(i -> i.text().length()).sum();
        long cells = n - items.stream().filter(DigitSplits.Item::placeholder).count();
        if (written > cells * width) {
            raised.add(new Problem("digits-mismatch", row.table(), row.label(), "", row.line(), row.digits(),
                    "第" + row.line() + "行" + where + "的数字串“" + row.digits() + "”共" + written + "位，该行" + cells
                            + "个数值每个至多" + width + "位（最多" + cells * width + "位）；表格数字或抓取有误，该行未读取"));
            return null;
        }
        List<Boolean> decimal = row.columns().stream().map(templates::isDecimalColumn).toList();
        DigitSplits.Result all = DigitSplits.of(items, decimal, List.of(), CAP, budget);
        if (all.splits().isEmpty() && all.exhausted()) {
            raised.add(undecided(row));
            return null;
        }
        if (all.splits().isEmpty()) {
            raised.add(new Problem("digits-mismatch", row.table(), row.label(), "", row.line(), row.digits(),
                    "第" + row.line() + "行" + where + "的数字串“" + row.digits() + "”无法拆成" + n
                            + "个数值（件数不能有前导0或小数点）；该行未读取"));
            return null;
        }
        if (all.splits().size() == 1 && all.complete()) {
            placed.add(new Placed(row, all.splits().get(0), "split"));
            return null;
        }
        Open o = new Open(row, items);
        o.splits = all.splits();
        o.complete = all.complete();
        o.wellFormed = all.splits().size();
        o.allListed = all.complete();
        List<DigitSplits.Own> own = own(row);
        if (own.isEmpty()) {
            return o;
        }
        DigitSplits.Result fitting = DigitSplits.of(items, decimal, own, CAP, budget);
        if (fitting.splits().isEmpty() && fitting.exhausted()) {
            raised.add(undecided(row));
            return null;
        }
        if (fitting.splits().isEmpty()) {
            raised.add(new Problem("digits-mismatch", row.table(), row.label(), "", row.line(), row.digits(),
                    "第" + row.line() + "行" + where + "的数字串“" + row.digits() + "”无论怎样拆成" + n + "个数值，"
                            + said(own) + "都不成立（拆法有" + list(all.splits(), all.complete()) + "）；表格数字或抓取有误，该行未读取"));
            return null;
        }
        if (fitting.splits().size() < all.splits().size() || !all.complete()) {
            o.evidence.addAll(decisive(items, decimal, own, fitting.splits().size(), budget));
            o.splits = fitting.splits();
            o.complete = fitting.complete();
        }
        return o;
    }

    /** The evidence names among {@code own} needed to get down to {@code size} splits: one alone if it suffices. */
    private static List<String> decisive(List<DigitSplits.Item> items, List<Boolean> decimal, List<DigitSplits.Own> own,
                                         int size, DigitSplits.Budget budget) {
        Set<String> names = new LinkedHashSet<>();
        own.forEach(r -> names.add(r.evidence()));
        if (names.size() > 1) {
            for (String name : names) {
                List<DigitSplits.Own> alone = own.stream().filter(r -> r.evidence().equals(name)).toList();
                DigitSplits.Result r = DigitSplits.of(items, decimal, alone, CAP, budget);
                if (r.complete() && r.splits().size() == size) {
                    return List.of(name);
                }
            }
        }
        return List.copyOf(names);
    }

    /** The relations among a row's own cells. */
    private List<DigitSplits.Own> own(RunRow row) {
        List<DigitSplits.Own> own = new ArrayList<>();
        List<String> columns = row.columns();
        if (row.table().equals(Templates.TABLE_3)) {
            List<String> standard = templates.standardColumns3();
            String totalColumn = standard.get(standard.size() - 1);
            int total = columns.indexOf(totalColumn);
            List<Integer> parts = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                if (i != total && !templates.optionalColumns3().contains(columns.get(i))) {
                    parts.add(i);
                }
            }
            if (total >= 0 && !parts.isEmpty()) {
                own.add(new DigitSplits.Own(ROW_TOTAL, total, parts));
            }
            for (String optional : templates.optionalColumns3()) {
                int sub = columns.indexOf(optional);
                List<Integer> five = standard.subList(1, standard.size() - 1).stream().map(columns::indexOf).toList();
                if (sub >= 0 && !five.contains(-1)) {
                    own.add(new DigitSplits.Own(SUBTOTAL, sub, five));
                }
            }
        } else if (row.table().equals(Templates.TABLE_4)) {
            List<String> c4 = templates.columns4();
            String totalColumn = c4.get(c4.size() - 1);
            for (String group : templates.groups4()) {
                int total = -1;
                List<Integer> parts = new ArrayList<>();
                for (int i = 0; i < columns.size(); i++) {
                    if (row.rows().get(i).equals(group)) {
                        if (columns.get(i).equals(totalColumn)) {
                            total = i;
                        } else {
                            parts.add(i);
                        }
                    }
                }
                if (total >= 0 && !parts.isEmpty()) {
                    own.add(new DigitSplits.Own(REVIEW_TOTAL, total, parts));
                }
            }
        }
        return own;
    }

    // ---- step 3: the column relations of table 三 ----

    /** The roles of table 三's rows, read from the template's row order (tables.yaml). */
    private record Roles(List<String> received, String total, String carried, Set<String> results) {
    }

    private Roles roles() {
        List<Templates.Row3> rows = templates.rows3();
        int firstGroup = 0;
        while (firstGroup < rows.size() && !rows.get(firstGroup).isGroup()) {
            firstGroup++;
        }
        String carried = rows.get(rows.size() - 1).label();
        int total = rows.size() - 2;
        while (total > firstGroup && (rows.get(total).isGroup() || !rows.get(total).group().isEmpty())) {
            total--;
        }
        List<String> received = new ArrayList<>();
        for (int i = 0; i < firstGroup; i++) {
            received.add(rows.get(i).label());
        }
        Set<String> results = new LinkedHashSet<>();
        for (int i = firstGroup + 1; i < total; i++) {
            results.add(rows.get(i).label());
        }
        return new Roles(received, rows.get(total).label(), carried, results);
    }

    /** An equation over table 三: constant + Σ coefficient × cell = 0, for one applicant column. */
    private record Equation(String family, String column, BigInteger constant, List<Open> rows, List<Integer> coefficients) {
    }

    private List<String> applicantColumns() {
        List<String> standard = templates.standardColumns3();
        return standard.subList(0, standard.size() - 1);
    }

    private List<Equation> equations(List<Open> open, Map<String, Map<String, BigDecimal>> values, Set<String> found3) {
        Roles roles = roles();
        Map<String, Open> byLabel = new HashMap<>();
        for (Open o : open) {
            if (o.complete && o.row.table().equals(Templates.TABLE_3)) {
                byLabel.put(o.row.label(), o);
            }
        }
        List<Equation> equations = new ArrayList<>();
        for (String column : applicantColumns()) {
            Map<String, Integer> resultTerms = new LinkedHashMap<>();
            resultTerms.put(roles.total(), 1);
            for (String r : found3) {
                if (roles.results().contains(r)) {
                    resultTerms.put(r, -1);
                }
            }
            Equation e = equation(RESULT_TOTAL, column, resultTerms, values, byLabel, found3);
            if (e != null) {
                equations.add(e);
            }
            Map<String, Integer> balanceTerms = new LinkedHashMap<>();
            roles.received().forEach(r -> balanceTerms.put(r, 1));
            balanceTerms.put(roles.total(), -1);
            balanceTerms.put(roles.carried(), -1);
            e = equation(BALANCE, column, balanceTerms, values, byLabel, found3);
            if (e != null) {
                equations.add(e);
            }
        }
        return equations;
    }

    /** The equation if every row it needs was read or is open with numbers in this column, and one row is open. */
    private Equation equation(String family, String column, Map<String, Integer> terms,
                              Map<String, Map<String, BigDecimal>> values, Map<String, Open> open, Set<String> found3) {
        BigInteger constant = BigInteger.ZERO;
        List<Open> rows = new ArrayList<>();
        List<Integer> coefficients = new ArrayList<>();
        for (Map.Entry<String, Integer> t : terms.entrySet()) {
            String row = t.getKey();
            if (!found3.contains(row)) {
                return null;
            }
            BigDecimal v = values.getOrDefault(row, Map.of()).get(column);
            Open o = open.get(row);
            if (v != null) {
                BigInteger whole = integer(v);
                if (whole == null) {
                    return null;
                }
                constant = constant.add(whole.multiply(BigInteger.valueOf(t.getValue())));
            } else if (o != null && o.splits.stream().allMatch(s -> integer(cellValue(o, s, column)) != null)) {
                rows.add(o);
                coefficients.add(t.getValue());
            } else {
                return null;
            }
        }
        return rows.isEmpty() ? null : new Equation(family, column, constant, rows, coefficients);
    }

    private static BigInteger integer(BigDecimal v) {
        if (v == null) {
            return null;
        }
        try {
            return v.toBigIntegerExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static BigDecimal cellValue(Open o, String[] split, String column) {
        int i = o.row.columns().indexOf(column);
        return i < 0 ? null : DigitSplits.value(split[i]);
    }

    /**
     * Narrows the open rows of table 三 by the column relations. Returns false when the relations admit no
     * combination (then nothing is narrowed).
     *
     * @param quiet true to raise no problem when no combination fits (a trial, as for the prose)
     */
    private boolean columns3(List<Open> open, Map<String, Map<String, BigDecimal>> values, Set<String> found3,
                             List<Problem> raised, boolean quiet) {
        List<Equation> all = equations(open, values, found3);
        if (all.isEmpty()) {
            return true;
        }
        List<Equation> results = all.stream().filter(e -> e.family().equals(RESULT_TOTAL)).toList();
        List<Equation> balance = all.stream().filter(e -> e.family().equals(BALANCE)).toList();
        Map<Open, List<String[]>> both = Solver.supported(all);
        if (both == null) {
            return true; // too many combinations to weigh: the rows stay open
        }
        if (!both.isEmpty()) {
            Map<Open, List<String[]>> r3 = results.isEmpty() ? Map.of() : Solver.supported(results);
            Map<Open, List<String[]>> r1 = balance.isEmpty() ? Map.of() : Solver.supported(balance);
            narrow(both, r3, r1);
            return true;
        }
        if (quiet) {
            return false;
        }
        // no combination satisfies both families: say which cannot hold, and use one that can
        Map<Open, List<String[]>> r3 = results.isEmpty() ? null : Solver.supported(results);
        Map<Open, List<String[]>> r1 = balance.isEmpty() ? null : Solver.supported(balance);
        boolean r3Fails = r3 != null && r3.isEmpty();
        boolean r1Fails = r1 != null && r1.isEmpty();
        if (r3Fails) {
            raised.add(mismatch(results, RESULT_TOTAL));
        }
        if (r1Fails) {
            raised.add(mismatch(balance, BALANCE));
        }
        if (!r3Fails && !r1Fails) {
            raised.add(mismatch(all, RESULT_TOTAL + "+" + BALANCE));
        } else if (r3Fails && r1 != null && !r1.isEmpty()) {
            narrow(r1, Map.of(), r1);
        } else if (r1Fails && r3 != null && !r3.isEmpty()) {
            narrow(r3, r3, Map.of());
        }
        return false;
    }

    /** Keeps the supported splits; names the family that did it (one alone when it suffices). */
    private static void narrow(Map<Open, List<String[]>> both, Map<Open, List<String[]>> r3,
                               Map<Open, List<String[]>> r1) {
        both.forEach((o, kept) -> {
            if (kept.size() == o.splits.size()) {
                return;
            }
            List<String[]> only3 = r3 == null ? null : r3.get(o);
            List<String[]> only1 = r1 == null ? null : r1.get(o);
            if (only3 != null && only3.size() == kept.size()) {
                o.evidence.add(RESULT_TOTAL);
            } else if (only1 != null && only1.size() == kept.size()) {
                o.evidence.add(BALANCE);
            } else {
                o.evidence.add(RESULT_TOTAL);
                o.evidence.add(BALANCE);
            }
            o.splits = kept;
        });
    }

    private Problem mismatch(List<Equation> equations, String family) {
        Set<Open> rows = new LinkedHashSet<>();
        Set<String> columns = new LinkedHashSet<>();
        for (Equation e : equations) {
            rows.addAll(e.rows());
            columns.add(e.column());
        }
        int line = rows.stream().mapToInt(o -> o.row.line()).min().orElse(0);
        List<String> described = rows.stream().map(o -> "“" + o.row.label() + "”行“" + o.row.digits() + "”").toList();
        String relation = family.contains("+") ? SAID.get(RESULT_TOTAL) + "与" + SAID.get(BALANCE) + "不能同时成立"
                : SAID.get(family) + "都不成立";
        return new Problem("digits-mismatch", Templates.TABLE_3, String.join("、", rows.stream().map(o -> o.row.label()).toList()),
                "", line, String.join(" ", rows.stream().map(o -> o.row.digits()).toList()),
                "第三部分表格" + String.join("、", described) + "的数字串无论怎样拆分，" + String.join("、", columns) + "列"
                        + relation + "；表格数字或抓取有误，这些行未读取");
    }

    // ---- step 4: the prose ----

    private void narrative(List<Open> open, List<Claim> claims, Map<String, Map<String, BigDecimal>> values,
                           Set<String> found3) {
        Roles roles = roles();
        String first = roles.received().isEmpty() ? null : roles.received().get(0);
        Open row = open.stream().filter(o -> o.complete && o.row.table().equals(Templates.TABLE_3)
                && o.row.label().equals(first)).findFirst().orElse(null);
        if (row == null) {
            return;
        }
        List<String> standard = templates.standardColumns3();
        List<Predicate<String[]>> tests = new ArrayList<>();
        Set<String> kinds = new HashSet<>();
        for (Claim c : claims) {
            if (!STATED.contains(c.kind()) || !kinds.add(c.kind()) || !c.value().matches("\\d+")) {
                continue;
            }
            BigDecimal stated = new BigDecimal(c.value());
            switch (c.kind()) {
                case "applications-received" -> tests.add(s -> equal(cellValue(row, s, standard.get(standard.size() - 1)), stated));
                case "applications-natural" -> tests.add(s -> equal(cellValue(row, s, standard.get(0)), stated));
                case "applications-organisations" -> tests.add(s -> {
                    BigDecimal sum = BigDecimal.ZERO;
                    for (String column : standard.subList(1, standard.size() - 1)) {
                        BigDecimal v = cellValue(row, s, column);
                        if (v == null) {
                            return false;
                        }
                        sum = sum.add(v);
                    }
                    return sum.compareTo(stated) == 0;
                });
                default -> { }
            }
        }
        if (tests.isEmpty()) {
            return;
        }
        List<String[]> kept = row.splits.stream().filter(s -> tests.stream().allMatch(t -> t.test(s))).toList();
        if (kept.isEmpty() || kept.size() == row.splits.size()) {
            return;
        }
        // keep the prose's choice only if the column relations still hold with it
        Map<Open, List<String[]>> before = new HashMap<>();
        Map<Open, Set<String>> evidenceBefore = new HashMap<>();
        for (Open o : open) {
            before.put(o, o.splits);
            evidenceBefore.put(o, new LinkedHashSet<>(o.evidence));
        }
        row.splits = kept;
        row.evidence.add(NARRATIVE);
        if (values != null && !columns3(open, values, found3, null, true)) {
            for (Open o : open) {
                o.splits = before.get(o);
                o.evidence.clear();
                o.evidence.addAll(evidenceBefore.get(o));
            }
            return;
        }
        for (Open o : open) {
            if (o != row && o.splits.size() < before.get(o).size()) {
                o.evidence.add(NARRATIVE);
            }
        }
    }

    private static boolean equal(BigDecimal a, BigDecimal b) {
        return a != null && a.compareTo(b) == 0;
    }

    // ---- results ----

    private static Map<String, Map<String, BigDecimal>> values3(List<Cell> known, List<Placed> placed) {
        Map<String, Map<String, BigDecimal>> values = new HashMap<>();
        for (Cell c : known) {
            if (c.table().equals(Templates.TABLE_3)) {
                values.computeIfAbsent(c.row(), k -> new HashMap<>()).putIfAbsent(c.column(), c.value());
            }
        }
        for (Placed p : placed) {
            if (p.row().table().equals(Templates.TABLE_3)) {
                for (int i = 0; i < p.texts().length; i++) {
                    BigDecimal v = DigitSplits.value(p.texts()[i]);
                    if (v != null) {
                        values.computeIfAbsent(p.row().label(), k -> new HashMap<>()).putIfAbsent(p.row().columns().get(i), v);
                    }
                }
            }
        }
        return values;
    }

    private static String source(Open o) {
        List<String> used = ORDER.stream().filter(o.evidence::contains).toList();
        return used.isEmpty() ? "split" : Cell.INFERRED + String.join("+", used);
    }

    private Problem inferred(Open o) {
        List<String> used = ORDER.stream().filter(o.evidence::contains).toList();
        String split = String.join("|", o.splits.get(0));
        String by = String.join("、", used.stream().map(SAID::get).toList());
        return new Problem("inferred-cells", o.row.table(), o.row.label(), "", o.row.line(), o.row.digits(),
                "第" + o.row.line() + "行" + where(o.row) + "的数字串“" + o.row.digits() + "”拆成" + o.row.columns().size()
                        + "个数值有" + (o.allListed ? o.wellFormed + "种" : "多种") + "拆法，只有“" + split + "”符合“" + by
                        + "”，按此读取；该行的" + (used.size() == 1 ? "这一关系" : "这些关系") + "因此无法核对");
    }

    private Problem ambiguous(Open o) {
        List<String> used = ORDER.stream().filter(o.evidence::contains).toList();
        String after = used.isEmpty() ? "表格中没有能确定拆法的总计或勾稽关系"
                : "按“" + String.join("、", used.stream().map(SAID::get).toList()) + "”筛选后仍有" + count(o) + "种拆法";
        return new Problem("ambiguous-cells", o.row.table(), o.row.label(), "", o.row.line(), o.row.digits(),
                "无法核对：第" + o.row.line() + "行" + where(o.row) + "的数字串“" + o.row.digits() + "”拆成"
                        + o.row.columns().size() + "个数值有" + (o.allListed ? o.wellFormed + "种" : "多种") + "拆法（"
                        + list(o.splits, o.complete) + "），" + after + "；该行未读取，依赖该行的检查未进行");
    }

    /** A row whose splits were too many to try within the step budget: it is not read, and nothing is claimed. */
    private static Problem undecided(RunRow row) {
        return new Problem("ambiguous-cells", row.table(), row.label(), "", row.line(), row.digits(),
                "无法核对：第" + row.line() + "行" + where(row) + "的数字串“" + row.digits() + "”拆成" + row.columns().size()
                        + "个数值的拆法太多，在限定的步数内未能试完，无法判断是否有符合总计的拆法；"
                        + "该行未读取，依赖该行的检查未进行");
    }

    private static String count(Open o) {
        return o.complete ? String.valueOf(o.splits.size()) : "超过" + o.splits.size();
    }

    private static String list(List<String[]> splits, boolean complete) {
        int shown = Math.min(5, splits.size());
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                b.append("；");
            }
            b.append(String.join("|", splits.get(i)));
        }
        if (splits.size() > shown || !complete) {
            b.append(" 等").append(complete ? splits.size() + "种" : "超过" + splits.size() + "种");
        }
        return b.toString();
    }

    private static String said(List<DigitSplits.Own> own) {
        Set<String> names = new LinkedHashSet<>();
        own.forEach(r -> names.add(SAID.get(r.evidence())));
        return "“" + String.join("、", names) + "”";
    }

    private static String where(RunRow row) {
        return row.table().equals(Templates.TABLE_4) ? "第四部分表格数据行" : "第" + row.table() + "部分表格“" + row.label() + "”行";
    }

    private static String[] zeros(int n) {
        String[] z = new String[n];
        Arrays.fill(z, "0");
        return z;
    }

    /**
     * Which splits of the open rows take part in some combination that satisfies every equation: partial sums
     * row by row forwards, then the sums that can still reach zero backwards.
     */
    private static final class Solver {

        private record Sums(BigInteger[] v) {
            @Override
            public boolean equals(Object o) {
                return o instanceof Sums s && Arrays.equals(v, s.v);
            }

            @Override
            public int hashCode() {
                return Arrays.hashCode(v);
            }

            Sums plus(BigInteger[] d) {
                BigInteger[] r = new BigInteger[v.length];
                for (int i = 0; i < v.length; i++) {
                    r[i] = v[i].add(d[i]);
                }
                return new Sums(r);
            }

            boolean zero() {
                return Arrays.stream(v).allMatch(x -> x.signum() == 0);
            }
        }

        /** Per open row in the equations, the splits that fit; empty when none fits; null when too many to weigh. */
        static Map<Open, List<String[]>> supported(List<Equation> equations) {
            List<Open> rows = new ArrayList<>();
            for (Equation e : equations) {
                for (Open o : e.rows()) {
                    if (!rows.contains(o)) {
                        rows.add(o);
                    }
                }
            }
            int q = equations.size();
            // each split's contribution to each equation
            List<List<BigInteger[]>> deltas = new ArrayList<>();
            for (Open o : rows) {
                List<BigInteger[]> ds = new ArrayList<>();
                for (String[] s : o.splits) {
                    BigInteger[] d = new BigInteger[q];
                    for (int k = 0; k < q; k++) {
                        Equation e = equations.get(k);
                        d[k] = BigInteger.ZERO;
                        for (int j = 0; j < e.rows().size(); j++) {
                            if (e.rows().get(j) == o) {
                                d[k] = d[k].add(integer(cellValue(o, s, e.column()))
                                        .multiply(BigInteger.valueOf(e.coefficients().get(j))));
                            }
                        }
                    }
                    ds.add(d);
                }
                deltas.add(ds);
            }
            BigInteger[] start = new BigInteger[q];
            for (int k = 0; k < q; k++) {
                start[k] = equations.get(k).constant();
            }
            List<Set<Sums>> layers = new ArrayList<>();
            layers.add(Set.of(new Sums(start)));
            long steps = 0;
            for (int i = 0; i < rows.size(); i++) {
                Set<Sums> next = new HashSet<>();
                steps += (long) layers.get(i).size() * deltas.get(i).size();
                if (steps > SOLVER_STEPS) {
                    return null;
                }
                for (Sums s : layers.get(i)) {
                    for (BigInteger[] d : deltas.get(i)) {
                        next.add(s.plus(d));
                        if (next.size() > STATES) {
                            return null;
                        }
                    }
                }
                layers.add(next);
            }
            // the backward pass forms as many sums again
            if (steps * 2 > SOLVER_STEPS) {
                return null;
            }
            Map<Open, List<String[]>> kept = new LinkedHashMap<>();
            if (layers.get(rows.size()).stream().noneMatch(Sums::zero)) {
                return kept;
            }
            Set<Sums> good = new HashSet<>();
            layers.get(rows.size()).stream().filter(Sums::zero).forEach(good::add);
            for (int i = rows.size() - 1; i >= 0; i--) {
                Open o = rows.get(i);
                Set<Sums> goodHere = new HashSet<>();
                boolean[] fits = new boolean[o.splits.size()];
                for (Sums s : layers.get(i)) {
                    for (int x = 0; x < o.splits.size(); x++) {
                        if (good.contains(s.plus(deltas.get(i).get(x)))) {
                            goodHere.add(s);
                            fits[x] = true;
                        }
                    }
                }
                List<String[]> splits = new ArrayList<>();
                for (int x = 0; x < fits.length; x++) {
                    if (fits[x]) {
                        splits.add(o.splits.get(x));
                    }
                }
                kept.put(o, splits);
                good = goodHere;
            }
            return kept;
        }
    }
}
