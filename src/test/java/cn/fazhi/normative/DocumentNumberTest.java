package cn.fazhi.normative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB/T 9704-2012 §7.2.5 document numbers: accepted forms and each refusal with its reason. */
class DocumentNumberTest {

    @ParameterizedTest
    @CsvSource({
            "咸安政发〔2023〕5号, 咸安政发, 2023, 5",
            "咸安法办发〔2023〕10号, 咸安法办发, 2023, 10",
            "咸安政规〔2024〕1号, 咸安政规, 2024, 1",
            "' 鄂政办发〔2019〕25号 ', 鄂政办发, 2019, 25",
            "国办发〔2018〕115号, 国办发, 2018, 115"})
    void accepts(String text, String agency, int year, int sequence) {
        DocumentNumber n = DocumentNumber.parse(text);
        assertThat(n.agencyCode()).isEqualTo(agency);
        assertThat(n.year()).isEqualTo(year);
        assertThat(n.sequence()).isEqualTo(sequence);
        assertThat(n.formatted()).isEqualTo(text.strip());
        assertThat(DocumentNumber.problem(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "咸安政发[2023]5号, normative.number.error.brackets",
            "咸安政发（2023）5号, normative.number.error.brackets",
            "咸安政发(2023)5号, normative.number.error.brackets",
            "咸安政发【2023】5号, normative.number.error.brackets",
            "咸安政发〔23〕5号, normative.number.error.year",
            "咸安政发〔20233〕5号, normative.number.error.year",
            "咸安政发〔2023〕第5号, normative.number.error.di",
            "咸安政发〔2023〕05号, normative.number.error.leadingZero",
            "咸安政发〔2023〕0号, normative.number.error.leadingZero",
            "咸安政发〔2023〕5, normative.number.error.hao",
            "〔2023〕5号, normative.number.error.agency",
            "XA〔2023〕5号, normative.number.error.agency",
            "'', normative.number.error.required",
            "咸安政发〔2023〕五号, normative.number.error.form"})
    void refuses(String text, String problem) {
        assertThat(DocumentNumber.problem(text)).contains(problem);
        assertThatThrownBy(() -> DocumentNumber.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"咸安政发, 2023, 5, 咸安政发〔2023〕5号", "咸安司规, 2026, 120, 咸安司规〔2026〕120号"})
    void formats(String agency, int year, int sequence, String expected) {
        assertThat(new DocumentNumber(agency, year, sequence).formatted()).isEqualTo(expected);
    }
}
