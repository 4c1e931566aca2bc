package cn.fazhi.reconsideration.web;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import cn.fazhi.platform.identifiers.PhoneNumber;
import cn.fazhi.platform.identifiers.ResidentIdNumber;
import cn.fazhi.platform.identifiers.Uscc;
import cn.fazhi.platform.web.FormErrors;
import cn.fazhi.platform.web.FormRejected;
import cn.fazhi.reconsideration.ReconsiderationCases;
import cn.fazhi.reconsideration.ReconsiderationForms.RegisterApplication;
import cn.fazhi.reconsideration.domain.Channel;
import cn.fazhi.reconsideration.domain.PartyKind;

/**
 * The checks of an application form, all at once: the Bean Validation constraints of the command record (through the
 * facade, {@link ReconsiderationCases#check}) and those between fields — the receipt date the channel needs, the
 * identifier the applicant's kind needs, the phone number — each tied to its field with the messages the registration
 * itself gives. The registration still checks everything (and the rules between dates) when it runs.
 */
final class ApplicationFormCheck {

    private ApplicationFormCheck() {}

    static FormErrors check(ReconsiderationCases cases, RegisterApplication f, FormErrors errors) {
        try {
            cases.check(f);
        } catch (FormRejected rejected) {
            CasePages.merge(errors, rejected.errors());
        }
        if (f.channel() == Channel.POST) {
            required(errors, f.signedForOn(), "signedForOn");
        } else if (f.channel() != null) {
            required(errors, f.submittedOn(), "submittedOn");
        }
        if (f.applicantKind() == PartyKind.PERSON && required(errors, f.applicantIdNumber(), "applicantIdNumber")
                && !ResidentIdNumber.isValid(f.applicantIdNumber())) {
            errors.add("applicantIdNumber", "reconsideration.error.idNumber");
        }
        if (f.applicantKind() == PartyKind.ORGANISATION && required(errors, f.applicantUscc(), "applicantUscc")
                && !Uscc.isValid(f.applicantUscc().strip().toUpperCase())) {
            errors.add("applicantUscc", "reconsideration.error.uscc");
        }
        if (f.applicantPhone() != null && !f.applicantPhone().isBlank() && !PhoneNumber.isValid(f.applicantPhone())) {
            errors.add("applicantPhone", "reconsideration.error.phone");
        }
        if (f.actAmount() != null && f.actAmount().signum() < 0) {
            errors.add("actAmount", "reconsideration.error.amount");
        }
        return errors;
    }

    private static boolean required(FormErrors errors, Object value, String field) {
        if (value == null || value instanceof String s && s.isBlank()) {
            if (!errors.has(field)) {
                errors.add(field, "reconsideration.error.required", label(field));
            }
            return false;
        }
        return true;
    }

    private static Object label(String field) {
        return new DefaultMessageSourceResolvable(new String[] {"reconsideration.field." + field}, field);
    }
}
