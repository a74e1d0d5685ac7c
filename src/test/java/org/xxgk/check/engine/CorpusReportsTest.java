package org.xxgk.check.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xxgk.check.Corpus;
import org.xxgk.check.fact.Cell;
import org.xxgk.check.fact.ReportFacts;
import org.xxgk.check.finding.Finding;
import org.xxgk.check.input.ReportInput;
import org.xxgk.check.parse.ReportParser;
import org.xxgk.check.template.Templates;

/**
 * Three real PDF reports made with WPS (a city and a district government of 江苏, 2023–2024), kept in
 * {@code ../shared/corpus/}, not in the project. Every cell of tables 三 and 四 below was read by hand from the
 * rendered pages; the findings are the defects a reviewer finds reading them:
 * <ul>
 * <li>2023 洪泽区: table 四's 行政复议 总计 is 0 beside 10 + 1, 复议后起诉 总计 0 beside 5; （六）其他处理 is one row, as
 *     in the 2019 template; section 一 says nothing about 工作考核、社会评议、责任追究.</li>
 * <li>2024 洪泽区: the text says 17 applications (「区政府办代表区政府受理政府信息公开申请17件」), table 三 row 一 says
 *     95; （六）其他处理 is one row again.</li>
 * <li>2024 淮安市: section 一 is about 1290 characters; no 工作考核、社会评议、责任追究 either.</li>
 * </ul>
 * The traps they hold: row labels set vertically, table 三 going on over a page break without a bottom border, the
 * right border of the 总计 column drawn a fraction apart from the next table's, a row label with a typo
 * (「2.其他法律行政止公开」), page numbers in the footer.
 */
class CorpusReportsTest {

    private static RuleBase rules;

    @BeforeAll
    static void compile() throws Exception {
        rules = RuleBase.compile(RuleSource.fromDirectory(Path.of("rules")));
    }

    private static ReportFacts facts(String name) throws Exception {
        Path file = Corpus.file(name);
        return new ReportParser(Templates.builtIn()).parse(file.toString(), ReportInput.read(file));
    }

    /** Table 三 as 「row: v1 v2 … v7」 lines in the parser's cell order, columns 自然人 … 总计. */
    private static List<String> table3(ReportFacts facts) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (Cell c : facts.cells()) {
            if (c.table().equals("三")) {
                rows.computeIfAbsent(c.row(), k -> new ArrayList<>()).add(c.value().toPlainString());
            }
        }
        List<String> out = new ArrayList<>();
        rows.forEach((row, values) -> out.add(row + ": " + String.join(" ", values)));
        return out;
    }

    /** Table 四 as its fifteen values, group by group. */
    private static String table4(ReportFacts facts) {
        return facts.cells().stream().filter(c -> c.table().equals("四")).map(c -> c.value().toPlainString())
                .collect(Collectors.joining(" "));
    }

    private static List<String> findings(ReportFacts facts) {
        return rules.evaluate(facts, Set.of()).stream().map(CorpusReportsTest::describe).toList();
    }

    private static String describe(Finding f) {
        String values = f.expected() == null && f.actual() == null ? "" : " " + f.expected() + "→" + f.actual();
        return f.line() + " " + f.rule() + " " + f.severity().id() + values;
    }

    private static List<String> problems(ReportFacts facts) {
        return facts.problems().stream().map(p -> p.kind() + " " + p.row()).toList();
    }

    private static final String Z = "0 0 0 0 0 0 0";

    @Test
    void hongze2023() throws Exception {
        ReportFacts facts = facts("2023-hongze-district-government.pdf");
        assertEquals(List.of(
                "一、本年新收政府信息公开申请数量: 21 0 0 0 0 0 21",
                "二、上年结转政府信息公开申请数量: " + Z,
                "（一）予以公开: " + Z,
                "（二）部分公开（区分处理的，只计这一情形，不计其他情形）: 4 0 0 0 0 0 4",
                "（三）不予公开/1.属于国家秘密: 1 0 0 0 0 0 1",
                "（三）不予公开/2.其他法律行政法规禁止公开: " + Z,
                "（三）不予公开/3.危及“三安全一稳定”: " + Z,
                "（三）不予公开/4.保护第三方合法权益: " + Z,
                "（三）不予公开/5.属于三类内部事务信息: " + Z,
                "（三）不予公开/6.属于四类过程性信息: 1 0 0 0 0 0 1",
                "（三）不予公开/7.属于行政执法案卷: 1 0 0 0 0 0 1",
                "（三）不予公开/8.属于行政查询事项: " + Z,
                "（四）无法提供/1.本机关不掌握相关政府信息: 10 0 0 0 0 0 10",
                "（四）无法提供/2.没有现成信息需要另行制作: 3 0 0 0 0 0 3",
                "（四）无法提供/3.补正后申请内容仍不明确: " + Z,
                "（五）不予处理/1.信访举报投诉类申请: 1 0 0 0 0 0 1",
                "（五）不予处理/2.重复申请: " + Z,
                "（五）不予处理/3.要求提供公开出版物: " + Z,
                "（五）不予处理/4.无正当理由大量反复申请: " + Z,
                "（五）不予处理/5.要求行政机关确认或重新出具已获取信息: " + Z,
                "（六）其他处理: " + Z,
                "（七）总计: 21 0 0 0 0 0 21",
                "四、结转下年度继续办理: " + Z), table3(facts));
        assertEquals("10 1 0 0 0 0 0 0 0 0 5 0 0 0 0", table4(facts));
        assertEquals(List.of("label-variant （三）不予公开/2.其他法律行政法规禁止公开"), problems(facts));
        assertEquals(List.of(
                "1 GOV-ASSESSMENT-MISSING warning 工作考核、社会评议和责任追究结果情况→",
                "50 FORMAT-OUTDATED error 2021→mixed",
                "57 TABLE-REVIEW-TOTAL error 11→0",
                "57 TABLE-REVIEW-TOTAL error 5→0"), findings(facts));
    }

    @Test
    void hongze2024() throws Exception {
        ReportFacts facts = facts("2024-hongze-district-government.pdf");
        assertEquals(List.of(
                "一、本年新收政府信息公开申请数量: 95 0 0 0 0 0 95",
                "二、上年结转政府信息公开申请数量: " + Z,
                "（一）予以公开: 50 0 0 0 0 0 50",
                "（二）部分公开（区分处理的，只计这一情形，不计其他情形）: 9 0 0 0 0 0 9",
                "（三）不予公开/1.属于国家秘密: " + Z,
                "（三）不予公开/2.其他法律行政法规禁止公开: " + Z,
                "（三）不予公开/3.危及“三安全一稳定”: 1 0 0 0 0 0 1",
                "（三）不予公开/4.保护第三方合法权益: " + Z,
                "（三）不予公开/5.属于三类内部事务信息: " + Z,
                "（三）不予公开/6.属于四类过程性信息: 1 0 0 0 0 0 1",
                "（三）不予公开/7.属于行政执法案卷: 1 0 0 0 0 0 1",
                "（三）不予公开/8.属于行政查询事项: " + Z,
                "（四）无法提供/1.本机关不掌握相关政府信息: 31 0 0 0 0 0 31",
                "（四）无法提供/2.没有现成信息需要另行制作: 1 0 0 0 0 0 1",
                "（四）无法提供/3.补正后申请内容仍不明确: " + Z,
                "（五）不予处理/1.信访举报投诉类申请: 1 0 0 0 0 0 1",
                "（五）不予处理/2.重复申请: " + Z,
                "（五）不予处理/3.要求提供公开出版物: " + Z,
                "（五）不予处理/4.无正当理由大量反复申请: " + Z,
                "（五）不予处理/5.要求行政机关确认或重新出具已获取信息: " + Z,
                "（六）其他处理: " + Z,
                "（七）总计: 95 0 0 0 0 0 95",
                "四、结转下年度继续办理: " + Z), table3(facts));
        assertEquals("1 1 0 0 2 1 0 0 0 1 2 0 1 0 3", table4(facts));
        assertEquals(List.of("label-variant （三）不予公开/2.其他法律行政法规禁止公开"), problems(facts));
        assertEquals(List.of(
                "6 NARRATIVE-APPLICATIONS error 95→17",
                "49 FORMAT-OUTDATED error 2021→mixed"), findings(facts));
    }

    @Test
    void huaian2024() throws Exception {
        ReportFacts facts = facts("2024-huaian-city-government.pdf");
        assertEquals(List.of(
                "一、本年新收政府信息公开申请数量: 3001 53 0 0 61 4 3119",
                "二、上年结转政府信息公开申请数量: 34 0 0 0 0 0 34",
                "（一）予以公开: 1288 21 0 0 50 3 1362",
                "（二）部分公开（区分处理的，只计这一情形，不计其他情形）: 447 7 0 0 0 0 454",
                "（三）不予公开/1.属于国家秘密: 2 0 0 0 0 0 2",
                "（三）不予公开/2.其他法律行政法规禁止公开: 30 1 0 0 0 0 31",
                "（三）不予公开/3.危及“三安全一稳定”: 5 0 0 0 0 0 5",
                "（三）不予公开/4.保护第三方合法权益: 6 0 0 0 0 0 6",
                "（三）不予公开/5.属于三类内部事务信息: 7 1 0 0 0 0 8",
                "（三）不予公开/6.属于四类过程性信息: 12 0 0 0 0 0 12",
                "（三）不予公开/7.属于行政执法案卷: 9 0 0 0 0 0 9",
                "（三）不予公开/8.属于行政查询事项: 105 0 0 0 0 0 105",
                "（四）无法提供/1.本机关不掌握相关政府信息: 746 12 0 0 10 1 769",
                "（四）无法提供/2.没有现成信息需要另行制作: 11 0 0 0 0 0 11",
                "（四）无法提供/3.补正后申请内容仍不明确: 1 0 0 0 0 0 1",
                "（五）不予处理/1.信访举报投诉类申请: 56 6 0 0 0 0 62",
                "（五）不予处理/2.重复申请: 25 0 0 0 0 0 25",
                "（五）不予处理/3.要求提供公开出版物: " + Z,
                "（五）不予处理/4.无正当理由大量反复申请: " + Z,
                "（五）不予处理/5.要求行政机关确认或重新出具已获取信息: 1 0 0 0 0 0 1",
                "（六）其他处理/1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请: 67 3 0 0 1 0 71",
                "（六）其他处理/2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请: 6 0 0 0 0 0 6",
                "（六）其他处理/3.其他: 108 2 0 0 0 0 110",
                "（七）总计: 2932 53 0 0 61 4 3050",
                "四、结转下年度继续办理: 103 0 0 0 0 0 103"), table3(facts));
        assertEquals("72 64 178 37 351 13 4 8 1 26 12 1 1 6 20", table4(facts));
        assertEquals(new BigDecimal("96171.6"), facts.cells().stream()
                .filter(c -> c.column().equals("本年收费金额（单位：万元）")).findFirst().orElseThrow().value());
        assertEquals(List.of(), problems(facts));
        assertEquals(List.of(
                "1 GOV-ASSESSMENT-MISSING warning 工作考核、社会评议和责任追究结果情况→",
                "3 SECTION-LENGTH info ≤1000→1290"), findings(facts));
    }
}
