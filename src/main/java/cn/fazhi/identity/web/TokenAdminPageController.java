package cn.fazhi.identity.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.identity.ApiTokens;
import cn.fazhi.identity.CurrentUsers;

/** Administrators see every API token and revoke any. */
@Controller
@PreAuthorize("hasAuthority('system:token:manage')")
class TokenAdminPageController {

    private final ApiTokens tokens;
    private final CurrentUsers currentUsers;

    TokenAdminPageController(ApiTokens tokens, CurrentUsers currentUsers) {
        this.tokens = tokens;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/admin/tokens")
    String list(Model model) {
        model.addAttribute("tokens", tokens.all(500));
        model.addAttribute("now", java.time.OffsetDateTime.now());
        return "identity/tokens";
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id, currentUsers.require());
        redirect.addFlashAttribute("noticeKey", "identity.token.revoked");
        return "redirect:/admin/tokens";
    }
}
