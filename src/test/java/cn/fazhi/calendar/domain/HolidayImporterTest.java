package cn.fazhi.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.fazhi.IntegrationTest;

/** Startup import of the bundled notices: every year once, never twice, and a racing insert is not an error. */
@IntegrationTest
class HolidayImporterTest {

    @Autowired
    HolidayImporter importer;

    @Autowired
    HolidayRepository repository;

    @Test
    void everyBundledYearIsImportedOnce() throws Exception {
        assertThat(repository.noticeYears()).contains(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(repository.daysOf(2023)).hasSize(34);
        assertThat(importer.importBundled()).isEmpty();
        assertThat(repository.daysOf(2023)).hasSize(34);
    }

    @Test
    void aNoticeInsertedByAnotherNodeIsSkippedNotFailed() {
        assertThat(repository.insertNoticeIfAbsent(2024, List.of(), OffsetDateTime.now(), "other-node")).isFalse();
    }
}
