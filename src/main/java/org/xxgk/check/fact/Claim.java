package org.xxgk.check.fact;

/**
 * Something the report's prose states, such as 「收到依申请公开5件」 or 「未收取信息处理费」.
 *
 * @param kind    what is claimed (see {@code templates/narrative.yaml} for the kinds and their patterns)
 * @param value   the claimed value ("5", "2025-01-23", an agency name), or {@code ""} when the kind says it all
 * @param line    source line
 * @param section number of the section the sentence stands in, 0 before the first section
 * @param text    the sentence that makes the claim
 */
public record Claim(String kind, String value, int line, int section, String text) {
}
