package cn.fazhi.platform.web;

import java.util.function.Supplier;

import org.springframework.ui.Model;

/** Small helpers shared by page controllers. */
public final class Pages {

    private Pages() {}

    /**
     * Runs a form action; a {@link UserFacingException} becomes an error message on the re-rendered form
     * (model attributes {@code errorKey}, {@code errorArgs}) instead of an error page.
     *
     * @return the view to render: the action's view, or {@code formView} with the error
     */
    public static String attempt(Model model, String formView, Supplier<String> action) {
        try {
            return action.get();
        } catch (UserFacingException e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return formView;
        }
    }

    /**
     * The current page's address without its {@code page} parameter, ending in {@code ?} or {@code &} so that
     * {@code link + "page=" + n} opens page {@code n} with every other filter kept — for {@code fragments/pager}.
     */
    public static String pageLink() {
        String url = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page").build().toUriString();
        url = url.replaceFirst("^https?://[^/]+", "");
        return url + (url.contains("?") ? "&" : "?");
    }
}
