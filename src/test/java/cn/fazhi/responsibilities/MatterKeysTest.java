package cn.fazhi.responsibilities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The matter key (what makes two powers the same matter) and the territory rule of an overlap, table-driven. */
class MatterKeysTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "食品经营许可（新办）|食品经营许可新办",
        "食品经营许可(新办)|食品经营许可新办",
        "食品经营许可 （新办）|食品经营许可新办",
        "对未取得食品经营许可从事食品经营活动的处罚|未取得食品经营许可从事食品经营活动的处罚",
        "未取得食品经营许可从事食品经营活动的处罚|未取得食品经营许可从事食品经营活动的处罚",
        "占用、挖掘城市道路审批|占用挖掘城市道路审批",
        "ＡＢＣ类特种设备使用登记|abc类特种设备使用登记",
        "对|对",
        "  |''"})
    void theKeyDropsWhatDoesNotNameTheMatter(String name, String key) {
        assertThat(MatterKeys.of(name)).isEqualTo(key);
    }

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource({
        "421202, 421202, true",
        "421202, 421202100, true",
        "421202100, 421202, true",
        "421202100, 421202101, false",
        "421202100, 421202100001, true",
        "421202100001, 421202101001, false"})
    void claimsOverlapWhereTheTerritoriesDo(String a, String b, boolean overlap) {
        assertThat(MatterKeys.territoriesOverlap(a, b)).isEqualTo(overlap);
    }

    @ParameterizedTest(name = "{0} and {1} are different matters")
    @CsvSource({"食品经营许可（新办）, 食品经营许可（变更）", "砍伐城市树木审批, 林木采伐许可", "区市场监管局日常监督检查, 区住建局日常监督检查"})
    void differentNamesStayDifferentMatters(String a, String b) {
        assertThat(MatterKeys.of(a)).isNotEqualTo(MatterKeys.of(b));
    }
}
