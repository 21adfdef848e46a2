package io.sellercenter.sellers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Property tests: codes made by the algorithm pass, any single-character change fails (R-S3). */
class CheckCharacterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static Stream<String> generatedCreditCodes() {
        var random = new Random(32100);
        return IntStream.range(0, 500).mapToObj(i -> {
            var first17 = new StringBuilder();
            for (int j = 0; j < 17; j++) {
                first17.append(UnifiedSocialCreditCode.ALPHABET.charAt(random.nextInt(31)));
            }
            return first17 + String.valueOf(UnifiedSocialCreditCode.checkCharacter(first17.toString()));
        });
    }

    static Stream<String> generatedIdNumbers() {
        var random = new Random(7064);
        return IntStream.range(0, 500).mapToObj(i -> {
            var birth = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(30_000));
            var first17 = String.format(
                    "%06d%04d%02d%02d%03d",
                    110000 + random.nextInt(600000),
                    birth.getYear(),
                    birth.getMonthValue(),
                    birth.getDayOfMonth(),
                    random.nextInt(1000));
            return first17 + ResidentIdNumber.checkCharacter(first17);
        });
    }

    @ParameterizedTest
    @MethodSource("generatedCreditCodes")
    @DisplayName("R-S3 a credit code made by GB 32100 passes; any single-character change fails")
    void creditCodeCheckCharacter(String code) {
        assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
        for (int position = 0; position < 18; position++) {
            for (var c : UnifiedSocialCreditCode.ALPHABET.toCharArray()) {
                if (c != code.charAt(position)) {
                    var changed = code.substring(0, position) + c + code.substring(position + 1);
                    assertThat(UnifiedSocialCreditCode.isValid(changed))
                            .as(changed)
                            .isFalse();
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("generatedIdNumbers")
    @DisplayName("R-S3 an ID number made by ISO 7064 MOD 11-2 passes; any single-character change fails")
    void idNumberCheckCharacter(String number) {
        assertThat(ResidentIdNumber.isValid(number, TODAY)).isTrue();
        for (int position = 0; position < 18; position++) {
            for (var c : "0123456789X".toCharArray()) {
                if (c != number.charAt(position)) {
                    var changed = number.substring(0, position) + c + number.substring(position + 1);
                    assertThat(ResidentIdNumber.isValid(changed, TODAY))
                            .as(changed)
                            .isFalse();
                }
            }
        }
    }

    @Test
    void knownRealWorldFormsAreAccepted() {
        assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y43")).isTrue();
        assertThat(ResidentIdNumber.isValid("11010519491231002X", TODAY)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105194912310021", "11010519491331002X", "1101051949123100", "11010520991231002X", ""})
    @DisplayName("R-S3 wrong check character, impossible or future birth date, wrong length are refused")
    void wrongIdNumbersAreRefused(String number) {
        assertThat(ResidentIdNumber.isValid(number, TODAY)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y44", "91350100M000100YI3", "91350100m000100Y43", "9135010", ""})
    void wrongCreditCodesAreRefused(String code) {
        assertThat(UnifiedSocialCreditCode.isValid(code)).isFalse();
    }
}
