package cn.fazhi.reconsideration.domain;

import cn.fazhi.platform.web.UserFacingException;

/**
 * 行政诉讼法 Art. 3(3): "被诉行政机关负责人应当出庭应诉。不能出庭的，应当委托行政机关相应的工作人员出庭." With the 2020
 * SPC rules (Arts. 2, 8, 10): a head who appears is named; a head who does not has one of the Art. 8 grounds and the
 * agency sends its own staff (not only a lawyer).
 */
public final class HeadAppearanceRule {

    private HeadAppearanceRule() {}

    /** Refuses (400) an appearance record the rule does not allow. */
    public static void check(Appearance appearance, String headName, AbsenceReason reason, String staffSent) {
        if (appearance == null) {
            throw UserFacingException.badRequest("litigation.error.appearance");
        }
        if (appearance.headPresent()) {
            if (headName == null || headName.isBlank()) {
                throw UserFacingException.badRequest("litigation.error.headName");
            }
            if (reason != null) {
                throw UserFacingException.badRequest("litigation.error.reasonWithHead");
            }
        } else {
            if (reason == null) {
                throw UserFacingException.badRequest("litigation.error.reason");
            }
            if (staffSent == null || staffSent.isBlank()) {
                throw UserFacingException.badRequest("litigation.error.staff");
            }
        }
    }
}
