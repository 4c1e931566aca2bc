package cn.fazhi.reports.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.fazhi.reports.AnnualReports;

/** The public portal: published reports only, no login (督察工作规定 Art. 24: 向社会公开). */
@Controller
class PublicReportController {

    private final AnnualReports reports;

    PublicReportController(AnnualReports reports) {
        this.reports = reports;
    }

    @GetMapping("/public/reports")
    String list(Model model) {
        model.addAttribute("reports", reports.published());
        return "reports/public-list";
    }

    @GetMapping("/public/reports/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("r", reports.publishedReport(id));
        return "reports/public-report";
    }

    @GetMapping("/public/reports/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return ReportFiles.file(reports.publishedPdf(id), MediaType.APPLICATION_PDF, true);
    }
}
