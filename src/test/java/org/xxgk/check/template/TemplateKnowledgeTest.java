package org.xxgk.check.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The knowledge the parser asks of sections.yaml, tables.yaml and report.yaml, in the cases real reports bring. */
class TemplateKnowledgeTest {

    private final Templates templates = Templates.builtIn();
    private final SectionTitles titles = templates.sectionTitles();
    private final AgencyNames names = templates.agencyNames();

    @Test
    void sectionTitlesNearTheirWordings() {
        assertTrue(titles.near(5, Text.key("存在的主要问题及改进措施")), "a variant");
        assertTrue(titles.near(5, Text.key("存在的主要问题及改近情况")), "a typo");
        assertTrue(titles.near(6, Text.key("其它需要报告的事项")), "其它 for 其他");
        assertFalse(titles.near(5, Text.key("存在的主要问题")), "half a title is no title");
        assertEquals(5, titles.nearest(Text.key("存在的主要问题及改进情况")));
        assertEquals(2, titles.nearest(Text.key("主动公开政府信息情况")));
        assertEquals(0, titles.nearest(Text.key("加强组织领导")));
        assertEquals("short", titles.form(4, Text.key("政府信息公开行政复议、行政诉讼情况")));
        assertEquals("long", titles.form(4, Text.key("因政府信息公开工作被申请行政复议、提起行政诉讼情况")));
        assertEquals("other", titles.form(5, Text.key("存在的主要问题及改进措施")));
    }

    @Test
    void aTitleThatRunsIntoItsBodyEndsWhereItsWordingEnds() {
        assertEquals("存在的主要问题及改进措施".length(), titles.prefix(5, "存在的主要问题及改进措施一是政策解读形式单一。"));
        assertEquals("主动公开政府信息情况".length(), titles.prefix(2, "主动公开政府信息情况第二十条第（一）项"));
        assertEquals(-1, titles.prefix(1, "加强组织领导，明确分工。"));
    }

    @Test
    void regionPrefixesAndAGovernmentsOwnOfficeNameTheSameAgency() {
        assertTrue(names.same("淮安市洪泽区人民政府", "洪泽区人民政府"));
        assertTrue(names.same("洪泽区人民政府", "洪泽区人民政府办公室"));
        assertTrue(names.same("河东区人民政府", "青山市河东区人民政府办公室"));
        assertFalse(names.same("淮安市人民政府", "人民政府"), "a name is not its last word");
        assertFalse(names.same("青山市河东区应急管理局", "青山市河东区应急管理和消防救援局"));
        assertFalse(names.same("洪泽区人民政府", "淮阴区人民政府"));
        assertEquals("洪泽区人民政府", names.withoutRegion("江苏省淮安市洪泽区人民政府"));
        assertEquals("淮安市人民政府", names.withoutRegion("江苏省淮安市人民政府"));
        assertEquals("淮安市市场监督管理局", names.withoutRegion("淮安市市场监督管理局"));
        assertEquals("青山市河东区人民政府办公室", names.signature("青山市河东区人民政府办公室"));
        assertNull(names.signature("2025年1月15日"));
        assertNull(names.signature("本年度未收取信息处理费。"));
    }

    @Test
    void rowLabelsWithATypoOrTheirGroupInFront() {
        assertEquals("（三）不予公开/2.其他法律行政法规禁止公开", templates.row3Nearest(Text.key("2.其他法律行政止公开")).label());
        assertNull(templates.row3Nearest(Text.key("2.其他")), "too short to tell");
        assertNull(templates.row3Nearest(Text.key("（二）部分公开（含区分处理）")));
        assertEquals("（一）予以公开", templates.row3(Text.key("三、本年度办理结果（一）予以公开")).label());
        assertEquals("（三）不予公开/1.属于国家秘密",
                templates.row3(Text.key("三、本年度办理结果（三）不予公开1.属于国家秘密")).label());
    }

    @Test
    void tableFourGroupsByTheWordsOfTheirHeaders() {
        assertEquals(List.of(0), templates.groups4Named(Text.key("行政复议")));
        assertEquals(List.of(1, 2), templates.groups4Named(Text.key("行政诉讼")));
        assertEquals(List.of(1), templates.groups4Named(Text.key("行政诉讼（未经复议直接起诉）")));
        assertEquals(List.of(2), templates.groups4Named(Text.key("复议后起诉")));
        assertEquals(List.of(), templates.groups4Named(Text.key("结果维持")));
    }
}
