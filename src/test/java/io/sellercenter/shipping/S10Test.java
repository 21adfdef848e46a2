package io.sellercenter.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Property tests of the UPU S10 check digit: generated numbers pass, any single-digit change fails. */
class S10Test {

    static LongStream serials() {
        return new Random(10).longs(500, 0, 100_000_000L);
    }

    @ParameterizedTest
    @MethodSource("serials")
    @DisplayName("R-H8 an S10 number made with its check digit passes; any other check digit fails")
    void checkDigit(long serial) {
        var number = S10.of("RB", serial, "CN");
        assertThat(S10.isValid(number)).as(number).isTrue();
        for (char d = '0'; d <= '9'; d++) {
            if (d != number.charAt(10)) {
                assertThat(S10.isValid(number.substring(0, 10) + d + "CN")).isFalse();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("serials")
    @DisplayName("R-H8 a single changed serial digit is caught, except where S10 maps two remainders to 5")
    void singleDigitChanges(long serial) {
        var number = S10.of("RB", serial, "CN");
        for (int position = 2; position < 10; position++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d != number.charAt(position)) {
                    var changed = number.substring(0, position) + d + number.substring(position + 1);
                    // weights and differences are below 11, so the remainder always changes; only 11 and 5 share a
                    // digit
                    if (number.charAt(10) != '5') {
                        assertThat(S10.isValid(changed)).as(changed).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void theUpuExampleIsValid() {
        assertThat(S10.isValid("RB123456785CN")).isTrue();
        assertThat(S10.of("RB", 12345678, "CN")).isEqualTo("RB123456785CN");
        assertThat(S10.isValid("RB123456784CN")).isFalse();
        assertThat(S10.isValid("rb123456785CN")).isFalse();
    }
}
