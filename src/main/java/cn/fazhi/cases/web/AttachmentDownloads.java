package cn.fazhi.cases.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
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
import cn.fazhi.cases.CaseStore;
import cn.fazhi.cases.CaseSteps;
import cn.fazhi.cases.CaseAttachments;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Downloads an attachment for a caller who may read its case (the kernel's one scoped access over the case type's
 * store); the SM3 digest is checked before any byte is sent, then
 * the file is streamed (decrypted as it goes), never held in memory whole. Pages get the friendly error page, the API
 * a problem body.
 */
@Component
class AttachmentDownloads {

    private final CaseAttachments attachments;
    private final List<CaseStore<?>> stores;
    private final CaseSteps steps;

    AttachmentDownloads(CaseAttachments attachments, List<CaseStore<?>> stores, CaseSteps steps) {
        this.attachments = attachments;
        this.stores = stores;
        this.steps = steps;
    }

    ResponseEntity<Resource> download(long id) throws IOException {
        Attachment attachment = attachments.find(id)
                .filter(a -> stores.stream().anyMatch(s -> s.caseType().equals(a.ref().caseType())
                        && steps.canRead(s, a.ref().caseId())))
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        InputStreamResource content = new InputStreamResource(attachments.openVerified(attachment));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .contentLength(attachment.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SM3", attachment.sm3())
                .body(content);
    }

    @Controller
    static class Page {
        private final AttachmentDownloads downloads;

        Page(AttachmentDownloads downloads) {
            this.downloads = downloads;
        }

        @GetMapping("/cases/attachments/{id}")
        ResponseEntity<Resource> download(@PathVariable long id) throws IOException {
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
        ResponseEntity<Resource> download(@PathVariable long id) throws IOException {
            return downloads.download(id);
        }
    }
}
