package cn.fazhi.reconsideration.web;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import cn.fazhi.platform.identifiers.PhoneNumber;
import cn.fazhi.platform.identifiers.ResidentIdNumber;
import cn.fazhi.platform.identifiers.Uscc;
import cn.fazhi.platform.web.FormErrors;
import cn.fazhi.reconsideration.ReconsiderationForms.RegisterApplication;
import cn.fazhi.reconsideration.domain.Channel;
import cn.fazhi.reconsideration.domain.PartyKind;

/**
 * The field checks of an application form, all at once (issue 10, point 21): what is required, the identifier that
 * the applicant's kind needs, the phone number, lengths and amounts, each tied to its field with the same messages the
 * registration itself gives. The registration still checks everything (and the rules between dates) when it runs.
 */
final class ApplicationFormCheck {

    private ApplicationFormCheck() {}

    static FormErrors check(RegisterApplication f, FormErrors errors) {
        if (f.channel() == Channel.POST) {
            required(errors, f.signedForOn(), "signedForOn");
        } else if (f.channel() != null) {
            required(errors, f.submittedOn(), "submittedOn");
        }
        required(errors, f.learnedOn(), "learnedOn");
        required(errors, f.applicantKind(), "applicantKind");
        text(errors, f.applicantName(), "applicantName", 200);
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
        required(errors, f.respondentUnitId(), "respondentUnitId");
        text(errors, f.actDescription(), "actDescription", 2000);
        required(errors, f.actCategory(), "actCategory");
        if (f.actAmount() != null && f.actAmount().signum() < 0) {
            errors.add("actAmount", "reconsideration.error.amount");
        }
        text(errors, f.requests(), "requests", 2000);
        return errors;
    }

    private static boolean required(FormErrors errors, Object value, String field) {
        if (value == null || value instanceof String s && s.isBlank()) {
            errors.add(field, "reconsideration.error.required", label(field));
            return false;
        }
        return true;
    }

    private static void text(FormErrors errors, String value, String field, int max) {
        if (required(errors, value, field) && value.strip().length() > max) {
            errors.add(field, "reconsideration.error.tooLong", label(field), max);
        }
    }

    private static Object label(String field) {
        return new DefaultMessageSourceResolvable(new String[] {"reconsideration.field." + field}, field);
    }
}
