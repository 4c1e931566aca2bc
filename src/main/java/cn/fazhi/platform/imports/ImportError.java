package cn.fazhi.platform.imports;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One refused cell of a spreadsheet import, shared by every module that imports: the row number as Excel shows it,
 * the column title as a message (null when the whole row is meant) and the reason as a message key with arguments.
 */
public record ImportError(int row, MessageSourceResolvable column, String reasonKey, Object... args) {

    /** A cell's text repeated in the reason is cut ({@link cn.fazhi.platform.web.Echoes}). */
    public ImportError {
        args = cn.fazhi.platform.web.Echoes.cut(args);
    }

    /** A refusal of the cell under the column titled by message {@code columnKey}. */
    public static ImportError at(int row, String columnKey, String reasonKey, Object... args) {
        return new ImportError(row, columnKey == null ? null : new DefaultMessageSourceResolvable(columnKey), reasonKey,
                args);
    }

    /** The reason alone, as a resolvable message. */
    public MessageSourceResolvable reason() {
        return new DefaultMessageSourceResolvable(new String[] {reasonKey}, args);
    }

    /** "第 12 行“公民身份号码”：校验位不正确" as a resolvable message. */
    public MessageSourceResolvable message() {
        if (column == null) {
            return new DefaultMessageSourceResolvable(new String[] {"import.error.rowOnly"},
                    new Object[] {row, reason()});
        }
        return new DefaultMessageSourceResolvable(new String[] {"import.error.row"},
                new Object[] {row, column, reason()});
    }
}
