package cn.fazhi.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form. */
@Controller
class LoginPageController {

    @GetMapping("/login")
    String login() {
        return "identity/login";
    }
}
