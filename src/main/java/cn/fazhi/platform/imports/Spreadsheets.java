package cn.fazhi.platform.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.multipart.MultipartFile;

import cn.fazhi.platform.web.UserFacingException;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.event.AnalysisEventListener;
import cn.idev.excel.support.ExcelTypeEnum;
import cn.idev.excel.write.metadata.WriteSheet;

/**
 * Reading and writing of import spreadsheets, the same for every module: the upload is copied to a temporary file
 * (so it can be streamed more than once), refused with a Chinese 400 unless it is an .xlsx, its header row is
 * matched to the columns by their titles in Chinese or English (or the column key), and its rows are streamed to a
 * handler as cells by column key, blank rows skipped. Errors use the {@code import.error.*} keys of the platform bundle.
 */
public final class Spreadsheets {

    /** The MIME type of an .xlsx file. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Locale[] HEADER_LOCALES = {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH};
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu.M.d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT));

    /**
     * A column of an import sheet: its title is the message {@code key} (Chinese or English); {@code alias}, when not
     * null, is one more title accepted; a file must have every required column.
     */
    public record Column(String key, boolean required, String alias) {

        public Column(String key, boolean required) {
            this(key, required, null);
        }
    }

    private Spreadsheets() {}

    /** Copies the upload to a temporary file, hands it to {@code importer} with the original name, then deletes it. */
    public static <T> T fromUpload(MultipartFile file, BiFunction<String, Path, T> importer) {
        if (file == null || file.isEmpty()) {
            throw UserFacingException.badRequest("import.error.fileRequired");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile("fazhi-import-", ".xlsx");
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            return importer.apply(file.getOriginalFilename(), temp);
        } catch (IOException e) {
            throw UserFacingException.badRequest("import.error.notSpreadsheet");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary directory is cleaned by the system
                }
            }
        }
    }

    /** Refuses anything that is not an .xlsx (by name and by its zip signature) before a reader sees it. */
    public static void checkFileType(String fileName, Path file) {
        if (fileName == null || !fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw UserFacingException.badRequest("import.error.fileType");
        }
        byte[] magic = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(magic, 0, 4) < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) {
                throw UserFacingException.badRequest("import.error.notSpreadsheet");
            }
        } catch (IOException e) {
            throw UserFacingException.badRequest("import.error.notSpreadsheet");
        }
    }

    /** Receives each non-blank data row: its number as Excel shows it and its cells by column key (stripped). */
    @FunctionalInterface
    public interface RowHandler {
        void row(int row, Map<String, String> cells);
    }

    /**
     * Streams the first sheet of {@code file} to {@code handler}. A missing required column, an unreadable file or
     * a sheet without a header is a Chinese 400; a {@link UserFacingException} thrown by the handler passes through.
     */
    public static void read(Path file, List<Column> columns, MessageSource messages, RowHandler handler) {
        Listener listener = new Listener(columns, messages, handler);
        try {
            FastExcel.read(file.toFile(), listener).excelType(ExcelTypeEnum.XLSX).headRowNumber(1).sheet(0).doRead();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof UserFacingException u) {
                    throw u;
                }
            }
            if (listener.headerSeen) {
                throw new IllegalStateException("import failed after the header", e);
            }
            throw UserFacingException.badRequest("import.error.notSpreadsheet");
        }
        if (!listener.headerSeen) {
            throw UserFacingException.badRequest("import.error.empty");
        }
    }

    /** Writes the empty template: one header row with the column titles in {@code locale}. */
    public static void template(OutputStream out, List<Column> columns, String sheetName, MessageSource messages,
            Locale locale) {
        List<List<String>> head = new ArrayList<>();
        for (Column c : columns) {
            head.add(List.of(messages.getMessage(c.key(), null, locale)));
        }
        ExcelWriter writer = FastExcel.write(out).excelType(ExcelTypeEnum.XLSX).autoCloseStream(false).build();
        WriteSheet sheet = FastExcel.writerSheet(0, sheetName).head(head).build();
        writer.write(List.of(), sheet);
        writer.finish();
    }

    /**
     * A date as people type it in a cell (2026-03-01, 2026/3/1, 2026.3.1, 20260301, 2026年3月1日) or a bare Excel
     * serial day (a date cell without format); empty when it is none.
     */
    public static Optional<LocalDate> date(String text) {
        String t = text.strip();
        int space = t.indexOf(' ');
        if (space > 0) {
            t = t.substring(0, space);
        }
        t = t.replace('年', '-').replace('月', '-').replace("日", "");
        for (DateTimeFormatter f : DATE_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        if (t.matches("\\d{5}(\\.0+)?")) {
            return Optional.of(LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(t.substring(0, 5))));
        }
        return Optional.empty();
    }

    /**
     * The constant of {@code type} whose label (message {@code labelPrefix + name}, Chinese or English) or name is
     * {@code text}; empty when none is.
     */
    public static <E extends Enum<E>> Optional<E> label(String text, Class<E> type, String labelPrefix,
            MessageSource messages) {
        String t = text.strip();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(t)) {
                return Optional.of(e);
            }
            for (Locale locale : HEADER_LOCALES) {
                if (t.equals(messages.getMessage(labelPrefix + e.name(), null, e.name(), locale))) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    /** The Chinese labels of {@code type}, joined with 、 — the choices an error message lists. */
    public static <E extends Enum<E>> String labels(Class<E> type, String labelPrefix, MessageSource messages) {
        return java.util.Arrays.stream(type.getEnumConstants())
                .map(e -> messages.getMessage(labelPrefix + e.name(), null, e.name(), LocaleContextHolder.getLocale()))
                .collect(Collectors.joining("、"));
    }

    private static String normaliseTitle(String title) {
        return title.replaceAll("[\\s*＊]", "").toLowerCase(Locale.ROOT);
    }

    private static final class Listener extends AnalysisEventListener<Map<Integer, String>> {

        private final List<Column> columns;
        private final MessageSource messages;
        private final RowHandler handler;
        private final Map<String, Integer> positions = new LinkedHashMap<>();
        boolean headerSeen;

        Listener(List<Column> columns, MessageSource messages, RowHandler handler) {
            this.columns = columns;
            this.messages = messages;
            this.handler = handler;
        }

        @Override
        public void invokeHeadMap(Map<Integer, String> head, AnalysisContext context) {
            Map<String, String> byTitle = new HashMap<>();
            for (Column c : columns) {
                for (Locale locale : HEADER_LOCALES) {
                    byTitle.put(normaliseTitle(messages.getMessage(c.key(), null, c.key(), locale)), c.key());
                }
                byTitle.put(normaliseTitle(c.key()), c.key());
                if (c.alias() != null) {
                    byTitle.put(normaliseTitle(c.alias()), c.key());
                }
            }
            head.forEach((index, title) -> {
                String key = title == null ? null : byTitle.get(normaliseTitle(title));
                if (key != null) {
                    positions.putIfAbsent(key, index);
                }
            });
            List<Column> missing = columns.stream().filter(c -> c.required() && !positions.containsKey(c.key()))
                    .toList();
            if (!missing.isEmpty()) {
                String names = missing.stream()
                        .map(c -> "“" + messages.getMessage(c.key(), null, LocaleContextHolder.getLocale()) + "”")
                        .collect(Collectors.joining("、"));
                throw UserFacingException.badRequest("import.error.missingColumns", names);
            }
            headerSeen = true;
        }

        @Override
        public void invoke(Map<Integer, String> cells, AnalysisContext context) {
            int row = context.readRowHolder().getRowIndex() + 1;
            Map<String, String> values = new HashMap<>();
            positions.forEach((key, i) -> {
                String v = cells.get(i);
                if (v != null && !v.isBlank()) {
                    values.put(key, v.strip());
                }
            });
            if (!values.isEmpty()) {
                handler.row(row, values);
            }
        }

        @Override
        public void doAfterAllAnalysed(AnalysisContext context) {}
    }
}
