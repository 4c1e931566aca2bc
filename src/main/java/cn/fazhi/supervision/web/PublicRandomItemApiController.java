package cn.fazhi.supervision.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.supervision.RandomItems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The published random-inspection list (随机抽查事项清单, 国办发〔2015〕58号: 公开), no login. */
@RestController
@RequestMapping("/api/v1/public/random-inspections/items")
@Tag(name = "public-random-inspection-items", description = "随机抽查事项清单公开")
class PublicRandomItemApiController {

    private final RandomItems items;

    PublicRandomItemApiController(RandomItems items) {
        this.items = items;
    }

    @GetMapping
    @Operation(summary = "已发布的随机抽查事项", description = "各部门已发布的抽查事项：名称、编码、部门、法律依据、检查方式、对象、行业、比例、频次；"
            + "可按部门（unitId）筛选；无须登录")
    List<PublicRandomItemView> published(@RequestParam(name = "unitId", required = false) Long unitId) {
        return items.published(unitId).stream().map(PublicRandomItemView::of).toList();
    }
}
