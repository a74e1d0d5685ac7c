package org.xxgk.check.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.xxgk.check.config.ConfigFile;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options {@code check} and {@code check baseline} share: what to check, with which rules and config. */
final class CheckOptions {

    @Parameters(paramLabel = "FILE|DIR", arity = "0..*", descriptionKey = "inputs",
            description = "年报文件或文件夹：文本（.txt/.md）、HTML 网页、Word（.docx）或 PDF；文件夹中这些文件都会检查")
    List<Path> inputs = List.of();

    @Option(names = "--rules", paramLabel = "DIR",
            description = "规则文件夹（默认：配置文件的 rules，否则项目的 rules/，找不到时用内置规则）")
    Path rulesDir;

    @Option(names = "--config", paramLabel = "FILE",
            description = "配置文件（默认：从当前文件夹向上逐级查找 " + ConfigFile.DEFAULT_NAME
                    + "，到文件系统根目录或含 .git 的仓库根目录为止；找不到则不用配置）")
    Path configFile;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "基线文件（check baseline 生成；默认：配置文件的 baseline）：其中列出的问题单独列出，不影响退出码")
    Path baselineFile;

    @Option(names = "--previous", paramLabel = "FILE|DIR",
            description = "上一年度的年报（文件或文件夹，可多次给出）：只用于与本批年报配对对比（结转、现行有效件数、"
                    + "重复文字等），本身不检查、不输出")
    List<Path> previous = new ArrayList<>();

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "并行检查的线程数（默认：CPU 核数）")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"},
            description = "不显示进度行（进度行只在错误输出是终端时显示，如 CI 日志或重定向到文件时本就不显示）")
    boolean quiet;
}
