package cn.fazhi.reported;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.fazhi.indicators.Indicator;
import cn.fazhi.indicators.IndicatorBreakdown;
import cn.fazhi.indicators.IndicatorQuery;
import cn.fazhi.indicators.IndicatorRecord;
import cn.fazhi.indicators.IndicatorSource;
import cn.fazhi.indicators.IndicatorUnit;
import cn.fazhi.indicators.RecordPage;
import cn.fazhi.reported.ReportedViews.Definition;
import cn.fazhi.reported.ReportedViews.Submission;

/**
 * Every definition is the indicator {@code reported.<code>}, contributed to the registry at runtime. Its value for a
 * period that is one calendar year is the approved submission of that year, when the query's region and data scope
 * cover the submitting unit; otherwise, and whenever no submission is approved, null — an unapproved figure never
 * reaches a reading, a dashboard or a report. Its one record is the approved submission, its drill-down the
 * submission's page with the evidence, and its provenance names the submitting unit and the office's approver.
 */
@Component
class ReportedIndicators implements IndicatorSource {

    private final ReportedFigures figures;
    private final MessageSource messages;

    ReportedIndicators(ReportedFigures figures, MessageSource messages) {
        this.figures = figures;
        this.messages = messages;
    }

    @Override
    public List<Indicator> indicators() {
        return figures.definitions().stream().map(d -> (Indicator) new ReportedIndicator(d)).toList();
    }

    @Override
    public Optional<Indicator> find(String id) {
        if (id == null || !id.startsWith(Reported.PREFIX)) {
            return Optional.empty();
        }
        return figures.definitionByCode(id.substring(Reported.PREFIX.length())).map(ReportedIndicator::new);
    }

    /** The approved submission behind the figure for {@code query}, if the query is one year and may see it. */
    Optional<Submission> behind(Definition d, IndicatorQuery query) {
        LocalDate from = query.from();
        if (from.getDayOfYear() != 1 || !query.to().equals(LocalDate.of(from.getYear(), 12, 31))) {
            return Optional.empty();
        }
        return figures.approved(d.id(), from.getYear())
                .filter(s -> s.regionCode().startsWith(query.regionCode()))
                .filter(s -> query.scope().covers(s.unitId(), s.regionCode()));
    }

    /** The provenance as the report prints it (the reports are Chinese whatever the reader's language). */
    String provenance(Submission s) {
        return messages.getMessage("reported.provenance", new Object[] {
            s.unitShortName() != null ? s.unitShortName() : s.unitName(),
            s.decidedByName() == null ? s.decidedBy() : s.decidedByName(), s.decidedOn().toString()},
                java.util.Locale.SIMPLIFIED_CHINESE);
    }

    final class ReportedIndicator implements Indicator {

        private final Definition definition;

        ReportedIndicator(Definition definition) {
            this.definition = definition;
        }

        Definition definition() {
            return definition;
        }

        @Override
        public String id() {
            return definition.indicatorId();
        }

        @Override
        public String label(java.util.Locale locale) {
            return definition.name();
        }

        @Override
        public String explanation(java.util.Locale locale) {
            return messages.getMessage("reported.indicator.definition", new Object[] {definition.unitName(),
                definition.sourceSystem()}, locale);
        }

        @Override
        public IndicatorUnit unit() {
            return definition.figureUnit();
        }

        @Override
        public BigDecimal value(IndicatorQuery query) {
            return behind(definition, query).map(Submission::value).orElse(null);
        }

        @Override
        public RecordPage records(IndicatorQuery query, int page, int size) {
            List<IndicatorRecord> items = behind(definition, query)
                    .map(s -> List.of(new IndicatorRecord(s.caseNumber(), s.name(), s.decidedOn(), s.regionCode(), null,
                            "/reported-figures/" + s.id())))
                    .orElse(List.of());
            return new RecordPage(page == 0 ? items : List.of(), items.size(), page, size);
        }

        @Override
        public Map<YearMonth, BigDecimal> byMonth(IndicatorQuery query) {
            return new LinkedHashMap<>();
        }

        @Override
        public BigDecimal value(IndicatorQuery query, Function<Indicator, BigDecimal> parts) {
            return value(query);
        }

        @Override
        public IndicatorBreakdown breakdown(IndicatorQuery query, int codeLength,
                Function<Indicator, IndicatorBreakdown> parts) {
            return new IndicatorBreakdown(value(query), new LinkedHashMap<>(), new LinkedHashMap<>(),
                    new LinkedHashMap<>());
        }

        @Override
        public String provenance(IndicatorQuery query) {
            return behind(definition, query).map(ReportedIndicators.this::provenance).orElse(null);
        }

        @Override
        public String evidenceHref(IndicatorQuery query) {
            return behind(definition, query).map(s -> "/reported-figures/" + s.id())
                    .orElse("/reported-figures/definitions/" + definition.id());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ReportedIndicator other && other.definition.id() == definition.id();
        }

        @Override
        public int hashCode() {
            return Long.hashCode(definition.id());
        }
    }
}
