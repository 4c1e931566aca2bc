package cn.fazhi.reports.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import cn.fazhi.reports.ReportViews.ReportFile;

/** DOCX and PDF answers with a UTF-8 file name. */
final class ReportFiles {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private ReportFiles() {}

    static ResponseEntity<byte[]> file(ReportFile file, MediaType type, boolean inline) {
        ContentDisposition.Builder disposition = inline ? ContentDisposition.inline() : ContentDisposition.attachment();
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.body());
    }
}
