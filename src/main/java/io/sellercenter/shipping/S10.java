package io.sellercenter.shipping;

/**
 * UPU S10 item identifiers of postal channels: 2 service letters, an 8-digit serial, its check
 * digit and the 2-letter origin country, e.g. {@code RB123456785CN}.
 */
public final class S10 {

    private static final int[] WEIGHTS = {8, 6, 4, 2, 3, 5, 9, 7};

    private S10() {}

    public static int checkDigit(String serial8) {
        if (serial8.length() != 8 || !serial8.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("an S10 serial has 8 digits: " + serial8);
        }
        var sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (serial8.charAt(i) - '0') * WEIGHTS[i];
        }
        var check = 11 - sum % 11;
        return check == 10 ? 0 : check == 11 ? 5 : check;
    }

    public static String of(String serviceLetters, long serial, String country) {
        var digits = String.format("%08d", serial);
        return serviceLetters + digits + checkDigit(digits) + country;
    }

    public static boolean isValid(String number) {
        return number != null
                && number.matches("[A-Z]{2}[0-9]{9}[A-Z]{2}")
                && checkDigit(number.substring(2, 10)) == number.charAt(10) - '0';
    }
}
