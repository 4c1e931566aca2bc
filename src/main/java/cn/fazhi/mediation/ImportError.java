package cn.fazhi.mediation;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One refused cell of an import: the spreadsheet row number (as Excel shows it), the column (null when the whole
 * file or row is meant) and the reason as a message key with arguments.
 */
public record ImportError(int row, ImportColumn column, String reasonKey, Object... args) {

    /** "第 12 行“公民身份号码”：校验位不正确" as a resolvable message. */
    public MessageSourceResolvable message() {
        MessageSourceResolvable reason = new DefaultMessageSourceResolvable(new String[] {reasonKey}, args);
        if (column == null) {
            return new DefaultMessageSourceResolvable(new String[] {"mediation.import.error.rowOnly"},
                    new Object[] {row, reason});
        }
        return new DefaultMessageSourceResolvable(new String[] {"mediation.import.error.row"},
                new Object[] {row, new DefaultMessageSourceResolvable(column.key()), reason});
    }
}
