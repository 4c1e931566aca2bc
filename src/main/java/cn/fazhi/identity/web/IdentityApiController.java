package cn.fazhi.identity.web;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.identity.ApiTokens;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.identity.TokenView;
import cn.fazhi.identity.UserView;
import cn.fazhi.identity.Users;
import cn.fazhi.platform.scope.ScopeLevel;
import cn.fazhi.platform.web.UserFacingException;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The caller, their tokens, and the users their scope covers. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "identity")
class IdentityApiController {

    private final CurrentUsers currentUsers;
    private final Users users;
    private final ApiTokens tokens;

    IdentityApiController(CurrentUsers currentUsers, Users users, ApiTokens tokens) {
        this.currentUsers = currentUsers;
        this.users = users;
        this.tokens = tokens;
    }

    record Me(long id, String username, String displayName, long unitId, String regionCode, ScopeLevel scope,
            String scopeRegion, List<String> permissions) {}

    @GetMapping("/me")
    Me me() {
        CurrentUser u = currentUsers.require();
        return new Me(u.id(), u.username(), u.displayName(), u.unitId(), u.regionCode(), u.scope().level(),
                u.scope().regionCode(), u.permissions().stream().sorted().toList());
    }

    @GetMapping("/tokens")
    List<TokenView> myTokens() {
        return tokens.ofUser(currentUsers.require().id());
    }

    @DeleteMapping("/tokens/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        tokens.revoke(id, currentUsers.require());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/users")
    @PreAuthorize("hasAuthority('system:user:view')")
    List<UserView> users(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId) {
        return users.list(currentUsers.scope(), q, unitId);
    }

    @GetMapping("/users/{id}")
    @PreAuthorize("hasAuthority('system:user:view')")
    UserView user(@PathVariable long id) {
        return users.findVisible(id, currentUsers.scope()).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }
}
