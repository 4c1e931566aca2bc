package cn.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.fazhi.platform.identifiers.Masking;
import cn.fazhi.platform.identifiers.PhoneNumber;
import cn.fazhi.platform.identifiers.ResidentIdNumber;
import cn.fazhi.platform.identifiers.Uscc;

/** Check characters per GB 11643-1999 and GB 32100-2015, and masking of personal data. */
class IdentifiersTest {

    @ParameterizedTest(name = "GB 11643: {0} valid={1}")
    @CsvSource({
            // The standard's own example (GB 11643-1999 Appendix): 11010519491231002X
            "11010519491231002X, true",
            "11010519491231002x, true",
            "110105194912310021, false",  // wrong check character
            "440524188001010014, true",   // GB 11643 example with check digit 4
            "42120219800230001X, false",  // 30 February does not exist
            "4212021980010100, false",    // too short
            "42120218000101001A, false",  // letter other than X
    })
    void residentIdNumbersAreCheckedByTheirCheckCharacter(String value, boolean valid) {
        assertThat(ResidentIdNumber.isValid(value)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "GB 32100: {0} valid={1}")
    @CsvSource({
            "91110000600037341L, true",   // sample of docs/LEGAL-RULES.md ID-2
            "91110000600037341M, false",  // wrong check character
            "9111000060003734IL, false",  // I is outside the alphabet
            "91AB0000600037341L, false",  // positions 3-8 must be digits
            "91110000600037341, false",   // 17 characters
    })
    void usccCodesAreCheckedByTheirCheckCharacter(String value, boolean valid) {
        assertThat(Uscc.isValid(value)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"13907150001, true", "0715-8123456, true", "12345, false", "23907150001, false"})
    void phoneNumbers(String value, boolean valid) {
        assertThat(PhoneNumber.isValid(value)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"11010519491231002X, 1101**********002X", "42120219800101001X, 4212**********001X"})
    void idNumbersAreMaskedToFirstAndLastFour(String value, String masked) {
        assertThat(Masking.idNumber(value)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource({"13907150001, 139****0001"})
    void phonesAreMasked(String value, String masked) {
        assertThat(Masking.phone(value)).isEqualTo(masked);
    }
}
