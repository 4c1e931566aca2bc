package cn.fazhi.platform.identifiers;

/**
 * Unified social credit code (统一社会信用代码) check per GB 32100-2015: 18 characters over the 31-character set
 * {@code 0-9A-HJ-NP-RTUWXY} (no I, O, S, V, Z); positions 3–8 are a GB/T 2260 division code; weights
 * W<sub>i</sub> = 3<sup>i−1</sup> mod 31; check = 31 − (Σ v<sub>i</sub>·W<sub>i</sub> mod 31), 31 → 0.
 */
public final class Uscc {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private Uscc() {}

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("character outside GB 32100 alphabet");
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    public static boolean isValid(String value) {
        if (value == null) {
            return false;
        }
        String v = value.trim().toUpperCase();
        if (v.length() != 18 || !v.substring(2, 8).matches("\\d{6}")) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(v.charAt(i)) < 0) {
                return false;
            }
        }
        return checkCharacter(v) == v.charAt(17);
    }
}
