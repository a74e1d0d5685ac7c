package org.xxgk.check.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The template knowledge of {@code templates/*.yaml}, indexed by label key. Loaded once; immutable and shared.
 */
public final class Templates {

    public static final String T2021 = "2021";
    public static final String T2019 = "2019";
    public static final List<String> ALL = List.of(T2021, T2019);
    /** The names of the statistical tables: the numeral of the section each stands in. */
    public static final String TABLE_2 = "二";
    public static final String TABLE_3 = "三";
    public static final String TABLE_4 = "四";

    private static volatile Templates builtIn;

    final TemplateSpec.Sections sections;
    final TemplateSpec.Tables tables;
    final TemplateSpec.Narrative narrative;
    final TemplateSpec.ReportMeta report;

    private final SectionTitles sectionTitles;
    private final AgencyNames agencyNames;
    private final Set<String> placeholders = new LinkedHashSet<>();
    /** tables.yaml's page marks as one pattern (alternatives), or null when it lists none. */
    private final Pattern pageMarks;
    // report.yaml, compiled once
    private final Pattern titlePattern;
    private final List<Pattern> titleSkip = new ArrayList<>();
    private final Map<String, Pattern> levels = new LinkedHashMap<>();
    // table 二
    private final Map<String, String> captions2 = new HashMap<>();
    private final Map<String, String> rows2 = new HashMap<>();
    private final Map<String, String> columns2 = new HashMap<>();
    private final Map<String, Set<String>> templatesOf = new HashMap<>();
    private final Set<String> header2 = new LinkedHashSet<>();
    // table 三
    private final List<Row3> rows3 = new ArrayList<>();
    private final Map<String, Row3> rows3ByKey = new HashMap<>();
    // group labels (三、本年度办理结果, （三）不予公开 …) by key: a row's first cell may carry them in front
    private final Map<String, Row3> groupKeys = new LinkedHashMap<>();
    // table 四's group names by key: the part after 「/」, and the part before it
    private final List<String> groupParts4 = new ArrayList<>();
    private final List<String> groupHeads4 = new ArrayList<>();
    private final Map<String, String> columns3 = new HashMap<>();
    private final Set<String> header3 = new LinkedHashSet<>();
    private final Set<String> captions3 = new LinkedHashSet<>();
    // table 四
    private final Set<String> header4 = new LinkedHashSet<>();
    private final Set<String> header4Start = new HashSet<>();
    // every label key, for finding labels inside text whose cells ran together (built on first use)
    private volatile Set<String> labelKeys;

    /**
     * A row of table 三 with its canonical label.
     *
     * @param label         「一、本年新收政府信息公开申请数量」 or 「（三）不予公开/1.属于国家秘密」 for a sub-row
     * @param group         the group label for a sub-row or a group header, else {@code ""}
     * @param dataTemplates the templates in which the row carries values itself (empty for a group header)
     * @param templates     the templates that have the row at all
     * @param order         position in the template's row order
     * @param isGroup       whether it is a group header (（三）…（六）, 三、本年度办理结果)
     */
    public record Row3(String label, String group, Set<String> dataTemplates, Set<String> templates, int order,
                       boolean isGroup) {

        public boolean isData(String template) {
            return dataTemplates.contains(template);
        }

        public boolean carriesData() {
            return !dataTemplates.isEmpty();
        }
    }

    Templates(TemplateSpec.Sections sections, TemplateSpec.Tables tables, TemplateSpec.Narrative narrative,
              TemplateSpec.ReportMeta report) {
        this.sections = sections;
        this.pageMarks = tables.pageMarks() == null || tables.pageMarks().isEmpty() ? null
                : Pattern.compile(String.join("|", tables.pageMarks().stream().map(p -> "(?:" + p + ")").toList()));
        this.tables = tables;
        this.narrative = narrative;
        this.report = report;
        this.sectionTitles = new SectionTitles(sections.sections());
        this.agencyNames = new AgencyNames(report.agencyNames());
        this.titlePattern = Pattern.compile(report.title().regex());
        report.title().skip().forEach(x -> titleSkip.add(Pattern.compile(x)));
        report.levels().forEach(l -> levels.put(l.level(), Pattern.compile(l.regex())));
        index();
    }

    /** The built-in templates, read from the class path once. */
    public static Templates builtIn() {
        Templates t = builtIn;
        if (t == null) {
            synchronized (Templates.class) {
                t = builtIn;
                if (t == null) {
                    ObjectMapper yaml = yamlMapper();
                    t = new Templates(read(yaml, "sections.yaml", TemplateSpec.Sections.class),
                            read(yaml, "tables.yaml", TemplateSpec.Tables.class),
                            read(yaml, "narrative.yaml", TemplateSpec.Narrative.class),
                            read(yaml, "report.yaml", TemplateSpec.ReportMeta.class));
                    builtIn = t;
                }
            }
        }
        return t;
    }

    /** A strict YAML mapper: kebab-case keys, unknown keys rejected. */
    public static ObjectMapper yamlMapper() {
        return new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    private static <T> T read(ObjectMapper yaml, String name, Class<T> type) {
        try (InputStream in = Templates.class.getResourceAsStream("/templates/" + name)) {
            if (in == null) {
                throw new IllegalStateException("templates/" + name + " is missing from the class path");
            }
            return yaml.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("templates/" + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * These templates with extra label synonyms and claim patterns (from the officers' config) on top.
     *
     * @param labelSynonyms canonical label → further ways reports write it (any table)
     * @param extraClaims   further claim patterns
     */
    public Templates with(Map<String, List<String>> labelSynonyms, List<TemplateSpec.ClaimPattern> extraClaims) {
        Templates t = new Templates(sections, tables,
                new TemplateSpec.Narrative(concat(narrative.claims(), extraClaims), narrative.sectionNone(),
                        narrative.signatureLines(), narrative.sectionBrief()), report);
        labelSynonyms.forEach((label, synonyms) -> t.addSynonyms(label, synonyms));
        return t;
    }

    /** Whether {@code label} is a label of some table (so that an extra synonym can be attached to it). */
    public boolean knowsLabel(String label) {
        String k = Text.key(label);
        return captions2.containsKey(k) || rows2.containsKey(k) || columns2.containsKey(k)
                || rows3ByKey.containsKey(k) || columns3.containsKey(k)
                || rows3.stream().anyMatch(r -> r.label().equals(label));
    }

    private void addSynonyms(String label, List<String> synonyms) {
        String k = Text.key(label);
        for (String s : synonyms) {
            String sk = Text.key(s);
            if (captions2.containsKey(k)) {
                captions2.put(sk, captions2.get(k));
            }
            if (rows2.containsKey(k)) {
                rows2.put(sk, rows2.get(k));
            }
            if (columns2.containsKey(k)) {
                columns2.put(sk, columns2.get(k));
            }
            if (columns3.containsKey(k)) {
                columns3.put(sk, columns3.get(k));
            }
            Row3 row = rows3ByKey.get(k);
            if (row == null) {
                row = rows3.stream().filter(r -> r.label().equals(label)).findFirst().orElse(null);
            }
            if (row != null) {
                rows3ByKey.put(sk, row);
            }
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private void index() {
        for (String p : tables.placeholders()) {
            placeholders.add(Text.key(p).isEmpty() ? p : Text.key(p));
        }
        TemplateSpec.Table2 t2 = tables.table2();
        t2.header().forEach(h -> header2.add(Text.key(h)));
        for (TemplateSpec.Subtable sub : t2.subtables()) {
            captions2.put(Text.key(sub.caption()), sub.caption());
            sub.layouts().forEach((template, layout) -> {
                member(sub.caption(), template);
                for (String r : layout.rows()) {
                    rows2.put(Text.key(r), r);
                    member(r, template);
                }
                for (String c : layout.columns()) {
                    columns2.put(Text.key(c), c);
                    member(c, template);
                }
            });
        }
        if (t2.synonyms() != null) {
            t2.synonyms().forEach((label, synonyms) -> synonyms.forEach(s -> {
                if (columns2.containsKey(Text.key(label))) {
                    columns2.put(Text.key(s), label);
                } else {
                    rows2.put(Text.key(s), label);
                }
            }));
        }

        TemplateSpec.Table3 t3 = tables.table3();
        t3.captions().forEach(c -> captions3.add(Text.key(c)));
        t3.header().forEach(h -> header3.add(Text.key(h)));
        for (String c : t3.columns()) {
            columns3.put(Text.key(c), c);
        }
        for (String c : t3.optionalColumns()) {
            columns3.put(Text.key(c), c);
        }
        if (t3.synonyms() != null) {
            t3.synonyms().forEach((label, synonyms) -> synonyms.forEach(s -> columns3.put(Text.key(s), label)));
        }
        int order = 0;
        Map<String, Integer> itemKeyCount = new HashMap<>();
        Map<String, Row3> itemsWithoutNumber = new HashMap<>();
        for (TemplateSpec.Row row : t3.rows()) {
            Set<String> data = row.data() == null ? new TreeSet<>(ALL) : new TreeSet<>(row.data());
            boolean group = row.items() != null || data.isEmpty();
            Row3 r = new Row3(row.label(), group && row.items() != null ? row.label() : "", Set.copyOf(data),
                    Set.copyOf(ALL), order++, group);
            rows3.add(r);
            rows3ByKey.put(Text.key(row.label()), r);
            if (row.synonyms() != null) {
                row.synonyms().forEach(s -> rows3ByKey.put(Text.key(s), r));
            }
            if (row.items() == null) {
                continue;
            }
            for (TemplateSpec.Item item : row.items()) {
                Set<String> templates = item.templates() == null ? new TreeSet<>(ALL) : new TreeSet<>(item.templates());
                Row3 it = new Row3(row.label() + "/" + item.label(), row.label(), Set.copyOf(templates),
                        Set.copyOf(templates), order++, false);
                rows3.add(it);
                List<String> keys = new ArrayList<>();
                keys.add(Text.key(item.label()));
                if (item.synonyms() != null) {
                    item.synonyms().forEach(s -> keys.add(Text.key(s)));
                }
                for (String k : keys) {
                    rows3ByKey.put(k, it);
                    rows3ByKey.put(Text.key(row.label()) + k, it);
                    String bare = k.replaceFirst("^\\d+\\.", "");
                    itemKeyCount.merge(bare, 1, Integer::sum);
                    itemsWithoutNumber.put(bare, it);
                }
                for (String template : templates) {
                    if (templates.size() == 1) {
                        member(it.label(), template);
                    }
                }
            }
        }
        // An item written without its number still names its row, unless the bare words are ambiguous
        // (「其他」 is also a column of the same table).
        itemsWithoutNumber.forEach((bare, row) -> {
            if (itemKeyCount.get(bare) == 1 && !columns3.containsKey(bare) && !rows3ByKey.containsKey(bare)) {
                rows3ByKey.put(bare, row);
            }
        });

        for (Row3 r : rows3) {
            if (r.isGroup() && (!r.carriesData() || r.group().equals(r.label()))) {
                groupKeys.put(Text.key(r.label()), r);
            }
        }
        TemplateSpec.Table4 t4 = tables.table4();
        for (String g : t4.groups()) {
            int slash = g.indexOf('/');
            groupParts4.add(Text.key(g.substring(slash + 1)));
            groupHeads4.add(slash > 0 ? Text.key(g.substring(0, slash)) : null);
        }
        t4.header().forEach(h -> header4.add(Text.key(h)));
        t4.header().forEach(h -> header4Start.add(Text.key(h)));
        t4.headerFragments().forEach(h -> header4.add(Text.key(h)));
        t4.columns().forEach(c -> header4.add(Text.key(c)));
        for (String n : t2.neutral()) {
            templatesOf.remove(n);
        }
    }

    private void member(String label, String template) {
        templatesOf.computeIfAbsent(label, k -> new TreeSet<>()).add(template);
    }

    // ---- queries used by the parser ----

    public List<TemplateSpec.Section> sections() {
        return sections.sections();
    }

    /** When two agency names name the same agency; the agency a signature names. */
    public AgencyNames agencyNames() {
        return agencyNames;
    }

    /** The section titles' wordings and keywords, for the section finders. */
    public SectionTitles sectionTitles() {
        return sectionTitles;
    }

    public TemplateSpec.Narrative narrative() {
        return narrative;
    }

    public TemplateSpec.ReportMeta reportMeta() {
        return report;
    }

    /** report.yaml's title pattern, with its named groups {@code agency} and {@code year}. */
    public Pattern titlePattern() {
        return titlePattern;
    }

    /** Whether a line or word is navigation or publication detail rather than the title (report.yaml's skip). */
    public boolean isTitleNoise(String text) {
        return titleSkip.stream().anyMatch(p -> p.matcher(text).find());
    }

    /** The agency level its name implies (report.yaml's levels, first match), {@code department} by default. */
    public String agencyLevel(String agency) {
        if (agency != null) {
            for (Map.Entry<String, Pattern> l : levels.entrySet()) {
                if (l.getValue().matcher(agency).find()) {
                    return l.getKey();
                }
            }
        }
        return "department";
    }

    public boolean isPlaceholder(String key) {
        return placeholders.contains(key);
    }

    public List<String> units() {
        return tables.units();
    }

    /**
     * Whether a line (cleaned) is a page mark copied from a paginated document (「- 3 -」「第3页 共10页」「P. 9」):
     * tables.yaml's {@code page-marks}, matched against the whole line.
     */
    public boolean isPageMark(String line) {
        return pageMarks != null && pageMarks.matcher(line).matches();
    }

    /** The canonical caption of a table 二 sub-table (「第二十条第（一）项」), or null. */
    public String caption2(String key) {
        return captions2.get(key);
    }

    public boolean isHeader2(String key) {
        return header2.contains(key);
    }

    public String row2(String key) {
        return rows2.get(key);
    }

    public String column2(String key) {
        return columns2.get(key);
    }

    /** The layout a template gives a table 二 sub-table, or null when that template has no such sub-table. */
    public TemplateSpec.Layout layout2(String caption, String template) {
        for (TemplateSpec.Subtable sub : tables.table2().subtables()) {
            if (sub.caption().equals(caption)) {
                return sub.layouts().get(template);
            }
        }
        return null;
    }

    /** The captions of table 二's sub-tables in template order. */
    public List<String> captions2() {
        return tables.table2().subtables().stream().map(TemplateSpec.Subtable::caption).toList();
    }

    /** Row labels that count as the same row across templates (行政规范性文件 / 规范性文件). */
    public Set<String> equivalentRows2(String row) {
        Set<String> same = new LinkedHashSet<>();
        same.add(row);
        for (List<String> group : tables.table2().equivalentRows()) {
            if (group.contains(row)) {
                same.addAll(group);
            }
        }
        return same;
    }

    public boolean isCaption3(String key) {
        return captions3.contains(key) || key.contains("勾稽关系");
    }

    public boolean isHeader3(String key) {
        return header3.contains(key);
    }

    public String column3(String key) {
        return columns3.get(key);
    }

    public List<String> standardColumns3() {
        return tables.table3().columns();
    }

    public List<Row3> rows3() {
        return rows3;
    }

    /**
     * A table 三 row by exact key (with or without its group prefix, synonyms included), or null. A key that starts
     * with the labels of the groups above the row (「三、本年度办理结果（一）予以公开」: a copy that put the merged group
     * label into the row's first cell) names the row too.
     */
    public Row3 row3(String key) {
        Row3 row = rows3ByKey.get(key);
        if (row != null || key.length() < 6) {
            return row;
        }
        for (Map.Entry<String, Row3> e : groupKeys.entrySet()) {
            Row3 group = e.getValue();
            String g = e.getKey();
            if (!key.startsWith(g) || key.length() == g.length()) {
                continue;
            }
            String restKey = key.substring(g.length());
            Row3 rest = rows3ByKey.get(restKey);
            if (rest == null && restKey.length() >= 6) {
                rest = row3(restKey);
            }
            if (rest != null && (rest.group().isEmpty() || rest.group().equals(group.label()) || group.group().isEmpty())) {
                return rest;
            }
        }
        return null;
    }

    /**
     * A table 三 sub-row whose label was cut off (「6.属于四类过程」): the unique sub-row whose key starts with
     * {@code key}, when the key keeps its item number and at least four more characters. Null otherwise.
     */
    public Row3 row3ByPrefix(String key) {
        if (!key.matches("\\d+\\..{4,}")) {
            return null;
        }
        Row3 found = null;
        for (Map.Entry<String, Row3> e : rows3ByKey.entrySet()) {
            if (e.getKey().startsWith(key) && !e.getKey().equals(key)) {
                if (found != null && found != e.getValue()) {
                    return null;
                }
                found = e.getValue();
            }
        }
        return found;
    }

    private static final Pattern ROW_NUMBER = Pattern.compile("^(?:\\d+\\.|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)");

    /**
     * A table 三 row whose label has a typo or lost a few characters inside (「2.其他法律行政止公开」 for
     * 「2.其他法律行政法规禁止公开」): the one row label with the same item number whose key is nearest, when it is
     * at most a quarter of the longer label's length away (at least 1) and no other label of that number is as near.
     * Null otherwise, and for keys without an item number or with fewer than four characters after it.
     */
    public Row3 row3Nearest(String key) {
        Matcher number = ROW_NUMBER.matcher(key);
        if (!number.find() || key.length() - number.end() < 4) {
            return null;
        }
        String prefix = number.group();
        Row3 best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (Map.Entry<String, Row3> e : rows3ByKey.entrySet()) {
            String k = e.getKey();
            if (!k.startsWith(prefix) || Math.abs(k.length() - key.length()) > bestDistance) {
                continue;
            }
            int limit = Math.max(1, (Math.max(k.length(), key.length()) - prefix.length()) / 4);
            int d = Text.distance(key, k, limit);
            if (d > limit) {
                continue;
            }
            if (d < bestDistance) {
                best = e.getValue();
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance && best != e.getValue()) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /**
     * Every key a table label can take: captions, header words, row and column labels of tables 二–四, synonyms
     * included. Text whose cells ran together (「规章000行政规范性文件77132470」) is cut at these keys.
     */
    public Set<String> labelKeys() {
        Set<String> keys = labelKeys;
        if (keys == null) {
            Set<String> all = new HashSet<>();
            all.addAll(captions2.keySet());
            all.addAll(rows2.keySet());
            all.addAll(columns2.keySet());
            all.addAll(header2);
            all.addAll(rows3ByKey.keySet());
            all.addAll(columns3.keySet());
            all.addAll(header3);
            all.addAll(captions3);
            all.addAll(header4);
            all.remove("");
            keys = Set.copyOf(all);
            labelKeys = keys;
        }
        return keys;
    }

    /** The canonical labels of table 三's optional columns (小计). */
    public List<String> optionalColumns3() {
        return tables.table3().optionalColumns();
    }

    /** A word that opens table 四 (行政复议, 行政诉讼 …), as opposed to its column words (总计, 其他 …). */
    public boolean isHeader4Start(String key) {
        return header4Start.contains(key);
    }

    /**
     * The groups of table 四 a header cell names, by index in {@link #groups4}: 「行政复议」 the first; 「未经复议直接起诉」
     * the second, 「复议后起诉」 the third (with or without 「行政诉讼」 in front); 「行政诉讼」 alone both. Empty for
     * other cells.
     */
    public List<Integer> groups4Named(String key) {
        List<Integer> named = new ArrayList<>();
        for (int g = 0; g < groupParts4.size(); g++) {
            if (key.contains(groupParts4.get(g))) {
                named.add(g);
            }
        }
        if (!named.isEmpty()) {
            return named;
        }
        for (int g = 0; g < groupHeads4.size(); g++) {
            if (groupHeads4.get(g) != null && key.contains(groupHeads4.get(g))) {
                named.add(g);
            }
        }
        return named;
    }

    public boolean isHeader4(String key) {
        return header4.contains(key);
    }

    public List<String> groups4() {
        return tables.table4().groups();
    }

    public List<String> columns4() {
        return tables.table4().columns();
    }

    public boolean isDecimalColumn(String column) {
        return tables.table2().decimalColumns().contains(column);
    }

    /**
     * The one template a label belongs to, when only one template uses it (the evidence for detection);
     * null for labels both templates share and for neutral labels.
     */
    public String templateOf(String label) {
        Set<String> templates = templatesOf.get(label);
        return templates != null && templates.size() == 1 ? templates.iterator().next() : null;
    }

    /** Labels per template, for documentation and tests. */
    public Map<String, Set<String>> markers() {
        Map<String, Set<String>> byTemplate = new LinkedHashMap<>();
        templatesOf.forEach((label, templates) -> {
            if (templates.size() == 1) {
                byTemplate.computeIfAbsent(templates.iterator().next(), k -> new TreeSet<>()).add(label);
            }
        });
        return byTemplate;
    }
}
