package cn.fazhi.mediation;

import java.util.List;

import org.springframework.http.HttpStatus;

import cn.fazhi.platform.web.UserFacingException;

/** The whole import was refused (nothing saved) because of the listed rows; a 400 with an {@code errors} array. */
public class ImportRejected extends UserFacingException {

    private final transient List<ImportError> errors;

    public ImportRejected(List<ImportError> errors, int badRows) {
        super(HttpStatus.BAD_REQUEST, "mediation.import.error.rows", badRows);
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }
}
