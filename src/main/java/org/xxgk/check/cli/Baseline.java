package org.xxgk.check.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.xxgk.check.report.BaselineReporter;

/** Reads the fingerprints of a baseline file written by {@code check baseline}. */
final class Baseline {

    private Baseline() {
    }

    /**
     * The fingerprints the file lists.
     *
     * @throws IOException with a Chinese message naming the file when it is missing or not a baseline
     */
    static Set<String> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("基线文件不存在：" + file + "（用 check baseline --output " + file + " 年报… 生成）");
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IOException("基线文件 " + file + " 不是 JSON（第" + e.getLocation().getLineNr() + "行："
                    + e.getOriginalMessage() + "）", e);
        }
        if (root == null || !BaselineReporter.FORMAT.equals(root.path("format").asText())) {
            throw new IOException("基线文件 " + file + " 不是 check baseline 生成的基线（缺少 \"format\": \""
                    + BaselineReporter.FORMAT + "\"）");
        }
        Set<String> prints = new HashSet<>();
        for (JsonNode f : root.path("findings")) {
            String print = f.path("fingerprint").asText("");
            if (!print.isEmpty()) {
                prints.add(print);
            }
        }
        return prints;
    }
}
