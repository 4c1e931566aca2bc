package cn.fazhi.supervision.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.fazhi.platform.web.Pages;
import cn.fazhi.supervision.ClueDesk;
import cn.fazhi.supervision.LetterDocuments;
import cn.fazhi.supervision.LetterKind;

/** The instruments issued (in scope, by kind and year) and their documents (DOCX, PDF). */
@Controller
@PreAuthorize("hasAuthority('supervision:view')")
class LetterPageController {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ClueDesk desk;
    private final LetterDocuments documents;

    LetterPageController(ClueDesk desk, LetterDocuments documents) {
        this.desk = desk;
        this.documents = documents;
    }

    @GetMapping("/supervision/letters")
    String list(@RequestParam(name = "kind", required = false) LetterKind kind,
            @RequestParam(name = "year", required = false) Integer year,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("year", year);
        model.addAttribute("kinds", LetterKind.values());
        model.addAttribute("result", desk.letters(kind, null, year, page, 20));
        model.addAttribute("pageLink", Pages.pageLink());
        return "supervision/clues/letters";
    }

    @GetMapping("/supervision/letters/{id}/docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return file(documents.docx(id), documents.fileName(id, "docx"), DOCX);
    }

    @GetMapping("/supervision/letters/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return file(documents.pdf(id), documents.fileName(id, "pdf"), MediaType.APPLICATION_PDF);
    }

    static ResponseEntity<byte[]> file(byte[] content, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString()).body(content);
    }
}
