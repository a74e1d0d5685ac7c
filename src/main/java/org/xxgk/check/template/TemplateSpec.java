package org.xxgk.check.template;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.xxgk.check.fact.Section;

/**
 * The shapes of the YAML files under {@code src/main/resources/templates/}, bound by Jackson. Nothing here knows
 * a label: every label, synonym and pattern is data.
 */
public final class TemplateSpec {

    private TemplateSpec() {
    }

    /** sections.yaml */
    public record Sections(List<Section> sections) {
    }

    public record Section(int number, @JsonProperty("short") String shortTitle,
                          @JsonProperty("long") List<String> longTitles, List<String> variants, List<String> keywords) {

        public Section {
            variants = variants == null ? List.of() : List.copyOf(variants);
        }
    }

    /** tables.yaml */
    public record Tables(List<String> placeholders, List<String> units, List<String> pageMarks, Table2 table2,
                         Table3 table3, Table4 table4) {
    }

    public record Table2(List<String> header, List<Subtable> subtables, Map<String, List<String>> synonyms,
                         List<List<String>> equivalentRows, List<String> neutral, List<String> decimalColumns,
                         List<String> signedColumns) {
    }

    public record Subtable(String caption, Map<String, Layout> layouts) {
    }

    public record Layout(List<String> rows, List<String> columns) {
    }

    public record Table3(List<String> captions, List<String> header, List<String> columns,
                         List<String> optionalColumns, Map<String, List<String>> synonyms, List<Row> rows) {
    }

    /** A row of table 三; {@code data} null means it carries values in both templates. */
    public record Row(String label, List<String> synonyms, List<String> data, List<Item> items) {
    }

    /** A sub-row; {@code templates} null means both templates have it. */
    public record Item(String label, List<String> synonyms, List<String> templates) {
    }

    public record Table4(List<String> header, List<String> headerFragments, List<String> groups,
                         List<String> columns) {
    }

    /** narrative.yaml */
    public record Narrative(List<ClaimPattern> claims, List<String> sectionNone, int signatureLines,
                            SectionBrief sectionBrief) {
    }

    /**
     * {@code section-brief}: a section of these numbers whose prose is at most one sentence shorter than
     * {@code maxChars} (white space not counted) is recorded as a {@code section-brief} claim.
     */
    public record SectionBrief(List<Integer> sections, int maxChars) {
    }

    /**
     * A claim pattern. {@code scope} {@code "clause"} runs the regex and the exclude on each clause of a sentence
     * (cut at 「，」「；」), so that a none-statement applies only to the subject of its own clause; else
     * {@code "sentence"} (the default). {@code keywords}, when given, are words one of which every match contains:
     * a sentence without any of them is not matched at all (a cheap test before the regex).
     */
    public record ClaimPattern(String kind, String regex, String exclude, List<Integer> sections, String scope,
                               List<String> keywords) {

        public ClaimPattern(String kind, String regex, String exclude, List<Integer> sections) {
            this(kind, regex, exclude, sections, null, null);
        }

        public boolean clauses() {
            return "clause".equals(scope);
        }
    }

    /** report.yaml */
    public record ReportMeta(Title title, List<Level> levels, AgencyVariant agencyVariant, AgencyNames agencyNames) {
    }

    public record AgencyNames(String signature, String regionPrefix, String localName, List<String> officeSuffixes) {
    }

    public record Title(String regex, List<String> skip, int maxLines) {
    }

    public record Level(String level, String regex) {
    }

    public record AgencyVariant(int perChars) {
    }
}
