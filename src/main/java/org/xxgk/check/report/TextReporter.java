package org.xxgk.check.report;

import java.io.PrintWriter;
import java.util.List;

import org.xxgk.check.finding.CheckedReport;
import org.xxgk.check.finding.Finding;

/** For people: {@code 文件:行: 级别 [ID] 消息}, one finding per line, then a one-line summary. */
public final class TextReporter implements Reporter {

    @Override
    public void write(List<CheckedReport> reports, RunInfo run, PrintWriter out) {
        for (CheckedReport r : reports) {
            if (r.error() != null) {
                out.println(r.file() + ": 错误: " + r.error());
                continue;
            }
            for (Finding f : r.findings()) {
                out.println(r.file() + ":" + f.line() + ": " + f.severity().chinese() + " [" + f.rule() + "] "
                        + f.message());
            }
        }
        Summary s = Summary.of(reports);
        StringBuilder line = new StringBuilder();
        line.append("检查了 ").append(s.reports()).append(" 份年报");
        if (s.failed() > 0) {
            line.append("（").append(s.failed()).append(" 份无法读取）");
        }
        line.append("：错误 ").append(s.errors()).append("，警告 ").append(s.warnings()).append("，提示 ").append(s.infos());
        if (s.suppressed() > 0) {
            line.append("，已抑制 ").append(s.suppressed());
        }
        line.append("（规则：").append(run.rules()).append("，").append(run.ruleCount()).append(" 条）");
        out.println(line);
    }
}
