package org.xxgk.check.template;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A claim pattern's {@code keywords} only save time: the parser skips the pattern on a sentence that holds none of
 * them, so each pattern must need one of its keywords to match. Checked over every sentence of the samples and of
 * the features' fixtures, and the other way round: each pattern matches some sentence there (so the check is not
 * empty), except those written for shapes no fixture has.
 */
class ClaimKeywordsTest {

    @Test
    void noPatternMatchesASentenceWithoutOneOfItsKeywords() throws IOException {
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> walk = Stream.concat(Files.walk(Path.of("samples")), Files.walk(Path.of("features")))) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".feature"))
                    .toList()) {
                for (String line : Text.lines(new String(Files.readAllBytes(f), StandardCharsets.UTF_8))) {
                    for (String s : Text.splitAfter(Text.clean(line), "。；！？;!?")) {
                        sentences.add(s);
                        sentences.addAll(List.of(Text.splitAt(s, ",，;；")));
                    }
                }
            }
        }
        int matched = 0;
        for (TemplateSpec.ClaimPattern p : Templates.builtIn().narrative().claims()) {
            if (p.keywords() == null || p.keywords().isEmpty()) {
                continue;
            }
            Pattern regex = Pattern.compile(p.regex());
            boolean any = false;
            for (String s : sentences) {
                if (regex.matcher(s).find()) {
                    any = true;
                    assertTrue(p.keywords().stream().anyMatch(s::contains),
                            p.kind() + " " + p.regex() + " matches 「" + s + "」, which holds none of " + p.keywords());
                }
            }
            matched += any ? 1 : 0;
        }
        assertTrue(matched >= 12, "patterns that match some fixture sentence: " + matched);
    }
}
