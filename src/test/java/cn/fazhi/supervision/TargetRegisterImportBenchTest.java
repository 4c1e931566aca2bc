package cn.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.fazhi.IntegrationTest;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.write.metadata.WriteSheet;

/**
 * The 100,000-row import of the register of inspection targets, measured (bench/random-registers-import.sh; not part
 * of the normal run: enabled by {@code -Dfazhi.bench.registers=true}). Writes a file of 100,000 valid entities, imports
 * it (all new), imports it again (all updates), prints both times, then deletes the rows it added.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "fazhi.bench.registers", matches = "true")
class TargetRegisterImportBenchTest {

    static final int ROWS = Integer.getInteger("fazhi.bench.rows", 100_000);
    static final String[] TOWNSHIPS = {"温泉街道", "浮山街道", "永安街道", "向阳湖镇", "官埠桥镇", "横沟桥镇", "贺胜桥镇",
            "双溪桥镇", "马桥镇", "桂花镇", "高桥镇", "大幕乡", "汀泗桥镇"};
    static final String[] INDUSTRIES = {"F5211", "F5221", "H6210", "C1311", "E4710", "O8010", "F5251", "L7251", "M7320"};

    @Autowired
    TargetRegisterSpreadsheets spreadsheets;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void import100000Entities() throws Exception {
        List<String> townships = jdbc.queryForList("SELECT name FROM region WHERE level = 'TOWNSHIP' AND code LIKE '421202%'",
                String.class);
        Path file = Files.createTempFile("registers-bench-", ".xlsx");
        Set<String> usccs = new HashSet<>();
        long w0 = System.nanoTime();
        List<List<String>> head = new ArrayList<>();
        TargetRegisterFixtures.HEADER.forEach(h -> head.add(List.of(h)));
        try (OutputStream out = Files.newOutputStream(file)) {
            ExcelWriter writer = FastExcel.write(out).head(head).build();
            WriteSheet sheet = FastExcel.writerSheet(0, "检查对象").build();
            List<List<Object>> chunk = new ArrayList<>();
            for (int i = 0; i < ROWS; i++) {
                String uscc;
                do {
                    uscc = TargetRegisterFixtures.uscc();
                } while (!usccs.add(uscc));
                chunk.add(List.of(uscc, "咸安区测试市场主体" + i + "号", INDUSTRIES[i % INDUSTRIES.length],
                        townships.get(i % townships.size()), "咸安区某路" + i + "号", String.valueOf((char) ('A' + i % 4)),
                        "存续", "2024-0" + (1 + i % 9) + "-1" + (i % 9)));
                if (chunk.size() == 10_000) {
                    writer.write(chunk, sheet);
                    chunk.clear();
                }
            }
            writer.write(chunk, sheet);
            writer.finish();
        }
        long written = System.nanoTime() - w0;
        try {
            long t0 = System.nanoTime();
            TargetRegisterImported first = spreadsheets.importEntities("bench.xlsx", file);
            long firstMs = (System.nanoTime() - t0) / 1_000_000;
            assertThat(first.created()).isEqualTo(ROWS);
            long t1 = System.nanoTime();
            TargetRegisterImported second = spreadsheets.importEntities("bench.xlsx", file);
            long secondMs = (System.nanoTime() - t1) / 1_000_000;
            assertThat(second.updated()).isEqualTo(ROWS);
            String line = "registers import: %d rows, file %d KiB written in %d ms; first import (all new) %d ms; "
                    .formatted(ROWS, Files.size(file) / 1024, written / 1_000_000, firstMs)
                    + "second import (all updates) %d ms; db %s".formatted(secondMs,
                            jdbc.getDataSource().getConnection().getMetaData().getDatabaseProductName());
            System.out.println(line);
            Files.writeString(Path.of("target", "bench-registers-import.txt"), line + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } finally {
            List<Object[]> keys = usccs.stream().map(u -> new Object[] {u}).toList();
            for (int from = 0; from < keys.size(); from += 5000) {
                jdbc.batchUpdate("DELETE FROM random_entity WHERE uscc = ?", keys.subList(from, Math.min(keys.size(), from + 5000)));
            }
            Files.deleteIfExists(file);
        }
    }
}
