package cn.fazhi.cases.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.cases.Attachment;
import cn.fazhi.cases.CaseAccess;
import cn.fazhi.cases.CaseAttachments;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Downloads an attachment for a caller who may read its case; the SM3 digest is checked before any byte is sent.
 * Pages get the friendly error page, the API a problem body.
 */
@Component
class AttachmentDownloads {

    private final CaseAttachments attachments;
    private final List<CaseAccess> access;

    AttachmentDownloads(CaseAttachments attachments, List<CaseAccess> access) {
        this.attachments = attachments;
        this.access = access;
    }

    ResponseEntity<byte[]> download(long id) throws IOException {
        Attachment attachment = attachments.find(id)
                .filter(a -> access.stream().anyMatch(c -> c.caseType().equals(a.ref().caseType()) && c.canRead(a.ref().caseId())))
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        attachments.copyVerified(attachment, buffer);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SM3", attachment.sm3())
                .body(buffer.toByteArray());
    }

    @Controller
    static class Page {
        private final AttachmentDownloads downloads;

        Page(AttachmentDownloads downloads) {
            this.downloads = downloads;
        }

        @GetMapping("/cases/attachments/{id}")
        ResponseEntity<byte[]> download(@PathVariable long id) throws IOException {
            return downloads.download(id);
        }
    }

    @RestController
    static class Api {
        private final AttachmentDownloads downloads;

        Api(AttachmentDownloads downloads) {
            this.downloads = downloads;
        }

        @GetMapping("/api/v1/attachments/{id}")
        ResponseEntity<byte[]> download(@PathVariable long id) throws IOException {
            return downloads.download(id);
        }
    }
}
