package cn.fazhi.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of random-inspection tasks ({@code fazhi.supervision.random.*}).
 *
 * @param publishWorkingDays working days after a task's results are recorded within which they must be published
 *        (一公开). The national rule is not confirmed (LEGAL-RULES-2 §7): 企业公示信息抽查暂行办法 (国家工商总局令第67号)
 *        Art. 11 has the results of a check of an enterprise's published information made public within 20 working
 *        days of the check, and 国发〔2019〕5号 (加强和规范事中事后监管的指导意见, unconfirmed text) asks that 抽查结果
 *        be made public in time through the enterprise credit publicity system; default 20
 * @param warnDays           days before the publication falls due from which the task is listed as due soon
 * @param singleInspectors   inspectors drawn per entity for a single-department task (执法人员不得少于两人, 行政处罚法
 *        Art. 42; 国办发〔2015〕58号 随机选派执法检查人员)
 * @param jointInspectorsPerDepartment inspectors drawn per entity from each participating department of a joint task
 */
@ConfigurationProperties("fazhi.supervision.random")
public record RandomTaskProperties(@DefaultValue("20") int publishWorkingDays, @DefaultValue("5") int warnDays,
        @DefaultValue("2") int singleInspectors, @DefaultValue("1") int jointInspectorsPerDepartment) {

    public RandomTaskProperties {
        if (publishWorkingDays < 1 || publishWorkingDays > 120) {
            throw new IllegalArgumentException("fazhi.supervision.random.publish-working-days must be 1..120");
        }
        if (warnDays < 0 || warnDays > 30) {
            throw new IllegalArgumentException("fazhi.supervision.random.warn-days must be 0..30");
        }
        if (singleInspectors < 1 || singleInspectors > 10 || jointInspectorsPerDepartment < 1
                || jointInspectorsPerDepartment > 10) {
            throw new IllegalArgumentException("fazhi.supervision.random inspectors per entity must be 1..10");
        }
    }
}
