package cn.fazhi.legality.web;

import java.nio.charset.StandardCharsets;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.documents.Documents;
import cn.fazhi.documents.OfficialDocument;
import cn.fazhi.legality.LegalityReviews;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.web.UserFacingException;

/** The 法律审查意见书 of a concluded review as a PDF or DOCX download, for the page and the API alike; audited. */
@Component
class OpinionDownloads {

    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final LegalityReviews reviews;
    private final Documents documents;
    private final MessageSource messages;
    private final AuditTrail audit;

    OpinionDownloads(LegalityReviews reviews, Documents documents, MessageSource messages, AuditTrail audit) {
        this.reviews = reviews;
        this.documents = documents;
        this.messages = messages;
        this.audit = audit;
    }

    ResponseEntity<byte[]> download(long id, String format, DataScope scope) {
        boolean pdf = "pdf".equals(format);
        if (!pdf && !"docx".equals(format)) {
            throw UserFacingException.notFound("error.notFound");
        }
        OfficialDocument document = reviews.opinion(id,
                key -> messages.getMessage(key, null, LocaleContextHolder.getLocale()));
        String name = document.title() + "-" + document.documentNumber() + "." + format;
        byte[] body = pdf ? documents.pdf(document) : documents.docx(document);
        audit.record(AuditEntry.of("legality.opinion.downloaded", LegalityReviews.CASE_TYPE, id,
                format + " " + document.documentNumber()));
        return ResponseEntity.ok()
                .contentType(pdf ? MediaType.APPLICATION_PDF : DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
