package cn.fazhi.legality;

import java.util.List;

import org.springframework.http.HttpStatus;

import cn.fazhi.platform.web.UserFacingException;

/** The whole list import was refused (nothing saved) because of the listed rows. */
public class ListImportRejected extends UserFacingException {

    private final transient List<ListImportError> errors;

    public ListImportRejected(List<ListImportError> errors, int badRows) {
        super(HttpStatus.BAD_REQUEST, "legality.import.error.rows", badRows);
        this.errors = List.copyOf(errors);
    }

    public List<ListImportError> errors() {
        return errors;
    }
}
