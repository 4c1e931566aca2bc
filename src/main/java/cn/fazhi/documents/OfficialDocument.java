package cn.fazhi.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import cn.fazhi.platform.web.UserFacingException;

/**
 * An official document ready to print: the 版头 (issuer and document number), the title, the body as blocks, and the
 * signature (落款) with its date.
 *
 * @param issuer         发文机关 printed as the red 发文机关标志 at the head, or {@code null} for documents without one
 *                       (调解协议书, 申请书)
 * @param documentNumber 发文字号 printed centred exactly as given (e.g. {@code 咸安司复决〔2024〕3号}), or {@code null}
 * @param title          the title, required
 * @param blocks         the body, in order
 * @param signatureOrgan 发文机关署名 above the date, or {@code null}
 * @param signedOn       成文日期, or {@code null}
 */
public record OfficialDocument(String issuer, String documentNumber, String title, List<Block> blocks,
        String signatureOrgan, LocalDate signedOn) {

    public OfficialDocument {
        if (title == null || title.isBlank()) {
            throw UserFacingException.badRequest("documents.error.titleRequired");
        }
        if (blocks == null) {
            throw UserFacingException.badRequest("documents.error.blocksRequired");
        }
        if (blocks.stream().anyMatch(Objects::isNull)) {
            throw UserFacingException.badRequest("documents.error.blockMissing");
        }
        issuer = blankToNull(issuer);
        documentNumber = blankToNull(documentNumber);
        signatureOrgan = blankToNull(signatureOrgan);
        title = title.strip();
        blocks = List.copyOf(blocks);
    }

    /** A document without 版头 and 落款, e.g. an annex or a draft. */
    public static OfficialDocument of(String title, List<Block> blocks) {
        return new OfficialDocument(null, null, title, blocks, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
