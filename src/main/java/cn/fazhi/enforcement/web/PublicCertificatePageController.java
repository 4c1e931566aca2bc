package cn.fazhi.enforcement.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.fazhi.enforcement.CertificateLookups;
import cn.fazhi.platform.web.UserFacingException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public certificate check (亮证, no login, phone-readable): a number search box, and the page a certificate's QR
 * code opens, saying whether it is valid today with the holder's name, unit and areas and the expiry date.
 */
@Controller
class PublicCertificatePageController {

    private final CertificateLookups lookups;
    private final Clock clock;

    PublicCertificatePageController(CertificateLookups lookups, Clock clock) {
        this.lookups = lookups;
        this.clock = clock;
    }

    @GetMapping("/public/enforcement/certificates")
    String search(@RequestParam(name = "number", required = false) String number) {
        if (number != null && !number.isBlank() && number.strip().length() <= 40) {
            return "redirect:/public/enforcement/certificates/"
                    + URLEncoder.encode(number.strip(), StandardCharsets.UTF_8).replace("+", "%20");
        }
        return "enforcement/officers/public-search";
    }

    @GetMapping("/public/enforcement/certificates/{number}")
    String check(@PathVariable String number, Model model, HttpServletResponse response) {
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("number", number.length() > 40 ? number.substring(0, 40) : number);
        try {
            model.addAttribute("c", lookups.check(number));
        } catch (UserFacingException e) {
            if (e.status() != HttpStatus.NOT_FOUND) {
                throw e;
            }
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("notFound", true);
        }
        return "enforcement/officers/public-certificate";
    }
}
