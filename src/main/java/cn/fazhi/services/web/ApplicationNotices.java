package cn.fazhi.services.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.documents.Block;
import cn.fazhi.documents.Documents;
import cn.fazhi.documents.OfficialDocument;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.services.ApplicationView;
import cn.fazhi.services.Applications;

/**
 * The written 受理 notice of 行政许可法 Art. 32(2) (书面凭证, dated, in the agency's name): 受理通知书 for an accepted
 * application (deemed acceptance named), 补正材料通知书 listing everything to correct at once, 不予受理通知书 with the
 * ground (and where to apply). DOCX or PDF through the documents module; texts from the Chinese bundle.
 */
@RestController
@PreAuthorize("hasAuthority('services:view')")
class ApplicationNotices {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final Applications applications;
    private final Documents documents;
    private final MessageSource messages;
    private final AuditTrail audit;

    ApplicationNotices(Applications applications, Documents documents, MessageSource messages, AuditTrail audit) {
        this.applications = applications;
        this.documents = documents;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping({"/services/applications/{id}/notice.pdf", "/api/v1/services/applications/{id}/notice.pdf"})
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        ApplicationView a = applications.get(id);
        return file(a, documents.pdf(notice(a)), "pdf", MediaType.APPLICATION_PDF);
    }

    @GetMapping({"/services/applications/{id}/notice.docx", "/api/v1/services/applications/{id}/notice.docx"})
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        ApplicationView a = applications.get(id);
        return file(a, documents.docx(notice(a)), "docx", DOCX);
    }

    private ResponseEntity<byte[]> file(ApplicationView a, byte[] content, String ext, MediaType type) {
        audit.record(AuditEntry.of("services.application.noticePrinted", Applications.CASE_TYPE, a.id(), a.caseNumber()));
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition
                .attachment().filename(a.caseNumber() + "." + ext, StandardCharsets.UTF_8).build().toString()).body(content);
    }

    /** The notice the application's state calls for; 409 while it is only received. */
    OfficialDocument notice(ApplicationView a) {
        String kind;
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Fields(List.of(new Block.Field(text("services.application.field.applicant"), a.applicantName()),
                new Block.Field(text("services.application.field.item"), a.itemName()),
                new Block.Field(text("services.application.field.receivedOn"), a.receivedOn().toString()))));
        if (a.notAcceptedGround() != null) {
            kind = "rejected";
            blocks.add(new Block.Paragraph(text("services.notice.rejected.body", a.applicantName(), a.receivedOn().toString(),
                    a.itemName(), text("services.application.ground." + a.notAcceptedGround()), a.notAcceptedNote())));
        } else if (a.acceptedOn() != null) {
            kind = "accepted";
            blocks.add(new Block.Paragraph(text(a.deemedAccepted() ? "services.notice.deemed.body" : "services.notice.accepted.body",
                    a.applicantName(), a.receivedOn().toString(), a.itemName(), a.acceptedOn().toString())));
            if (a.legalDue() != null) {
                blocks.add(new Block.Paragraph(text("services.notice.legalDue", a.legalDue().toString())));
            }
            if (a.promisedDue() != null) {
                blocks.add(new Block.Paragraph(text("services.notice.promisedDue", a.promisedDue().toString())));
            }
        } else if (a.correctionOn() != null) {
            kind = "correction";
            blocks.add(new Block.Paragraph(text("services.notice.correction.body", a.applicantName(),
                    a.receivedOn().toString(), a.itemName())));
            blocks.add(new Block.Paragraph(a.correctionItems()));
        } else {
            throw UserFacingException.conflict("services.notice.notYet");
        }
        java.time.LocalDate signed = "accepted".equals(kind) ? a.acceptedOn()
                : "rejected".equals(kind) ? a.decidedOn() : a.correctionOn();
        return new OfficialDocument(a.unitName(), a.caseNumber(), text("services.notice." + kind + ".title"), blocks,
                a.unitName(), signed);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, CHINESE);
    }
}
