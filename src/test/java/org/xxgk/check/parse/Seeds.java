package org.xxgk.check.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.xxgk.check.fact.Cell;
import org.xxgk.check.fact.Claim;
import org.xxgk.check.fact.Problem;
import org.xxgk.check.fact.ReportFacts;
import org.xxgk.check.fact.Section;
import org.xxgk.check.input.InputException;
import org.xxgk.check.input.ReportInput;
import org.xxgk.check.template.Templates;

/** The seed reports under samples/ and assertions on their facts. */
final class Seeds {

    static final String XIUZHOU = "2020-xiuzhou-fire-brigade.txt";
    static final String CHANGLE = "2024-changle-civil-air-defense.txt";
    static final String DAWUKOU = "2024-dawukou-emergency-bureau.txt";
    static final String GANZHOU_FIRE = "2024-ganzhou-fire-brigade.txt";
    static final String GANZHOU_LOGISTICS = "2024-ganzhou-logistics-center.txt";

    static final List<String> COLUMNS3 = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
    static final List<String> COLUMNS4 = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
    static final List<String> GROUPS4 = List.of("行政复议", "行政诉讼/未经复议直接起诉", "行政诉讼/复议后起诉");

    /** The 25 data rows of the 2021 table 三, in template order. */
    static final List<String> ROWS3_2021 = List.of(
            "一、本年新收政府信息公开申请数量",
            "二、上年结转政府信息公开申请数量",
            "（一）予以公开",
            "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
            "（三）不予公开/1.属于国家秘密",
            "（三）不予公开/2.其他法律行政法规禁止公开",
            "（三）不予公开/3.危及“三安全一稳定”",
            "（三）不予公开/4.保护第三方合法权益",
            "（三）不予公开/5.属于三类内部事务信息",
            "（三）不予公开/6.属于四类过程性信息",
            "（三）不予公开/7.属于行政执法案卷",
            "（三）不予公开/8.属于行政查询事项",
            "（四）无法提供/1.本机关不掌握相关政府信息",
            "（四）无法提供/2.没有现成信息需要另行制作",
            "（四）无法提供/3.补正后申请内容仍不明确",
            "（五）不予处理/1.信访举报投诉类申请",
            "（五）不予处理/2.重复申请",
            "（五）不予处理/3.要求提供公开出版物",
            "（五）不予处理/4.无正当理由大量反复申请",
            "（五）不予处理/5.要求行政机关确认或重新出具已获取信息",
            "（六）其他处理/1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "（六）其他处理/2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            "（六）其他处理/3.其他",
            "（七）总计",
            "四、结转下年度继续办理");

    private Seeds() {
    }

    static ReportFacts parse(String name) {
        try {
            Path file = Path.of("samples", name);
            return new ReportParser(Templates.builtIn()).parse(file.toString(), ReportInput.read(file));
        } catch (InputException e) {
            throw new AssertionError(name + ": " + e.getMessage(), e);
        }
    }

    static ReportFacts parseText(String text) throws InputException {
        return new ReportParser(Templates.builtIn()).parse("test.txt", text);
    }

    static Cell cell(ReportFacts facts, String table, String row, String column) {
        List<Cell> found = facts.cells().stream()
                .filter(c -> c.table().equals(table) && c.row().equals(row) && c.column().equals(column)).toList();
        if (found.size() != 1) {
            fail("expected one cell " + table + "/" + row + "/" + column + " but found " + found.size());
        }
        return found.get(0);
    }

    /** Asserts the value and the source line of one cell. */
    static void assertCell(ReportFacts facts, String table, String row, String column, String value, int line) {
        Cell c = cell(facts, table, row, column);
        assertEquals(0, new BigDecimal(value).compareTo(c.value()),
                table + "/" + row + "/" + column + " value " + c.value().toPlainString());
        assertEquals(value, c.value().toPlainString(), table + "/" + row + "/" + column + " exact text");
        assertEquals(line, c.line(), table + "/" + row + "/" + column + " line");
    }

    /** Asserts a whole table-三 row: seven values on one line. */
    static void assertRow3(ReportFacts facts, String row, int line, int... values) {
        for (int i = 0; i < COLUMNS3.size(); i++) {
            assertCell(facts, "三", row, COLUMNS3.get(i), String.valueOf(values[i]), line);
        }
    }

    /** Asserts the fifteen cells of table 四, all on {@code line} or, when line is 0, on consecutive lines from first. */
    static void assertTable4Zero(ReportFacts facts, int line, int first) {
        int i = 0;
        for (String g : GROUPS4) {
            for (String c : COLUMNS4) {
                assertCell(facts, "四", g, c, "0", line != 0 ? line : first + i);
                i++;
            }
        }
    }

    static Section section(ReportFacts facts, int number) {
        return facts.sections().stream().filter(s -> s.number() == number).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + number));
    }

    static void assertSection(ReportFacts facts, int number, String title, int line, int endLine) {
        Section s = section(facts, number);
        assertEquals(title, s.title(), "title of section " + number);
        assertEquals(line, s.line(), "line of section " + number);
        assertEquals(endLine, s.endLine(), "end line of section " + number);
    }

    static Claim claim(ReportFacts facts, String kind) {
        List<Claim> found = facts.claims().stream().filter(c -> c.kind().equals(kind)).toList();
        assertEquals(1, found.size(), "claims of kind " + kind + ": " + found);
        return found.get(0);
    }

    static void assertClaim(ReportFacts facts, String kind, String value, int line, int section) {
        Claim c = claim(facts, kind);
        assertEquals(value, c.value(), kind + " value");
        assertEquals(line, c.line(), kind + " line");
        assertEquals(section, c.section(), kind + " section");
    }

    static Problem problem(ReportFacts facts, String kind) {
        List<Problem> found = facts.problems().stream().filter(p -> p.kind().equals(kind)).toList();
        assertEquals(1, found.size(), "problems of kind " + kind + ": " + found);
        return found.get(0);
    }

    static long count(ReportFacts facts, String table) {
        return facts.cells().stream().filter(c -> Objects.equals(c.table(), table)).count();
    }

    static void assertNoCell(ReportFacts facts, String table, String row) {
        assertNotNull(facts);
        if (facts.cells().stream().anyMatch(c -> c.table().equals(table) && c.row().equals(row))) {
            fail("no cell expected in " + table + "/" + row);
        }
    }
}
