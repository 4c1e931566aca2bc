package cn.fazhi.supervision.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.supervision.ClueCommands;
import cn.fazhi.supervision.ClueDesk;
import cn.fazhi.supervision.ClueDetail;
import cn.fazhi.supervision.LetterDocuments;
import cn.fazhi.supervision.LetterKind;
import cn.fazhi.supervision.LetterView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.fazhi.platform.web.Paged;

/** 监督文书 over REST: the instruments in scope, their documents and the unit's reply. */
@RestController
@RequestMapping("/api/v1/supervision/letters")
@Tag(name = "supervision-letters", description = "行政执法监督文书：监督建议书、通知书、意见书、决定书")
@PreAuthorize("hasAuthority('supervision:view')")
class LetterApiController {

    private final ClueDesk desk;
    private final LetterDocuments documents;

    LetterApiController(ClueDesk desk, LetterDocuments documents) {
        this.desk = desk;
        this.documents = documents;
    }

    @GetMapping
    @Operation(summary = "查询监督文书", description = "本人数据范围内，按种类、单位、发文年度")
    Paged<LetterView> search(@RequestParam(name = "kind", required = false) LetterKind kind,
            @RequestParam(name = "unitId", required = false) Long unitId,
            @RequestParam(name = "year", required = false) Integer year,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        return desk.letters(kind, unitId, year, page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看监督文书", description = "不在本人数据范围内的返回 404")
    LetterView one(@PathVariable long id) {
        return desk.letter(id);
    }

    @GetMapping("/{id}/document.docx")
    @Operation(summary = "下载文书（DOCX）", description = "GB/T 9704 公文格式")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return LetterPageController.file(documents.docx(id), documents.fileName(id, "docx"), LetterPageController.DOCX);
    }

    @GetMapping("/{id}/document.pdf")
    @Operation(summary = "下载文书（PDF）", description = "GB/T 9704 公文格式，内嵌中文字体")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return LetterPageController.file(documents.pdf(id), documents.fileName(id, "pdf"), MediaType.APPLICATION_PDF);
    }

    @PostMapping("/{id}/reply")
    @Operation(summary = "答复监督文书", description = "被监督单位（supervision:respond）；version 为线索的版本")
    ClueDetail reply(@PathVariable long id, @RequestBody ClueCommands.Reply c) {
        LetterView letter = desk.letter(id);
        if (letter.repliedOn() != null) {
            throw cn.fazhi.platform.web.UserFacingException.conflict("supervision.letter.error.alreadyReplied");
        }
        return desk.reply(letter.clueId(), c, null, null);
    }
}
