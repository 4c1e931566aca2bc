package cn.fazhi.enforcement.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import cn.fazhi.enforcement.DisclosureView;
import cn.fazhi.enforcement.Disclosures;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 事前公开 on the portal (no login): bodies, matters, certified officers, inspection matters, benchmarks. */
@Controller
@Tag(name = "public")
class DisclosurePageController {

    private final Disclosures disclosures;

    DisclosurePageController(Disclosures disclosures) {
        this.disclosures = disclosures;
    }

    @GetMapping("/public/enforcement")
    String page(Model model) {
        List<DisclosureView> bodies = disclosures.bodies();
        model.addAttribute("bodies", bodies);
        model.addAttribute("inspectionMatters", bodies.stream().flatMap(b -> b.matters().stream()
                .filter(m -> "INSPECTION".equals(m.category())).map(m -> Map.entry(b.unitName(), m))).toList());
        model.addAttribute("certifiedTotal", bodies.stream().mapToLong(DisclosureView::certifiedOfficers).sum());
        model.addAttribute("benchmarks", disclosures.benchmarksInForce());
        return "enforcement/publicity/public-disclosure";
    }

    @GetMapping("/public/enforcement/bodies/{id}")
    String body(@PathVariable long id, Model model) {
        model.addAttribute("b", disclosures.body(id));
        return "enforcement/publicity/public-body";
    }

    @GetMapping("/api/v1/public/enforcement/bodies")
    @ResponseBody
    @Operation(summary = "事前公开：执法主体、执法事项与持证人数", description = "无需登录；持证人数为今天持有效执法证的人数")
    ResponseEntity<List<DisclosureView>> api() {
        return ResponseEntity.ok(disclosures.bodies());
    }
}
