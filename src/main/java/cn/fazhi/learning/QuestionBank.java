package cn.fazhi.learning;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.platform.imports.ImportError;
import cn.fazhi.platform.imports.ImportRejected;
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The question bank: single choice (one letter), multiple choice (two or more letters) and true/false (T or F), by
 * category; a spreadsheet import saves every row or none and names each bad row.
 */
@Service
public class QuestionBank {

    static final String OPTION_LETTERS = "ABCDEF";

    public static final List<Spreadsheets.Column> COLUMNS = List.of(
            new Spreadsheets.Column("learning.field.questionKind", true),
            new Spreadsheets.Column("learning.field.category", true),
            new Spreadsheets.Column("learning.field.stem", true),
            new Spreadsheets.Column("learning.field.optionA", false),
            new Spreadsheets.Column("learning.field.optionB", false),
            new Spreadsheets.Column("learning.field.optionC", false),
            new Spreadsheets.Column("learning.field.optionD", false),
            new Spreadsheets.Column("learning.field.answer", true));

    private final LearningSupport s;
    private final MessageSource messages;

    QuestionBank(LearningSupport support, MessageSource messages) {
        this.s = support;
        this.messages = messages;
    }

    static List<String> options(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split("\n"));
    }

    /** The answer in its stored form (letters sorted, T or F), or a Chinese 400. */
    public static String normalise(QuestionKind kind, int optionCount, String answer) {
        if (answer == null || answer.isBlank()) {
            throw UserFacingException.badRequest("learning.error.answerRequired");
        }
        String a = answer.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[,，、\\s]", "");
        if (kind == QuestionKind.TRUE_FALSE) {
            return switch (a) {
                case "T", "TRUE", "√", "对", "正确" -> "T";
                case "F", "FALSE", "×", "错", "错误" -> "F";
                default -> throw UserFacingException.badRequest("learning.error.answerTrueFalse");
            };
        }
        TreeSet<Character> letters = new TreeSet<>();
        for (char ch : a.toCharArray()) {
            int i = OPTION_LETTERS.indexOf(ch);
            if (i < 0 || i >= optionCount || !letters.add(ch)) {
                throw UserFacingException.badRequest("learning.error.answerLetters", optionCount);
            }
        }
        if (kind == QuestionKind.SINGLE && letters.size() != 1) {
            throw UserFacingException.badRequest("learning.error.answerSingle");
        }
        if (kind == QuestionKind.MULTIPLE && letters.size() < 2) {
            throw UserFacingException.badRequest("learning.error.answerMultiple");
        }
        StringBuilder b = new StringBuilder();
        letters.forEach(b::append);
        return b.toString();
    }

    @Transactional(readOnly = true)
    public Paged<LearningViews.BankQuestion> search(String q, String category, int page, int size) {
        s.requireManage();
        Map<String, Object> p = new HashMap<>();
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        if (q != null && !q.isBlank()) {
            where.append(" AND stem LIKE :q");
            p.put("q", "%" + q.strip() + "%");
        }
        if (category != null && !category.isBlank()) {
            where.append(" AND category = :cat");
            p.put("cat", category.strip());
        }
        long total = s.jdbc.sql("SELECT COUNT(*) FROM learning_question " + where).params(p).query(Long.class).single();
        p.put("limit", size);
        p.put("offset", (long) page * size);
        List<LearningViews.BankQuestion> items = s.jdbc.sql("SELECT id, kind, category, stem, options, answer "
                + "FROM learning_question " + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset").params(p)
                .query((rs, n) -> new LearningViews.BankQuestion(rs.getLong(1), QuestionKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), options(rs.getString(5)), rs.getString(6))).list();
        return new Paged<>(items, total, page, size);
    }

    public List<String> categories() {
        return s.jdbc.sql("SELECT DISTINCT category FROM learning_question ORDER BY category").query(String.class).list();
    }

    @Transactional
    public long create(LearningCommands.NewQuestion c) {
        s.requireManage();
        long id = insert(c, false, s.who());
        s.audit("learning.question.created", "learning_question", id, null);
        return id;
    }

    long insert(LearningCommands.NewQuestion c, boolean demo, String by) {
        QuestionKind kind = LearningSupport.present(c.kind(), "learning.field.questionKind");
        String category = LearningSupport.required(c.category(), 60, "learning.field.category");
        String stem = LearningSupport.required(c.stem(), 1000, "learning.field.stem");
        List<String> options = new ArrayList<>();
        if (c.options() != null) {
            for (String o : c.options()) {
                if (o != null && !o.isBlank()) {
                    options.add(LearningSupport.required(o.replace('\n', ' '), 300, "learning.field.option"));
                }
            }
        }
        if (kind == QuestionKind.TRUE_FALSE ? !options.isEmpty()
                : options.size() < (kind == QuestionKind.SINGLE ? 2 : 3) || options.size() > OPTION_LETTERS.length()) {
            throw UserFacingException.badRequest("learning.error.options");
        }
        String answer = normalise(kind, options.size(), c.answer());
        Map<String, Object> p = new HashMap<>();
        p.put("kind", kind.name());
        p.put("cat", category);
        p.put("stem", stem);
        p.put("opts", options.isEmpty() ? null : String.join("\n", options));
        p.put("answer", answer);
        p.put("demo", demo);
        p.put("now", s.now());
        p.put("by", by);
        return s.insert("INSERT INTO learning_question (kind, category, stem, options, answer, demo, created_at, "
                + "created_by) VALUES (:kind, :cat, :stem, :opts, :answer, :demo, :now, :by)", p);
    }

    /** Imports a spreadsheet of questions: every row or none; the bad rows are named. */
    @Transactional
    public int importSheet(String fileName, Path file) {
        s.requireManage();
        Spreadsheets.checkFileType(fileName, file);
        List<LearningCommands.NewQuestion> rows = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        Spreadsheets.read(file, COLUMNS, messages, (row, cells) -> {
            String kindText = cells.get("learning.field.questionKind");
            QuestionKind kind = kindText == null || kindText.isBlank() ? null : Spreadsheets.label(kindText,
                    QuestionKind.class, "learning.questionKind.", messages).orElse(null);
            if (kind == null) {
                errors.add(ImportError.at(row, "learning.field.questionKind", "learning.error.questionKindUnknown"));
                return;
            }
            List<String> options = new ArrayList<>();
            for (String k : List.of("learning.field.optionA", "learning.field.optionB", "learning.field.optionC",
                    "learning.field.optionD")) {
                String o = cells.get(k);
                if (o != null && !o.isBlank()) {
                    options.add(o);
                }
            }
            LearningCommands.NewQuestion q = new LearningCommands.NewQuestion(kind, cells.get("learning.field.category"),
                    cells.get("learning.field.stem"), options, cells.get("learning.field.answer"));
            try {
                insert(q, false, s.who());
                rows.add(q);
            } catch (UserFacingException e) {
                errors.add(ImportError.at(row, null, e.messageKey(), e.args()));
            }
        });
        if (!errors.isEmpty()) {
            throw new ImportRejected(errors, errors.size());
        }
        if (rows.isEmpty()) {
            throw UserFacingException.badRequest("import.error.empty");
        }
        s.audit("learning.question.imported", "learning_question", "-", String.valueOf(rows.size()));
        return rows.size();
    }
}
