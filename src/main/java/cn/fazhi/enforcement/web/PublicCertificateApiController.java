package cn.fazhi.enforcement.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.enforcement.CertificateLookups;
import cn.fazhi.enforcement.CertificatePublicView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The public certificate check over REST (no login). */
@RestController
@RequestMapping("/api/v1/public/enforcement/certificates")
@Tag(name = "public-enforcement-certificates", description = "行政执法证公开查验（亮证）")
class PublicCertificateApiController {

    private final CertificateLookups lookups;

    PublicCertificateApiController(CertificateLookups lookups) {
        this.lookups = lookups;
    }

    @GetMapping("/{number}")
    @Operation(summary = "查验行政执法证", description = "返回证号、姓名、单位、执法区域、今日状态（VALID 有效、NOT_YET_VALID 未生效、"
            + "SUSPENDED 暂扣、REVOKED 注销、EXPIRED 过期、HOLDER_INACTIVE 持证人已离岗）和有效期至；未知证号返回 404 中文问题；"
            + "同一地址查询未知证号过多返回 429")
    CertificatePublicView check(@PathVariable String number) {
        return lookups.check(number);
    }
}
