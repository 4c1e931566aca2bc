package cn.fazhi.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.indicators.Indicators;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.reports.ReportForms.EditText;
import cn.fazhi.reports.ReportViews.Template;
import cn.fazhi.reports.domain.ReportRepository;
import cn.fazhi.reports.domain.TemplateText;

/**
 * The default template every new report starts from. Until the office saves its own, it is the built-in
 * {@code reports/default-template.txt}: the five parts the provincial guideline (《湖北省法治政府建设年度报告制定和公开工作
 * 指引》) requires, a plain sentence around each figure the platform computes — every figure a placeholder bound to an
 * indicator, never a typed number — and, marked "【待填写：…】", the narrative the office writes each year itself.
 * A figure of a workstream that has no module yet has no sentence: it is added when its module and indicator exist.
 * A template citing an indicator the registry does not know is refused, naming it.
 */
@Service
public class ReportTemplates {

    static final String DEFAULT_TITLE = "{{region}}{{year}}年度法治政府建设工作报告";
    static final String DEFAULT_SIGNATURE = "{{region}}人民政府";

    private final ReportRepository repository;
    private final Indicators indicators;
    private final AuditTrail audit;
    private final Clock clock;
    private final String defaultBody;

    ReportTemplates(ReportRepository repository, Indicators indicators, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.indicators = indicators;
        this.audit = audit;
        this.clock = clock;
        try (InputStream in = ReportTemplates.class.getResourceAsStream("/reports/default-template.txt")) {
            this.defaultBody = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template new reports start from: the office's, or the built-in default. */
    @Transactional(readOnly = true)
    public Template current() {
        return repository.template()
                .map(t -> new Template(t.title(), t.body(), t.signature(), t.updatedAt(), t.updatedBy(), t.version(), false))
                .orElseGet(() -> new Template(DEFAULT_TITLE, defaultBody, DEFAULT_SIGNATURE, null, null, 0, true));
    }

    /** The office saves its template; {@code version} 0 replaces the built-in default. */
    @Transactional
    public Template save(EditText form, CurrentUser me) {
        if (form == null || form.version() == null) {
            throw UserFacingException.badRequest("reports.error.versionRequired");
        }
        validate(form.title(), form.body(), form.signature());
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean saved;
        if (repository.template().isEmpty()) {
            if (form.version() != 0) {
                throw UserFacingException.conflict("reports.error.staleVersion");
            }
            repository.insertTemplate(form.title().strip(), form.body(), form.signature().strip(), now, me.username());
            saved = true;
        } else {
            saved = repository.updateTemplate(form.title().strip(), form.body(), form.signature().strip(), now,
                    me.username(), form.version());
        }
        if (!saved) {
            throw UserFacingException.conflict("reports.error.staleVersion");
        }
        audit.record(AuditEntry.of("reports.template.saved", "report_template", 1, form.body().length() + " characters"));
        return current();
    }

    /**
     * Parses title, body and signature and checks that every indicator they cite is in the registry.
     *
     * @throws UserFacingException naming the unknown indicator ids ({@code reports.error.unknownIndicators})
     */
    void validate(String title, String body, String signature) {
        TemplateText text = TemplateText.parse(body);
        List<String> unknown = new ArrayList<>();
        Set<String> cited = new java.util.LinkedHashSet<>(TemplateText.indicatorIds(TemplateText.parseLine(title)));
        cited.addAll(text.indicatorIds());
        cited.addAll(TemplateText.indicatorIds(TemplateText.parseLine(signature)));
        for (String id : cited) {
            if (indicators.find(TemplateText.indicatorOf(id)).isEmpty()) {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            throw UserFacingException.badRequest("reports.error.unknownIndicators", String.join("、", unknown));
        }
        if (title.strip().length() > 200 || signature.strip().length() > 200) {
            throw UserFacingException.badRequest("reports.error.lineTooLong", 200);
        }
    }
}
