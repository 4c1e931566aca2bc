package cn.fazhi.enforcement;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import cn.fazhi.calendar.PeriodUnit;

/**
 * Settings of the publicity part ({@code fazhi.enforcement.publicity.*}): publication periods, auto-publication and
 * the day counting of transfers (两法衔接).
 *
 * @param penaltyWorkingDays  working days from the decision to publish a 行政处罚 or 行政许可 decision (国办发〔2018〕118号
 *        二(六): 7个工作日)
 * @param otherWorkingDays    working days for every other decision (118号 二(六): 20个工作日)
 * @param withdrawalWorkingDays working days to withdraw a published decision that was changed, revoked or declared
 *        unlawful or void (行政处罚法 Art. 48: 三日; days of the 处罚法 are working days, Art. 85)
 * @param warnDays            days before a publication or withdrawal falls due from which it is listed as due soon
 * @param autoPublishUnitIds  units whose decisions are published as soon as they are recorded (no staff step)
 * @param transferDayUnit     how the days of 国务院令第310号 are counted: the rule does not define 日 (LEGAL-RULES-2 §3.1),
 *        natural days by default
 * @param transferHeadDays    days the head has to decide on a transfer report (310号 Art. 5: 3日)
 * @param transferHours       hours from approval to the transfer (310号 Art. 5: 24小时)
 * @param transferPoliceDays  days the police have to decide whether to 立案 after receipt (310号 Art. 8: 3日)
 * @param transferReconsiderDays days after a refusal within which reconsideration may be requested (310号 Art. 9: 3日)
 */
@ConfigurationProperties("fazhi.enforcement.publicity")
public record PublicationProperties(@DefaultValue("7") int penaltyWorkingDays, @DefaultValue("20") int otherWorkingDays,
        @DefaultValue("3") int withdrawalWorkingDays, @DefaultValue("3") int warnDays,
        @DefaultValue({}) List<Long> autoPublishUnitIds, @DefaultValue("DAYS") PeriodUnit transferDayUnit,
        @DefaultValue("3") int transferHeadDays, @DefaultValue("24") int transferHours,
        @DefaultValue("3") int transferPoliceDays, @DefaultValue("3") int transferReconsiderDays) {

    public PublicationProperties {
        autoPublishUnitIds = autoPublishUnitIds == null ? List.of() : List.copyOf(autoPublishUnitIds);
        for (int days : new int[] {penaltyWorkingDays, otherWorkingDays, withdrawalWorkingDays, transferHeadDays,
                transferPoliceDays, transferReconsiderDays}) {
            if (days < 1 || days > 60) {
                throw new IllegalArgumentException("fazhi.enforcement.publicity periods must be 1..60 days");
            }
        }
        if (warnDays < 0 || warnDays > 30) {
            throw new IllegalArgumentException("fazhi.enforcement.publicity.warn-days must be 0..30");
        }
        if (transferHours < 1 || transferHours > 240) {
            throw new IllegalArgumentException("fazhi.enforcement.publicity.transfer-hours must be 1..240");
        }
        if (transferDayUnit != PeriodUnit.DAYS && transferDayUnit != PeriodUnit.WORKING_DAYS) {
            throw new IllegalArgumentException("fazhi.enforcement.publicity.transfer-day-unit must be DAYS or WORKING_DAYS");
        }
    }
}
