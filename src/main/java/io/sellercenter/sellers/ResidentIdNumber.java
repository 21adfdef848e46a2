package io.sellercenter.sellers;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The 18-character resident identity card number of a Chinese citizen: region, birth date,
 * sequence, and an ISO 7064 MOD 11-2 check character (R-S3).
 */
public final class ResidentIdNumber {

    private static final String CHECK = "10X98765432";

    private ResidentIdNumber() {}

    /** Valid when its check character is right and its birth date is a real date, not in the future. */
    public static boolean isValid(String number, LocalDate today) {
        if (number == null
                || number.length() != 18
                || !number.substring(0, 17).chars().allMatch(Character::isDigit)) {
            return false;
        }
        return checkCharacter(number.substring(0, 17)) == number.charAt(17) && birthDateValid(number, today);
    }

    public static char checkCharacter(String first17) {
        var sum = 0;
        for (int i = 0; i < 17; i++) {
            // weight of position i is 2^(17-i) mod 11
            sum += (first17.charAt(i) - '0') * (1 << (17 - i)) % 11;
        }
        return CHECK.charAt(sum % 11);
    }

    private static boolean birthDateValid(String number, LocalDate today) {
        try {
            var birth = LocalDate.of(
                    Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
            return birth.getYear() >= 1900 && !birth.isAfter(today);
        } catch (DateTimeException e) {
            return false;
        }
    }
}
