package cn.fazhi.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import cn.fazhi.reports.TemplateTextTest.ReportTemplatesDefault;
import cn.fazhi.reports.domain.TemplateText;

/**
 * The built-in template holds no typed figure: every number a report prints comes from a placeholder bound to an
 * indicator (or the report's year), so a 2024 report can never print 2023's numbers. What is checked, after removing
 * the placeholders ({@code {{…}}}), dates ({@code 2023年}, {@code 2023年3月1日}, {@code 3月1日}, {@code 2023-03-01}) and
 * document numbers ({@code 咸安法办发〔2023〕10号}, {@code 国办发〔2018〕118号}):
 * <ul>
 * <li>no ASCII digit 0–9 and no full-width digit ０–９ anywhere in the text;</li>
 * <li>no Chinese numeral used as a count, i.e. directly followed by a measure word (三项, 十五人, 五期, 两个) — ordinals
 * such as 一、, （二）, 一是 and words such as 第一责任人 stay allowed.</li>
 * </ul>
 */
class DefaultTemplateFiguresTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^{}]*}}");
    private static final Pattern DATE = Pattern.compile(
            "[0-9０-９]{4}年(?:[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?)?|[0-9０-９]{1,2}月[0-9０-９]{1,2}日|\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("〔[0-9０-９]{4}〕[0-9０-９]+号");
    private static final Pattern DIGIT = Pattern.compile("[0-9０-９]+");
    private static final Pattern CHINESE_COUNT = Pattern.compile(
            "[零〇一二两三四五六七八九十百千万]+(?:个|项|件|份|人次|人|名|次|家|起|条|所|期|批|学时|场|篇|户|万)");

    /** The typed figures left in {@code text} once placeholders, dates and document numbers are taken out. */
    static List<String> typedFigures(String text) {
        String rest = PLACEHOLDER.matcher(text).replaceAll(" ");
        rest = DOCUMENT_NUMBER.matcher(rest).replaceAll(" ");
        rest = DATE.matcher(rest).replaceAll(" ");
        List<String> found = new ArrayList<>();
        for (Pattern p : List.of(DIGIT, CHINESE_COUNT)) {
            Matcher m = p.matcher(rest);
            while (m.find()) {
                int from = Math.max(0, m.start() - 8);
                int to = Math.min(rest.length(), m.end() + 8);
                found.add(m.group() + " in …" + rest.substring(from, to) + "…");
            }
        }
        return found;
    }

    @Test
    void theBuiltInTemplateHoldsNoTypedFigure() {
        String body = ReportTemplatesDefault.body();
        TemplateText.parse(body); // and it parses
        assertThat(typedFigures(body)).as("figures typed into the built-in template's body").isEmpty();
        assertThat(typedFigures(ReportTemplates.DEFAULT_TITLE)).isEmpty();
        assertThat(typedFigures(ReportTemplates.DEFAULT_SIGNATURE)).isEmpty();
    }

    @Test
    void theCheckFindsTheFiguresThe2023TemplateCarried() {
        assertThat(typedFigures("对区政府出台的399份行政规范性文件进行全面清理，决定继续有效的60件，失效、废止的326件。"))
                .hasSize(3);
        assertThat(typedFigures("村级证明事项经清理保留5项，告知承诺２４７项。")).hasSize(2);
        assertThat(typedFigures("编制三项事项目录，审结沈文术等十五人涉黑案，举办培训班五期。")).hasSize(3);
        assertThat(typedFigures("化解率达到{{mediation.resolution_rate:percent}}，调结{{mediation.disputes.resolved}}件。"))
                .isEmpty();
    }

    @Test
    void datesDocumentNumbersAndOrdinalsAreNotFigures() {
        assertThat(typedFigures("制定下发了《实施方案》（咸安法办发〔2023〕10号）和国办发〔2018〕118号文件。")).isEmpty();
        assertThat(typedFigures("{{year}}年，2023年3月1日前报送；12月4日为国家宪法日；2024-03-31前公开。")).isEmpty();
        assertThat(typedFigures("一、主要举措（二）一是强化，二是推进，落实第一责任人职责，一体推进。")).isEmpty();
        assertThat(typedFigures("2023年度共45个问题")).singleElement().asString().startsWith("45 in");
    }
}
