package cn.fazhi.platform.imports;

import java.util.List;

import org.springframework.http.HttpStatus;

import cn.fazhi.platform.web.UserFacingException;

/**
 * The whole import was refused (nothing saved) because of the listed cells: a 400 whose RFC 9457 body carries an
 * {@code errors} array of row, column and reason ({@code ApiExceptionHandler}); pages list {@link #errors()}.
 */
public class ImportRejected extends UserFacingException {

    private final transient List<ImportError> errors;

    public ImportRejected(List<ImportError> errors, int badRows) {
        this("import.error.rows", errors, badRows);
    }

    /** With the module's own summary message ({@code badRows} is its only argument). */
    public ImportRejected(String messageKey, List<ImportError> errors, int badRows) {
        super(HttpStatus.BAD_REQUEST, messageKey, badRows);
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }
}
