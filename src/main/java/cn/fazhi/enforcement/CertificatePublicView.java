package cn.fazhi.enforcement;

import java.time.LocalDate;

/**
 * What the public certificate check (亮证, 国办发〔2018〕118号 二(五)) tells anyone: the number, the holder's name and
 * unit, the areas, whether it is valid today ({@code status}) and until when — nothing else personal.
 */
public record CertificatePublicView(String number, String name, String unit, String areas, CertificateStanding status,
        LocalDate validUntil) {

    public boolean valid() {
        return status == CertificateStanding.VALID;
    }
}
