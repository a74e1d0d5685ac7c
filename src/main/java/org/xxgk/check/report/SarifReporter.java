package org.xxgk.check.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.xxgk.check.finding.CheckedReport;
import org.xxgk.check.finding.Finding;
import org.xxgk.check.finding.Location;
import org.xxgk.check.finding.Severity;

/**
 * SARIF 2.1.0, for code-scanning dashboards (GitHub code scanning among them): one run; each finding is a result at
 * its file and line (error / warning / note) with a {@code partialFingerprints} entry that does not move with the
 * line; suppressed and baselined findings are results with an external suppression; a file that could not be read is
 * a tool execution notification. The driver lists the rules in force with their help (the rule's header comment and
 * its feature's examples). Files under the working folder are relative URIs against the base {@value #BASE}, which
 * {@code originalUriBaseIds} resolves. Line numbers of HTML, DOCX and PDF reports are those of their converted text
 * ({@code check text FILE}).
 *
 * <p>Results are written as each report comes. So that a rule only a finding names can still get its descriptor,
 * {@code results} come before {@code tool} in the run object (member order carries no meaning in JSON).
 */
public final class SarifReporter implements Reporter {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    /** The base that relative artifact URIs are resolved against: the folder the check ran in. */
    static final String BASE = "REPORTROOT";
    /** The key of our fingerprint in {@code partialFingerprints}; versioned, as SARIF recommends. */
    static final String FINGERPRINT = "xxgkFinding/v1";

    private final PrintWriter out;
    private final Path base;
    private JsonGenerator json;
    private RunInfo run;
    private final Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    private final List<RuleDoc> extraRules = new ArrayList<>();
    private final List<ObjectNode> artifacts = new ArrayList<>();
    private final List<ObjectNode> notifications = new ArrayList<>();

    /** Relative paths are taken relative to the working folder. */
    public SarifReporter(PrintWriter out) {
        this(out, Path.of("").toAbsolutePath());
    }

    /** @param base the folder relative paths are relative to (and absolute paths under it are made relative to) */
    public SarifReporter(PrintWriter out, Path base) {
        this.out = out;
        this.base = base.toAbsolutePath().normalize();
    }

    @Override
    public void begin(RunInfo info) {
        run = info;
        for (RuleDoc r : info.catalogue()) {
            ruleIndex.put(r.id(), ruleIndex.size());
        }
        json = ReportJson.generator(out, true);
        try {
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            json.writeArrayFieldStart("results");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void report(CheckedReport r) {
        int index = artifacts.size();
        String uri = uri(r.file(), base);
        ObjectNode artifact = ReportJson.JSON.createObjectNode();
        artifactLocation(artifact.putObject("location"), uri, -1);
        artifacts.add(artifact);
        if (r.error() != null) {
            ObjectNode n = ReportJson.JSON.createObjectNode();
            n.put("level", "error");
            n.putObject("message").put("text", r.file() + "：" + r.error());
            location(n.putArray("locations").addObject().putObject("physicalLocation"), uri, index, 0);
            notifications.add(n);
            return;
        }
        ReportJson.identity(artifact.putObject("properties"), r);
        try {
            for (Finding f : r.findings()) {
                json.writeTree(result(f, uri, index));
            }
            for (CheckedReport.Suppressed s : r.suppressed()) {
                ObjectNode result = result(s.finding(), uri, index);
                suppression(result, "external", s.reason());
                json.writeTree(result);
            }
            for (Finding f : r.baselined()) {
                ObjectNode result = result(f, uri, index);
                result.put("baselineState", "unchanged");
                suppression(result, "external", "已列入基线（此前审核过的问题）");
                json.writeTree(result);
            }
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void end(Summary summary) {
        try {
            json.writeEndArray();
            ReportJson.array(json, "artifacts", artifacts);
            ObjectNode invocation = ReportJson.JSON.createObjectNode();
            invocation.put("executionSuccessful", notifications.isEmpty());
            invocation.putArray("toolExecutionNotifications").addAll(notifications);
            json.writeArrayFieldStart("invocations");
            json.writeTree(invocation);
            json.writeEndArray();
            json.writeFieldName("tool");
            json.writeTree(tool());
            ObjectNode bases = ReportJson.JSON.createObjectNode();
            bases.putObject(BASE).put("uri", base.toUri().toASCIIString())
                    .putObject("description").put("text", "运行检查时所在的文件夹");
            json.writeFieldName("originalUriBaseIds");
            json.writeTree(bases);
            ObjectNode runProps = ReportJson.JSON.createObjectNode();
            runProps.put("rules", run.rules());
            runProps.put("ruleCount", run.ruleCount());
            runProps.put("config", run.config());
            runProps.put("baseline", run.baseline());
            runProps.put("lineNumbers", "HTML、DOCX、PDF 年报的行号是转换后文本的行号（check text 文件）");
            json.writeFieldName("properties");
            json.writeTree(runProps);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ReportJson.finish(json, out);
    }

    private ObjectNode tool() {
        ObjectNode driver = ReportJson.JSON.createObjectNode();
        driver.put("name", "xxgk-check");
        driver.put("fullName", "xxgk-check 政府信息公开工作年度报告合规检查器");
        if (run.version() != null) {
            driver.put("version", run.version());
            if (run.version().matches("\\d+\\.\\d+\\.\\d+([-+].*)?")) {
                driver.put("semanticVersion", run.version());
            }
        }
        if (run.informationUri() != null) {
            driver.put("informationUri", run.informationUri());
        }
        var rules = driver.putArray("rules");
        run.catalogue().forEach(r -> rules.add(rule(r)));
        extraRules.forEach(r -> rules.add(rule(r)));
        ObjectNode tool = ReportJson.JSON.createObjectNode();
        tool.set("driver", driver);
        return tool;
    }

    private static void suppression(ObjectNode result, String kind, String justification) {
        ObjectNode s = result.putArray("suppressions").addObject();
        s.put("kind", kind);
        s.put("justification", justification);
    }

    private static ObjectNode rule(RuleDoc r) {
        ObjectNode node = ReportJson.JSON.createObjectNode();
        node.put("id", r.id());
        node.putObject("shortDescription").put("text", r.title());
        if (r.basis() != null && !r.basis().isEmpty()) {
            node.putObject("fullDescription").put("text", r.title() + "（依据：" + r.basis() + "）");
        }
        if (!r.help().isEmpty()) {
            ObjectNode help = node.putObject("help");
            help.put("text", r.help());
            if (!r.helpMarkdown().isEmpty()) {
                help.put("markdown", r.helpMarkdown());
            }
        }
        if (r.helpUri() != null) {
            node.put("helpUri", r.helpUri());
        }
        node.putObject("defaultConfiguration").put("level", level(r.severity()));
        ObjectNode props = node.putObject("properties");
        props.put("severity", r.severity().id());
        if (r.basis() != null && !r.basis().isEmpty()) {
            props.put("basis", r.basis());
        }
        if (r.category() != null && !r.category().isEmpty()) {
            props.put("category", r.category());
            props.putArray("tags").add(r.category());
        }
        return node;
    }

    private ObjectNode result(Finding f, String uri, int artifact) {
        Integer index = ruleIndex.get(f.rule());
        if (index == null) {
            // A finding whose rule the catalogue does not list still gets a descriptor: results refer to rules by index.
            index = ruleIndex.size();
            ruleIndex.put(f.rule(), index);
            extraRules.add(new RuleDoc(f.rule(), f.severity(), f.rule(), "", ""));
        }
        ObjectNode node = ReportJson.JSON.createObjectNode();
        node.put("ruleId", f.rule());
        node.put("ruleIndex", index);
        node.put("level", level(f.severity()));
        node.putObject("message").put("text", f.message());
        location(node.putArray("locations").addObject().putObject("physicalLocation"), uri, artifact, f.line());
        if (!f.related().isEmpty()) {
            // the other report of a cross-report finding: last year's report, or another agency's
            var related = node.putArray("relatedLocations");
            for (int i = 0; i < f.related().size(); i++) {
                Location l = f.related().get(i);
                ObjectNode at = related.addObject();
                at.put("id", i + 1);
                location(at.putObject("physicalLocation"), uri(l.file(), base), -1, l.line());
                at.putObject("message").put("text", "对比的另一份年报：" + l.text());
            }
        }
        node.putObject("partialFingerprints").put(FINGERPRINT, f.fingerprint());
        ObjectNode props = node.putObject("properties");
        if (f.expected() != null) {
            props.put("expected", f.expected());
        }
        if (f.actual() != null) {
            props.put("actual", f.actual());
        }
        String where = f.subject().describe();
        if (!where.isEmpty()) {
            props.put("subject", where);
        }
        if (props.isEmpty()) {
            node.remove("properties");
        }
        return node;
    }

    private static void location(ObjectNode physical, String uri, int artifact, int line) {
        artifactLocation(physical.putObject("artifactLocation"), uri, artifact);
        if (line > 0) {
            physical.putObject("region").put("startLine", line);
        }
    }

    /** A relative URI names its base; {@code artifact} is the index into {@code artifacts}, -1 for none. */
    private static void artifactLocation(ObjectNode node, String uri, int artifact) {
        node.put("uri", uri);
        if (!uri.startsWith("file:")) {
            node.put("uriBaseId", BASE);
        }
        if (artifact >= 0) {
            node.put("index", artifact);
        }
    }

    /** SARIF levels: error, warning, note. */
    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /**
     * A file as a URI reference relative to {@code base} when it lies under it (an absolute path there is made
     * relative, so the same report gives the same URI wherever the folder is checked out), else as {@link #uri}.
     */
    static String uri(String file, Path base) {
        try {
            Path normal = base.resolve(file).normalize();
            if (normal.startsWith(base) && !normal.equals(base)) {
                return uri(base.relativize(normal).toString());
            }
            if (!Path.of(file).isAbsolute()) {
                return normal.toUri().toASCIIString(); // 「../x.txt」: outside the base, so absolute
            }
        } catch (InvalidPathException e) {
            // not a path of this system: encode it as written
        }
        return uri(file);
    }

    /**
     * A file as a URI reference: a relative path stays relative (forward slashes, percent-encoded: Chinese file
     * names are common), an absolute one becomes a {@code file:} URI.
     */
    static String uri(String file) {
        String slashed = file.replace('\\', '/');
        try {
            if (Path.of(file).isAbsolute()) {
                return Path.of(file).toUri().toASCIIString();
            }
        } catch (InvalidPathException e) {
            // not a path of this system: encode it as written
        }
        while (slashed.startsWith("./")) {
            slashed = slashed.substring(2);
        }
        int colon = slashed.indexOf(':');
        if (colon >= 0 && (slashed.indexOf('/') < 0 || colon < slashed.indexOf('/'))) {
            slashed = "./" + slashed; // 「a:b.txt」 would read as a URI scheme
        }
        try {
            return new URI(null, null, slashed, null).toASCIIString();
        } catch (URISyntaxException e) {
            return slashed;
        }
    }
}
