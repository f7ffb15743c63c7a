package uk.gov.pfe.residents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "943 476 5919", "943-476-5919", "4010232137"})
    void valid_numbers_pass_the_modulus_11_check(String number) {
        assertThat(NhsNumber.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765918", "943476591", "94347659190", "ABCDEFGHIJ", "", "1000000010"})
    void wrong_check_digits_lengths_and_characters_fail(String number) {
        assertThat(NhsNumber.isValid(number)).isFalse();
    }

    @Test
    void a_check_digit_of_ten_makes_the_number_invalid() {
        // 1000000010: weights 10..2 give 10; 11 - 10 = 1 ≠ 0 → invalid; find one whose check would be 10
        String found = null;
        for (int n = 100000000; n < 100001000 && found == null; n++) {
            var nine = String.valueOf(n);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * (10 - i);
            }
            if (11 - (sum % 11) == 10) {
                found = nine;
            }
        }
        assertThat(found).isNotNull();
        for (int last = 0; last <= 9; last++) {
            assertThat(NhsNumber.isValid(found + last)).isFalse();
        }
    }

    @Test
    void generated_synthetic_numbers_are_valid() {
        for (long n = 0; n < 2000; n += 7) {
            assertThat(NhsNumber.isValid(NhsNumber.withCheckDigit(400_000_000L + n))).isTrue();
        }
    }
}
