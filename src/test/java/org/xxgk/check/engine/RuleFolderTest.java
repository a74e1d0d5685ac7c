package org.xxgk.check.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule folder that cannot be read whole is an error naming the file: a rule set that lost a rule must not run. */
class RuleFolderTest {

    @TempDir
    Path dir;

    private List<RuleError> errors() {
        return assertThrows(RulesException.class, () -> RuleSource.fromDirectory(dir)).errors();
    }

    @Test
    void aBinaryRuleFileIsNamed() throws Exception {
        Files.createDirectories(dir.resolve("tables"));
        Files.write(dir.resolve("tables/X.drl"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, (byte) 0xFF, 0x10});
        assertEquals("tables/X.drl:0:0: 这不是文本文件（可能是二进制文件），不是 DRL 规则", errors().get(0).toString());
    }

    @Test
    void aRuleFileInGbkIsNamed() throws Exception {
        Files.writeString(dir.resolve("X.drl"), "// 依据：条例\nrule \"X\" when then end\n", Charset.forName("GBK"));
        assertEquals("X.drl:0:0: 规则文件不是 UTF-8 编码（可能是 GBK 或二进制文件）；请另存为 UTF-8", errors().get(0).toString());
    }

    @Test
    void aFolderFarLargerThanARuleSetIsRefused() throws Exception {
        for (int i = 0; i <= RuleSource.MAX_ENTRIES; i++) {
            Files.createFile(dir.resolve(i + ".txt"));
        }
        assertEquals(dir + ":0:0: 规则文件夹中有超过 20000 个文件和文件夹，不像规则文件夹；请指定只放 .drl 规则文件的文件夹",
                errors().get(0).toString());
    }

    @Test
    void anUnreadableSubFolderIsNamed() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every folder");
        Path locked = Files.createDirectories(dir.resolve("tables"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assertEquals("tables:0:0: 无法读取（没有读取权限）；规则文件夹中的每个文件夹和规则文件都必须可读，少读一条规则的检查结果不可信",
                    errors().get(0).toString());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
