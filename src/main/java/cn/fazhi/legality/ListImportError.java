package cn.fazhi.legality;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** One refused row of a list import: spreadsheet row number, column (null: the row) and reason with arguments. */
public record ListImportError(int row, ListColumn column, String reasonKey, Object... args) {

    /** "第 3 行“事项名称”：必填" as a resolvable message. */
    public MessageSourceResolvable message() {
        MessageSourceResolvable reason = new DefaultMessageSourceResolvable(new String[] {reasonKey}, args);
        if (column == null) {
            return new DefaultMessageSourceResolvable(new String[] {"legality.import.error.rowOnly"},
                    new Object[] {row, reason});
        }
        return new DefaultMessageSourceResolvable(new String[] {"legality.import.error.row"},
                new Object[] {row, new DefaultMessageSourceResolvable(column.key()), reason});
    }
}
