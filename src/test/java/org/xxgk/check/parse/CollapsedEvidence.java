package org.xxgk.check.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.xxgk.check.fact.Cell;
import org.xxgk.check.fact.Claim;
import org.xxgk.check.fact.ReportFacts;

/**
 * An independent check that a row the parser marked ambiguous really is: every split of its digits into its
 * cells is enumerated here (by brute force, without the parser's pruning), and the splits that fit all the
 * evidence the report offers are counted. Evidence: the row's own totals, table 三's column relations with the cells
 * the parser did read (ambiguous rows of the same table enumerated jointly), and the prose's numbers on row 一.
 */
final class CollapsedEvidence {

    static final String ONE = "一、本年新收政府信息公开申请数量";
    static final String TWO = "二、上年结转政府信息公开申请数量";
    static final String SEVEN = "（七）总计";
    static final String FOUR = "四、结转下年度继续办理";
    static final List<String> APPLICANTS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");

    /** An ambiguous row: its table, label, columns (per cell, row and column), and its digits as written. */
    record Row(String table, String label, List<String> rows, List<String> columns, String digits) {
    }

    private CollapsedEvidence() {
    }

    /** Every split of {@code digits} (groups separated by single spaces) into {@code n} cells, no leading zeros. */
    static List<List<String>> splits(String digits, int n, List<Boolean> decimal) {
        List<List<String>> out = new ArrayList<>();
        String[] groups = digits.split(" ");
        walk(groups, 0, 0, new ArrayList<>(), n, decimal, out);
        return out;
    }

    private static void walk(String[] groups, int g, int pos, List<String> cur, int n, List<Boolean> decimal,
                             List<List<String>> out) {
        if (g == groups.length) {
            if (cur.size() == n) {
                out.add(List.copyOf(cur));
            }
            return;
        }
        if (cur.size() == n) {
            return;
        }
        String group = groups[g];
        for (int end = pos + 1; end <= group.length(); end++) {
            String cell = group.substring(pos, end);
            if (!plausible(cell, decimal.get(cur.size()))) {
                continue;
            }
            cur.add(cell);
            if (end == group.length()) {
                walk(groups, g + 1, 0, cur, n, decimal, out);
            } else {
                walk(groups, g, end, cur, n, decimal, out);
            }
            cur.remove(cur.size() - 1);
        }
    }

    private static boolean plausible(String cell, boolean decimal) {
        if (decimal ? !cell.matches("(0|[1-9]\\d*)(\\.\\d+)?") : !cell.matches("0|[1-9]\\d*")) {
            return false;
        }
        return true;
    }

    /**
     * For each ambiguous row, the distinct splits that take part in some assignment of all ambiguous rows that fits
     * every piece of evidence.
     */
    static Map<Row, Set<List<String>>> fitting(List<Row> ambiguous, ReportFacts facts) {
        Map<Row, List<List<String>>> own = new LinkedHashMap<>();
        for (Row r : ambiguous) {
            List<Boolean> decimal = r.columns().stream().map(c -> c.contains("金额")).toList();
            List<List<String>> all = splits(r.digits(), r.columns().size(), decimal);
            own.put(r, all.stream().filter(s -> ownTotals(r, s)).toList());
        }
        Map<String, Map<String, BigDecimal>> known = new HashMap<>();
        for (Cell c : facts.cells()) {
            if (c.table().equals("三")) {
                known.computeIfAbsent(c.row(), k -> new HashMap<>()).put(c.column(), c.value());
            }
        }
        Set<String> found = new HashSet<>(known.keySet());
        ambiguous.stream().filter(r -> r.table().equals("三")).forEach(r -> found.add(r.label()));
        List<Row> rows = new ArrayList<>(own.keySet());
        Map<Row, Set<List<String>>> fit = new LinkedHashMap<>();
        ambiguous.forEach(r -> fit.put(r, new HashSet<>()));
        joint(rows, 0, new HashMap<>(), own, known, found, facts.claims(), fit);
        if (fit.values().stream().allMatch(Set::isEmpty)) {
            // prose that no split agrees with is no evidence
            joint(rows, 0, new HashMap<>(), own, known, found, List.of(), fit);
        }
        return fit;
    }

    private static void joint(List<Row> rows, int i, Map<Row, List<String>> chosen, Map<Row, List<List<String>>> own,
                              Map<String, Map<String, BigDecimal>> known, Set<String> found, List<Claim> claims,
                              Map<Row, Set<List<String>>> fit) {
        if (i == rows.size()) {
            if (columnsHold(chosen, known, found) && narrativeHolds(chosen, claims)) {
                chosen.forEach((r, s) -> fit.get(r).add(s));
            }
            return;
        }
        for (List<String> s : own.get(rows.get(i))) {
            chosen.put(rows.get(i), s);
            joint(rows, i + 1, chosen, own, known, found, claims, fit);
        }
        chosen.remove(rows.get(i));
    }

    private static boolean ownTotals(Row r, List<String> s) {
        if (r.table().equals("三")) {
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal total = null;
            for (int i = 0; i < s.size(); i++) {
                String c = r.columns().get(i);
                if (c.equals("总计")) {
                    total = new BigDecimal(s.get(i));
                } else if (!c.equals("小计")) {
                    sum = sum.add(new BigDecimal(s.get(i)));
                }
            }
            return total == null || total.compareTo(sum) == 0;
        }
        if (r.table().equals("四")) {
            Map<String, BigDecimal> sums = new HashMap<>();
            Map<String, BigDecimal> totals = new HashMap<>();
            for (int i = 0; i < s.size(); i++) {
                String group = r.rows().get(i);
                if (r.columns().get(i).equals("总计")) {
                    totals.put(group, new BigDecimal(s.get(i)));
                } else {
                    sums.merge(group, new BigDecimal(s.get(i)), BigDecimal::add);
                }
            }
            return totals.entrySet().stream().allMatch(e -> e.getValue().compareTo(sums.get(e.getKey())) == 0);
        }
        return true;
    }

    private static BigDecimal value(String row, String column, Map<Row, List<String>> chosen,
                                    Map<String, Map<String, BigDecimal>> known) {
        for (Map.Entry<Row, List<String>> e : chosen.entrySet()) {
            if (e.getKey().table().equals("三") && e.getKey().label().equals(row)) {
                int i = e.getKey().columns().indexOf(column);
                return new BigDecimal(e.getValue().get(i));
            }
        }
        return known.getOrDefault(row, Map.of()).get(column);
    }

    private static boolean columnsHold(Map<Row, List<String>> chosen, Map<String, Map<String, BigDecimal>> known,
                                       Set<String> found) {
        for (String column : APPLICANTS) {
            // （七）总计 = the result rows
            BigDecimal total = value(SEVEN, column, chosen, known);
            BigDecimal sum = BigDecimal.ZERO;
            boolean complete = total != null;
            for (String row : found) {
                if (row.startsWith("（") && !row.equals(SEVEN)) {
                    BigDecimal v = value(row, column, chosen, known);
                    if (v == null) {
                        complete = false;
                        break;
                    }
                    sum = sum.add(v);
                }
            }
            if (complete && sum.compareTo(total) != 0) {
                return false;
            }
            // 一 + 二 = （七） + 四
            BigDecimal one = value(ONE, column, chosen, known);
            BigDecimal two = value(TWO, column, chosen, known);
            BigDecimal four = value(FOUR, column, chosen, known);
            if (one != null && two != null && total != null && four != null
                    && one.add(two).compareTo(total.add(four)) != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean narrativeHolds(Map<Row, List<String>> chosen, List<Claim> claims) {
        Map<String, BigDecimal> first = new HashMap<>();
        for (Claim c : claims) {
            if (c.kind().startsWith("applications-") && !c.value().isEmpty()) {
                first.putIfAbsent(c.kind(), new BigDecimal(c.value()));
            }
        }
        for (Map.Entry<Row, List<String>> e : chosen.entrySet()) {
            Row r = e.getKey();
            if (!r.table().equals("三") || !r.label().equals(ONE)) {
                continue;
            }
            List<String> s = e.getValue();
            BigDecimal stated = first.get("applications-received");
            if (stated != null && new BigDecimal(s.get(r.columns().indexOf("总计"))).compareTo(stated) != 0) {
                return false;
            }
            stated = first.get("applications-natural");
            if (stated != null && new BigDecimal(s.get(r.columns().indexOf("自然人"))).compareTo(stated) != 0) {
                return false;
            }
            stated = first.get("applications-organisations");
            if (stated != null) {
                BigDecimal sum = BigDecimal.ZERO;
                for (String column : APPLICANTS.subList(1, APPLICANTS.size())) {
                    sum = sum.add(new BigDecimal(s.get(r.columns().indexOf(column))));
                }
                if (sum.compareTo(stated) != 0) {
                    return false;
                }
            }
        }
        return true;
    }
}
