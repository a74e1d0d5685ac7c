package org.xxgk.check.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.xxgk.check.input.InputException;
import org.xxgk.check.input.ReportInput;
import org.xxgk.check.input.ReportText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code check text FILE}: the text the checker reads, with the line numbers that findings and facts give. For an
 * HTML page, a Word document or a PDF this is the converted text; a table row is one line, its cells separated by
 * tabs (shown as {@code │} with line numbers, kept as tabs with {@code --raw}).
 */
@Command(name = "text", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"输出检查时读取的文本及行号：问题报告和 facts 中的行号就是这里的行号。",
                "HTML、Word（DOCX）、PDF 年报输出转换后的文本：表格每行一行，单元格之间以“│”分隔（--raw 时为制表符），"
                        + "PDF 标出每页的起始位置。"})
final class TextCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "年报文件（文本、HTML、DOCX 或 PDF）")
    Path file;

    @Option(names = "--raw", description = "只输出文本本身（不加行号和分页标记，单元格以制表符分隔），可另存为 .txt 修改后再检查")
    boolean raw;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ReportText text;
        try {
            text = ReportInput.load(file);
        } catch (InputException e) {
            spec.commandLine().getErr().println(file + ": 错误: " + e.getMessage());
            return ExitCode.ERROR.code();
        }
        if (raw) {
            out.print(text.text());
            out.flush();
            return ExitCode.OK.code();
        }
        String[] lines = text.text().split("\\R", -1);
        int count = text.text().endsWith("\n") ? lines.length - 1 : lines.length;
        int width = Math.max(3, String.valueOf(count).length());
        List<Integer> pages = text.pageStarts();
        if (text.converted()) {
            out.println("# " + file + "：" + text.kind().chinese() + "，转换为 " + count + " 行文本");
        }
        int page = 0;
        for (int i = 1; i <= count; i++) {
            while (page < pages.size() && pages.get(page) <= i) {
                page++;
                out.println(" ".repeat(width) + "  ── 第 " + page + " 页 ──");
            }
            out.println(String.format("%" + width + "d", i) + "  " + lines[i - 1].replace("\t", " │ "));
        }
        return ExitCode.OK.code();
    }
}
