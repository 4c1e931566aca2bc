package cn.fazhi.mediation.web;

import java.time.LocalDate;
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
import cn.fazhi.documents.Block.SignatureLines;
import cn.fazhi.documents.OfficialDocument;
import cn.fazhi.mediation.AgreementForm;
import cn.fazhi.mediation.DisputeView;
import cn.fazhi.mediation.PartyDetails;
import cn.fazhi.mediation.PartyRole;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The printable documents of a dispute: 人民调解申请书 and 人民调解协议书 (the latter with the contents of 人民调解法
 * Art. 29: the parties, the facts and matters in dispute, the terms and the manner and time of performance; and the
 * 30-day judicial-confirmation notice of Art. 33). Official documents are always in Chinese: the texts come from the
 * module's default (Chinese) bundle whatever the reader's language.
 */
@Component
class DisputeDocuments {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    DisputeDocuments(MessageSource messages) {
        this.messages = messages;
    }

    OfficialDocument application(DisputeView d, List<PartyDetails> parties) {
        List<Block> blocks = new ArrayList<>();
        List<Field> rows = new ArrayList<>();
        for (PartyDetails p : parties) {
            rows.add(new Field(text("mediation.role." + p.role()), particulars(p)));
        }
        rows.add(new Field(text("mediation.field.category"), text("mediation.category." + d.category())));
        rows.add(new Field(text("mediation.field.amount"), d.amount().toPlainString()));
        rows.add(new Field(text("mediation.field.committee"), d.committeeName()));
        blocks.add(new Fields(rows));
        blocks.add(new Heading(1, text("mediation.doc.application.facts")));
        blocks.add(new Paragraph(d.summary()));
        blocks.add(new Paragraph(text("mediation.doc.application.request", d.committeeName())));
        blocks.add(new SignatureLines(parties.stream().filter(p -> p.role() == PartyRole.APPLICANT)
                .map(p -> text("mediation.doc.signature", p.name())).toList()));
        return new OfficialDocument(null, d.caseNumber(), text("mediation.doc.application.title"), blocks, null,
                d.receivedOn());
    }

    OfficialDocument agreement(DisputeView d, List<PartyDetails> parties) {
        if (d.agreementEffectiveOn() == null || d.agreementForm() != AgreementForm.WRITTEN) {
            throw UserFacingException.conflict("mediation.error.noWrittenAgreement");
        }
        List<Block> blocks = new ArrayList<>();
        List<Field> rows = new ArrayList<>();
        for (PartyDetails p : parties) {
            rows.add(new Field(text("mediation.role." + p.role()), particulars(p)));
        }
        rows.add(new Field(text("mediation.field.category"), text("mediation.category." + d.category())));
        rows.add(new Field(text("mediation.doc.agreement.organisation"), d.committeeName()));
        if (d.courtName() != null) {
            rows.add(new Field(text("mediation.field.courtName"), d.courtName() + " " + d.courtReference()));
        }
        blocks.add(new Fields(rows));
        blocks.add(new Heading(1, text("mediation.doc.agreement.facts")));
        blocks.add(new Paragraph(d.summary()));
        blocks.add(new Paragraph(text("mediation.doc.agreement.process")));
        blocks.add(new Heading(1, text("mediation.doc.agreement.terms")));
        for (String line : d.agreementTerms().split("\\R")) {
            if (!line.isBlank()) {
                blocks.add(new Paragraph(line));
            }
        }
        if (d.agreementAmount() != null) {
            blocks.add(new Paragraph(text("mediation.doc.agreement.amount", d.agreementAmount().toPlainString())));
        }
        if (d.performanceDeadline() != null) {
            blocks.add(new Paragraph(text("mediation.doc.agreement.deadline", date(d.performanceDeadline()))));
        }
        blocks.add(new Heading(1, text("mediation.doc.agreement.effect")));
        blocks.add(new Paragraph(text("mediation.doc.agreement.effectText")));
        blocks.add(new Paragraph(text("mediation.doc.agreement.confirmation")));
        List<String> signatures = new ArrayList<>(parties.stream()
                .map(p -> text("mediation.doc.signature", p.name())).toList());
        // the agreement names the mediator who handled it (人民调解法 Art. 29: signed by the mediator)
        signatures.add(d.handlerName() == null ? text("mediation.doc.mediatorSignature")
                : text("mediation.doc.mediatorSignatureNamed", d.handlerName()));
        blocks.add(new SignatureLines(signatures));
        return new OfficialDocument(null, d.caseNumber(), text("mediation.doc.agreement.title"), blocks,
                d.committeeName(), d.agreementEffectiveOn());
    }

    private String particulars(PartyDetails p) {
        StringBuilder sb = new StringBuilder(p.name());
        if (p.identifier() != null) {
            sb.append(text("mediation.doc.separator")).append(text("mediation.doc.identifier." + p.kind()))
                    .append(p.identifier());
        }
        if (p.phone() != null) {
            sb.append(text("mediation.doc.separator")).append(text("mediation.doc.phone")).append(p.phone());
        }
        return sb.toString();
    }

    private String date(LocalDate date) {
        return text("mediation.doc.date", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, CHINESE);
    }
}
