package org.xxgk.check.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xxgk.check.fact.Claim;
import org.xxgk.check.template.AgencyNames;
import org.xxgk.check.template.Templates;
import org.xxgk.check.template.Text;

/**
 * The agency a report is of, and where the report names it otherwise. The title names the agency; the body and the
 * signature (落款) name it again. Three things are read:
 * <ul>
 * <li>names that differ from the title's by a character or two (「福州市长乐区人民防空办公室」 against the title's
 *     「福州市长乐区人民防办公室」): one {@code agency-variant} claim per distinct variant, at its first line;</li>
 * <li>a signature naming another agency (a renamed or merged agency: title 「某市自然资源局」, signature
 *     「某市自然资源和规划局」): an {@code agency-other} claim. A signature with or without the region prefix, or by the
 *     government's own office (「洪泽区人民政府办公室」 for 「洪泽区人民政府」), names the same agency;</li>
 * <li>the agency's name as the report agrees on it: the title's, unless the title's name appears nowhere else and a
 *     variant does (a misspelt title), then the variant that appears most.</li>
 * </ul>
 */
final class AgencyReader {

    /** What was read: the agreed name (null when the title names none) and the claims. */
    record Agency(String name, List<Claim> claims) {
    }

    private final Templates templates;

    AgencyReader(Templates templates) {
        this.templates = templates;
    }

    Agency read(String titleAgency, int titleLine, List<String> lines, int[] sectionOf) {
        List<Claim> claims = new ArrayList<>();
        if (titleAgency == null || titleAgency.length() < 4) {
            return new Agency(titleAgency, claims);
        }
        int maxDistance = Math.max(1, titleAgency.length() / templates.reportMeta().agencyVariant().perChars());
        String anchor = titleAgency.substring(0, 3);
        Map<String, Integer> variants = new LinkedHashMap<>();
        int exact = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (i + 1 == titleLine) {
                continue;
            }
            String line = lines.get(i);
            if (line.indexOf(anchor.charAt(0)) < 0) {
                continue; // most lines never name the agency: no normalising for them
            }
            String text = Text.compact(Text.clean(line));
            if (!text.contains(anchor)) {
                continue;
            }
            // a line that is an agency's name alone (a signature) is one name: 「…应急管理和消防救援局」 is another agency,
            // not 「…应急管理」 with a typo
            String whole = text.startsWith(anchor) ? templates.agencyNames().signature(line) : null;
            if (whole != null && Text.distance(titleAgency, whole, maxDistance) > maxDistance) {
                continue;
            }
            for (int at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) {
                if (text.startsWith(titleAgency, at)) {
                    exact++;
                    continue;
                }
                String best = nearest(titleAgency, text, at, maxDistance);
                if (best == null) {
                    continue;
                }
                if (!variants.containsKey(best)) {
                    claims.add(new Claim("agency-variant", best, i + 1, sectionOf[i + 1], Text.clean(lines.get(i))));
                }
                variants.merge(best, 1, Integer::sum);
            }
        }
        Claim other = signature(titleAgency, variants, lines, sectionOf);
        if (other != null) {
            claims.add(other);
        }
        String agreed = titleAgency;
        if (exact == 0 && !variants.isEmpty()) {
            agreed = variants.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
        return new Agency(agreed, claims);
    }

    /** The reading at {@code at} nearest to the agency's name, if it differs by 1 to {@code maxDistance} edits. */
    private static String nearest(String agency, String text, int at, int maxDistance) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int len = agency.length() - maxDistance; len <= agency.length() + maxDistance; len++) {
            if (len <= 0 || at + len > text.length()) {
                continue;
            }
            String candidate = text.substring(at, at + len);
            int d = Text.distance(agency, candidate, maxDistance); // above maxDistance: never chosen
            // On a tie the shorter reading wins: 「…应急管理」 before 「认真」 lost its 局; it is not 「…应急管理认」.
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance >= 1 && bestDistance <= maxDistance ? best : null;
    }

    /**
     * The signature's agency when it is another agency: the last line among the report's last few that is an
     * agency name alone (report.yaml's {@code agency-names.signature}).
     */
    private Claim signature(String titleAgency, Map<String, Integer> variants, List<String> lines, int[] sectionOf) {
        AgencyNames names = templates.agencyNames();
        int checked = 0;
        for (int i = lines.size() - 1; i >= 0 && checked < templates.narrative().signatureLines(); i--) {
            if (Text.isBlank(lines.get(i))) {
                continue;
            }
            checked++;
            String name = names.signature(lines.get(i));
            if (name == null) {
                continue;
            }
            if (names.same(titleAgency, name) || variants.containsKey(name)) {
                return null;
            }
            return new Claim("agency-other", name, i + 1, sectionOf[i + 1], Text.clean(lines.get(i)));
        }
        return null;
    }
}
