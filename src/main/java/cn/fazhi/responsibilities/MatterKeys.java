package cn.fazhi.responsibilities;

import java.text.Normalizer;

/**
 * The matter key of a power (what identifies the matter, for overlap detection): its name in Unicode NFKC form
 * (full-width letters and digits made half-width), lower case, with everything that is not a letter or a digit
 * removed (spaces, punctuation, brackets — their content stays, so "食品经营许可（新办）" and "食品经营许可(新办)" are one
 * matter and "食品经营许可（变更）" another), and a leading "对" dropped (the list writes "对……的处罚" and "……的处罚" for
 * the same matter). The unit's name is kept: a power named after its unit is that unit's own matter.
 */
public final class MatterKeys {

    private MatterKeys() {}

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        n.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        if (out.length() > 1 && out.charAt(0) == '对') {
            out.deleteCharAt(0);
        }
        return out.length() > 300 ? out.substring(0, 300) : out.toString();
    }

    /**
     * Whether two units' territories overlap, so that the same matter claimed by both is an overlap: one region code
     * is a prefix of the other (the district and one of its townships), never two different townships.
     */
    public static boolean territoriesOverlap(String regionA, String regionB) {
        return regionA.startsWith(regionB) || regionB.startsWith(regionA);
    }
}
