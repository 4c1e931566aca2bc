package cn.fazhi.supervision;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.calendar.PeriodUnit;
import cn.fazhi.documents.Block;
import cn.fazhi.documents.Documents;
import cn.fazhi.documents.OfficialDocument;

/**
 * A supervision instrument as a GB/T 9704 document (版头: the issuing office and the instrument's number; addressee,
 * the content, the reply deadline and what to send back; 落款 and date), as DOCX or PDF through {@link Documents}.
 * Access is the clue's ({@link ClueDesk#letter}).
 */
@Service
public class LetterDocuments {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final ClueDesk desk;
    private final Documents documents;
    private final MessageSource messages;

    LetterDocuments(ClueDesk desk, Documents documents, MessageSource messages) {
        this.desk = desk;
        this.documents = documents;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public byte[] docx(long letterId) {
        return documents.docx(document(desk.letter(letterId)));
    }

    @Transactional(readOnly = true)
    public byte[] pdf(long letterId) {
        return documents.pdf(document(desk.letter(letterId)));
    }

    /** The file name of the download, e.g. {@code 咸安执监通〔2024〕1号.pdf}. */
    @Transactional(readOnly = true)
    public String fileName(long letterId, String extension) {
        return desk.letter(letterId).letterNumber() + "." + extension;
    }

    OfficialDocument document(LetterView l) {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        String kind = messages.getMessage("supervision.letter.kind." + l.kind(), null, zh);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(l.unitName() + "："));
        blocks.add(new Block.Paragraph(messages.getMessage("supervision.letter.doc.basis", new Object[] {l.clueNumber()}, zh)));
        l.content().lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(s -> blocks.add(new Block.Paragraph(s)));
        String unit = messages.getMessage("supervision.letter.doc.unit." + (l.dayType() == PeriodUnit.WORKING_DAYS
                ? "working" : "natural"), null, zh);
        blocks.add(new Block.Paragraph(messages.getMessage("supervision.letter.doc.deadline." + l.kind(),
                new Object[] {l.replyAmount() + unit, DAY.format(l.dueOn())}, zh)));
        blocks.add(new Block.Paragraph(messages.getMessage("supervision.letter.doc.reply", null, zh)));
        return new OfficialDocument(l.issuerName(), l.letterNumber(),
                messages.getMessage("supervision.letter.doc.title", new Object[] {kind}, zh), blocks, l.issuerName(),
                l.issuedOn());
    }
}
