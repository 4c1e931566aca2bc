package cn.fazhi.reconsideration.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.fazhi.documents.Block;
import cn.fazhi.documents.Block.Field;
import cn.fazhi.documents.Block.Fields;
import cn.fazhi.documents.Block.Heading;
import cn.fazhi.documents.Block.Paragraph;
import cn.fazhi.documents.OfficialDocument;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.reconsideration.ReconsiderationCaseView;

/**
 * The printable documents of a reconsideration: 行政复议决定书 (made in the name of the 复议机关, 行政复议法 Art. 61,
 * effective on service, Art. 75, with the 15-day period to sue, 行政诉讼法 Art. 45) and 行政复议意见书 (Art. 76, with its
 * 60-day report). Official documents are always in Chinese: the texts come from the default (Chinese) bundle.
 * Parties are printed by name only; identifiers stay masked.
 */
@Component
class ReconsiderationDocuments {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;
    private final cn.fazhi.audit.AuditTrail audit;

    ReconsiderationDocuments(MessageSource messages, cn.fazhi.audit.AuditTrail audit) {
        this.messages = messages;
        this.audit = audit;
    }

    OfficialDocument decision(ReconsiderationCaseView c) {
        if (c.decidedOn() == null || c.decisionType() == null) {
            throw UserFacingException.conflict("reconsideration.error.noDecision");
        }
        List<Block> blocks = new ArrayList<>();
        List<Field> rows = new ArrayList<>();
        for (ReconsiderationCaseView.Party p : c.parties()) {
            rows.add(new Field(text("reconsideration.role." + p.role()),
                    p.address() == null ? p.name() : p.name() + text("reconsideration.doc.addressSeparator") + p.address()));
        }
        rows.add(new Field(text("reconsideration.doc.respondent"), c.respondentUnitName()));
        blocks.add(new Fields(rows));
        blocks.add(new Paragraph(text("reconsideration.doc.decision.intro", c.actDescription(), c.receivedOn().toString(),
                c.acceptedOn() == null ? c.receivedOn().toString() : c.acceptedOn().toString(),
                text("reconsideration.procedure." + (c.procedure() == null ? "ORDINARY" : c.procedure())))));
        blocks.add(new Heading(1, text("reconsideration.doc.decision.requests")));
        blocks.add(new Paragraph(c.requests()));
        blocks.add(new Heading(1, text("reconsideration.doc.decision.reasoning")));
        blocks.add(new Paragraph(c.decisionSummary() == null ? text("reconsideration.doc.none") : c.decisionSummary()));
        blocks.add(new Paragraph(text("reconsideration.doc.decision.result", text("reconsideration.decision." + c.decisionType()))));
        blocks.add(new Paragraph(text("reconsideration.doc.decision.remedy")));
        return new OfficialDocument(text("reconsideration.doc.organ"), c.caseNumber(),
                text("reconsideration.doc.decision.title"), blocks, text("reconsideration.doc.organ"), c.decidedOn());
    }

    OfficialDocument opinion(ReconsiderationCaseView c) {
        if (c.opinionIssuedOn() == null) {
            throw UserFacingException.conflict("reconsideration.error.noOpenOpinion");
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(text("reconsideration.doc.opinion.addressee", c.respondentUnitName())));
        blocks.add(new Paragraph(text("reconsideration.doc.opinion.intro", c.caseNumber())));
        blocks.add(new Paragraph(c.opinionContent()));
        blocks.add(new Paragraph(text("reconsideration.doc.opinion.report")));
        return new OfficialDocument(text("reconsideration.doc.organ"), c.caseNumber(),
                text("reconsideration.doc.opinion.title"), blocks, text("reconsideration.doc.organ"), c.opinionIssuedOn());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, CHINESE);
    }

    /** Audits the download of a case's decision or opinion letter, as every export and document download is. */
    void downloaded(ReconsiderationCaseView c, String kind, String format) {
        audit.record(cn.fazhi.audit.AuditEntry.of("reconsideration.document.downloaded",
                cn.fazhi.reconsideration.ReconsiderationCases.TYPE, c.id(), kind + " " + format));
    }
}
