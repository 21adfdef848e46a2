package io.sellercenter.sellers;

/**
 * The 18-character unified social credit code of a Chinese organisation, with its check character
 * per GB 32100-2015 (R-S3).
 */
public final class UnifiedSocialCreditCode {

    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedSocialCreditCode() {}

    public static boolean isValid(String code) {
        return code != null
                && code.length() == 18
                && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)
                && checkCharacter(code.substring(0, 17)) == code.charAt(17);
    }

    /** The check character for the first 17 characters. */
    public static char checkCharacter(String first17) {
        var sum = 0;
        for (int i = 0; i < 17; i++) {
            var value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not in the code alphabet: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
