package cn.fazhi.oneform;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the one-form register (no national rule: the list of attributes and the limits are local choices).
 *
 * @param attributes   the attributes townships are asked for again and again (codes; labels
 *                     {@code oneform.attribute.<code>})
 * @param graded       the attributes that carry a grade (残疾: 一级 … 四级)
 * @param grades       the grades a graded attribute may take
 * @param pdfMaxRows   a form with more rows than this is produced as .xlsx only (a PDF of tens of thousands of rows
 *                     helps nobody)
 * @param batch        rows per JDBC batch when importing or generating
 * @param demo         the demo register's size
 */
@ConfigurationProperties("fazhi.oneform")
public record OneformProperties(
        @DefaultValue({"DIBAO", "TEKUN", "DISABLED", "ALONE_ELDERLY", "LEFT_BEHIND_CHILD", "VETERAN",
            "POVERTY_ALLEVIATED", "FAMILY_PLANNING_SUPPORT"}) List<String> attributes,
        @DefaultValue("DISABLED") List<String> graded,
        @DefaultValue({"1", "2", "3", "4"}) List<String> grades,
        @DefaultValue("3000") int pdfMaxRows,
        @DefaultValue("1000") int batch,
        @DefaultValue Demo demo) {

    /** @param persons how many persons the demo register holds (780,000 in the seed) */
    public record Demo(@DefaultValue("780000") int persons) {}

    public boolean known(String attribute) {
        return attributes.contains(attribute);
    }
}
