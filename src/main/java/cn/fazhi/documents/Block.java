package cn.fazhi.documents;

import java.util.List;
import java.util.Objects;

import cn.fazhi.platform.web.UserFacingException;

/** One piece of a document's body, printed in order. */
public sealed interface Block {

    /**
     * A heading; the caller writes its number ("一、", "（一）", "1.", "（1）"). Fonts per GB/T 9704-2012 §7.3.3: level 1
     * 黑体, level 2 楷体, levels 3 and 4 仿宋, all 3号.
     */
    record Heading(int level, String text) implements Block {
        public Heading {
            if (level < 1 || level > 4) {
                throw UserFacingException.badRequest("documents.error.headingLevel", level);
            }
            text = required(text);
        }
    }

    /** A body paragraph, its first line indented two characters. */
    record Paragraph(String text) implements Block {
        public Paragraph {
            text = required(text);
        }
    }

    /** Label–value rows printed as a two-column table, e.g. the particulars of the parties. */
    record Fields(List<Field> rows) implements Block {
        public Fields {
            if (rows == null || rows.isEmpty() || rows.stream().anyMatch(Objects::isNull)) {
                throw UserFacingException.badRequest("documents.error.fieldsRequired");
            }
            rows = List.copyOf(rows);
        }
    }

    /** One row of {@link Fields}; an empty value prints as an empty cell. */
    record Field(String label, String value) {
        public Field {
            label = required(label);
            value = value == null ? "" : value.strip();
        }
    }

    /**
     * A line to sign (and seal) for each party, e.g. "甲方（签名）" prints as "甲方（签名）：＿＿＿＿  日期：＿＿＿".
     */
    record SignatureLines(List<String> parties) implements Block {
        public SignatureLines {
            if (parties == null || parties.isEmpty() || parties.stream().anyMatch(p -> p == null || p.isBlank())) {
                throw UserFacingException.badRequest("documents.error.partiesRequired");
            }
            parties = parties.stream().map(String::strip).toList();
        }
    }

    /** Continue on a new page. */
    record PageBreak() implements Block {}

    private static String required(String text) {
        if (text == null || text.isBlank()) {
            throw UserFacingException.badRequest("documents.error.textRequired");
        }
        return text.strip();
    }
}
