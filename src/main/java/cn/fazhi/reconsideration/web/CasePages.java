package cn.fazhi.reconsideration.web;

import java.util.function.Supplier;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.ui.Model;

import cn.fazhi.platform.web.FormErrors;
import cn.fazhi.platform.web.FormRejected;
import cn.fazhi.platform.web.Pages;

/**
 * A form action of the reconsideration and litigation pages: the facade's input checks come back all at once
 * ({@link FormRejected}) and are shown each next to its field; any other refusal as {@link Pages#attempt} shows it.
 */
final class CasePages {

    private CasePages() {}

    static String attempt(Model model, String formView, Supplier<String> action) {
        return Pages.attempt(model, formView, () -> {
            try {
                return action.get();
            } catch (FormRejected rejected) {
                merge(Pages.errors(model), rejected.errors());
                // pages that show one message show the first; those with the forms fragment show each by its field
                MessageSourceResolvable first = rejected.errors().all().get(0).message();
                model.addAttribute("errorKey", first.getCodes()[0]);
                model.addAttribute("errorArgs", first.getArguments());
                return formView;
            }
        });
    }

    /** Runs {@code check}; its errors, if any, join those of the model. Returns whether there were none. */
    static boolean check(Model model, Runnable check) {
        try {
            check.run();
            return true;
        } catch (FormRejected rejected) {
            merge(Pages.errors(model), rejected.errors());
            return false;
        }
    }

    static FormErrors merge(FormErrors into, FormErrors from) {
        for (FormErrors.Item item : from.all()) {
            MessageSourceResolvable m = item.message();
            String code = m.getCodes() == null || m.getCodes().length == 0 ? m.getDefaultMessage() : m.getCodes()[0];
            into.add(item.field(), code, m.getArguments() == null ? new Object[0] : m.getArguments());
        }
        return into;
    }
}
