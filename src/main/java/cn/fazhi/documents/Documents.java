package cn.fazhi.documents;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import cn.fazhi.documents.internal.DocxRenderer;
import cn.fazhi.documents.internal.Layout;
import cn.fazhi.documents.internal.PdfFonts;
import cn.fazhi.documents.internal.PdfRenderer;

/**
 * Prints official documents laid out per GB/T 9704-2012: as DOCX for editing in Word or WPS, as PDF with its
 * Chinese fonts embedded for filing and service, and as plain text for search indexes.
 */
@Service
public class Documents {

    private final DocxRenderer docx = new DocxRenderer();
    private final PdfRenderer pdf;

    public Documents(DocumentProperties properties) {
        this.pdf = new PdfRenderer(new PdfFonts(properties.fonts()));
    }

    /** The document as a Word file (Office Open XML). */
    public byte[] docx(OfficialDocument document) {
        return docx.render(document);
    }

    /**
     * The document as PDF.
     *
     * @throws IllegalStateException if a configured font file is missing; the message names the Debian package
     */
    public byte[] pdf(OfficialDocument document) {
        return pdf.render(document);
    }

    /** The document's text, one line per printed line group, in reading order. */
    public String plainText(OfficialDocument document) {
        List<String> lines = new ArrayList<>();
        if (document.issuer() != null) {
            lines.add(document.issuer());
        }
        lines.add(document.title());
        if (document.documentNumber() != null) {
            lines.add(document.documentNumber());
        }
        for (Block block : document.blocks()) {
            if (block instanceof Block.Heading h) {
                lines.add(h.text());
            } else if (block instanceof Block.Paragraph p) {
                lines.add(p.text());
            } else if (block instanceof Block.Fields f) {
                f.rows().forEach(row -> lines.add(row.label() + "：" + row.value()));
            } else if (block instanceof Block.SignatureLines s) {
                s.parties().forEach(party -> lines.add(party + "："));
            }
        }
        if (document.signatureOrgan() != null) {
            lines.add(document.signatureOrgan());
        }
        if (document.signedOn() != null) {
            lines.add(Layout.date(document.signedOn()));
        }
        return String.join("\n", lines);
    }
}
