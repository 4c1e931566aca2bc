package cn.fazhi.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Every error of one form submission at once: the Bean Validation and conversion errors of the form record and the
 * refusal of the domain checks, each tied to a field (or to none). Pages show it through
 * {@code fragments/forms :: errors} (a summary whose items link to the fields) and
 * {@code fragments/forms :: field(name)} (the messages next to a field); the API lists the same as the
 * {@code errors} array of its problem body. Messages stay resolvable until rendered, in the reader's language.
 */
public final class FormErrors {

    /** The model attribute under which pages find the errors. */
    public static final String ATTRIBUTE = "formErrors";

    /** One message, for {@code field} or (null) for the form as a whole. */
    public record Item(String field, MessageSourceResolvable message) {}

    private final List<Item> items = new ArrayList<>();
    private final Map<String, Object> typed = new java.util.HashMap<>();

    /**
     * The binding and validation errors, with what was typed into fields that could not be converted; in the order of
     * the form record's fields (Bean Validation reports them in no particular order).
     */
    public static FormErrors of(BindingResult binding) {
        FormErrors errors = new FormErrors();
        List<String> order = binding.getTarget() != null && binding.getTarget().getClass().isRecord()
                ? java.util.Arrays.stream(binding.getTarget().getClass().getRecordComponents())
                        .map(java.lang.reflect.RecordComponent::getName).toList()
                : List.of();
        List<org.springframework.validation.ObjectError> all = new ArrayList<>(binding.getAllErrors());
        all.sort(java.util.Comparator.comparingInt(e -> e instanceof FieldError f && order.contains(f.getField())
                ? order.indexOf(f.getField()) : Integer.MAX_VALUE));
        for (var error : all) {
            if (error instanceof FieldError field) {
                if (errors.items.stream().noneMatch(i -> field.getField().equals(i.field()))
                        || !field.isBindingFailure()) {
                    errors.items.add(new Item(field.getField(), field));
                }
                if (field.isBindingFailure() && field.getRejectedValue() != null) {
                    errors.typed.put(field.getField(), field.getRejectedValue());
                }
            } else {
                errors.items.add(new Item(null, error));
            }
        }
        return errors;
    }

    /** Adds a refusal of the domain (a {@link UserFacingException}), for the form as a whole. */
    public FormErrors add(UserFacingException refusal) {
        return add(null, refusal.messageKey(), refusal.args());
    }

    public FormErrors add(String field, String messageKey, Object... args) {
        items.add(new Item(field, new DefaultMessageSourceResolvable(new String[] {messageKey}, args, messageKey)));
        return this;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public List<Item> all() {
        return List.copyOf(items);
    }

    public boolean has(String field) {
        return items.stream().anyMatch(i -> Objects.equals(field, i.field()));
    }

    /** The messages for one field. */
    public List<MessageSourceResolvable> of(String field) {
        return items.stream().filter(i -> Objects.equals(field, i.field())).map(Item::message).toList();
    }

    /**
     * What was typed into a field whose text could not be converted (a date or number), else {@code otherwise}: the
     * page shows the text back instead of an empty field.
     */
    public Object typed(String field, Object otherwise) {
        return typed.getOrDefault(field, otherwise);
    }

    /** The items as maps {@code field, message} with {@code text} resolving each message (for API problem bodies). */
    public List<Map<String, Object>> describe(Function<MessageSourceResolvable, String> text) {
        return items.stream().map(i -> {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("field", i.field());
            m.put("message", text.apply(i.message()));
            return m;
        }).toList();
    }
}
