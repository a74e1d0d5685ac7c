package org.xxgk.check.finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stable fingerprints: a digest of the rule id, the report's identity (agency and year; the file name when the
 * title names neither) and the finding's {@link Subject}. Never the line number or the message, which carry line
 * numbers: a report re-flowed by a paragraph keeps its fingerprints, so a reviewed finding stays reviewed.
 *
 * <p>Two findings of one rule on one subject (a rule that reports each of several lines) are told apart by their
 * order in the report: the first keeps the plain fingerprint, the second gets {@code #2} in its digest, and so on.
 */
final class Fingerprints {

    private final String identity;
    private final Map<Finding, String> byFinding = new IdentityHashMap<>();

    @SafeVarargs
    Fingerprints(String identity, List<Finding>... lists) {
        this.identity = identity;
        List<Finding> all = new ArrayList<>();
        for (List<Finding> l : lists) {
            all.addAll(l);
        }
        all.sort(Comparator.comparingInt(Finding::line));
        Map<String, Integer> seen = new HashMap<>();
        for (Finding f : all) {
            if (f.fingerprint() != null) {
                continue;
            }
            String key = f.rule() + "\u0000" + f.subject().key();
            int n = seen.merge(key, 1, Integer::sum);
            byFinding.put(f, digest(key + (n == 1 ? "" : "#" + n)));
        }
    }

    /** 「福州市长乐区人民防空办公室/2024」, or the file name without its folders. */
    static String identity(String file, String agency, Integer year) {
        if (agency != null && year != null) {
            return agency + "/" + year;
        }
        String name = file == null ? "" : file.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    Finding assigned(Finding f) {
        String print = byFinding.get(f);
        return print == null ? f : f.withFingerprint(print);
    }

    List<Finding> assigned(List<Finding> findings) {
        return findings.stream().map(this::assigned).toList();
    }

    private String digest(String key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] d = sha.digest((identity + "\u0000" + key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
