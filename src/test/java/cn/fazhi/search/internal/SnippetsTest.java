package cn.fazhi.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void marksEveryOccurrenceOfEachTermInATitle() {
        assertThat(Snippets.of("申请 复议").markAll("行政复议申请书（被申请人答复）"))
                .isEqualTo("行政<mark>复议</mark><mark>申请</mark>书（被<mark>申请</mark>人答复）");
    }

    @Test
    void nothingMarkedIsNull() {
        assertThat(Snippets.of("森林防火").markAll("关于垃圾分类的通知")).isNull();
        assertThat(Snippets.of("森林防火").fragment("关于垃圾分类的通知", 80)).isNull();
        assertThat(Snippets.of("  \u3000 ")).isNull();
    }

    @Test
    void latinTermsMatchWholeWordsOnlyIgnoringCase() {
        assertThat(Snippets.of("app").markAll("Apple APP app-store")).isEqualTo("Apple <mark>APP</mark> <mark>app</mark>-store");
    }

    @Test
    void textIsEscapedAroundTheMarks() {
        assertThat(Snippets.of("复议").markAll("<b>复议</b>&")).isEqualTo("&lt;b&gt;<mark>复议</mark>&lt;&#x2F;b&gt;&amp;");
    }

    @Test
    void aTermWithPunctuationIsMarkedByItsRuns() {
        assertThat(Snippets.of("行政,复议").markAll("行政机关与复议机关")).isEqualTo("<mark>行政</mark>机关与<mark>复议</mark>机关");
    }

    @Test
    void theFragmentHoldsTheMostDistinctTermsAndShowsWhereItIsCut() {
        String text = "甲".repeat(100) + "征地" + "乙".repeat(100) + "征地补偿标准" + "丙".repeat(100);
        String fragment = Snippets.of("征地 标准").fragment(text, 20);
        assertThat(fragment).startsWith("…").endsWith("…").contains("<mark>征地</mark>补偿<mark>标准</mark>");
        assertThat(fragment.replace("<mark>", "").replace("</mark>", "").replace("…", "")).hasSize(20);
    }

    @Test
    void aShortTextIsItsOwnFragment() {
        assertThat(Snippets.of("复议").fragment("申请行政复议。", 80)).isEqualTo("申请行政<mark>复议</mark>。");
    }
}
