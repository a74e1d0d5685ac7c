package org.xxgk.check.cli;

import java.nio.file.Path;
import java.time.Duration;
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

    @Option(names = "--timeout", paramLabel = "TIME", converter = Options.DurationConverter.class,
            description = "每份年报的检查时限，如 10s、1m（默认：配置文件 limits 的 timeout，否则 10s）；超时的年报报错，其余照常检查")
    Duration timeout;

    @Option(names = "--max-size", paramLabel = "SIZE", converter = Options.SizeConverter.class,
            description = "单份年报文件的大小上限，如 20MB（默认：配置文件 limits 的 max-size，否则 20MB）；更大的文件不读取")
    Long maxSize;

    @Option(names = "--max-chars", paramLabel = "N",
            description = "单份年报的文字上限（字符数，HTML/DOCX/PDF 按转换后的文字算；默认：配置文件 limits 的 max-chars，否则 500000）")
    Integer maxChars;

    @Option(names = "--unrestricted-rules",
            description = "不检查规则调用了什么：规则可以使用 System、文件、网络、反射等（默认拒绝）；只用于来源可信且确需如此的规则")
    boolean unrestricted;
}
