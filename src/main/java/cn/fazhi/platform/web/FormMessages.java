package cn.fazhi.platform.web;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Resolves the messages of {@link FormErrors} in the reader's language (used by {@code fragments/forms}). */
@Component("formMessages")
public class FormMessages {

    private final MessageSource messages;

    FormMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String text(MessageSourceResolvable message) {
        return messages.getMessage(message, LocaleContextHolder.getLocale());
    }
}
