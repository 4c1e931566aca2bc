package cn.fazhi.learning.web;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.learning.Attempts;
import cn.fazhi.learning.LearningCommands;
import cn.fazhi.learning.LearningViews;
import cn.fazhi.platform.web.UserFacingException;

/**
 * The cadre's own pages, phone-sized: 我的考试, start a test, take it (each answer saved by an AJAX POST as it is given,
 * the same call as {@code POST /api/v1/learning/attempts/{id}/answers} for a signed-in browser session), submit and see
 * the score.
 */
@Controller
@PreAuthorize("hasAuthority('learning:take')")
class MyTestsController {

    private final Attempts attempts;

    MyTestsController(Attempts attempts) {
        this.attempts = attempts;
    }

    @GetMapping("/learning/my")
    String mine(Model model) {
        model.addAttribute("tests", attempts.mine());
        model.addAttribute("registered", attempts.registered());
        return "learning/my";
    }

    @PostMapping("/learning/my/{assignmentId}/start")
    String start(@PathVariable long assignmentId, RedirectAttributes redirect) {
        try {
            return "redirect:/learning/my/attempts/" + attempts.start(assignmentId).id();
        } catch (UserFacingException e) {
            if (e.status() != org.springframework.http.HttpStatus.BAD_REQUEST) {
                throw e;
            }
            redirect.addFlashAttribute("errorKey", e.messageKey());
            return "redirect:/learning/my";
        }
    }

    @GetMapping("/learning/my/attempts/{id}")
    String attempt(@PathVariable long id, Model model) {
        LearningViews.Attempt a = attempts.get(id);
        model.addAttribute("a", a);
        return a.status() == cn.fazhi.learning.AttemptStatus.SUBMITTED ? "learning/result" : "learning/take";
    }

    @PostMapping(path = "/learning/my/attempts/{id}/answers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    LearningViews.SavedAnswer answer(@PathVariable long id, @RequestBody LearningCommands.Answer c) {
        return attempts.answer(id, c);
    }

    @PostMapping("/learning/my/attempts/{id}/submit")
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        try {
            attempts.submit(id);
        } catch (UserFacingException e) {
            if (e.status() != org.springframework.http.HttpStatus.BAD_REQUEST) {
                throw e;
            }
            redirect.addFlashAttribute("errorKey", e.messageKey());
        }
        return "redirect:/learning/my/attempts/" + id;
    }
}
