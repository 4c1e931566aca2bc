package cn.fazhi.platform.web;

import org.springframework.http.HttpStatus;

/**
 * A form whose one-time token was used before: the page handler sends the caller to {@code resultUrl} (what the
 * first submission created) with a notice, or shows the message when the first submission has not finished.
 */
public class FormAlreadySubmitted extends UserFacingException {

    private final transient String resultUrl;

    public FormAlreadySubmitted(String resultUrl) {
        super(HttpStatus.CONFLICT, "error.form.alreadySubmitted");
        this.resultUrl = resultUrl;
    }

    /** Where the first submission led, or null while it is still running. */
    public String resultUrl() {
        return resultUrl;
    }
}
